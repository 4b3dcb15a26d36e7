package dev.passerelle.client.cli;

/**
 * Exit codes of {@code crm-sync}, stable for scripts:
 * <ul>
 * <li>0: done; the run (if any) ended SUCCESS</li>
 * <li>1: done with warnings: the run ended WARNING (records rejected or held, the ERP in maintenance: it backed
 * off and retries next time), or diagnose found something</li>
 * <li>2: the run FAILED (ERP unreachable, refused the credentials...); what was committed stays</li>
 * <li>3: busy: another run of the integration holds the lock</li>
 * <li>4: bad request: unknown record, invalid value, forbidden action, permission denied; nothing was written</li>
 * <li>5: bad configuration (the message names the key)</li>
 * <li>6: disconnected: the integration is disconnected from its ERP ({@code crm-sync disconnect}); nothing was
 * sent to or read from it; {@code crm-sync reconnect} ends it</li>
 * <li>64: bad command line (unknown option, missing parameter)</li>
 * <li>70: unexpected internal error</li>
 * </ul>
 */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int WARNING = 1;
    public static final int FAILURE = 2;
    public static final int BUSY = 3;
    public static final int BAD_REQUEST = 4;
    public static final int CONFIG = 5;
    public static final int DISCONNECTED = 6;
    public static final int USAGE = 64;
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
