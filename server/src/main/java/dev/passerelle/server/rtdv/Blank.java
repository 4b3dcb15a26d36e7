package dev.passerelle.server.rtdv;

/** Optional codes of the contract have at least one character: an empty ERP value is answered as absent. */
final class Blank {

    private Blank() {
    }

    static String asAbsent(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
