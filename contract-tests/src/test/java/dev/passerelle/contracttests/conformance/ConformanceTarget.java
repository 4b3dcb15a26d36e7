package dev.passerelle.contracttests.conformance;

import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The endpoint under test and the credentials to call it with.
 *
 * @param endpoint     the SOAP address, such as {@code http://host:8080/passerelle/v1}
 * @param user         a user with role sync
 * @param password     that user's password
 * @param rtdvUser     a user with role rtdv only, when one was given (always for the own endpoint)
 * @param rtdvPassword that user's password
 * @param maintenance  switches exclusive maintenance on and off; only the project's own endpoint offers it
 */
record ConformanceTarget(URI endpoint, String user, String password, Optional<String> rtdvUser, String rtdvPassword,
        Optional<Consumer<Boolean>> maintenance) {

    /** A caller with the sync credentials. */
    SoapCaller caller() {
        return new SoapCaller(endpoint, user, password);
    }

    /** A caller with the read-only credentials, when there are some. */
    Optional<SoapCaller> rtdvCaller() {
        return rtdvUser.map(name -> new SoapCaller(endpoint, name, rtdvPassword));
    }

    /** A caller that sends no WS-Security header at all. */
    SoapCaller anonymousCaller() {
        return new SoapCaller(endpoint, null, null);
    }

    @Override
    public String toString() {
        return endpoint + " as " + user;
    }
}
