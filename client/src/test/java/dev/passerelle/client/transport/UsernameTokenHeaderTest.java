package dev.passerelle.client.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapHeader;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.message.ExchangeImpl;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class UsernameTokenHeaderTest {

    private static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private static final String PASSWORD_TEXT =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";

    @Test
    void addsOneMustUnderstandSecurityHeaderWithTheUsernameTokenAndPlainTextPassword() {
        SoapMessage message = message();

        new UsernameTokenHeader("crm-sync", "p<&\"w'd>", new TokenIds()).handleMessage(message);

        assertThat(message.getHeaders()).singleElement().satisfies(header -> {
            assertThat(header.getName()).isEqualTo(UsernameTokenHeader.SECURITY);
            assertThat(((SoapHeader) header).isMustUnderstand()).isTrue();
            Element security = (Element) header.getObject();
            assertThat(security.getElementsByTagNameNS(WSSE, "UsernameToken").getLength()).isEqualTo(1);
            Element token = (Element) security.getElementsByTagNameNS(WSSE, "UsernameToken").item(0);
            assertThat(token.getAttributeNS(WSU, "Id")).startsWith("UsernameToken-");
            assertThat(text(token, "Username")).isEqualTo("crm-sync");
            Element password = (Element) token.getElementsByTagNameNS(WSSE, "Password").item(0);
            assertThat(password.getAttribute("Type")).isEqualTo(PASSWORD_TEXT);
            assertThat(password.getTextContent()).isEqualTo("p<&\"w'd>");
            assertThat(token.getElementsByTagNameNS(WSSE, "Nonce").getLength()).isZero();
        });
    }

    @Test
    void eachMessageGetsItsOwnTokenAndId() {
        UsernameTokenHeader header = new UsernameTokenHeader("crm-sync", "secret", new TokenIds());
        SoapMessage first = message();
        SoapMessage second = message();

        header.handleMessage(first);
        header.handleMessage(second);

        Element one = (Element) first.getHeaders().get(0).getObject();
        Element two = (Element) second.getHeaders().get(0).getObject();
        assertThat(one.getOwnerDocument()).isNotSameAs(two.getOwnerDocument());
        assertThat(tokenId(one)).isNotEqualTo(tokenId(two));
    }

    private static String tokenId(Element security) {
        return ((Element) security.getElementsByTagNameNS(WSSE, "UsernameToken").item(0)).getAttributeNS(WSU, "Id");
    }

    private static String text(Element parent, String localName) {
        return parent.getElementsByTagNameNS(WSSE, localName).item(0).getTextContent();
    }

    private static SoapMessage message() {
        SoapMessage message = new SoapMessage(Soap11.getInstance());
        message.setExchange(new ExchangeImpl());
        return message;
    }
}
