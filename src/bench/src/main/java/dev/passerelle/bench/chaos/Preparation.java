package dev.passerelle.bench.chaos;

import java.net.URI;
import java.util.Random;

/**
 * What each scenario changes on a trial's copies before its run, with no process holding them, and
 * what the two sides must show once the run is through.
 */
final class Preparation {

    private Preparation() {
    }

    static Expectations prepare(Scenario scenario, TrialFolder folder, Credentials credentials, URI endpoint,
                                Random random, ChaosPlan plan) {
        Expectations.Builder expected = new Expectations.Builder();
        switch (scenario) {
            case FIRST_SYNC -> {
                // nothing to change: the whole ERP is what the first sync must bring
            }
            case DELTA_ERP_TO_CRM -> {
                return ErpEdits.make(folder, random, plan.edits());
            }
            case DELTA_CRM_TO_ERP -> {
                try (CrmDesk desk = CrmDesk.open(folder, credentials, endpoint, random)) {
                    CrmUpdates.make(desk, random, plan.edits(), true, expected);
                }
            }
            case SEND_NEW_RECORDS -> {
                try (CrmDesk desk = CrmDesk.open(folder, credentials, endpoint, random)) {
                    NewCrmRecords.make(desk, plan.newRecords(), expected);
                }
            }
            case ENDPOINT_DURING_APPLY -> {
                try (CrmDesk desk = CrmDesk.open(folder, credentials, endpoint, random)) {
                    NewCrmRecords.make(desk, plan.newRecords(), expected);
                    CrmUpdates.make(desk, random, plan.edits() / 2, false, expected);
                }
            }
        }
        return expected.build();
    }
}
