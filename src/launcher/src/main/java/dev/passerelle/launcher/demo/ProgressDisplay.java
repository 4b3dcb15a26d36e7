package dev.passerelle.launcher.demo;

import dev.passerelle.client.run.ProgressListener;
import java.util.Map;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows a run's progress phase by phase: a live bar per phase on a terminal, one line per finished
 * phase otherwise (a log file or a pipe). The ERP does not announce totals, but the demo knows how
 * big its ERP is, so the bars of the large entities show how far along they are.
 */
abstract class ProgressDisplay implements ProgressListener, AutoCloseable {

    static ProgressDisplay forConsole(Map<String, Long> expected, DemoOutput out) {
        return System.console() != null ? new Bars(expected) : new Lines(out);
    }

    @Override
    public abstract void close();

    private static final class Bars extends ProgressDisplay {
        private final Map<String, Long> expected;
        private ProgressBar bar;

        Bars(Map<String, Long> expected) {
            this.expected = Map.copyOf(expected);
        }

        @Override
        public void phase(String name) {
            close();
            bar = new ProgressBarBuilder().setTaskName(String.format("   %-26s", name))
                    .setInitialMax(expected.getOrDefault(name, -1L)).setStyle(ProgressBarStyle.ASCII)
                    .setUnit(" rec", 1).setMaxRenderedLength(100).continuousUpdate().build();
        }

        @Override
        public void page(String entity, long records) {
            if (bar != null) {
                bar.stepTo(records);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }

    private static final class Lines extends ProgressDisplay {
        private final DemoOutput out;
        private String phase;
        private long records;
        private long phaseStarted;

        Lines(DemoOutput out) {
            this.out = out;
        }

        @Override
        public void phase(String name) {
            close();
            phase = name;
            records = 0;
            phaseStarted = System.nanoTime();
        }

        @Override
        public void page(String entity, long total) {
            records = total;
        }

        @Override
        public void close() {
            if (phase != null) {
                out.line("%-27s %9s records  %s", phase, DemoOutput.count(records),
                        DemoOutput.seconds(System.nanoTime() - phaseStarted));
                phase = null;
            }
        }
    }
}
