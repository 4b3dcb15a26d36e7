package dev.passerelle.launcher;

import picocli.CommandLine;

/** Reads the product version from the launcher jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"Passerelle " + (version == null ? "development build" : version)};
    }
}
