package dev.passerelle.client.diagnose;

import dev.passerelle.client.store.DiagnosticReads;
import dev.passerelle.client.mapping.Vat;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The link findings of one integration: a customer company with no ERP account, an ERP account with
 * no company. The fix links them to their likely counterpart (the same VAT number, or a name a person
 * would take for the same) rather than making a duplicate; only when none is found does it create.
 */
final class Links {

    /** Names at least this alike (a share of their words) are taken for the same company. */
    static final double ALIKE = 0.5;

    /**
     * A record with its name's words, their {@link Names#sketch sketch} and its VAT number normalised,
     * worked out once however often it is compared.
     */
    record Named<T>(T row, Set<String> words, long[] sketch, String vat) {

        static Named<DiagnosticReads.AccountRow> of(DiagnosticReads.AccountRow account) {
            return named(account, account.name(), account.vatNumber());
        }

        static Named<DiagnosticReads.CompanyRow> of(DiagnosticReads.CompanyRow company) {
            return named(company, company.name(), company.vatNumber());
        }

        private static <T> Named<T> named(T row, String name, String vat) {
            Set<String> words = Names.words(name);
            return new Named<>(row, words, Names.sketch(words), Vat.normalise(vat));
        }

        /** The same VAT number, or names at least {@link #ALIKE} (never when their sketches share nothing). */
        boolean sameCompany(Named<?> other) {
            return sameVat(other) || Names.mayShareAWord(sketch, other.sketch) && Names.similarity(words, other.words) >= ALIKE;
        }

        boolean sameVat(Named<?> other) {
            return vat != null && vat.equals(other.vat);
        }
    }

    private final String integration;
    private final DiagnosticReads reads;
    private final List<DiagnosticReads.AccountRow> accounts;
    private final List<Named<DiagnosticReads.AccountRow>> named;

    Links(String integration, DiagnosticReads reads) {
        this.integration = integration;
        this.reads = reads;
        this.accounts = reads.accounts(integration);
        this.named = accounts.stream().map(Named::of).toList();
    }

    void unlinkedCompanies(List<Finding> findings) {
        for (DiagnosticReads.CompanyRow company : reads.unlinkedCustomers(integration)) {
            findings.add(unlinkedCompany(company));
        }
    }

    /** The finding of a customer company without an account: link it to its likely account, else create one. */
    Finding unlinkedCompany(DiagnosticReads.CompanyRow company) {
        String what = "customer company " + company.id() + " '" + company.name() + "' has no ERP account";
        String create = "crm-sync create-account --company " + company.id();
        Optional<DiagnosticReads.AccountRow> counterpart = best(Named.of(company), named);
        return counterpart.map(account -> new Finding(FindingKind.UNLINKED_COMPANY, integration, "COMPANY",
                        company.id(), account.erpKey(), what + "; ERP account " + account.accountCode() + " '" + account.name()
                        + "' is probably the same: link them (or, if it is not the same, create an ERP account)",
                        account.companyId() == null
                        ? "crm-sync link --company " + company.id() + " --account " + account.accountCode()
                        : "crm-sync relink --account " + account.accountCode() + " --to-company " + company.id(),
                        create))
                .orElse(new Finding(FindingKind.UNLINKED_COMPANY, integration, "COMPANY", company.id(), null,
                        what + "; no ERP account looks like it", create, null));
    }

    void unmatchedAccounts(List<Finding> findings) {
        List<Named<DiagnosticReads.CompanyRow>> free = reads.companiesWithoutAccount().stream().map(Named::of).toList();
        for (DiagnosticReads.AccountRow account : accounts) {
            if (account.companyId() == null) {
                findings.add(unmatchedAccount(integration, account, free));
            }
        }
    }

    /** The finding of an account without a company: link it to a likely company among {@code free}, else create one. */
    static Finding unmatchedAccount(String integration, DiagnosticReads.AccountRow account,
                                    List<Named<DiagnosticReads.CompanyRow>> free) {
        String what = "ERP account " + account.accountCode() + " '" + account.name() + "' matches no CRM company";
        String create = "crm-sync orphans --create-company " + account.id();
        Named<DiagnosticReads.AccountRow> named = Named.of(account);
        Optional<DiagnosticReads.CompanyRow> counterpart = free.stream().filter(company -> company.sameCompany(named))
                .max(Comparator.comparingDouble(company -> Names.similarity(company.words(), named.words()))).map(Named::row);
        return counterpart.map(company -> new Finding(FindingKind.UNMATCHED_ACCOUNT, integration, "ACCOUNT",
                        account.id(), account.erpKey(), what + "; CRM company " + company.id() + " '" + company.name()
                        + "' is probably the same: link them (or, if it is not the same, create a company for it)",
                        "crm-sync link --company " + company.id() + " --account " + account.accountCode(), create))
                .orElse(new Finding(FindingKind.UNMATCHED_ACCOUNT, integration, "ACCOUNT", account.id(), account.erpKey(),
                        what, create, null));
    }

    /** The account most likely the company's: the same VAT number first, else the most alike name. */
    private static Optional<DiagnosticReads.AccountRow> best(Named<DiagnosticReads.CompanyRow> company,
                                                             List<Named<DiagnosticReads.AccountRow>> accounts) {
        return accounts.stream().filter(company::sameCompany)
                .max(Comparator.comparingInt((Named<DiagnosticReads.AccountRow> account) -> company.sameVat(account) ? 1 : 0)
                        .thenComparingDouble(account -> Names.similarity(company.words(), account.words())))
                .map(Named::row);
    }
}
