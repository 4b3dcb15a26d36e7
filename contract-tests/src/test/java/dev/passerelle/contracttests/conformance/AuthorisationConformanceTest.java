package dev.passerelle.contracttests.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.passerelle.contract.v1.ApplyChanges;
import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.AuthorisationFaultInfo;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChanges;
import dev.passerelle.contract.v1.GetServiceInfo;
import dev.passerelle.contract.v1.GetServiceInfoResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Role rtdv may call the read-only queries and GetServiceInfo, never the delta exchange. Needs a
 * read-only user: always there on the own endpoint, {@code -Dpasserelle.conformance.rtdvUser} otherwise.
 */
@ExtendWith(ConformanceExtension.class)
class AuthorisationConformanceTest {

    static Stream<Arguments> syncOnlyRequests() {
        GetChanges changes = new GetChanges();
        changes.setEntity(EntityType.ACCOUNT);
        ApplyChanges apply = new ApplyChanges();
        apply.setBatchId("rtdv-may-not-apply-" + System.nanoTime());
        ApplyRecord delete = new ApplyRecord();
        delete.setClientRef("rtdv-delete");
        delete.setOperation(ChangeOperation.DELETE);
        delete.setEntity(EntityType.CONTACT);
        delete.setKey("CON-RTDV-NEVER");
        apply.getRecord().add(delete);
        return Stream.of(Arguments.of(Named.of("GetChanges", changes)), Arguments.of(Named.of("ApplyChanges", apply)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("syncOnlyRequests")
    void readOnlyRoleCallingTheDeltaExchangeAnswersAuthorisationFault(Object request, ConformanceTarget target) {
        SoapCaller viewer = viewer(target);

        AuthorisationFaultInfo info = viewer.call(request).fault(AuthorisationFaultInfo.class);

        assertThat(info.getOperation()).isEqualTo(request.getClass().getSimpleName());
        assertThat(info.getRequiredRole()).isEqualTo("sync");
    }

    @Test
    void readOnlyRoleMayAskForServiceInfoAndIsToldItsRole(ConformanceTarget target) {
        GetServiceInfoResponse info = viewer(target).call(new GetServiceInfo()).answer(GetServiceInfoResponse.class);

        assertThat(info.getCallerRole()).containsExactly("rtdv");
    }

    private static SoapCaller viewer(ConformanceTarget target) {
        assumeTrue(target.rtdvCaller().isPresent(), "no read-only user: give -Dpasserelle.conformance.rtdvUser and .rtdvPassword");
        return target.rtdvCaller().orElseThrow();
    }
}
