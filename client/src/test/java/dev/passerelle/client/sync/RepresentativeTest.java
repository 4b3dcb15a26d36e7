package dev.passerelle.client.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.client.ErpFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The company's account manager follows the account's representative through the CRM user linked to it. */
class RepresentativeTest {

    private ErpFixture fixture;

    @BeforeEach
    void start() {
        fixture = ErpFixture.start(10);
        fixture.sync();
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void accountManagerFollowsTheRepresentativeOfANewlyAssignedAccount() {
        long representative = fixture.followFirstRepresentative("alice");
        String code = fixture.erpSql().withHandle(handle -> handle.createQuery(
                "SELECT TOP 1 code FROM account ORDER BY id").mapTo(String.class).one());
        fixture.crmSql().useHandle(handle -> handle.createUpdate("UPDATE company SET account_manager = NULL WHERE id ="
                + " (SELECT company_id FROM account WHERE account_code = :code)").bind("code", code).execute());
        fixture.erpSql().useHandle(handle -> handle.createUpdate(
                "UPDATE account SET representative_id = :rep, website = N'www.rep.example' WHERE code = :code")
                .bind("rep", representative).bind("code", code).execute());

        fixture.sync();

        String manager = fixture.crmSql().withHandle(handle -> handle.createQuery("SELECT c.account_manager FROM company c"
                + " JOIN account a ON a.company_id = c.id WHERE a.account_code = :code").bind("code", code)
                .mapTo(String.class).one());
        assertThat(manager).isEqualTo("alice");
    }
}
