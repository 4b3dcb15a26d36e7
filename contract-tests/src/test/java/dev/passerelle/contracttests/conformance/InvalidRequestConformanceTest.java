package dev.passerelle.contracttests.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChanges;
import dev.passerelle.contract.v1.GetServiceInfo;
import dev.passerelle.contract.v1.GetServiceInfoResponse;
import dev.passerelle.contract.v1.InvalidRequestFaultInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A request the contract refuses as a whole answers InvalidRequestFault, never an internal error. */
@ExtendWith(ConformanceExtension.class)
class InvalidRequestConformanceTest {

    @Test
    void pageSizeAboveThePublishedLimitAnswersInvalidRequestFault(ConformanceTarget target) {
        int limit = target.caller().call(new GetServiceInfo()).answer(GetServiceInfoResponse.class).getMaxPageSize();
        GetChanges request = new GetChanges();
        request.setEntity(EntityType.ACCOUNT);
        request.setPageSize(limit + 1);

        InvalidRequestFaultInfo info = target.caller().call(request).fault(InvalidRequestFaultInfo.class);

        assertThat(info.getMessage()).isNotBlank();
        assertThat(info.getCorrelationId()).isNotBlank();
    }

    @Test
    void schemaInvalidRequestAnswersInvalidRequestFault(ConformanceTarget target) {
        String unknownEntity = "<GetChanges xmlns=\"urn:passerelle:erp:v1\"><entity>INVOICE_OF_THE_MOON</entity></GetChanges>";

        InvalidRequestFaultInfo info = target.caller().callWithBody("GetChanges", unknownEntity).fault(InvalidRequestFaultInfo.class);

        assertThat(info.getMessage()).isNotBlank();
    }
}
