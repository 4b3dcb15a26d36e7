package dev.passerelle.client.diagnose;

import dev.passerelle.client.store.DiagnosticReads;
import dev.passerelle.client.mapping.Vat;
import java.util.ArrayList;
import java.util.Collections;
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
     * A record with its name's words, their {@link Names#sketch sketch}, each word's own sketch (two
     * longs a word) and its VAT number normalised, worked out once however often it is compared.
     */
    record Named<T>(T row, Set<String> words, long[] sketch, long[] wordSketches, String vat) {

        static Named<DiagnosticReads.AccountRow> of(DiagnosticReads.AccountRow account) {
            return named(account, account.name(), account.vatNumber());
        }

        static Named<DiagnosticReads.AccountName> of(DiagnosticReads.AccountName account) {
            return named(account, account.name(), account.vatNumber());
        }

        static Named<DiagnosticReads.CompanyRow> of(DiagnosticReads.CompanyRow company) {
            return named(company, company.name(), company.vatNumber());
        }

        private static <T> Named<T> named(T row, String name, String vat) {
            Set<String> words = Names.words(name);
            long[] wordSketches = new long[2 * words.size()];
            long[] sketch = new long[2];
            int at = 0;
            for (String word : words) {
                Names.sketch(word, wordSketches, at);
                sketch[0] |= wordSketches[at++];
                sketch[1] |= wordSketches[at++];
            }
            return new Named<>(row, words, sketch, wordSketches, Vat.normalise(vat));
        }

        /**
         * The same VAT number, or names at least {@link #ALIKE}. The similarity is worked out only when
         * it could reach {@link #ALIKE}: a word of this name alike to one of the other shares a bit of its
         * sketch, so the words of this name whose sketch shares none with the other's are not in common.
         */
        boolean sameCompany(Named<?> other) {
            return sameVat(other) || Names.mayShareAWord(sketch, other.sketch) && mayBeAlike(other)
                    && Names.similarity(words, other.words) >= ALIKE;
        }

        boolean sameVat(Named<?> other) {
            return vat != null && vat.equals(other.vat);
        }

        /** Whether the similarity could reach {@link #ALIKE} if every word that may be alike were. */
        private boolean mayBeAlike(Named<?> other) {
            int most = 0;
            for (int at = 0; at < wordSketches.length; at += 2) {
                if ((wordSketches[at] & other.sketch[0]) != 0 || (wordSketches[at + 1] & other.sketch[1]) != 0) {
                    most++;
                }
            }
            return Names.similarity(most, words.size(), other.words.size()) >= ALIKE;
        }
    }

    private final String integration;
    private final DiagnosticReads reads;
    private final List<Named<DiagnosticReads.AccountName>> accounts;

    /** Reads the name of every account of the integration: the candidates of {@link #unlinkedCompany}. */
    Links(String integration, DiagnosticReads reads) {
        this.integration = integration;
        this.reads = reads;
        this.accounts = reads.accountNames(integration).stream().map(Named::of).toList();
    }

    void unlinkedCompanies(List<Finding> findings) {
        findings.addAll(findingsOf(reads.unlinkedCustomers(integration)));
    }

    /**
     * The findings of customer companies without an account, in the order given. Each account is
     * compared with every company in turn, so that its name is fetched from memory once for them all
     * rather than once a company (20 times on a console page).
     */
    List<Finding> findingsOf(List<DiagnosticReads.CompanyRow> companies) {
        List<Named<DiagnosticReads.CompanyRow>> named = companies.stream().map(Named::of).toList();
        List<Comparator<Named<DiagnosticReads.AccountName>>> likelier = named.stream().map(Links::likelier).toList();
        List<Named<DiagnosticReads.AccountName>> best = new ArrayList<>(Collections.nCopies(named.size(), null));
        for (Named<DiagnosticReads.AccountName> account : accounts) {
            for (int at = 0; at < named.size(); at++) {
                Named<DiagnosticReads.AccountName> bestYet = best.get(at);
                if (named.get(at).sameCompany(account) && (bestYet == null || likelier.get(at).compare(account, bestYet) > 0)) {
                    best.set(at, account);
                }
            }
        }
        List<Finding> findings = new ArrayList<>(companies.size());
        for (int at = 0; at < companies.size(); at++) {
            findings.add(unlinkedCompany(companies.get(at), Optional.ofNullable(best.get(at)).map(Named::row)));
        }
        return findings;
    }

    /** The finding of a customer company without an account: link it to its likely account, else create one. */
    private Finding unlinkedCompany(DiagnosticReads.CompanyRow company, Optional<DiagnosticReads.AccountName> likely) {
        String what = "customer company " + company.id() + " '" + company.name() + "' has no ERP account";
        String create = "crm-sync create-account --company " + company.id();
        Optional<DiagnosticReads.AccountRow> counterpart = likely.flatMap(account -> reads.account(integration, account.id()));
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
        for (DiagnosticReads.AccountRow account : reads.accountsWithoutCompany(integration)) {
            findings.add(unmatchedAccount(integration, account, free));
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

    /**
     * Which of two accounts is the more likely the company's: the same VAT number first, else the more
     * alike name; of accounts as likely, the first made (the lowest id), whatever order they were read in.
     */
    private static Comparator<Named<DiagnosticReads.AccountName>> likelier(Named<DiagnosticReads.CompanyRow> company) {
        return Comparator.comparingInt((Named<DiagnosticReads.AccountName> account) -> company.sameVat(account) ? 1 : 0)
                .thenComparingDouble(account -> Names.similarity(company.words(), account.words()))
                .thenComparingLong(account -> -account.row().id());
    }
}
