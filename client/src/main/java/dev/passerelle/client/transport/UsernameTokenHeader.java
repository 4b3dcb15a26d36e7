package dev.passerelle.client.transport;

import javax.xml.namespace.QName;
import org.apache.cxf.binding.soap.SoapHeader;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.helpers.DOMUtils;
import org.apache.cxf.phase.Phase;
import org.apache.wss4j.dom.WSConstants;
import org.apache.wss4j.dom.WsuIdAllocator;
import org.apache.wss4j.dom.message.WSSecUsernameToken;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Adds to every request the WS-Security header the contract's policy asks for: a wsse:Security
 * header, mustUnderstand, holding one UsernameToken with the plain-text password. The token itself is
 * built by WSS4J ({@link WSSecUsernameToken}), as CXF's policy-driven interceptor built it; this one
 * needs no WS-Policy engine on the client's bus. Thread-safe: each message gets its own document.
 */
final class UsernameTokenHeader extends AbstractSoapInterceptor {

    static final QName SECURITY = new QName(WSConstants.WSSE_NS, WSConstants.WSSE_LN);

    private final String user;
    private final String password;
    private final WsuIdAllocator ids;

    UsernameTokenHeader(String user, String password, WsuIdAllocator ids) {
        super(Phase.PRE_PROTOCOL);
        this.user = user;
        this.password = password;
        this.ids = ids;
    }

    @Override
    public void handleMessage(SoapMessage message) {
        Document document = DOMUtils.createDocument();
        Element security = document.createElementNS(WSConstants.WSSE_NS, WSConstants.WSSE_PREFIX + ":" + WSConstants.WSSE_LN);
        security.setAttributeNS(WSConstants.XMLNS_NS, "xmlns:" + WSConstants.WSSE_PREFIX, WSConstants.WSSE_NS);
        document.appendChild(security);
        WSSecUsernameToken token = new WSSecUsernameToken(document);
        token.setIdAllocator(ids);
        token.setPasswordType(WSConstants.PASSWORD_TEXT);
        token.setUserInfo(user, password);
        token.prepare();
        security.appendChild(token.getUsernameTokenElement());
        SoapHeader header = new SoapHeader(SECURITY, security);
        header.setMustUnderstand(true);
        message.getHeaders().add(header);
    }
}
