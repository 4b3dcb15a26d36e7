package dev.passerelle.server.store;

import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.Representative;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Sales representatives. */
final class RepresentativeTable implements TrackedTable<Representative> {

    @Override
    public EntityType entity() {
        return EntityType.REPRESENTATIVE;
    }

    @Override
    public String from() {
        return "representative t";
    }

    @Override
    public String columns() {
        return "t.id, t.row_version, t.code, t.first_name, t.last_name, t.email, t.phone, t.active";
    }

    @Override
    public Representative map(ResultSet rows) throws SQLException {
        Representative representative = new Representative();
        representative.setKey(Keys.of(rows.getLong("id")));
        representative.setVersion(rows.getLong("row_version"));
        representative.setCode(rows.getString("code"));
        representative.setFirstName(rows.getString("first_name"));
        representative.setLastName(rows.getString("last_name"));
        representative.setEmail(rows.getString("email"));
        representative.setPhone(rows.getString("phone"));
        representative.setActive(rows.getBoolean("active"));
        return representative;
    }

    @Override
    public void attach(Change change, Representative record) {
        change.setRepresentative(record);
    }
}
