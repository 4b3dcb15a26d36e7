package dev.passerelle.client.config;

/** Whether CRM companies may become ERP accounts: only by an explicit "create account" action, or never. */
public enum TransferMode {
    MANUAL,
    NEVER
}
