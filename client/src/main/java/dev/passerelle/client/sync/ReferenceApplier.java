package dev.passerelle.client.sync;

import dev.passerelle.client.identity.Identity;
import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.mapping.FieldKind;
import dev.passerelle.client.run.Direction;
import dev.passerelle.contract.v1.AccountFigures;
import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.CompanySettings;
import dev.passerelle.contract.v1.FreeFieldDefinition;
import dev.passerelle.contract.v1.ListValue;
import dev.passerelle.contract.v1.Representative;
import dev.passerelle.contract.v1.RiskCodeValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Applies the ERP to CRM only entities: company settings with their lists, representatives,
 * free-field definitions and the replicated figures (revenue this year and last).
 */
final class ReferenceApplier {

    private final RunContext run;

    ReferenceApplier(RunContext run) {
        this.run = run;
    }

    void settings(Handle handle, List<Change> changes) {
        for (Change change : changes) {
            if (change.getOperation() == ChangeOperation.DELETE || change.getCompanySettings() == null) {
                continue;
            }
            CompanySettings settings = change.getCompanySettings();
            String integration = run.integration();
            handle.createUpdate("DELETE FROM company_settings WHERE integration = :integration").bind("integration", integration).execute();
            handle.createUpdate("INSERT INTO company_settings (integration, erp_key, erp_version, company_name, default_currency)"
                            + " VALUES (:integration, :key, :version, :name, :currency)")
                    .bind("integration", integration).bind("key", change.getKey()).bind("version", change.getVersion())
                    .bind("name", settings.getCompanyName()).bind("currency", settings.getDefaultCurrency()).execute();
            handle.createUpdate("DELETE FROM list_value WHERE integration = :integration").bind("integration", integration).execute();
            PreparedBatch batch = handle.prepareBatch("INSERT INTO list_value (integration, list_name, position, code, label,"
                    + " risk_action) VALUES (:integration, :list, :position, :code, :label, :action)");
            addList(batch, "currency", settings.getCurrency());
            addList(batch, "accountingCategory", settings.getAccountingCategory());
            addList(batch, "priceCategory", settings.getPriceCategory());
            addList(batch, "language", settings.getLanguage());
            addList(batch, "contactService", settings.getContactService());
            addList(batch, "paymentTerms", settings.getPaymentTerms());
            addList(batch, "riskCode", settings.getRiskCode());
            if (batch.size() > 0) {
                batch.execute();
            }
            run.journal().count("COMPANY_SETTINGS", Direction.ERP_TO_CRM, "updated", 1);
        }
    }

    private void addList(PreparedBatch batch, String list, List<? extends ListValue> values) {
        int position = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (ListValue value : values) {
            if (!seen.add(value.getCode())) {
                continue;
            }
            String action = value instanceof RiskCodeValue risk && risk.getAction() != null ? risk.getAction().value() : null;
            batch.bind("integration", run.integration()).bind("list", list).bind("position", position++)
                    .bind("code", value.getCode()).bind("label", value.getLabel()).bind("action", action).add();
        }
    }

    void representatives(Handle handle, List<Change> changes) {
        for (Change change : changes) {
            handle.createUpdate("DELETE FROM representative WHERE integration = :integration AND erp_key = :key")
                    .bind("integration", run.integration()).bind("key", change.getKey()).execute();
            if (change.getOperation() == ChangeOperation.DELETE) {
                continue;
            }
            Representative rep = change.getRepresentative();
            handle.createUpdate("INSERT INTO representative (integration, erp_key, code, first_name, last_name, email, phone,"
                            + " active) VALUES (:integration, :key, :code, :first, :last, :email, :phone, :active)")
                    .bind("integration", run.integration()).bind("key", change.getKey()).bind("code", rep.getCode())
                    .bind("first", rep.getFirstName()).bind("last", rep.getLastName()).bind("email", rep.getEmail())
                    .bind("phone", rep.getPhone()).bind("active", rep.isActive()).execute();
        }
        run.journal().count("REPRESENTATIVE", Direction.ERP_TO_CRM, "updated", changes.size());
    }

