package dev.passerelle.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * The accounts the watch section's writer changes, each known on both sides: its ERP row and its CRM
 * account and company, matched by account code after the first sync. Every other pair is the ERP's to
 * change and the others the CRM's, so that no account is changed on both sides (no conflict).
 *
 * @param erpSide accounts changed in the ERP, read back in the CRM
 * @param crmSide accounts changed in the CRM, read back in the ERP
 */
record WatchPairs(List<Pair> erpSide, List<Pair> crmSide) {

    /**
     * One account on both sides.
     *
     * @param erpId      the ERP account's id
     * @param crmId      the CRM account's id
     * @param crmCompany the CRM company whose primary account it is
     */
    record Pair(long erpId, long crmId, long crmCompany) {
    }

    static WatchPairs read(Jdbi erp, Jdbi crm) {
        Map<String, Long> erpIds = erp.withHandle(handle -> handle.createQuery("SELECT id, code FROM account")
                .map((row, context) -> Map.entry(row.getString("code"), row.getLong("id"))).list())
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        record CrmAccount(long id, long company, String code) {
        }
        List<CrmAccount> accounts = crm.withHandle(handle -> handle.createQuery("SELECT id, company_id, account_code"
                        + " FROM account WHERE is_primary = 1 AND erp_deleted = 0 AND company_id IS NOT NULL ORDER BY id")
                .map((row, context) -> new CrmAccount(row.getLong("id"), row.getLong("company_id"), row.getString("account_code")))
                .list());
        List<Pair> pairs = accounts.stream().filter(account -> erpIds.containsKey(account.code()))
                .map(account -> new Pair(erpIds.get(account.code()), account.id(), account.company())).toList();
        List<Pair> erpSide = new ArrayList<>();
        List<Pair> crmSide = new ArrayList<>();
        for (int index = 0; index < pairs.size(); index++) {
            (index % 2 == 0 ? erpSide : crmSide).add(pairs.get(index));
        }
        return new WatchPairs(List.copyOf(erpSide), List.copyOf(crmSide));
    }
}
