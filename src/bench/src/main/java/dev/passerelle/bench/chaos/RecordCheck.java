package dev.passerelle.bench.chaos;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Matches the records of both sides through the identity map, entity by entity: every ERP record
 * must have one CRM counterpart and every CRM record of the integration one ERP counterpart, with the
 * same fields and, for contacts and addresses, under the counterpart of the same account; no key or
 * id may be mapped twice. A record without a counterpart is DUPLICATED when a record of its side with
 * the same account and fields has one (an extra copy), LOST otherwise. Last, a CRM account with more
 * contacts or addresses than its ERP account, beyond the CRM records already found wrong, is
 * DUPLICATED. Run once.
 */
final class RecordCheck {

    private final Snapshot snapshot;
    private final Findings findings;
    /** Per entity, CRM accounts and how many of their records a finding already accounts for. */
    private final Map<Entity, Map<Long, Long>> explained = new HashMap<>();

    RecordCheck(Snapshot snapshot, Findings findings) {
        this.snapshot = snapshot;
        this.findings = findings;
    }

    void run() {
        for (Entity entity : Entity.values()) {
            mappedOnce(entity);
            for (Side side : Side.values()) {
                counterparts(entity, side);
            }
            if (entity != Entity.ACCOUNT) {
                noMoreInTheCrm(entity);
            }
        }
    }

    private void mappedOnce(Entity entity) {
        snapshot.identities().crmIdsByKey(entity).forEach((key, ids) -> {
            if (ids.size() > 1) {
                findings.duplicated("identity of ERP " + entity.noun() + " " + key, "mapped to CRM ids " + ids);
            }
        });
        snapshot.identities().keysByCrmId(entity).forEach((id, keys) -> {
            if (keys.size() > 1) {
                findings.duplicated("identity of CRM " + entity.noun() + " " + id, "mapped to ERP keys " + keys);
            }
        });
    }

    /** Every record of {@code side} has its counterpart, equal to it. */
    private void counterparts(Entity entity, Side side) {
        Map<Long, Row> here = snapshot.rows(side, entity);
        Map<Long, Row> there = snapshot.rows(side.other(), entity);
        Map<String, Row> mappedTwins = new HashMap<>();
        here.values().stream().filter(row -> counterpart(entity, side, row.id()).isPresent())
                .forEach(row -> mappedTwins.putIfAbsent(twinKey(entity, row), row));
        for (Row row : here.values()) {
            String subject = side + " " + entity.noun() + " " + row.id();
            Optional<Long> other = counterpart(entity, side, row.id());
            if (side == Side.CRM && row.parent() != null && (other.isEmpty() || !there.containsKey(other.get()))) {
                explained.computeIfAbsent(entity, any -> new HashMap<>()).merge(row.parent(), 1L, Long::sum);
            }
            if (other.isEmpty()) {
                Row twin = mappedTwins.get(twinKey(entity, row));
                if (twin != null) {
                    findings.duplicated(subject, "has no counterpart, and the same account and fields as " + side + " "
                            + entity.noun() + " " + twin.id() + ", which has one: the record is there twice");
                } else {
                    findings.lost(subject, "has no counterpart in the " + side.other() + " " + row.fields());
                }
            } else if (!there.containsKey(other.get())) {
                findings.lost(subject, "is mapped to " + side.other() + " " + entity.noun() + " " + other.get()
                        + ", which the " + side.other() + " no longer has");
            } else if (side == Side.ERP) {
                sameRecord(entity, row, there.get(other.get()));
            }
        }
    }

    /** The fields and the account of an ERP record and of its CRM counterpart. */
    private void sameRecord(Entity entity, Row erp, Row crm) {
        String pair = entity.noun() + " ERP " + erp.id() + " / CRM " + crm.id();
        for (String field : entity.fields()) {
            if (!Objects.equals(erp.field(field), crm.field(field))) {
                findings.lost(pair + " " + field, "ERP '" + erp.field(field) + "', CRM '" + crm.field(field) + "'");
            }
        }
        if (entity != Entity.ACCOUNT) {
            Optional<Long> account = erp.parent() == null ? Optional.empty()
                    : counterpart(Entity.ACCOUNT, Side.ERP, erp.parent());
            if (account.isEmpty() || !account.get().equals(crm.parent())) {
                findings.lost(pair + " account", "ERP account " + erp.parent() + " (CRM account " + account.orElse(null)
                        + "), CRM account " + crm.parent());
            }
        }
    }

    /**
     * No CRM account holds more records of {@code entity} than its ERP account, once the records found
     * wrong above are set aside (a delete the CRM missed is LOST, not a copy).
     */
    private void noMoreInTheCrm(Entity entity) {
        Map<Long, Long> erpCounts = countByParent(snapshot.rows(Side.ERP, entity));
        Map<Long, Long> crmCounts = countByParent(snapshot.rows(Side.CRM, entity));
        Map<Long, Long> setAside = explained.getOrDefault(entity, Map.of());
        crmCounts.forEach((crmAccount, crmCount) -> {
            Optional<Long> erpAccount = counterpart(Entity.ACCOUNT, Side.CRM, crmAccount);
            long erpCount = erpAccount.map(id -> erpCounts.getOrDefault(id, 0L)).orElse(0L);
            long unexplained = crmCount - setAside.getOrDefault(crmAccount, 0L) - erpCount;
            if (erpAccount.isPresent() && unexplained > 0) {
                findings.duplicated("CRM account " + crmAccount + " " + entity.noun() + " count", crmCount + " in the CRM, "
                        + erpCount + " under ERP account " + erpAccount.get());
            }
        });
    }

    private Optional<Long> counterpart(Entity entity, Side side, long id) {
        return snapshot.identities().counterpart(entity, side, id);
    }

    private static String twinKey(Entity entity, Row row) {
        return row.parent() + "|" + entity.fields().stream().map(row::field).toList();
    }

    private static Map<Long, Long> countByParent(Map<Long, Row> rows) {
        Map<Long, Long> counts = new HashMap<>();
        rows.values().stream().filter(row -> row.parent() != null)
                .forEach(row -> counts.merge(row.parent(), 1L, Long::sum));
        return counts;
    }
}
