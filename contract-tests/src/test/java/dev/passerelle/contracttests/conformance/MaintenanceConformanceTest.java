package dev.passerelle.contracttests.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChanges;
import dev.passerelle.contract.v1.GetServiceInfo;
import dev.passerelle.contract.v1.GetServiceInfoResponse;
import dev.passerelle.contract.v1.UnavailableFaultInfo;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * During exclusive maintenance GetServiceInfo still answers (and says so) while data operations
 * answer UnavailableFault with a retry delay. Only the project's own endpoint can be switched from
 * here; for another endpoint the test is skipped.
 */
@ExtendWith(ConformanceExtension.class)
class MaintenanceConformanceTest {

    @Test
    void duringMaintenanceDataCallsAnswerUnavailableWithARetryDelayAndServiceInfoStillAnswers(ConformanceTarget target) {
        assumeTrue(target.maintenance().isPresent(), "maintenance can only be switched on the project's own endpoint");
        Consumer<Boolean> maintenance = target.maintenance().orElseThrow();
        GetChanges changes = new GetChanges();
        changes.setEntity(EntityType.ACCOUNT);

        maintenance.accept(true);
        try {
            UnavailableFaultInfo unavailable = target.caller().call(changes).fault(UnavailableFaultInfo.class);
            GetServiceInfoResponse info = target.caller().call(new GetServiceInfo()).answer(GetServiceInfoResponse.class);

            assertThat(unavailable.getRetryAfterSeconds()).isPositive();
            assertThat(info.isMaintenance()).isTrue();
        } finally {
            maintenance.accept(false);
        }
        assertThat(target.caller().call(new GetServiceInfo()).answer(GetServiceInfoResponse.class).isMaintenance()).isFalse();
    }
}
