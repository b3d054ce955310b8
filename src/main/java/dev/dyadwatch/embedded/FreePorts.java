package dev.dyadwatch.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Ports for the embedded servers: a free one when asked for port 0, a clear error when one is taken. */
final class FreePorts {

    private FreePorts() {
    }

    /** A port nothing listens on right now, chosen by the operating system. */
    static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on the loopback interface", e);
        }
    }

    /** {@code port} itself, or a free port when it is 0; fails naming the port when it is taken. */
    static int resolve(int port, String what, String host) {
        if (port == 0) {
            return pick();
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(what + " port " + port + " is not a TCP port (1-65535, or 0 for any)");
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new PortInUseException(what, port, e);
        }
        return port;
    }
}
