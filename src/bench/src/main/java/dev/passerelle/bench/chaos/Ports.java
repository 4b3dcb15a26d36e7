package dev.passerelle.bench.chaos;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the trials' endpoints, which must listen on the same port again after a kill. Taken below
 * the system's range of ephemeral ports (32768 and up on Linux), where no outgoing connection of a
 * child (to its endpoint, or to an H2 database another process serves) can hold the port meanwhile,
 * and never handed out twice by this JVM, so that trials run side by side never share one.
 * Thread-safe.
 */
final class Ports {

    private static final int FIRST = 20_000;
    private static final int LAST = 32_000;
    private static final Set<Integer> GIVEN = ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    /** A port of loopback nobody listens on now, never given before. */
    static int free() {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST, LAST);
            if (!GIVEN.contains(port) && bindable(port) && GIVEN.add(port)) {
                return port;
            }
        }
        throw new ChaosFailure("no free port on loopback between " + FIRST + " and " + LAST);
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
