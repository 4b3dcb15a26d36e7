package dev.passerelle.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.xml.ws.Holder;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import passerelle.erp.v1.AccountQuery;
import passerelle.erp.v1.AuthenticationFault;
import passerelle.erp.v1.Invoice;
import passerelle.erp.v1.PageInfo;
import passerelle.erp.v1.UnknownRecordFault;

/** The contract's typed faults reach the default Metro client as the checked exceptions wsimport generated. */
@ExtendWith(InteropExtension.class)
class MetroFaultTest {

    /** Well formed (the endpoint's keys are row ids in decimal), so the endpoint looks it up; no demo row has it. */
    private static final String UNKNOWN_ACCOUNT = "999999999";

    @Test
    void wrongPasswordAnswersTheAuthenticationFault(InteropTarget target) {
        AuthenticationFault refused = catchThrowableOfType(AuthenticationFault.class,
                () -> target.ports().as(target.user(), "not-" + target.password()).getSolvency(UNKNOWN_ACCOUNT));

        assertThat(refused).as("AuthenticationFault").isNotNull();
        assertThat(refused.getFaultInfo()).as("the fault's detail").isNotNull();
        assertThat(refused.getFaultInfo().getMessage()).contains("could not be authenticated");
        assertThat(refused.getFaultInfo().getCorrelationId()).isNotBlank();
    }

    @Test
    void solvencyOfAnUnknownAccountAnswersTheUnknownRecordFault(InteropTarget target) {
        UnknownRecordFault unknown = catchThrowableOfType(UnknownRecordFault.class,
                () -> target.port().getSolvency(UNKNOWN_ACCOUNT));

        assertThat(unknown).as("UnknownRecordFault").isNotNull();
        assertThat(unknown.getFaultInfo().getEntity()).isEqualToIgnoringCase("account");
        assertThat(unknown.getFaultInfo().getKey()).isEqualTo(UNKNOWN_ACCOUNT);
    }

    @Test
    void invoicesOfAnUnknownAccountAnswerTheUnknownRecordFault(InteropTarget target) {
        AccountQuery account = new AccountQuery();
        account.setAccountKey(UNKNOWN_ACCOUNT);

        UnknownRecordFault unknown = catchThrowableOfType(UnknownRecordFault.class,
                () -> target.port().getInvoices(account, null, null, null, new Holder<List<Invoice>>(), new Holder<PageInfo>()));

        assertThat(unknown).as("UnknownRecordFault").isNotNull();
        assertThat(unknown.getFaultInfo().getEntity()).isEqualToIgnoringCase("account");
        assertThat(unknown.getFaultInfo().getKey()).isEqualTo(UNKNOWN_ACCOUNT);
    }
}
