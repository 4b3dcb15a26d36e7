package dev.passerelle.server.rtdv;

import dev.passerelle.server.error.UnknownRecordException;
import dev.passerelle.server.store.Keys;
import java.math.BigDecimal;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** A customer account as RTDV sees it: only customers have real-time figures. */
record CustomerAccount(long id, String code, String currency, BigDecimal creditLimit, String riskCode, String riskLabel,
        String riskAction) {

    // A plain mapper, built once: a reflective ConstructorMapper was specialised again on every call.
    private static final RowMapper<CustomerAccount> MAPPER = (rows, context) -> new CustomerAccount(rows.getLong("id"),
            rows.getString("code"), rows.getString("currency"), rows.getBigDecimal("credit_limit"),
            rows.getString("risk_code"), rows.getString("risk_label"), rows.getString("risk_action"));

    /** The customer account of a key; an unknown key, or a supplier's, is an unknown record. */
    static CustomerAccount require(Handle handle, String key) {
        long id = Keys.parse(key).orElseThrow(() -> new UnknownRecordException("account", key));
        return handle.createQuery(RtdvSql.named("customer-account"))
                .bind("account", id)
                .map(MAPPER)
                .findOne()
                .orElseThrow(() -> new UnknownRecordException("account", key));
    }
}
