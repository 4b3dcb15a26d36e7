package dev.passerelle.client.sync;

import dev.passerelle.client.identity.Identity;
import dev.passerelle.client.mapping.EntitySpec;
import dev.passerelle.client.run.Direction;
import dev.passerelle.contract.v1.AccountFigures;
import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.CompanySettings;
import dev.passerelle.contract.v1.FreeFieldDefinition;
import dev.passerelle.contract.v1.ListValue;
import dev.passerelle.contract.v1.Representative;
import dev.passerelle.contract.v1.RiskCodeValue;
import dev.passerelle.client.store.ReferenceRows;
import dev.passerelle.client.store.ReferenceRows.FreeFieldRow;
import dev.passerelle.client.store.ReferenceRows.ListValueRow;
import dev.passerelle.client.store.ReferenceRows.RepresentativeRow;
import dev.passerelle.client.store.ReferenceRows.Revenue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

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
        ReferenceRows rows = handle.attach(ReferenceRows.class);
        for (Change change : changes) {
            if (change.getOperation() == ChangeOperation.DELETE || change.getCompanySettings() == null) {
                continue;
            }
            CompanySettings settings = change.getCompanySettings();
            List<ListValueRow> lists = new ArrayList<>();
            addList(lists, "currency", settings.getCurrency());
            addList(lists, "accountingCategory", settings.getAccountingCategory());
            addList(lists, "priceCategory", settings.getPriceCategory());
            addList(lists, "language", settings.getLanguage());
            addList(lists, "contactService", settings.getContactService());
            addList(lists, "paymentTerms", settings.getPaymentTerms());
            addList(lists, "riskCode", settings.getRiskCode());
            rows.replaceSettings(run.integration(), change.getKey(), change.getVersion(), settings.getCompanyName(),
                    settings.getDefaultCurrency(), lists);
            run.journal().count("COMPANY_SETTINGS", Direction.ERP_TO_CRM, "updated", 1);
        }
    }

    /** Adds a list's values in the ERP's order, each code once. */
    private static void addList(List<ListValueRow> rows, String list, List<? extends ListValue> values) {
        int position = 0;
        Set<String> seen = new HashSet<>();
        for (ListValue value : values) {
            if (!seen.add(value.getCode())) {
                continue;
            }
            String action = value instanceof RiskCodeValue risk && risk.getAction() != null ? risk.getAction().value() : null;
            rows.add(new ListValueRow(list, position++, value.getCode(), value.getLabel(), action));
        }
    }

    void representatives(Handle handle, List<Change> changes) {
        ReferenceRows rows = handle.attach(ReferenceRows.class);
        for (Change change : changes) {
            rows.deleteRepresentative(run.integration(), change.getKey());
            if (change.getOperation() == ChangeOperation.DELETE) {
                continue;
            }
            Representative rep = change.getRepresentative();
            rows.insertRepresentative(run.integration(), new RepresentativeRow(change.getKey(), rep.getCode(),
                    rep.getFirstName(), rep.getLastName(), rep.getEmail(), rep.getPhone(), rep.isActive()));
        }
        run.journal().count("REPRESENTATIVE", Direction.ERP_TO_CRM, "updated", changes.size());
    }

    /** A definition deleted in the ERP or whose type changed is kept, marked "no longer replicated". */
    void freeFieldDefinitions(Handle handle, List<Change> changes) {
        ReferenceRows rows = handle.attach(ReferenceRows.class);
        for (Change change : changes) {
            Optional<String> oldType = rows.freeFieldType(run.integration(), change.getKey());
            if (change.getOperation() == ChangeOperation.DELETE) {
                rows.markNotReplicated(run.integration(), change.getKey());
                continue;
            }
            FreeFieldDefinition definition = change.getFreeFieldDefinition();
            boolean typeChanged = oldType.isPresent() && !oldType.get().equals(definition.getType().value());
            rows.replaceFreeField(run.integration(), new FreeFieldRow(change.getKey(), definition.getName(),
                    definition.getLabel(), definition.getType().value(), definition.getMaxLength(),
                    String.join("\n", definition.getListValue()), !typeChanged));
            if (typeChanged) {
                run.journal().warn("FREE_FIELD_DEFINITION", definition.getName(),
                        "free field " + definition.getName() + " changed type; it is no longer replicated (purge it)");
            }
        }
        run.journal().count("FREE_FIELD_DEFINITION", Direction.ERP_TO_CRM, "updated", changes.size());
    }

    void figures(Handle handle, List<Change> changes) {
        Map<String, Identity> accounts = KnownRecords.identities(handle, run.integration(), EntitySpec.ACCOUNT,
                changes.stream().map(Change::getKey).toList());
        List<Revenue> figures = new ArrayList<>();
        for (Change change : changes) {
            Identity account = accounts.get(change.getKey());
            AccountFigures given = change.getAccountFigures();
            if (account != null && given != null) {
                figures.add(new Revenue(account.crmId(), given.getYear(), given.getCurrency(), given.getRevenueThisYear(),
                        given.getRevenueLastYear()));
            }
        }
        if (!figures.isEmpty()) {
            ReferenceRows rows = handle.attach(ReferenceRows.class);
            rows.writeRevenue(figures);
            rows.copyRevenueToCompanies(figures);
        }
        run.journal().count("ACCOUNT_FIGURES", Direction.ERP_TO_CRM, "updated", figures.size());
    }
}
