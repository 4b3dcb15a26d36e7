package dev.passerelle.client.cli;

import dev.passerelle.client.CrmEngine;
import picocli.CommandLine.Option;

/** Names an account on the command line: by its accounting code, or by its CRM id; exactly one (an exclusive group). */
public final class AccountRef {

    @Option(names = "--account", paramLabel = "CODE", description = "The account's accounting code.")
    String code;

    @Option(names = "--account-id", paramLabel = "ID", description = "The account's CRM id.")
    Long id;

    long resolve(CrmEngine engine, String integration) {
        return id != null ? id : engine.links().accountByCode(integration, code);
    }
}
