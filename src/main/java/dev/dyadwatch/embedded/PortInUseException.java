package dev.dyadwatch.embedded;

/** A server could not start because its port is taken (or not allowed); the message names the port. */
public final class PortInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int port;

    public PortInUseException(String what, int port, Throwable cause) {
        super(what + " cannot listen on port " + port + ": it is already in use (stop the process holding it, or "
                + "choose another port; 0 picks a free one)", cause);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
