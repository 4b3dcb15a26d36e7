package dev.passerelle.launcher;

/**
 * A command that ships beside the product rather than in it (the benchmark, the fault suite): a
 * picocli command class that implements this marker and is listed in
 * {@code META-INF/services/dev.passerelle.launcher.Tool}. {@link Main} adds every tool found on the
 * class path as a subcommand; the product's distribution carries none, {@code ./passerelle} in a
 * source tree puts the {@code src/bench} module on the class path.
 */
public interface Tool {
}
