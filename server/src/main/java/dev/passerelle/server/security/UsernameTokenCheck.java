package dev.passerelle.server.security;

import dev.passerelle.common.security.LoginRefusal;
import java.security.Principal;
import java.util.Set;
import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapHeader;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.headers.Header;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.interceptor.security.DefaultSecurityContext;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.security.SecurityContext;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.WSDocInfo;
import org.apache.wss4j.dom.engine.WSSConfig;
import org.apache.wss4j.dom.engine.WSSecurityEngineResult;
import org.apache.wss4j.dom.handler.RequestData;
import org.apache.wss4j.dom.processor.UsernameTokenProcessor;
import org.apache.wss4j.dom.validate.Validator;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Requires of every request the WS-Security UsernameToken the contract's policy asks for, before
 * its body is read, and gives the endpoint the caller as the message's {@link SecurityContext}.
 *
 * <p>This is the check CXF's WS-Policy engine made from the WSDL's policy; the endpoint runs
 * without that engine, which computed and verified the policy again on every message for a
 * contract whose policy is this one token. Each token is processed by WSS4J's own
 * {@link UsernameTokenProcessor} (Basic Security Profile rules on, a token without a password
 * refused) and checked by the given validator. A request without the Security header or without a
 * UsernameToken in it, or with a token that fails, is refused with a {@link WSSecurityException}
 * as its cause: the endpoint answers it with the contract's AuthenticationFault. A token refused by
 * the validator has its answer held back for the delay its {@link LoginRefusal} says, without
 * holding a thread ({@link RefusalPause}). Nonces are not kept against replay: the contract sends the
 * password itself in the token, so a replayed token proves no more than the password it carries.
 * Thread-safe.
 */
public final class UsernameTokenCheck extends AbstractSoapInterceptor {

    private static final QName SECURITY = new QName(WSConstants.WSSE_NS, WSConstants.WSSE_LN);

    private final WSSConfig config;
    private final RefusalPause pause = new RefusalPause();

    public UsernameTokenCheck(Validator authenticator) {
        super(Phase.PRE_PROTOCOL);
        config = WSSConfig.getNewInstance();
        config.setValidator(WSConstants.USERNAME_TOKEN, authenticator);
    }

    /** The Security header is understood here, so a request that marks it mustUnderstand is accepted. */
    @Override
    public Set<QName> getUnderstoodHeaders() {
        return Set.of(SECURITY);
    }

    @Override
    public void handleMessage(SoapMessage message) {
        Fault held = pause.release(message);
        if (held != null) {
            throw held;
        }
        Element security = securityHeader(message);
        Principal caller = null;
        try {
            for (Node child = security == null ? null : security.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element token && WSConstants.WSSE_NS.equals(token.getNamespaceURI())
                        && WSConstants.USERNAME_TOKEN_LN.equals(token.getLocalName())) {
                    Principal principal = validate(token, message);
                    caller = caller == null ? principal : caller;
                }
            }
        } catch (WSSecurityException refused) {
            Fault fault = new Fault(refused);
            LoginRefusal refusal = message.get(LoginRefusal.class);
            if (refusal == null || !pause.hold(message, refusal.delay(), fault)) {
                throw fault;
            }
            // Suspended: CXF calls this interceptor again once the delay is over, and the fault is thrown then.
            return;
        }
        if (caller == null) {
            throw new Fault(new WSSecurityException(WSSecurityException.ErrorCode.FAILED_AUTHENTICATION));
        }
        message.put(SecurityContext.class, new DefaultSecurityContext(caller, null));
    }

    private Principal validate(Element token, SoapMessage message) throws WSSecurityException {
        RequestData data = new RequestData();
        data.setWssConfig(config);
        data.setMsgContext(message);
        data.setWsDocInfo(new WSDocInfo(token.getOwnerDocument()));
        data.setAllowUsernameTokenNoPassword(false);
        WSSecurityEngineResult result = new UsernameTokenProcessor().handleToken(token, data).get(0);
        return (Principal) result.get(WSSecurityEngineResult.TAG_PRINCIPAL);
    }

    // The first wsse:Security header, as CXF's own UsernameToken interceptor took it.
    private static Element securityHeader(SoapMessage message) {
        for (Header header : message.getHeaders()) {
            if (header instanceof SoapHeader && SECURITY.equals(header.getName()) && header.getObject() instanceof Element element) {
                return element;
            }
        }
        return null;
    }
}
