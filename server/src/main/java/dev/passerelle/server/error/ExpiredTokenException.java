package dev.passerelle.server.error;

import dev.passerelle.contract.v1.EntityType;

/** A change token the endpoint cannot continue from; answered with the contract's ExpiredTokenFault. */
public final class ExpiredTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final EntityType entity;

    public ExpiredTokenException(EntityType entity, String message) {
        super(message);
        this.entity = entity;
    }

    public EntityType entity() {
        return entity;
    }
}
