package dev.passerelle.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindingsTest {

    @Test
    void aSubjectIsFoundOnceWhateverChecksFindIt() {
        Findings findings = new Findings();

        findings.lost("CRM contact 7", "has no counterpart in the ERP");
        findings.duplicated("CRM contact 7", "a copy of CRM contact 6");

        assertThat(findings.all()).singleElement().extracting(Findings.Finding::kind).isEqualTo(Findings.Kind.LOST);
        assertThat(findings.clean()).isFalse();
    }

    @Test
    void theSummaryGroupsFindingsByKindAndSubjectWithoutTheirIds() {
        Findings findings = new Findings();
        findings.lost("CRM contact 11001", "has no counterpart in the ERP");
        findings.lost("CRM contact 11002", "has no counterpart in the ERP");
        findings.duplicated("marker delivery address 'Chaos CRM address 4' in the CRM", "2 records have it");
        findings.unsettled("outbox entry 335: INSERT of DELIVERY_ADDRESS 11335", "still PENDING");

        assertThat(findings.summary()).containsExactly(
                "LOST CRM contact #: 2, first: LOST CRM contact 11001: has no counterpart in the ERP",
                "DUPLICATED marker delivery address '…' in the CRM: 1, first: DUPLICATED marker delivery address"
                        + " 'Chaos CRM address 4' in the CRM: 2 records have it",
                "UNSETTLED outbox entry #: INSERT of DELIVERY_ADDRESS #: 1, first: UNSETTLED outbox entry 335: INSERT of"
                        + " DELIVERY_ADDRESS 11335: still PENDING");
        assertThat(findings.count(Findings.Kind.LOST)).isEqualTo(2);
    }
}
