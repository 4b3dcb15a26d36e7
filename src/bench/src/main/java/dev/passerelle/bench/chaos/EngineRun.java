package dev.passerelle.bench.chaos;

import java.util.List;

/** Starts {@code crm-sync run} in a child JVM on a trial's configuration, as an operator would run it. */
final class EngineRun {

    private EngineRun() {
    }

    /** Starts one run; its output goes to the log {@code name} of the folder. */
    static Child start(TrialFolder folder, String name) {
        return Child.start("crm-sync run (" + name + ")", List.of("crm-sync", "run", "--config",
                folder.engineConfig().toString(), "--no-progress"), folder.log(name));
    }
}
