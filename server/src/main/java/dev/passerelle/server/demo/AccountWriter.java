package dev.passerelle.server.demo;

import dev.passerelle.common.db.Database;
import dev.passerelle.server.changes.h2.TouchParentTrigger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

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
        Map<String, Long> representatives = database.jdbi().withHandle(handle -> {
            Map<String, Long> ids = new HashMap<>();
            handle.createQuery("SELECT id, code FROM representative").map((rows, context) -> {
                ids.put(rows.getString("code"), rows.getLong("id"));
                return null;
            }).list();
            return ids;
        });
        Map<String, Long> fields = database.jdbi().withHandle(handle -> {
            Map<String, Long> ids = new HashMap<>();
            handle.createQuery("SELECT id, name FROM free_field_definition").map((rows, context) -> {
                ids.put(rows.getString("name"), rows.getLong("id"));
                return null;
            }).list();
            return ids;
        });
        for (int start = 0; start < count; start += CHUNK) {
            int end = Math.min(count, start + CHUNK);
            List<Seed> seeds = new ArrayList<>(end - start);
            for (int index = start; index < end; index++) {
                seeds.add(seed(index));
            }
            database.jdbi().useTransaction(handle -> written.addAll(writeChunk(handle, seeds, representatives, fields)));
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

    private List<Written> writeChunk(Handle handle, List<Seed> seeds, Map<String, Long> representatives, Map<String, Long> fields) {
        PreparedBatch accounts = handle.prepareBatch("INSERT INTO account (account_type, code, name, short_name, contact_person,"
                + " website, dormant, naf_code, siret, vat_number, currency, accounting_category, price_category, language_code,"
                + " street, complement, postal_code, city, region, country, phone_main, phone_fax, phone_mobile, email_main,"
                + " email_invoicing, representative_id, credit_limit, collective_account, payment_terms, risk_code)"
                + " VALUES (:type, :code, :name, :shortName, :contactPerson, :website, :dormant, :naf, :siret, :vat, :currency,"
                + " :accountingCategory, :priceCategory, :language, :street, :complement, :postalCode, :city, NULL, :country,"
                + " :phone, :fax, :mobile, :email, :invoicingEmail, :representative, :creditLimit, :collective, :paymentTerms, :risk)");
        for (Seed seed : seeds) {
            String domain = seed.name().toLowerCase().replaceAll("[^a-z]", "");
            domain = domain.substring(0, Math.min(18, domain.length())) + ".example";
            String vat = seed.country().vatNumber(random, seed.code().hashCode());
            accounts.bind("type", seed.customer() ? "CUSTOMER" : "SUPPLIER")
                    .bind("code", seed.code())
                    .bind("name", seed.name())
                    .bind("shortName", seed.name().substring(0, Math.min(17, seed.name().length())).toUpperCase())
                    .bind("contactPerson", Names.any(random, Names.FIRST) + " " + Names.any(random, Names.LAST))
                    .bind("website", random.nextInt(3) == 0 ? null : "https://www." + domain)
                    .bind("dormant", random.nextInt(100) < 4)
                    .bind("naf", String.format("%02d.%02dZ", 10 + random.nextInt(80), random.nextInt(99)))
                    .bind("siret", seed.country().siret(random, vat))
                    .bind("vat", random.nextInt(20) == 0 ? null : vat)
                    .bind("currency", seed.country().currency)
                    .bind("accountingCategory", seed.country().accountingCategory)
                    .bind("priceCategory", PRICE_CATEGORIES[random.nextInt(PRICE_CATEGORIES.length)])
                    .bind("language", seed.country().language)
                    .bind("street", seed.street())
                    .bind("complement", random.nextInt(5) == 0 ? "Bâtiment " + (char) ('A' + random.nextInt(6)) : null)
                    .bind("postalCode", seed.postalCode())
                    .bind("city", seed.city())
                    .bind("country", seed.country().name())
                    .bind("phone", seed.country().phone(random))
                    .bind("fax", random.nextInt(3) == 0 ? seed.country().phone(random) : null)
                    .bind("mobile", random.nextInt(2) == 0 ? seed.country().phone(random) : null)
                    .bind("email", "contact@" + domain)
                    .bind("invoicingEmail", seed.customer() ? "factures@" + domain : null)
                    .bind("representative", seed.customer()
                            ? representatives.get(String.format("REP%02d", 1 + random.nextInt(MasterData.REPRESENTATIVES))) : null)
                    .bind("creditLimit", seed.customer() ? BigDecimal.valueOf(5_000L * (1 + random.nextInt(40))) : null)
                    .bind("collective", seed.customer() ? "411000" : "401000")
                    .bind("paymentTerms", PAYMENT_TERMS[random.nextInt(PAYMENT_TERMS.length)])
                    .bind("risk", random.nextInt(20) == 0 ? (random.nextBoolean() ? "WATCH" : "STOP") : "OK")
                    .add();
        }
        long before = handle.createQuery("SELECT COALESCE(MAX(id), 0) FROM account").mapTo(Long.class).one();
        accounts.execute();
        Map<String, Long> ids = new HashMap<>();
        handle.createQuery("SELECT id, code FROM account WHERE id > :before")
                .bind("before", before)
                .map((rows, context) -> ids.put(rows.getString("code"), rows.getLong("id"))).list();
        List<Written> written = new ArrayList<>(seeds.size());
        for (Seed seed : seeds) {
            written.add(new Written(ids.get(seed.code()), seed.code(), seed.name(), seed.customer(), seed.country().currency));
        }
        writeContacts(handle, seeds, written);
        writeAddresses(handle, seeds, written);
        writeFreeValues(handle, written, fields);
        return written;
    }

    private void writeContacts(Handle handle, List<Seed> seeds, List<Written> written) {
        PreparedBatch contacts = handle.prepareBatch("INSERT INTO contact (account_id, civility, first_name, last_name, job_function,"
                + " service, phone_main, phone_mobile, email_main) VALUES (:account, :civility, :first, :last, :function, :service,"
                + " :phone, :mobile, :email)");
        for (int index = 0; index < seeds.size(); index++) {
            Seed seed = seeds.get(index);
            int count = 1 + random.nextInt(3);
            for (int contact = 0; contact < count; contact++) {
                String first = Names.any(random, Names.FIRST);
                String last = Names.any(random, Names.LAST);
                contacts.bind("account", written.get(index).id())
                        .bind("civility", CIVILITIES[random.nextInt(CIVILITIES.length)])
                        .bind("first", first)
                        .bind("last", last)
                        .bind("function", Names.any(random, Names.FUNCTION))
                        .bind("service", SERVICES[random.nextInt(SERVICES.length)])
                        .bind("phone", seed.country().phone(random))
                        .bind("mobile", random.nextBoolean() ? seed.country().phone(random) : null)
                        .bind("email", (first + "." + last).toLowerCase().replaceAll("[^a-z.]", "") + "@" + seed.code().toLowerCase() + ".example")
                        .add();
            }
        }
        contacts.execute();
    }

    private void writeAddresses(Handle handle, List<Seed> seeds, List<Written> written) {
        PreparedBatch addresses = handle.prepareBatch("INSERT INTO delivery_address (account_id, label, street, postal_code, city,"
                + " country, contact_name, phone, is_main) VALUES (:account, :label, :street, :postalCode, :city, :country,"
                + " :contactName, :phone, :main)");
        for (int index = 0; index < seeds.size(); index++) {
            Seed seed = seeds.get(index);
            // The ERP's own rule: the billing address is also the first delivery address.
            addresses.bind("account", written.get(index).id()).bind("label", "Siège")
                    .bind("street", seed.street()).bind("postalCode", seed.postalCode()).bind("city", seed.city())
                    .bind("country", seed.country().name()).bind("contactName", (String) null)
                    .bind("phone", (String) null).bind("main", true).add();
            if (random.nextBoolean()) {
                addresses.bind("account", written.get(index).id()).bind("label", "Entrepôt " + Names.any(random, seed.country().cities))
                        .bind("street", (1 + random.nextInt(90)) + " zone d'activités " + Names.any(random, Names.PLACE))
                        .bind("postalCode", seed.country().postalCode(random)).bind("city", Names.any(random, seed.country().cities))
                        .bind("country", seed.country().name())
                        .bind("contactName", Names.any(random, Names.FIRST) + " " + Names.any(random, Names.LAST))
                        .bind("phone", seed.country().phone(random)).bind("main", false).add();
            }
        }
        addresses.execute();
    }

    private void writeFreeValues(Handle handle, List<Written> written, Map<String, Long> fields) {
        PreparedBatch values = handle.prepareBatch("INSERT INTO account_free_value (account_id, field_id, field_value)"
                + " VALUES (:account, :field, :value)");
        for (Written account : written) {
            if (!account.customer()) {
                continue;
            }
            values.bind("account", account.id()).bind("field", fields.get("SECTOR"))
                    .bind("value", SECTORS[random.nextInt(SECTORS.length)]).add();
            values.bind("account", account.id()).bind("field", fields.get("EMPLOYEES"))
                    .bind("value", String.valueOf(1 + random.nextInt(500))).add();
            if (random.nextInt(4) == 0) {
                values.bind("account", account.id()).bind("field", fields.get("FOUNDED"))
                        .bind("value", (1950 + random.nextInt(70)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(9)).add();
            }
        }
        // One set-based touch of the accounts instead of one per value (each touch re-stamps its account).
        if (TouchParentTrigger.deferFreeFieldTouches(values::execute) > 0) {
            handle.createUpdate("UPDATE account SET touch_count = touch_count"
                            + " + (SELECT COUNT(*) FROM account_free_value v WHERE v.account_id = account.id)"
                            + " WHERE id BETWEEN :first AND :last"
                            + " AND EXISTS (SELECT 1 FROM account_free_value v WHERE v.account_id = account.id)")
                    .bind("first", written.get(0).id()).bind("last", written.get(written.size() - 1).id()).execute();
        }
    }
}
