package dev.passerelle.client.store;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/** A process on a machine, as the run lock records its holder. Immutable. */
record ProcessIdentity(String host, long pid) {

    /** This process. */
    static ProcessIdentity current() {
        return new ProcessIdentity(localHostName(), ProcessHandle.current().pid());
    }

    boolean sameHostAs(String other) {
        return other != null && host.equalsIgnoreCase(other);
    }

    /**
     * Whether a process of this machine is still running. A process id the system gave again to a program
     * other than a JVM is counted as gone.
     */
    static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .map(process -> process.info().command().map(command -> command.toLowerCase(Locale.ROOT).contains("java"))
                        .orElse(true))
                .orElse(false);
    }

    private static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unresolved) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? "localhost" : fromEnvironment;
        }
    }
}
