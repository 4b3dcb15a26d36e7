package dev.passerelle.server.apply;

import dev.passerelle.contract.v1.Account;
import dev.passerelle.contract.v1.ApplyResult;
import dev.passerelle.contract.v1.ApplyStatus;
import dev.passerelle.contract.v1.Contact;
import dev.passerelle.contract.v1.DeliveryAddress;
import dev.passerelle.contract.v1.FieldError;
import dev.passerelle.server.store.Keys;
import dev.passerelle.server.store.Row;
import java.util.List;

/** The answers for one record. */
final class Results {

    private Results() {
    }

    static ApplyResult of(String clientRef, ApplyStatus status) {
        ApplyResult result = new ApplyResult();
        result.setClientRef(clientRef);
        result.setStatus(status);
        return result;
    }

    static ApplyResult rejected(String clientRef, List<FieldError> errors) {
        ApplyResult result = of(clientRef, ApplyStatus.REJECTED);
        result.getFieldError().addAll(errors);
        return result;
    }

    /** A result carrying the stored record, its key and version. */
    static ApplyResult withRecord(String clientRef, ApplyStatus status, Row<?> row) {
        return fill(of(clientRef, status), row);
    }

    /** Puts the stored record, its key and version into a result. */
    static ApplyResult fill(ApplyResult result, Row<?> row) {
        result.setKey(Keys.of(row.id()));
        result.setVersion(row.version());
        Object record = row.record();
        if (record instanceof Account account) {
            result.setAccount(account);
        } else if (record instanceof DeliveryAddress address) {
            result.setDeliveryAddress(address);
        } else if (record instanceof Contact contact) {
            result.setContact(contact);
        }
        return result;
    }
}
