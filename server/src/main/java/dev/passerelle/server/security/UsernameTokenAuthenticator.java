package dev.passerelle.server.security;

import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.message.token.UsernameToken;
import org.apache.wss4j.dom.validate.Credential;
import org.apache.wss4j.dom.validate.Validator;

/**
 * Checks a WS-Security UsernameToken (plain-text password, as the contract's policy asks) against
 * the salted hashes of {@link Users}. Every failure looks the same to the caller. Thread-safe.
 */
public final class UsernameTokenAuthenticator implements Validator {

    private final Users users;

    public UsernameTokenAuthenticator(Users users) {
        this.users = users;
    }

    @Override
    public Credential validate(Credential credential, RequestData data) throws WSSecurityException {
        UsernameToken token = credential == null ? null : credential.getUsernametoken();
        if (token == null || token.isHashed() || token.getName() == null
                || users.authenticate(token.getName(), token.getPassword()).isEmpty()) {
            throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
        }
        // WSS4J makes the principal (the user name) from the token once this returns.
        return credential;
    }
}