    /** A definition deleted in the ERP or whose type changed is kept, marked "no longer replicated". */
    void freeFieldDefinitions(Handle handle, List<Change> changes) {
        for (Change change : changes) {
            Optional<String> oldType = handle.createQuery("SELECT field_type FROM free_field_definition"
                            + " WHERE integration = :integration AND erp_key = :key")
                    .bind("integration", run.integration()).bind("key", change.getKey()).mapTo(String.class).findOne();
            if (change.getOperation() == ChangeOperation.DELETE) {
                markNotReplicated(handle, change.getKey());
                continue;
            }
            FreeFieldDefinition definition = change.getFreeFieldDefinition();
            boolean typeChanged = oldType.isPresent() && !oldType.get().equals(definition.getType().value());
            handle.createUpdate("DELETE FROM free_field_definition WHERE integration = :integration AND erp_key = :key")
                    .bind("integration", run.integration()).bind("key", change.getKey()).execute();
            handle.createUpdate("INSERT INTO free_field_definition (integration, erp_key, name, label, field_type, max_length,"
                            + " list_values, replicated) VALUES (:integration, :key, :name, :label, :type, :max, :list, :replicated)")
                    .bind("integration", run.integration()).bind("key", change.getKey()).bind("name", definition.getName())
                    .bind("label", definition.getLabel()).bind("type", definition.getType().value())
                    .bind("max", definition.getMaxLength()).bind("list", String.join("\n", definition.getListValue()))
                    .bind("replicated", !typeChanged).execute();
            if (typeChanged) {
                run.journal().warn("FREE_FIELD_DEFINITION", definition.getName(),
                        "free field " + definition.getName() + " changed type; it is no longer replicated (purge it)");
            }
        }
        run.journal().count("FREE_FIELD_DEFINITION", Direction.ERP_TO_CRM, "updated", changes.size());
    }

    private void markNotReplicated(Handle handle, String key) {
        handle.createUpdate("UPDATE free_field_definition SET replicated = 0 WHERE integration = :integration AND erp_key = :key")
                .bind("integration", run.integration()).bind("key", key).execute();
    }

    void figures(Handle handle, List<Change> changes) {
        Map<String, Identity> accounts = KnownRecords.identities(handle, run.integration(), EntitySpec.ACCOUNT,
                changes.stream().map(Change::getKey).toList());
        PreparedBatch batch = handle.prepareBatch("UPDATE account SET revenue_year = :year, revenue_currency = :currency,"
                + " revenue_this_year = :thisYear, revenue_last_year = :lastYear WHERE id = :id");
        for (Change change : changes) {
            Identity account = accounts.get(change.getKey());
            AccountFigures figures = change.getAccountFigures();
            if (account == null || figures == null) {
                continue;
            }
            batch.bind("year", figures.getYear()).bind("currency", figures.getCurrency())
                    .bind("thisYear", figures.getRevenueThisYear()).bind("lastYear", figures.getRevenueLastYear())
                    .bind("id", account.crmId()).add();
        }
        int updated = batch.size();
        if (updated > 0) {
            batch.execute();
            List<Long> ids = accounts.values().stream().map(Identity::crmId).toList();
            for (List<Long> chunk : Chunks.of(ids)) {
                // the revenue of a company is its primary account's
                String primary = " FROM account a WHERE a.company_id = company.id AND a.is_primary = 1 AND a.id IN (<ids>))";
                handle.createUpdate("UPDATE company SET revenue_year = (SELECT TOP (1) a.revenue_year" + primary
                                + ", revenue_currency = (SELECT TOP (1) a.revenue_currency" + primary
                                + ", revenue_this_year = (SELECT TOP (1) a.revenue_this_year" + primary
                                + ", revenue_last_year = (SELECT TOP (1) a.revenue_last_year" + primary
                                + " WHERE id IN (SELECT company_id FROM account WHERE is_primary = 1 AND id IN (<ids>))")
                        .bindList("ids", chunk).execute();
            }
        }
        run.journal().count("ACCOUNT_FIGURES", Direction.ERP_TO_CRM, "updated", updated);
    }

    static String text(Object value) {
        return FieldKind.TEXT.fromColumn(value);
    }
}
