package dev.passerelle.server.demo;

import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Representatives and free-field definitions of the demo ERP. */
final class MasterData {

    static final int REPRESENTATIVES = 12;

    private MasterData() {
    }

    static void representatives(Handle handle, Random random) {
        PreparedBatch batch = handle.prepareBatch("INSERT INTO representative (code, first_name, last_name, email, phone, active)"
                + " VALUES (:code, :first, :last, :email, :phone, :active)");
        for (int index = 1; index <= REPRESENTATIVES; index++) {
            String first = Names.any(random, Names.FIRST);
            String last = Names.any(random, Names.LAST);
            batch.bind("code", String.format("REP%02d", index))
                    .bind("first", first)
                    .bind("last", last)
                    .bind("email", (first + "." + last).toLowerCase().replaceAll("[^a-z.]", "") + "@comptoir-demo.example")
                    .bind("phone", Countries.FR.phone(random))
                    .bind("active", index != REPRESENTATIVES)
                    .add();
        }
        batch.execute();
    }

    static void freeFieldDefinitions(Handle handle) {
        PreparedBatch batch = handle.prepareBatch("INSERT INTO free_field_definition (name, label, field_type, max_length, list_values)"
                + " VALUES (:name, :label, :type, :maxLength, :listValues)");
        addField(batch, "SECTOR", "Secteur d'activité", "LIST", null, "Industrie\nCommerce\nServices\nSanté\nPublic");
        addField(batch, "FOUNDED", "Date de création", "DATE", null, null);
        addField(batch, "EMPLOYEES", "Effectif", "NUMBER", null, null);
        addField(batch, "REMARK", "Remarque", "TEXT", 200, null);
        batch.execute();
    }

    private static void addField(PreparedBatch batch, String name, String label, String type, Integer maxLength, String listValues) {
        batch.bind("name", name).bind("label", label).bind("type", type).bind("maxLength", maxLength)
                .bind("listValues", listValues).add();
    }
}
