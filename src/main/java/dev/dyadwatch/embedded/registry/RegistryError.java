package dev.dyadwatch.embedded.registry;

/**
 * A refusal the registry answers with: an HTTP status and Confluent's error code and message, sent as
 * {@code {"error_code": N, "message": "..."}}.
 */
final class RegistryError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final int httpStatus;
    final int errorCode;

    RegistryError(int httpStatus, int errorCode, String message) {
        super(message);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
    }

    static RegistryError subjectNotFound(String subject) {
        return new RegistryError(404, 40401, "Subject '" + subject + "' not found.");
    }

    static RegistryError versionNotFound(String subject, String version) {
        return new RegistryError(404, 40402, "Version " + version + " not found for subject '" + subject + "'.");
    }

    static RegistryError schemaNotFound(String what) {
        return new RegistryError(404, 40403, what);
    }

    static RegistryError subjectLevelCompatibilityNotConfigured(String subject) {
        return new RegistryError(404, 40408, "Subject '" + subject
                + "' does not have subject-level compatibility configured");
    }

    static RegistryError incompatible(String message) {
        return new RegistryError(409, 409, message);
    }

    static RegistryError invalidSchema(String message) {
        return new RegistryError(422, 42201, message);
    }

    static RegistryError invalidVersion(String version) {
        return new RegistryError(422, 42202, "The specified version '" + version + "' is not a valid version id. "
                + "Allowed values are between [1, 2^31-1] and the string \"latest\"");
    }

    static RegistryError invalidCompatibilityLevel(String level) {
        return new RegistryError(422, 42203, "Invalid compatibility level '" + level + "'. Valid values are none, "
                + "backward, forward, full, backward_transitive, forward_transitive, and full_transitive");
    }

    static RegistryError badRequest(String message) {
        return new RegistryError(400, 400, message);
    }

    static RegistryError notFound(String path) {
        return new RegistryError(404, 404, "HTTP 404 Not Found: " + path);
    }

    static RegistryError methodNotAllowed(String method, String path) {
        return new RegistryError(405, 405, "HTTP 405 Method Not Allowed: " + method + " " + path);
    }

    static RegistryError unauthorized() {
        return new RegistryError(401, 40101, "Unauthorized: valid basic-auth credentials are required");
    }

    static RegistryError storeError(String message) {
        return new RegistryError(500, 50001, "Error in the backend data store: " + message);
    }
}
