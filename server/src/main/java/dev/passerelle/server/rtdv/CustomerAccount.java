package dev.passerelle.server.rtdv;

import dev.passerelle.server.error.UnknownRecordException;
import dev.passerelle.server.store.Keys;
import dev.passerelle.server.store.RtdvRows;
import dev.passerelle.server.store.RtdvRows.CustomerAccountRow;

/** A customer account as RTDV sees it: only customers have real-time figures. */
final class CustomerAccount {

    private CustomerAccount() {
    }

    /** The customer account of a key; an unknown key, or a supplier's, is an unknown record. */
    static CustomerAccountRow require(RtdvRows rows, String key) {
        long id = Keys.parse(key).orElseThrow(() -> new UnknownRecordException("account", key));
        return rows.customerAccount(id).orElseThrow(() -> new UnknownRecordException("account", key));
    }
}
