package dev.passerelle.server.error;

/** A query names a record the ERP does not have; answered with the contract's UnknownRecordFault. */
public final class UnknownRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String entity;
    private final String key;

    public UnknownRecordException(String entity, String key) {
        super("no " + entity + " with key " + key);
        this.entity = entity;
        this.key = key;
    }

    public String entity() {
        return entity;
    }

    public String key() {
        return key;
    }
}
