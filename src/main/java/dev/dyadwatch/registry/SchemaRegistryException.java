package dev.dyadwatch.registry;

/**
 * A schema registry call that failed: either refused by the registry (a 4xx answer, with Confluent's error
 * code and message) or not answered at all after every retry ({@link #isTransient()}).
 */
public class SchemaRegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Confluent's error code for "subject not found". */
    public static final int SUBJECT_NOT_FOUND = 40401;
    /** Confluent's error code for "version not found". */
    public static final int VERSION_NOT_FOUND = 40402;
    /** Confluent's error code for "schema not found". */
    public static final int SCHEMA_NOT_FOUND = 40403;
    /** Confluent's error code for "subject has no compatibility level of its own". */
    public static final int SUBJECT_LEVEL_COMPATIBILITY_NOT_CONFIGURED = 40408;
    /** Confluent's error code (and HTTP status) for an incompatible schema. */
    public static final int INCOMPATIBLE_SCHEMA = 409;
    /** Confluent's error code for an invalid schema. */
    public static final int INVALID_SCHEMA = 42201;
    /** Confluent's error code for an invalid version. */
    public static final int INVALID_VERSION = 42202;
    /** Confluent's error code for an invalid compatibility level. */
    public static final int INVALID_COMPATIBILITY_LEVEL = 42203;

    private final int httpStatus;
    private final int errorCode;
    private final boolean transientFailure;

    public SchemaRegistryException(String message, int httpStatus, int errorCode, boolean transientFailure,
            Throwable cause) {
        super(message, cause);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.transientFailure = transientFailure;
    }

    /** HTTP status of the answer, or 0 when no answer came. */
    public int httpStatus() {
        return httpStatus;
    }

    /** Confluent error code from the answer's body ({@code error_code}), or the HTTP status, or 0. */
    public int errorCode() {
        return errorCode;
    }

    /** True when the registry could not be reached or answered 5xx: the call may succeed later. */
    public boolean isTransient() {
        return transientFailure;
    }

    /** True when the registry answered that the subject, version or schema does not exist. */
    public boolean isNotFound() {
        return httpStatus == 404;
    }
}
