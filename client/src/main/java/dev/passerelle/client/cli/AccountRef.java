package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import dev.passerelle.client.EngineException;
import picocli.CommandLine.Option;

/** Names an account on the command line: by its accounting code, or by its CRM id. */
public final class AccountRef {

    @Option(names = "--account", paramLabel = "CODE", description = "The account's accounting code.")
    String code;

    @Option(names = "--account-id", paramLabel = "ID", description = "The account's CRM id.")
    Long id;

    long resolve(CrmEngine engine, String integration) {
        if (id != null) {
            return id;
        }
        if (code == null) {
            throw new EngineException.BadRequest("name the account with --account CODE or --account-id ID");
        }
        return engine.links().accountByCode(integration, code);
    }
}
