package dev.passerelle.server.rtdv;

import dev.passerelle.contract.v1.AccountQuery;
import dev.passerelle.contract.v1.FieldErrorCode;
import dev.passerelle.server.error.InvalidRequestException;
import org.jdbi.v3.core.statement.Query;

/**
 * Which account a list query reads, and for a generic account the LIKE pattern its documents' customer
 * name must match (null for an ordinary account).
 */
record AccountScope(String accountKey, String namePrefixPattern) {

    static AccountScope of(AccountQuery query) {
        if (query == null) {
            throw InvalidRequestException.of("account", FieldErrorCode.REQUIRED, "the account is required", null);
        }
        String prefix = query.getNamePrefix();
        if (prefix != null && prefix.isBlank()) {
            throw InvalidRequestException.of("account.namePrefix", FieldErrorCode.INVALID_FORMAT,
                    "a name prefix must have at least one non-blank character", prefix);
        }
        return new AccountScope(RequiredKey.of(query.getAccountKey(), "account.accountKey"), LikePatterns.startingWith(prefix));
    }

    /**
     * Defines {@code <namePrefixCondition>} and binds {@code :namePrefix} only for a generic account: H2
     * parses and plans again, on every execution, a statement that holds a LIKE, even one skipped by
     * {@code :namePrefix IS NULL}, so an ordinary account's statement carries no LIKE at all.
     */
    void defineNameCondition(Query query) {
        if (namePrefixPattern == null) {
            query.define("namePrefixCondition", "");
        } else {
            query.define("namePrefixCondition", "AND UPPER(d.customer_name) LIKE UPPER(:namePrefix) ESCAPE '!'")
                    .bind("namePrefix", namePrefixPattern);
        }
    }
}
