package dev.passerelle.client;

/** Actions that can be denied to a CRM user; the engine checks before acting. */
public enum Action {
    CREATE_ACCOUNT,
    UNLINK,
    LINK,
    RELINK,
    DISCONNECT,
    REFRESH_REVENUE,
    RESYNC
}
