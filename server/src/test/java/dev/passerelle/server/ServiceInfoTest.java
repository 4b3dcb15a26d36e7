package dev.passerelle.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetServiceInfo;
import dev.passerelle.contract.v1.GetServiceInfoResponse;
import dev.passerelle.contract.v1.SyncDirection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ServiceInfoTest {

    private static ErpServer server;

    @BeforeAll
    static void start() {
        server = TestServers.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void describesTheEndpointToAnAuthenticatedCaller() throws Exception {
        GetServiceInfoResponse info = TestServers.syncClient(server).getServiceInfo(new GetServiceInfo());

        assertThat(info.getContractVersion()).isEqualTo("1.0");
        assertThat(info.getCompanyName()).isEqualTo("Reference ERP");
        assertThat(info.getMaxPageSize()).isEqualTo(1000);
        assertThat(info.getMaxBatchSize()).isEqualTo(500);
        assertThat(info.getTombstoneRetentionHours()).isEqualTo(30 * 24);
        assertThat(info.isMaintenance()).isFalse();
        assertThat(info.getCallerRole()).containsExactly("sync");
        assertThat(info.getSupportedEntity()).extracting(e -> e.getEntity()).containsExactly(EntityType.values());
        assertThat(info.getSupportedEntity()).filteredOn(e -> e.getDirection() == SyncDirection.BOTH_WAYS)
                .extracting(e -> e.getEntity())
                .containsExactly(EntityType.ACCOUNT, EntityType.DELIVERY_ADDRESS, EntityType.CONTACT);
    }

    @Test
    void reportsMaintenanceWhileSwitchedOn() throws Exception {
        server.setMaintenance(true);
        try {
            assertThat(TestServers.syncClient(server).getServiceInfo(new GetServiceInfo()).isMaintenance()).isTrue();
        } finally {
            server.setMaintenance(false);
        }
    }

    @Test
    void publishesTheContractWsdlWithResolvableSchemaImports() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> wsdl = http.send(HttpRequest.newBuilder(URI.create(server.endpointUrl() + "?wsdl")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(wsdl.statusCode()).isEqualTo(200);
        assertThat(wsdl.body()).contains("PasserelleService", "UsernameTokenPolicy", "GetDocumentLines");
        String importLocation = wsdl.body().replaceAll("(?s).*schemaLocation=\"([^\"]+)\".*", "$1");
        HttpResponse<String> xsd = http.send(HttpRequest.newBuilder(URI.create(importLocation)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(xsd.statusCode()).isEqualTo(200);
        assertThat(xsd.body()).contains("targetNamespace=\"urn:passerelle:erp:v1\"");
    }
}
