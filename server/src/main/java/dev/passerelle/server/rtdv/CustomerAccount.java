package dev.passerelle.server.rtdv;

import dev.passerelle.server.error.UnknownRecordException;
import dev.passerelle.server.store.Keys;
import java.math.BigDecimal;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** A customer account as RTDV sees it: only customers have real-time figures. */
record CustomerAccount(long id, String code, String currency, BigDecimal creditLimit, String riskCode, String riskLabel,
        String riskAction) {

    /** The customer account of a key; an unknown key, or a supplier's, is an unknown record. */
    static CustomerAccount require(Handle handle, String key) {
        long id = Keys.parse(key).orElseThrow(() -> new UnknownRecordException("account", key));
        return handle.createQuery(RtdvSql.named("customer-account"))
                .bind("account", id)
                .map(ConstructorMapper.of(CustomerAccount.class))
                .findOne()
                .orElseThrow(() -> new UnknownRecordException("account", key));
    }
}
