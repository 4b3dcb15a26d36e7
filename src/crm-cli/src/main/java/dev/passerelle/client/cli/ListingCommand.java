package dev.passerelle.client.cli;

import dev.passerelle.client.rtdv.RtdvClient;
import picocli.CommandLine.Mixin;

/** An rtdv sub-command that lists rows a page at a time; the page is checked before any call. */
abstract class ListingCommand extends TargetCommand {

    @Mixin
    Listing listing = new Listing();

    @Override
    protected void validate() {
        page();
    }

    RtdvClient.Page page() {
        return listing.asPage(spec.commandLine());
    }
}
