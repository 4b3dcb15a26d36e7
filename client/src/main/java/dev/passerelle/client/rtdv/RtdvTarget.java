package dev.passerelle.client.rtdv;

/**
 * What a real-time query is about: an ERP account key and, for a prospect attached to a generic
 * account, the customer-name prefix its documents carry ({@code null} otherwise). {@code label}
 * names it for people.
 */
public record RtdvTarget(String erpKey, String namePrefix, String label) {

    /** An account named directly by its ERP key. */
    public static RtdvTarget ofErpKey(String erpKey) {
        return new RtdvTarget(erpKey, null, "ERP account " + erpKey);
    }

    /** True when this is a prospect seen through a generic account: only its documents can be shown. */
    public boolean generic() {
        return namePrefix != null;
    }
}
