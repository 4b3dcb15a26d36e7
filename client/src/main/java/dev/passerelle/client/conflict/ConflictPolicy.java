package dev.passerelle.client.conflict;

/** Which side wins a field changed on both sides since the last run. The default is the ERP. */
public enum ConflictPolicy {
    ERP_WINS,
    CRM_WINS
}
