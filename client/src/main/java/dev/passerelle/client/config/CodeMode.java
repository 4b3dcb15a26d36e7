package dev.passerelle.client.config;

/**
 * How the accounting code of an account created from the CRM is chosen: typed by a person
 * ({@code [PENDING]} until then), numbered by the CRM (company id + suffix), or allocated by the ERP
 * ({@code <AUTOERP>}).
 */
public enum CodeMode {
    FREE,
    CRM,
    ERP
}
