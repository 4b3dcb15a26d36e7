package dev.passerelle.client.users;

import dev.passerelle.client.run.Action;
import java.util.Set;

/** A CRM user: login, name, the ERP representative linked to it (if any) and the actions denied to it. */
public record CrmUser(String login, String displayName, String representativeIntegration, String representativeKey,
                      Set<Action> denied) {

    public CrmUser {
        denied = Set.copyOf(denied);
    }
}
