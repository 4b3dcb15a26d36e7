package dev.passerelle.contracttests.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contract.v1.AuthenticationFaultInfo;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.GetChanges;
import dev.passerelle.contract.v1.GetServiceInfo;
import dev.passerelle.contract.v1.GetServiceInfoResponse;
import dev.passerelle.contract.v1.PasserellePortType;
import dev.passerelle.contract.v1.PasserelleService;
import jakarta.xml.ws.BindingProvider;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every call needs a valid UsernameToken; without one the answer is the typed AuthenticationFault. */
@ExtendWith(ConformanceExtension.class)
class AuthenticationConformanceTest {

    @Test
    void anonymousCallAnswersAuthenticationFault(ConformanceTarget target) {
        AuthenticationFaultInfo info = target.anonymousCaller().call(new GetServiceInfo()).fault(AuthenticationFaultInfo.class);
        assertThat(info.getCorrelationId()).isNotBlank();
    }

    @Test
    void anonymousDataCallAnswersAuthenticationFault(ConformanceTarget target) {
        GetChanges request = new GetChanges();
        request.setEntity(EntityType.ACCOUNT);
        assertThat(target.anonymousCaller().call(request).fault(AuthenticationFaultInfo.class).getMessage()).isNotBlank();
    }

    @Test
    void wrongPasswordAnswersAuthenticationFaultWithoutSayingWhichPartIsWrong(ConformanceTarget target) {
        SoapCaller wrongPassword = new SoapCaller(target.endpoint(), target.user(), target.password() + "-wrong");
        SoapCaller unknownUser = new SoapCaller(target.endpoint(), "nobody-" + System.nanoTime(), target.password());

        AuthenticationFaultInfo badPassword = wrongPassword.call(new GetServiceInfo()).fault(AuthenticationFaultInfo.class);
        AuthenticationFaultInfo badUser = unknownUser.call(new GetServiceInfo()).fault(AuthenticationFaultInfo.class);

        assertThat(badPassword.getMessage()).isEqualTo(badUser.getMessage());
    }

    @Test
    void generatedCxfClientWithAUsernameTokenIsServed(ConformanceTarget target) throws Exception {
        PasserellePortType port = new PasserelleService().getPasserellePort();
        Map<String, Object> request = ((BindingProvider) port).getRequestContext();
        request.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, target.endpoint().toString());
        request.put("security.username", target.user());
        request.put("security.password", target.password());

        GetServiceInfoResponse info = port.getServiceInfo(new GetServiceInfo());

        assertThat(info.getContractVersion()).startsWith("1.");
    }
}
