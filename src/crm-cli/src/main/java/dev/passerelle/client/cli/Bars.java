package dev.passerelle.client.cli;

import dev.passerelle.client.run.ProgressListener;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar per phase of a run (records so far; the ERP does not tell totals in advance). */
final class Bars implements ProgressListener, AutoCloseable {

    private ProgressBar bar;

    @Override
    public void phase(String name) {
        close();
        bar = new ProgressBarBuilder().setTaskName(String.format("%-21s", name)).setInitialMax(-1)
                .setStyle(ProgressBarStyle.ASCII).setUnit(" rec", 1).continuousUpdate().build();
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
