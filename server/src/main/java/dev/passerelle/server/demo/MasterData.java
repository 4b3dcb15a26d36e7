package dev.passerelle.server.demo;

import dev.passerelle.server.store.demo.DemoTables;
import dev.passerelle.server.store.demo.DemoTables.FreeFieldDefinition;
import dev.passerelle.server.store.demo.DemoTables.Representative;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Representatives and free-field definitions of the demo ERP. */
final class MasterData {

    static final int REPRESENTATIVES = 12;

    private MasterData() {
    }

    static void representatives(DemoTables tables, Random random) {
        List<Representative> representatives = new ArrayList<>(REPRESENTATIVES);
        for (int index = 1; index <= REPRESENTATIVES; index++) {
            String first = Names.any(random, Names.FIRST);
            String last = Names.any(random, Names.LAST);
            representatives.add(new Representative(String.format("REP%02d", index), first, last,
                    (first + "." + last).toLowerCase().replaceAll("[^a-z.]", "") + "@comptoir-demo.example",
                    Countries.FR.phone(random), index != REPRESENTATIVES));
        }
        tables.insertRepresentatives(representatives);
    }

    static void freeFieldDefinitions(DemoTables tables) {
        tables.insertFreeFieldDefinitions(List.of(
                new FreeFieldDefinition("SECTOR", "Secteur d'activité", "LIST", null, "Industrie\nCommerce\nServices\nSanté\nPublic"),
                new FreeFieldDefinition("FOUNDED", "Date de création", "DATE", null, null),
                new FreeFieldDefinition("EMPLOYEES", "Effectif", "NUMBER", null, null),
                new FreeFieldDefinition("REMARK", "Remarque", "TEXT", 200, null)));
    }
}
