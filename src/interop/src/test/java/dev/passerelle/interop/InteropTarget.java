package dev.passerelle.interop;

import java.net.URI;
import passerelle.erp.v1.PasserellePortType;

/** The endpoint under test and a user with role sync on it; {@link #port()} calls it through Metro. */
record InteropTarget(URI endpoint, String user, String password, MetroPorts ports) {

    /** A new port calling as the sync user; one per test, as ports are for one thread at a time. */
    PasserellePortType port() {
        return ports.as(user, password);
    }
}
