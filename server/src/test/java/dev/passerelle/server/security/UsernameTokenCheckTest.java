package dev.passerelle.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.common.security.LoginLimits;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.cxf.binding.soap.Soap11;
import org.apache.cxf.binding.soap.SoapHeader;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.security.SecurityContext;
import org.apache.wss4j.common.ext.WSSecurityException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class UsernameTokenCheckTest {

    private static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private static final String TEXT = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";

    // Nothing counted: each test's refusals must not lock the next test's valid token out.
    private static final LoginLimits UNCOUNTED = new LoginLimits(0, 0, Duration.ofMinutes(5), Duration.ZERO, Duration.ZERO);

    private final UsernameTokenCheck check = new UsernameTokenCheck(new UsernameTokenAuthenticator(new Logins(
            Users.builder().add("crm-sync", "s3cret-sync", Role.SYNC).build(), UNCOUNTED, Clock.systemUTC())));

    @Test
    void aValidTokenMakesItsUserTheCaller() {
        SoapMessage message = message(security(token("crm-sync", "s3cret-sync", TEXT)));

        check.handleMessage(message);

        assertThat(message.get(SecurityContext.class).getUserPrincipal().getName()).isEqualTo("crm-sync");
    }

    @Test
    void aRequestWithoutTheSecurityHeaderIsRefused() {
        assertRefused(message(null));
    }

    @Test
    void aSecurityHeaderWithoutUsernameTokenIsRefused() {
        assertRefused(message(security("<wsu:Timestamp xmlns:wsu=\"" + WSU + "\"><wsu:Created>2026-12-05T00:00:00Z</wsu:Created></wsu:Timestamp>")));
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertRefused(message(security(token("crm-sync", "guess", TEXT))));
    }

    @Test
    void anUnknownUserIsRefused() {
        assertRefused(message(security(token("someone", "s3cret-sync", TEXT))));
    }

    @Test
    void aDigestPasswordIsRefused() {
        assertRefused(message(security(token("crm-sync", "s3cret-sync", TEXT.replace("#PasswordText", "#PasswordDigest")))));
    }

    @Test
    void aTokenWithoutPasswordIsRefused() {
        assertRefused(message(security("<wsse:UsernameToken><wsse:Username>crm-sync</wsse:Username></wsse:UsernameToken>")));
    }

    @Test
    void everyTokenInTheHeaderMustHold() {
        assertRefused(message(security(token("crm-sync", "s3cret-sync", TEXT) + token("crm-sync", "guess", TEXT))));
    }

    @Test
    void theSecurityHeaderIsUnderstoodSoMustUnderstandIsHonoured() {
        assertThat(check.getUnderstoodHeaders()).containsExactly(new QName(WSSE, "Security"));
    }

    private void assertRefused(SoapMessage message) {
        assertThatThrownBy(() -> check.handleMessage(message))
                .isInstanceOf(Fault.class).hasCauseInstanceOf(WSSecurityException.class);
        assertThat(message.get(SecurityContext.class)).isNull();
    }

    private static String token(String user, String password, String type) {
        return "<wsse:UsernameToken><wsse:Username>" + user + "</wsse:Username><wsse:Password Type=\"" + type + "\">"
                + password + "</wsse:Password></wsse:UsernameToken>";
    }

    private static Element security(String content) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            String xml = "<wsse:Security xmlns:wsse=\"" + WSSE + "\">" + content + "</wsse:Security>";
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (Exception broken) {
            throw new IllegalStateException(broken);
        }
    }

    private static SoapMessage message(Element security) {
        SoapMessage message = new SoapMessage(Soap11.getInstance());
        message.setExchange(new ExchangeImpl());
        message.getExchange().setInMessage(message);
        if (security != null) {
            message.getHeaders().add(new SoapHeader(new QName(WSSE, "Security"), security));
        }
        return message;
    }
}
