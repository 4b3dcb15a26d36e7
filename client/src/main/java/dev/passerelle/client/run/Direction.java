package dev.passerelle.client.run;

/** Which way a change travelled. */
public enum Direction {
    ERP_TO_CRM,
    CRM_TO_ERP
}
