package dev.passerelle.server.security;

import dev.passerelle.common.security.LoginRefusal;
import java.util.Optional;
import org.apache.cxf.message.Message;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.message.token.UsernameToken;
import org.apache.wss4j.dom.validate.Credential;
import org.apache.wss4j.dom.validate.Validator;

/**
 * Checks a WS-Security UsernameToken (plain-text password, as the contract's policy asks) through
 * {@link Logins}. Every failure looks the same to the caller; why it failed, and how long its answer
 * is to be held back, is left on the message as a {@link LoginRefusal}. Thread-safe.
 */
public final class UsernameTokenAuthenticator implements Validator {

    private final Logins logins;

    public UsernameTokenAuthenticator(Logins logins) {
        this.logins = logins;
    }

    @Override
    public Credential validate(Credential credential, RequestData data) throws WSSecurityException {
        UsernameToken token = credential == null ? null : credential.getUsernametoken();
        if (token == null || token.getName() == null) {
            throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
        }
        Message message = data.getMsgContext() instanceof Message context ? context : null;
        // A digest password cannot be checked against a salted hash: it counts as a wrong password.
        String password = token.isHashed() ? null : token.getPassword();
        Optional<LoginRefusal> refusal = logins.refusalOf(token.getName(), password, ClientAddress.of(message));
        if (refusal.isPresent()) {
            if (message != null) {
                message.put(LoginRefusal.class, refusal.get());
            }
            throw new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION);
        }
        // WSS4J makes the principal (the user name) from the token once this returns.
        return credential;
    }
}
