package dev.passerelle.server.rtdv;

import dev.passerelle.contract.v1.AccountQuery;
import dev.passerelle.contract.v1.FieldErrorCode;
import dev.passerelle.server.error.InvalidRequestException;

/**
 * Which account a list query reads, and for a generic account the LIKE pattern its documents' customer
 * name must match (null for an ordinary account; see {@link dev.passerelle.server.store.CustomerNamePrefix}).
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
}
