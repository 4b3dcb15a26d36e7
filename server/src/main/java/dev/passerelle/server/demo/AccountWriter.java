package dev.passerelle.server.demo;

import dev.passerelle.common.db.Database;
import dev.passerelle.server.changes.h2.TouchParentTrigger;
import dev.passerelle.server.store.demo.DemoTables;
import dev.passerelle.server.store.demo.DemoTables.Account;
import dev.passerelle.server.store.demo.DemoTables.Contact;
import dev.passerelle.server.store.demo.DemoTables.DeliveryAddress;
import dev.passerelle.server.store.demo.DemoTables.FreeValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Writes the demo accounts with their contacts, delivery addresses and free-field values. */
final class AccountWriter {

    private static final int CHUNK = 5_000;
    private static final String[] SERVICES = {"DIR", "ACH", "CPT", "LOG", "TEC"};
    private static final String[] CIVILITIES = {"MR", "MRS", "MS"};
    private static final String[] PRICE_CATEGORIES = {"RETAIL", "WHOLESALE", "KEY"};
    private static final String[] PAYMENT_TERMS = {"30N", "45FM", "60N", "CASH"};
    private static final String[] SECTORS = {"Industrie", "Commerce", "Services", "Santé", "Public"};

    /** What the history writer needs of an account. */
    record Written(long id, String code, String name, boolean customer, String currency) {
    }

    record Result(List<Written> accounts) {
    }

    private record Seed(String code, String name, boolean customer, Countries country, String city, String street,
            String postalCode) {
    }

    private final Database database;
    private final Random random;

    AccountWriter(Database database, Random random) {
        this.database = database;
        this.random = random;
    }

    Result write(int count) {
        List<Written> written = new ArrayList<>(count);
        Map<String, Long> representatives = new HashMap<>();
        Map<String, Long> fields = new HashMap<>();
        database.jdbi().useExtension(DemoTables.class, tables -> {
            tables.representatives().forEach(row -> representatives.put(row.code(), row.id()));
            tables.freeFieldDefinitions().forEach(row -> fields.put(row.name(), row.id()));
        });
        for (int start = 0; start < count; start += CHUNK) {
            int end = Math.min(count, start + CHUNK);
            List<Seed> seeds = new ArrayList<>(end - start);
            for (int index = start; index < end; index++) {
                seeds.add(seed(index));
            }
            database.jdbi().useTransaction(handle ->
                    written.addAll(writeChunk(handle.attach(DemoTables.class), seeds, representatives, fields)));
        }
        return new Result(written);
    }

    private Seed seed(int index) {
        boolean customer = index % 7 != 3;
        Countries country = Countries.pick(random);
        String code = (customer ? "C" : "F") + String.format("%07d", index + 1);
        return new Seed(code, Names.company(random), customer, country, Names.any(random, country.cities),
                (1 + random.nextInt(180)) + " " + Names.any(random, Names.STREET), country.postalCode(random));
    }

    private List<Written> writeChunk(DemoTables tables, List<Seed> seeds, Map<String, Long> representatives,
            Map<String, Long> fields) {
        List<Account> accounts = new ArrayList<>(seeds.size());
        for (Seed seed : seeds) {
            String domain = seed.name().toLowerCase().replaceAll("[^a-z]", "");
            domain = domain.substring(0, Math.min(18, domain.length())) + ".example";
            String vat = seed.country().vatNumber(random, seed.code().hashCode());
            // The arguments are drawn in this order: the same seed gives the same accounts.
            accounts.add(new Account(seed.customer() ? "CUSTOMER" : "SUPPLIER", seed.code(), seed.name(),
                    seed.name().substring(0, Math.min(17, seed.name().length())).toUpperCase(),
                    Names.any(random, Names.FIRST) + " " + Names.any(random, Names.LAST),
                    random.nextInt(3) == 0 ? null : "https://www." + domain,
                    random.nextInt(100) < 4,
                    String.format("%02d.%02dZ", 10 + random.nextInt(80), random.nextInt(99)),
                    seed.country().siret(random, vat),
                    random.nextInt(20) == 0 ? null : vat,
                    seed.country().currency,
                    seed.country().accountingCategory,
                    PRICE_CATEGORIES[random.nextInt(PRICE_CATEGORIES.length)],
                    seed.country().language,
                    seed.street(),
                    random.nextInt(5) == 0 ? "Bâtiment " + (char) ('A' + random.nextInt(6)) : null,
                    seed.postalCode(),
                    seed.city(),
                    seed.country().name(),
                    seed.country().phone(random),
                    random.nextInt(3) == 0 ? seed.country().phone(random) : null,
                    random.nextInt(2) == 0 ? seed.country().phone(random) : null,
                    "contact@" + domain,
                    seed.customer() ? "factures@" + domain : null,
                    seed.customer() ? representatives.get(String.format("REP%02d", 1 + random.nextInt(MasterData.REPRESENTATIVES))) : null,
                    seed.customer() ? BigDecimal.valueOf(5_000L * (1 + random.nextInt(40))) : null,
                    seed.customer() ? "411000" : "401000",
                    PAYMENT_TERMS[random.nextInt(PAYMENT_TERMS.length)],
                    random.nextInt(20) == 0 ? (random.nextBoolean() ? "WATCH" : "STOP") : "OK"));
        }
        long before = tables.lastAccountId();
        tables.insertAccounts(accounts);
        Map<String, Long> ids = new HashMap<>();
        tables.accountsAfter(before).forEach(row -> ids.put(row.code(), row.id()));
        List<Written> written = new ArrayList<>(seeds.size());
        for (Seed seed : seeds) {
            written.add(new Written(ids.get(seed.code()), seed.code(), seed.name(), seed.customer(), seed.country().currency));
        }
        writeContacts(tables, seeds, written);
        writeAddresses(tables, seeds, written);
        writeFreeValues(tables, written, fields);
        return written;
    }

