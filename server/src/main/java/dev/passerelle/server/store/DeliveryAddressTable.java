package dev.passerelle.server.store;

import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.DeliveryAddress;
import dev.passerelle.contract.v1.EntityType;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Delivery addresses of accounts. */
final class DeliveryAddressTable implements TrackedTable<DeliveryAddress> {

    @Override
    public EntityType entity() {
        return EntityType.DELIVERY_ADDRESS;
    }

    @Override
    public String from() {
        return "delivery_address t";
    }

    @Override
    public String columns() {
        return "t.id, t.row_version, t.account_id, t.label, t.street, t.complement, t.postal_code, t.city, t.region, t.country,"
                + " t.contact_name, t.phone, t.is_main";
    }

    @Override
    public DeliveryAddress map(ResultSet rows) throws SQLException {
        DeliveryAddress address = new DeliveryAddress();
        address.setKey(Keys.of(rows.getLong("id")));
        address.setVersion(rows.getLong("row_version"));
        address.setAccountKey(Keys.of(rows.getLong("account_id")));
        address.setLabel(rows.getString("label"));
        address.setAddress(AccountTable.address(rows));
        address.setContactName(rows.getString("contact_name"));
        address.setPhone(rows.getString("phone"));
        address.setMain(rows.getBoolean("is_main"));
        return address;
    }

    @Override
    public void attach(Change change, DeliveryAddress record) {
        change.setDeliveryAddress(record);
    }
}
