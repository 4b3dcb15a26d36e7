package dev.passerelle.client.identity;

/** One entry of the identity map: an ERP record key, the CRM record it is, and the ERP version last seen. */
public record Identity(String entity, String erpKey, long crmId, long erpVersion) {
}
