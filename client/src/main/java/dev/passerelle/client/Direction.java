package dev.passerelle.client;

/** Which way a change travelled. */
public enum Direction {
    ERP_TO_CRM,
    CRM_TO_ERP
}
