package dev.passerelle.server.rtdv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.passerelle.contract.v1.ApplyChanges;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.AuthorisationFault;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChanges;
import dev.passerelle.contract.v1.GetSolvency;
import dev.passerelle.contract.v1.UnavailableFault;
import dev.passerelle.server.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rtdv role reads real-time figures and nothing else; the sync role may read them too. */
class RtdvAccessTest {

    private static RtdvFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new RtdvFixture();
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    private static GetSolvency solvencyOfDupont() {
        GetSolvency request = new GetSolvency();
        request.setAccountKey(fixture.accountKey("DUPONT"));
        return request;
    }

    @Test
    void theRtdvRoleMayNotReadChanges() {
        GetChanges request = new GetChanges();
        request.setEntity(EntityType.ACCOUNT);

        Throwable thrown = catchThrowable(() -> fixture.client.getChanges(request));

        assertThat(thrown).isInstanceOfSatisfying(AuthorisationFault.class, fault -> {
            assertThat(fault.getFaultInfo().getOperation()).isEqualTo("GetChanges");
            assertThat(fault.getFaultInfo().getRequiredRole()).isEqualTo("sync");
        });
    }

    @Test
    void theRtdvRoleMayNotApplyChanges() {
        ApplyChanges request = new ApplyChanges();
        request.setBatchId("rtdv-must-not-write");
        ApplyRecord delete = new ApplyRecord();
        delete.setClientRef("delete-1");
        delete.setOperation(ChangeOperation.DELETE);
        delete.setEntity(EntityType.CONTACT);
        delete.setKey("1");
        request.getRecord().add(delete);

        assertThat(catchThrowable(() -> fixture.client.applyChanges(request))).isInstanceOf(AuthorisationFault.class);
    }

    @Test
    void theSyncRoleMayReadRealTimeFiguresToo() throws Exception {
        assertThat(TestServers.syncClient(fixture.server).getSolvency(solvencyOfDupont()).getSolvency().getAccountCode())
                .isEqualTo("DUPONT");
    }

    @Test
    void realTimeQueriesAnswerTheUnavailableFaultDuringMaintenance() throws Exception {
        fixture.server.setMaintenance(true);
        try {
            assertThat(catchThrowable(() -> fixture.client.getSolvency(solvencyOfDupont()))).isInstanceOf(UnavailableFault.class);
        } finally {
            fixture.server.setMaintenance(false);
        }
        assertThat(fixture.client.getSolvency(solvencyOfDupont()).getSolvency().getAccountCode()).isEqualTo("DUPONT");
    }
}
