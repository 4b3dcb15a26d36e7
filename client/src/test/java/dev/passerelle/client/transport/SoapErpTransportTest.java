package dev.passerelle.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.common.db.H2Urls;
import dev.passerelle.server.ErpServer;
import dev.passerelle.server.ServerSettings;
import dev.passerelle.server.security.Role;
import dev.passerelle.server.security.Users;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.cxf.BusFactory;
import org.apache.cxf.binding.soap.SoapMessage;
import org.apache.cxf.binding.soap.interceptor.AbstractSoapInterceptor;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.PreexistingConduitSelector;
import org.apache.cxf.frontend.ClientProxy;
import org.apache.cxf.headers.Header;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.HttpClientHTTPConduit;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.apache.cxf.ws.policy.PolicyEngine;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** How the transport configures CXF's client, checked on the real generated client. */
class SoapErpTransportTest {

    private static final String WSSE = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";

    @Test
    void aCallGoesOverUrlConnectionEvenThroughCxfsJavaNetHttpConduit() throws IOException {
        // The build sets CXF's JVM-wide switch for every test, so CXF picks its URLConnection conduit
        // from the start; CXF's java.net.http conduit, which a client embedded without the switch
        // gets, is put in its place here, and only the transport's per-message key can send the
        // call over URLConnection there (that conduit then marks the message USING_URLCONNECTION).
        List<String> usingUrlConnection = new CopyOnWriteArrayList<>();
        try (ErpServer erp = ErpServer.start(ServerSettings.builder().port(0).jdbcUrl(H2Urls.memory("erp-" + UUID.randomUUID()))
                .users(Users.builder().add("sync", "sync-secret", Role.SYNC).build()).clock(Clock.systemUTC()).build());
                SoapErpTransport transport = SoapErpTransport.connect(erp.endpointUrl().toString(), "sync", "sync-secret",
                        Duration.ofSeconds(10), Backoff.standard(1))) {
            Client client = ClientProxy.getClient(transport.port());
            HttpClientHTTPConduit javaNetHttp = new HttpClientHTTPConduit(client.getBus(),
                    client.getEndpoint().getEndpointInfo(), null);
            javaNetHttp.setClient(new HTTPClientPolicy());
            javaNetHttp.finalizeConfig();
            client.setConduitSelector(new PreexistingConduitSelector(javaNetHttp, client.getEndpoint()));
            client.getOutInterceptors().add(new AbstractSoapInterceptor(Phase.WRITE) {
                @Override
                public void handleMessage(SoapMessage message) {
                    usingUrlConnection.add(String.valueOf(message.get("USING_URLCONNECTION")));
                }
            });

            assertThat(transport.serviceInfo().getContractVersion()).isNotBlank();
            javaNetHttp.close();
        }

        assertThat(usingUrlConnection).containsExactly("true");
    }

    @Test
    void eachRequestsUsernameTokenHasItsOwnIdFromOneBaseAndACounterAndIsAccepted() {
        List<String> ids = new CopyOnWriteArrayList<>();
        try (ErpServer erp = ErpServer.start(ServerSettings.builder().port(0).jdbcUrl(H2Urls.memory("erp-" + UUID.randomUUID()))
                .users(Users.builder().add("sync", "sync-secret", Role.SYNC).build()).clock(Clock.systemUTC()).build());
                SoapErpTransport transport = SoapErpTransport.connect(erp.endpointUrl().toString(), "sync", "sync-secret",
                        Duration.ofSeconds(10), Backoff.standard(1))) {
            ClientProxy.getClient(transport.port()).getOutInterceptors().add(new TokenIdRecorder(ids));

            for (int call = 0; call < 3; call++) {
                assertThat(transport.serviceInfo().getContractVersion()).isNotBlank();
            }
        }

        assertThat(ids).hasSize(3).doesNotHaveDuplicates().allMatch(id -> id.startsWith("UsernameToken-"));
        String base = ids.get(0).substring(0, ids.get(0).lastIndexOf('-') + 1);
        long first = Long.parseLong(ids.get(0).substring(base.length()));
        assertThat(ids).containsExactly(base + first, base + (first + 1), base + (first + 2));
    }

    @Test
    void aWrongPasswordIsRefusedWithTheTypedError() {
        try (ErpServer erp = erp();
                SoapErpTransport transport = SoapErpTransport.connect(erp.endpointUrl().toString(), "sync", "guess",
                        Duration.ofSeconds(10), Backoff.standard(1))) {
            assertThatThrownBy(transport::serviceInfo).isInstanceOf(ErpException.Refused.class);
        }
    }

    @Test
    void eachTransportHasItsOwnBusWithoutPolicyEngineAndLeavesTheDefaultBusAlone() {
        try (ErpServer erp = erp();
                SoapErpTransport one = SoapErpTransport.connect(erp.endpointUrl().toString(), "sync", "sync-secret",
                        Duration.ofSeconds(10), Backoff.standard(1));
                SoapErpTransport two = SoapErpTransport.connect(erp.endpointUrl().toString(), "sync", "sync-secret",
                        Duration.ofSeconds(10), Backoff.standard(1))) {
            org.apache.cxf.Bus busOfOne = ClientProxy.getClient(one.port()).getBus();
            assertThat(busOfOne).isNotSameAs(ClientProxy.getClient(two.port()).getBus())
                    .isNotSameAs(BusFactory.getDefaultBus(false));
            assertThat(busOfOne.getExtension(PolicyEngine.class).isEnabled()).isFalse();

            one.close();
            assertThat(two.serviceInfo().getContractVersion()).isNotBlank();
        }
    }

    private static ErpServer erp() {
        return ErpServer.start(ServerSettings.builder().port(0).jdbcUrl(H2Urls.memory("erp-" + UUID.randomUUID()))
                .users(Users.builder().add("sync", "sync-secret", Role.SYNC).build()).clock(Clock.systemUTC()).build());
    }

    /** Reads the wsu:Id of the UsernameToken once WS-Security has added it to the headers. */
    private static final class TokenIdRecorder extends AbstractSoapInterceptor {
        private final List<String> ids;

        TokenIdRecorder(List<String> ids) {
            super(Phase.POST_PROTOCOL);
            this.ids = ids;
        }

        @Override
        public void handleMessage(SoapMessage message) {
            for (Header header : message.getHeaders()) {
                if (header.getObject() instanceof Element security) {
                    NodeList tokens = security.getElementsByTagNameNS(WSSE, "UsernameToken");
                    for (int index = 0; index < tokens.getLength(); index++) {
                        ids.add(((Element) tokens.item(index)).getAttributeNS(WSU, "Id"));
                    }
                }
            }
        }
    }
}