    private void writeContacts(DemoTables tables, List<Seed> seeds, List<Written> written) {
        List<Contact> contacts = new ArrayList<>();
        for (int index = 0; index < seeds.size(); index++) {
            Seed seed = seeds.get(index);
            int count = 1 + random.nextInt(3);
            for (int contact = 0; contact < count; contact++) {
                String first = Names.any(random, Names.FIRST);
                String last = Names.any(random, Names.LAST);
                contacts.add(new Contact(written.get(index).id(), CIVILITIES[random.nextInt(CIVILITIES.length)], first, last,
                        Names.any(random, Names.FUNCTION), SERVICES[random.nextInt(SERVICES.length)],
                        seed.country().phone(random), random.nextBoolean() ? seed.country().phone(random) : null,
                        (first + "." + last).toLowerCase().replaceAll("[^a-z.]", "") + "@" + seed.code().toLowerCase() + ".example"));
            }
        }
        tables.insertContacts(contacts);
    }

    private void writeAddresses(DemoTables tables, List<Seed> seeds, List<Written> written) {
        List<DeliveryAddress> addresses = new ArrayList<>();
        for (int index = 0; index < seeds.size(); index++) {
            Seed seed = seeds.get(index);
            long account = written.get(index).id();
            // The ERP's own rule: the billing address is also the first delivery address.
            addresses.add(new DeliveryAddress(account, "Siège", seed.street(), seed.postalCode(), seed.city(),
                    seed.country().name(), null, null, true));
            if (random.nextBoolean()) {
                addresses.add(new DeliveryAddress(account, "Entrepôt " + Names.any(random, seed.country().cities),
                        (1 + random.nextInt(90)) + " zone d'activités " + Names.any(random, Names.PLACE),
                        seed.country().postalCode(random), Names.any(random, seed.country().cities), seed.country().name(),
                        Names.any(random, Names.FIRST) + " " + Names.any(random, Names.LAST), seed.country().phone(random),
                        false));
            }
        }
        tables.insertDeliveryAddresses(addresses);
    }

    private void writeFreeValues(DemoTables tables, List<Written> written, Map<String, Long> fields) {
        List<FreeValue> values = new ArrayList<>();
        for (Written account : written) {
            if (!account.customer()) {
                continue;
            }
            values.add(new FreeValue(account.id(), fields.get("SECTOR"), SECTORS[random.nextInt(SECTORS.length)]));
            values.add(new FreeValue(account.id(), fields.get("EMPLOYEES"), String.valueOf(1 + random.nextInt(500))));
            if (random.nextInt(4) == 0) {
                values.add(new FreeValue(account.id(), fields.get("FOUNDED"),
                        (1950 + random.nextInt(70)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9)));
            }
        }
        // One set-based touch of the accounts instead of one per value (each touch re-stamps its account).
        if (!values.isEmpty() && TouchParentTrigger.deferFreeFieldTouches(() -> tables.insertFreeValues(values)) > 0) {
            tables.touchAccountsWithFreeValues(written.get(0).id(), written.get(written.size() - 1).id());
        }
    }
}
