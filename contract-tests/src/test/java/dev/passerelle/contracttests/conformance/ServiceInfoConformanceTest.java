package dev.passerelle.contracttests.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contract.v1.EntityInfo;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetServiceInfo;
import dev.passerelle.contract.v1.GetServiceInfoResponse;
import dev.passerelle.contract.v1.SyncDirection;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** GetServiceInfo tells what the endpoint is and the limits a client must respect. */
@ExtendWith(ConformanceExtension.class)
class ServiceInfoConformanceTest {

    @Test
    void serviceInfoAnswersContractVersionOneWithPositiveLimits(ConformanceTarget target) {
        GetServiceInfoResponse info = target.caller().call(new GetServiceInfo()).answer(GetServiceInfoResponse.class);

        assertThat(info.getContractVersion()).matches("1\\.[0-9]+");
        assertThat(info.getErpProduct()).isNotBlank();
        assertThat(info.getCompanyName()).isNotBlank();
        assertThat(info.getMaxPageSize()).isPositive();
        assertThat(info.getMaxBatchSize()).isPositive();
        assertThat(info.getTombstoneRetentionHours()).isPositive();
        assertThat(info.getCallerRole()).contains("sync");
    }

    @Test
    void serviceInfoServerTimeCarriesAnOffsetAndIsCurrent(ConformanceTarget target) {
        OffsetDateTime before = OffsetDateTime.now();
        GetServiceInfoResponse info = target.caller().call(new GetServiceInfo()).answer(GetServiceInfoResponse.class);

        assertThat(Duration.between(before, info.getServerTime()).abs()).isLessThan(Duration.ofMinutes(5));
    }

    @Test
    void serviceInfoListsTheSyncEntitiesInDependencyOrderWithTheirDirection(ConformanceTarget target) {
        GetServiceInfoResponse info = target.caller().call(new GetServiceInfo()).answer(GetServiceInfoResponse.class);

        List<EntityType> entities = info.getSupportedEntity().stream().map(EntityInfo::getEntity).toList();
        assertThat(entities).doesNotHaveDuplicates().isSortedAccordingTo(Enum::compareTo).contains(EntityType.ACCOUNT);
        assertThat(info.getSupportedEntity()).allSatisfy(entity -> assertThat(entity.getDirection()).isEqualTo(
                switch (entity.getEntity()) {
                    case ACCOUNT, DELIVERY_ADDRESS, CONTACT -> SyncDirection.BOTH_WAYS;
                    default -> SyncDirection.ERP_TO_CRM;
                }));
    }
}
