package dev.passerelle.server.apply;

import dev.passerelle.contract.v1.ApplyRecord;
import dev.passerelle.contract.v1.DeliveryAddress;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.FieldErrorCode;
import dev.passerelle.server.store.ApplyTables;
import dev.passerelle.server.store.Keys;
import dev.passerelle.server.store.Row;
import org.jdbi.v3.core.Handle;

/**
 * Delivery addresses: a known account (never changed by an update), a label unique within the
 * account (generated when absent), one main address per account.
 */
final class AddressApplier implements EntityApplier<DeliveryAddress> {

    @Override
    public EntityType entity() {
        return EntityType.DELIVERY_ADDRESS;
    }

    @Override
    public DeliveryAddress payload(ApplyRecord record) {
        return record.getDeliveryAddress();
    }

    @Override
    public String prefix() {
        return "deliveryAddress";
    }

    @Override
    public void validate(Handle handle, CompanyLists lists, DeliveryAddress address, Row<DeliveryAddress> current, FieldErrors errors) {
        if (!checkAccount(handle, address.getAccountKey(), current == null ? null : current.record().getAccountKey(), errors)) {
            return;
        }
        long accountId = Keys.parse(address.getAccountKey()).getAsLong();
        long selfId = current == null ? -1 : current.id();
        if (address.getLabel() == null || address.getLabel().isBlank()) {
            address.setLabel(freeLabel(handle, accountId));
        } else if (handle.attach(ApplyTables.class).addressesLabelled(accountId, address.getLabel().strip(), selfId) > 0) {
            errors.add("label", FieldErrorCode.NOT_UNIQUE, "another delivery address of the account has this label", address.getLabel());
        }
        if (address.getAddress() == null) {
            errors.add("address", FieldErrorCode.REQUIRED, "address is required", null);
        }
    }

    /** The account must exist and, on an update, stay the same. Returns true when it is usable. */
    static boolean checkAccount(Handle handle, String accountKey, String currentAccountKey, FieldErrors errors) {
        if (!errors.required("accountKey", accountKey)) {
            return false;
        }
        if (currentAccountKey != null && !currentAccountKey.equals(accountKey)) {
            errors.add("accountKey", FieldErrorCode.NOT_ALLOWED, "a record cannot move to another account", accountKey);
            return false;
        }
        if (!AccountApplier.exists(handle, "account", accountKey)) {
            errors.add("accountKey", FieldErrorCode.UNKNOWN_REFERENCE, "no account has this key", accountKey);
            return false;
        }
        return true;
    }

    private static String freeLabel(Handle handle, long accountId) {
        for (int number = 1; ; number++) {
            String label = "Adresse " + number;
            if (handle.attach(ApplyTables.class).addressesLabelled(accountId, label, -1) == 0) {
                return label;
            }
        }
    }

    @Override
    public long insert(Handle handle, DeliveryAddress address) {
        long accountId = Keys.parse(address.getAccountKey()).getAsLong();
        clearOtherMain(handle, accountId, -1, address.isMain());
        PlainUpdate insert = PlainUpdate.of(handle, Sql.named("address-insert")).bind("accountId", accountId);
        bind(insert, address);
        return insert.executeAndReturnKey("id");
    }

    @Override
    public int update(Handle handle, long id, long baseVersion, DeliveryAddress address) {
        PlainUpdate update = PlainUpdate.of(handle, Sql.named("address-update")).bind("id", id).bind("baseVersion", baseVersion);
        bind(update, address);
        int changed = update.execute();
        if (changed == 1) {
            clearOtherMain(handle, Keys.parse(address.getAccountKey()).getAsLong(), id, address.isMain());
        }
        return changed;
    }

    private static void clearOtherMain(Handle handle, long accountId, long keepId, boolean main) {
        if (main) {
            handle.attach(ApplyTables.class).clearOtherMain(accountId, keepId);
        }
    }

    private static void bind(PlainUpdate statement, DeliveryAddress address) {
        statement.bind("label", address.getLabel().strip())
                .bind("contactName", address.getContactName())
                .bind("phone", address.getPhone())
                .bind("main", address.isMain())
                .bindAll(Sql.address(address.getAddress()));
    }
}
