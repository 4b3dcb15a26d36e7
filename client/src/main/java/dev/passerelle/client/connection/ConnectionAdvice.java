package dev.passerelle.client.connection;

import dev.passerelle.client.config.IntegrationSettings;
import dev.passerelle.client.transport.ErpException;
import dev.passerelle.common.config.ConfigSource;
import dev.passerelle.contract.v1.AuthenticationFault;
import dev.passerelle.contract.v1.AuthorisationFault;

/**
 * What a person does when an integration's ERP cannot be used: the configuration keys (or the ERP-side
 * command) that mend each kind of failure, named as they are typed. Stateless.
 */
public final class ConnectionAdvice {

    private ConnectionAdvice() {
    }

    /** One line saying what to check or change after {@code failure}, for the integration of {@code settings}. */
    public static String after(ErpException failure, IntegrationSettings settings) {
        String prefix = "integration." + settings.name() + ".";
        if (failure.getCause() instanceof AuthenticationFault) {
            return "check " + prefix + "erp.user ('" + settings.erpUser() + "') and its password, "
                    + prefix + "erp.password or " + ConfigSource.environmentName(prefix + "erp.password")
                    + "; after repeated failures the ERP refuses the user for a while, right password or not";
        }
        if (failure.getCause() instanceof AuthorisationFault) {
            return "the ERP user '" + settings.erpUser() + "' needs the role sync: on the ERP side, "
                    + "erp-server add-user --users FILE --role sync " + settings.erpUser() + " (it asks the password again)";
        }
        if (failure instanceof ErpException.Timeout) {
            return "the ERP did not answer within " + prefix + "timeout (" + settings.timeout().toMillis() + " ms, "
                    + settings.retryAttempts() + " calls): check the endpoint's load and its database, or raise "
                    + prefix + "timeout";
        }
        if (failure instanceof ErpException.Refused) {
            return "the ERP refused the request: check that " + prefix + "erp.url is a Passerelle endpoint of contract 1";
        }
        return "check " + prefix + "erp.url (" + settings.erpUrl() + ") and that the ERP endpoint runs there: "
                + "its WSDL answers at " + settings.erpUrl() + "?wsdl";
    }
}
