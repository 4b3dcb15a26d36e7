package dev.passerelle.client.diagnose;

import dev.passerelle.client.edit.ListedValues;
import dev.passerelle.client.store.DiagnosticReads;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The findings of the error queue of one integration: rejected, stopped, and keys the ERP no longer
 * knows. A record rejected only for values outside the ERP's lists is fixed by the edit that gives each
 * such field its list's default (the first value), printed in full; taking it out of the flow is the
 * other way.
 */
final class Queued {

    /** A field error the ERP answers for a value outside one of its lists ("account.language NOT_IN_LIST: ..."). */
    private static final Pattern NOT_IN_LIST = Pattern.compile("^(account|contact)\\.([A-Za-z]+) NOT_IN_LIST\\b");

    private final String integration;
    private final Supplier<List<DiagnosticReads.ListDefault>> listDefaults;
    private Map<String, String> defaults;

    Queued(String integration, Supplier<List<DiagnosticReads.ListDefault>> listDefaults) {
        this.integration = integration;
        this.listDefaults = listDefaults;
    }

    void findings(List<DiagnosticReads.QueuedRow> queued, List<Finding> findings) {
        for (DiagnosticReads.QueuedRow row : queued) {
            long id = row.outboxId();
            if (row.stopped()) {
                findings.add(finding(FindingKind.STOPPED, row, row.status() + ", taken out of the flow: " + row.fieldErrors()
                        + "\nonce the record is fixed, put it back in the flow:", "crm-sync errors --reactivate " + id, null));
            } else if ("NOT_FOUND".equals(row.status())) {
                findings.add(finding(FindingKind.UNKNOWN_TO_ERP, row, "the ERP no longer knows " + row.entity() + " "
                        + row.crmId() + " (key " + row.erpKey() + "): deleted there without a trace, or the ERP was restored"
                        + " from a backup", "crm-sync errors --recreate " + id, "crm-sync errors --stop " + id));
            } else {
                String stop = "crm-sync errors --stop " + id;
                findings.add(listedValuesEdit(row)
                        .map(edit -> finding(FindingKind.REJECTED, row, row.status() + ": " + row.fieldErrors()
                                + "\ngive each field a value of the ERP's list (the edit below gives it the list's first"
                                + " value; any other of the list will do), or take the record out of the flow:", edit, stop))
                        .orElseGet(() -> finding(FindingKind.REJECTED, row, row.status() + ": " + row.fieldErrors()
                                + "\nfix the record in the CRM (it is retried every run), or take it out of the flow:",
                                stop, null)));
            }
        }
    }

    /** The edit that puts every listed field the ERP refused back in its list, when those are all its errors. */
    private Optional<String> listedValuesEdit(DiagnosticReads.QueuedRow row) {
        String command = switch (row.entity()) {
            case "ACCOUNT" -> row.companyId() == null ? null : "crm-sync company edit " + row.companyId();
            case "CONTACT" -> "crm-sync contact edit " + row.crmId();
            default -> null;
        };
        if (command == null || row.fieldErrors() == null) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String error : row.fieldErrors().split("\n")) {
            Matcher matcher = NOT_IN_LIST.matcher(error);
            if (!matcher.find()) {
                return Optional.empty();
            }
            String field = matcher.group(2);
            Optional<String> value = ListedValues.listOf(field).map(list -> defaults().get(list));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.put(field, value.get());
        }
        StringBuilder edit = new StringBuilder(command);
        values.forEach((field, value) -> edit.append(" --set ").append(field).append('=').append(value));
        return values.isEmpty() ? Optional.empty() : Optional.of(edit.toString());
    }

    private Map<String, String> defaults() {
        if (defaults == null) {
            defaults = new LinkedHashMap<>();
            listDefaults.get().forEach(first -> defaults.put(first.listName(), first.code()));
        }
        return defaults;
    }

    private Finding finding(FindingKind kind, DiagnosticReads.QueuedRow row, String description, String fix,
                            String alternative) {
        return new Finding(kind, integration, row.entity(), row.crmId(), row.erpKey(), description, fix, alternative);
    }
}
