package dev.passerelle.client.rtdv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passerelle.client.ErpFixture;
import dev.passerelle.client.edit.NewCompany;
import dev.passerelle.client.run.EngineException;
import dev.passerelle.client.run.RunMode;
import dev.passerelle.client.transport.ErpException;
import dev.passerelle.contract.v1.DocumentHeader;
import dev.passerelle.contract.v1.Invoice;
import dev.passerelle.contract.v1.Solvency;
import org.jdbi.v3.core.locator.ClasspathSqlLocator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CRM side of RTDV against a real ERP endpoint, after a first sync filled the identity map. */
class RtdvClientTest {

    private static ErpFixture fixture;
    private static RtdvTargets targets;
    private static RtdvClient client;
    private static long prospectId;

    @BeforeAll
    static void start() {
        fixture = ErpFixture.start(0);
        String script = ClasspathSqlLocator.removingComments()
                .getResource(RtdvClientTest.class.getClassLoader(), "dev/passerelle/client/rtdv/erp-rtdv.sql");
        fixture.erpSql().useTransaction(handle -> handle.createScript(script).execute());
        fixture.engine.run("main", RunMode.DELTA);
        long generic = fixture.engine.links().accountByCode("main", "DIVERSM");
        fixture.engine.links().setGeneric(generic, true);
        prospectId = fixture.engine.edits().createCompany(new NewCompany("Martin SARL", "PROSPECT", null, null, null, null, null, null));
        fixture.engine.links().attachGeneric(prospectId, generic);
        targets = new RtdvTargets(fixture.engine.store().jdbi());
        client = new RtdvClient(fixture.engine.transport("main"));
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static String erpKey(String code) {
        return fixture.erpSql().withHandle(handle -> handle.createQuery("SELECT id FROM account WHERE code = :code")
                .bind("code", code).mapTo(String.class).one());
    }

    @Test
    void aCompanyNamedByNameIgnoringCaseOrByIdResolvesToItsAccountsErpKey() {
        RtdvTarget byName = targets.company("main", "dupont sa");
        long companyId = fixture.crmSql().withHandle(handle -> handle.createQuery("SELECT company_id FROM account WHERE account_code = 'DUPONT'")
                .mapTo(Long.class).one());

        assertThat(byName.erpKey()).isEqualTo(erpKey("DUPONT"));
        assertThat(byName.generic()).isFalse();
        assertThat(targets.company("main", Long.toString(companyId))).isEqualTo(byName);
    }

    @Test
    void aProspectAttachedToAGenericAccountResolvesToThatAccountFilteredByItsName() {
        RtdvTarget prospect = targets.company("main", Long.toString(prospectId));

        assertThat(prospect.erpKey()).isEqualTo(erpKey("DIVERSM"));
        assertThat(prospect.namePrefix()).isEqualTo("Martin SARL");
        assertThat(client.invoices(prospect, null, null, false, RtdvClient.Page.FIRST).getInvoice())
                .extracting(Invoice::getNumber).containsExactly("FA101");
        assertThat(client.documents(prospect, RtdvClient.DocumentFilter.ALL, RtdvClient.Page.FIRST).getDocument())
                .extracting(DocumentHeader::getNumber).containsExactly("FA101");
    }

    @Test
    void accountWideFiguresOfAProspectSeenThroughAGenericAccountAreRefused() {
        RtdvTarget prospect = targets.company("main", "Martin SARL");

        assertThatThrownBy(() -> client.solvency(prospect)).isInstanceOf(EngineException.BadRequest.class)
                .hasMessageContaining("generic account");
    }

    @Test
    void anUnknownCompanyIsABadRequestAndAnUnknownErpKeyAnErpRefusal() {
        assertThatThrownBy(() -> targets.company("main", "Nobody Ltd")).isInstanceOf(EngineException.BadRequest.class)
                .hasMessageContaining("Nobody Ltd");
        assertThatThrownBy(() -> client.solvency(RtdvTarget.ofErpKey("987654321")))
                .isInstanceOf(ErpException.Refused.class).hasMessageContaining("unknown ERP record");
    }

    @Test
    void solvencyComesFromTheErpFollowingItsRules() {
        Solvency solvency = client.solvency(targets.company("main", "Dupont SA"));

        // FA001 posted, due in 2020 and unpaid: 120 in the ledger and overdue; BC001 open: 240.
        assertThat(solvency.getAccountingBalance()).isEqualByComparingTo("120.00");
        assertThat(solvency.getOpenOrders()).isEqualByComparingTo("240.00");
        assertThat(solvency.getCommercialBalance()).isEqualByComparingTo("360.00");
        assertThat(solvency.getCreditAvailable()).isEqualByComparingTo("640.00");
        assertThat(solvency.getOverdueAmount()).isEqualByComparingTo("120.00");
        assertThat(solvency.getRiskCode()).isEqualTo("STOP");
    }
}
