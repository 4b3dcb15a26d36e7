package dev.passerelle.interop;

import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPEnvelope;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.soap.SOAPHeaderElement;
import jakarta.xml.ws.ProtocolException;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Adds to every request the WS-Security header the contract's policy asks for, with nothing but the
 * JAX-WS and SAAJ APIs (a default wsimport client knows no WS-SecurityPolicy): a {@code wsse:Security}
 * header, mustUnderstand, holding one {@code UsernameToken} with the password as plain text. Answers
 * pass through untouched. Immutable and thread-safe: one instance may serve every port.
 */
public final class UsernameTokenHandler implements SOAPHandler<SOAPMessageContext> {

    static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    static final String PASSWORD_TEXT =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";
    static final QName SECURITY = new QName(WSSE, "Security", "wsse");

    private final String user;
    private final String password;

    public UsernameTokenHandler(String user, String password) {
        this.user = user;
        this.password = password;
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        if (Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY))) {
            try {
                addToken(context.getMessage().getSOAPPart().getEnvelope());
            } catch (SOAPException unwritable) {
                throw new ProtocolException("cannot add the WS-Security header", unwritable);
            }
        }
        return true;
    }

    private void addToken(SOAPEnvelope envelope) throws SOAPException {
        SOAPHeader header = envelope.getHeader() != null ? envelope.getHeader() : envelope.addHeader();
        SOAPHeaderElement security = header.addHeaderElement(SECURITY);
        security.setMustUnderstand(true);
        SOAPElement token = security.addChildElement("UsernameToken", SECURITY.getPrefix());
        token.addChildElement("Username", SECURITY.getPrefix()).addTextNode(user);
        SOAPElement secret = token.addChildElement("Password", SECURITY.getPrefix());
        secret.setAttribute("Type", PASSWORD_TEXT);
        secret.addTextNode(password);
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        return true;
    }

    @Override
    public void close(MessageContext context) {
        // Nothing held per message.
    }

    /** None: the endpoint answers no header this client must understand. */
    @Override
    public Set<QName> getHeaders() {
        return Set.of();
    }
}
