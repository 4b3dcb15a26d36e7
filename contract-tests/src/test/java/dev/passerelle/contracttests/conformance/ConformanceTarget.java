package dev.passerelle.contracttests.conformance;

import java.net.URI;

/**
 * The endpoint under test and the sync-role credentials to call it with.
 *
 * @param endpoint  the SOAP address, such as {@code http://host:8080/passerelle/v1}
 * @param user      a user with role sync
 * @param password  that user's password
 * @param ownServer true when the kit started the project's own ERP endpoint in this JVM
 */
record ConformanceTarget(URI endpoint, String user, String password, boolean ownServer) {

    /** A caller with the sync credentials. */
    SoapCaller caller() {
        return new SoapCaller(endpoint, user, password);
    }

    /** A caller that sends no WS-Security header at all. */
    SoapCaller anonymousCaller() {
        return new SoapCaller(endpoint, null, null);
    }

    @Override
    public String toString() {
        return endpoint + (ownServer ? " (the project's own ERP endpoint)" : "") + " as " + user;
    }
}
