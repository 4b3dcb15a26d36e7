package dev.passerelle.client.diagnose;

import dev.passerelle.client.admin.Paged;
import dev.passerelle.client.edit.AccountCodes;
import dev.passerelle.client.store.DiagnosticReads;
import dev.passerelle.client.store.FindingReads;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jdbi.v3.core.Handle;

/**
 * The findings of {@link Diagnostics} a page at a time, in the same order: for each integration its
 * unlinked companies, unmatched accounts, codes to type, queued errors, accounts deleted in the ERP,
 * free fields no longer replicated and children kept waiting, then the companies never synced. Each
 * part is counted in SQL and only the rows of the page are read. The reads a fix suggestion needs
 * beyond its own row (the accounts an unlinked company may be, the companies an unmatched account
 * may be, the codes already taken) are made only when the page shows such a finding. A suggested
 * code avoids the codes in the store and those suggested earlier on the same page; the full listing
 * also avoids those suggested on earlier pages, so in the rare case two pending accounts would get
 * the same code, the page and the full listing can suggest different codes. Reads on one handle.
 */
final class FindingPages {

    /** One part of the listing: the findings of one kind (or of the error queue) of one integration. */
    private record Part(LongSupplier count, PageReader rows) {
    }

    @FunctionalInterface
    private interface PageReader {
        List<Finding> read(int offset, int limit);
    }

    private final FindingReads pages;
    private final DiagnosticReads full;
    private final Collection<String> integrations;

    FindingPages(Handle handle, Collection<String> integrations) {
        this.pages = handle.attach(FindingReads.class);
        this.full = handle.attach(DiagnosticReads.class);
        this.integrations = integrations;
    }

    Paged<Finding> page(FindingKind kind, int offset, int limit) {
        List<Finding> rows = new ArrayList<>();
        long total = 0;
        for (Part part : parts(kind)) {
            long count = part.count().getAsLong();
            if (rows.size() < limit && offset + rows.size() < total + count) {
                int from = (int) Math.max(0, offset + rows.size() - total);
                rows.addAll(part.rows().read(from, limit - rows.size()));
            }
            total += count;
        }
        return new Paged<>(rows, total, offset, limit);
    }

    private List<Part> parts(FindingKind kind) {
        List<Part> parts = new ArrayList<>();
        for (String integration : integrations) {
            if (shows(kind, FindingKind.UNLINKED_COMPANY)) {
                parts.add(new Part(() -> pages.countUnlinkedCustomers(integration), (offset, limit) -> {
                    Links links = new Links(integration, full);
                    return links.findingsOf(pages.unlinkedCustomers(integration, offset, limit));
                }));
            }
            if (shows(kind, FindingKind.UNMATCHED_ACCOUNT)) {
                parts.add(new Part(() -> pages.countUnmatchedAccounts(integration), (offset, limit) -> {
                    List<Links.Named<DiagnosticReads.CompanyRow>> free = full.companiesWithoutAccount().stream()
                            .map(Links.Named::of).toList();
                    return pages.unmatchedAccounts(integration, offset, limit).stream()
                            .map(account -> Links.unmatchedAccount(integration, account, free)).toList();
                }));
            }
            if (shows(kind, FindingKind.CODE_TO_TYPE)) {
                parts.add(new Part(() -> pages.countPendingCodes(integration, AccountCodes.PENDING), (offset, limit) -> {
                    Set<String> taken = new HashSet<>(full.codes(integration));
                    return pages.pendingCodes(integration, AccountCodes.PENDING, offset, limit).stream()
                            .map(account -> Diagnostics.codeToType(integration, account, taken)).toList();
                }));
            }
            if (kind == null || kind == FindingKind.REJECTED || kind == FindingKind.STOPPED || kind == FindingKind.UNKNOWN_TO_ERP) {
                int stopped = shows(kind, FindingKind.STOPPED) ? 1 : 0;
                int unknown = shows(kind, FindingKind.UNKNOWN_TO_ERP) ? 1 : 0;
                int rejected = shows(kind, FindingKind.REJECTED) ? 1 : 0;
                parts.add(new Part(() -> pages.countQueued(integration, stopped, unknown, rejected), (offset, limit) -> {
                    List<Finding> findings = new ArrayList<>();
                    new Queued(integration, () -> full.listDefaults(integration))
                            .findings(pages.queued(integration, stopped, unknown, rejected, offset, limit), findings);
                    return findings;
                }));
            }
            if (shows(kind, FindingKind.DELETED_IN_ERP)) {
                parts.add(new Part(() -> pages.countDeletedInErp(integration), (offset, limit) -> pages
                        .deletedInErp(integration, offset, limit).stream()
                        .map(account -> Diagnostics.deletedInErp(integration, account)).toList()));
            }
            if (shows(kind, FindingKind.FREE_FIELD_NOT_REPLICATED)) {
                parts.add(new Part(() -> pages.countFreeFieldsNotReplicated(integration), (offset, limit) -> pages
                        .freeFieldsNotReplicated(integration, offset, limit).stream()
                        .map(name -> Diagnostics.freeField(integration, name)).toList()));
            }
            if (shows(kind, FindingKind.SKIPPED_CHILDREN)) {
                parts.add(new Part(() -> pages.countWaiting(integration), (offset, limit) -> pages
                        .waiting(integration, offset, limit).stream().map(row -> Diagnostics.waiting(integration, row)).toList()));
            }
        }
        if (shows(kind, FindingKind.NEVER_SYNC)) {
            parts.add(new Part(pages::countNeverSync, (offset, limit) -> pages.neverSync(offset, limit).stream()
                    .map(Diagnostics::neverSync).toList()));
        }
        return parts;
    }

    private static boolean shows(FindingKind wanted, FindingKind kind) {
        return wanted == null || wanted == kind;
    }
}
