package dev.passerelle.contracttests.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.contract.v1.Change;
import dev.passerelle.contract.v1.ChangeOperation;
import dev.passerelle.contract.v1.EntityType;
import dev.passerelle.contract.v1.ExpiredTokenFaultInfo;
import dev.passerelle.contract.v1.GetChanges;
import dev.passerelle.contract.v1.GetChangesResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GetChanges: snapshot paging, and tokens the endpoint never issued. */
@ExtendWith(ConformanceExtension.class)
class ChangesConformanceTest {

    @Test
    void snapshotPagingReturnsEveryRecordOnceAndEndsWithAToken(ConformanceTarget target) {
        Conversation conversation = new Conversation(target);
        int pageSize = conversation.pageSize();
        int maxPageSize = conversation.serviceInfo().getMaxPageSize();

        List<GetChangesResponse> pages = conversation.drain(EntityType.ACCOUNT, null, pageSize);
        List<GetChangesResponse> inOneGo = conversation.drain(EntityType.ACCOUNT, null, maxPageSize);

        assertThat(pages).allSatisfy(page -> {
            assertThat(page.getEntity()).isEqualTo(EntityType.ACCOUNT);
            assertThat(page.isSnapshot()).as("snapshot flag").isTrue();
            assertThat(page.getChange()).hasSizeLessThanOrEqualTo(pageSize);
        });
        List<Change> changes = Conversation.changes(pages);
        assertThat(changes).allSatisfy(change -> {
            assertThat(change.getOperation()).as("a snapshot has no deletes").isNotEqualTo(ChangeOperation.DELETE);
            assertThat(change.getAccount()).as("record of %s", change.getKey()).isNotNull();
            assertThat(change.getAccount().getKey()).isEqualTo(change.getKey());
        });
        List<String> keys = changes.stream().map(Change::getKey).toList();
        assertThat(keys).as("keys of the snapshot walked %d at a time", pageSize).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(Conversation.changes(inOneGo).stream().map(Change::getKey).toList());
        if (keys.size() > pageSize) {
            assertThat(pages).as("pages of %d for %d records", pageSize, keys.size()).hasSizeGreaterThan(1);
        }
        assertThat(pages.get(pages.size() - 1).isMore()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(EntityType.class)
    void firstSnapshotPageOfEveryEntityIsAValidAnswer(EntityType entity, ConformanceTarget target) {
        GetChanges request = new GetChanges();
        request.setEntity(entity);
        request.setPageSize(new Conversation(target).pageSize());

        GetChangesResponse page = target.caller().call(request).answer(GetChangesResponse.class);

        assertThat(page.getEntity()).isEqualTo(entity);
        assertThat(page.isSnapshot()).isTrue();
        assertThat(page.getNextToken()).isNotBlank();
    }

    @ParameterizedTest(name = "token \"{0}\"")
    @ValueSource(strings = {"not-a-token", "Zm9yZ2VkLXRva2Vu", "00000000-0000-0000-0000-000000000000"})
    void tokenTheEndpointNeverIssuedAnswersExpiredTokenFault(String forged, ConformanceTarget target) {
        GetChanges request = new GetChanges();
        request.setEntity(EntityType.CONTACT);
        request.setToken(forged);

        ExpiredTokenFaultInfo info = target.caller().call(request).fault(ExpiredTokenFaultInfo.class);

        assertThat(info.getEntity()).isEqualTo(EntityType.CONTACT);
        assertThat(info.getCorrelationId()).isNotBlank();
    }
}
