package dev.passerelle.contracttests.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.passerelle.contract.v1.GetServiceInfoResponse;
import dev.passerelle.contract.v1.InvalidRequestFaultInfo;
import dev.passerelle.contract.v1.WaitForChanges;
import dev.passerelle.contract.v1.WaitForChangesResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * WaitForChanges holds a call while the change horizon stays where the client knows it, and answers
 * soon after a change commits. An endpoint that does not offer it (GetServiceInfo without
 * {@code maxWaitSeconds}) skips these tests: the operation is optional for the client to use.
 */
@ExtendWith(ConformanceExtension.class)
class WaitForChangesConformanceTest {

    /** How soon after a commit a waiting call must answer: well under a second is the contract's word, this leaves room for a busy machine. */
    private static final Duration SOON = Duration.ofSeconds(5);

    @Test
    void aChangeCommittedDuringTheWaitIsAnsweredSoonWithAHigherHorizon(ConformanceTarget target) throws Exception {
        Conversation conversation = new Conversation(target);
        GetServiceInfoResponse info = offered(conversation);
        long known = info.getChangeHorizon();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        WaitForChangesResponse answer;
        long committed;
        try {
            CompletableFuture<WaitForChangesResponse> waiting = CompletableFuture.supplyAsync(() ->
                    target.caller().call(request(known, info.getMaxWaitSeconds())).answer(WaitForChangesResponse.class), thread);
            Thread.sleep(300);

            conversation.createAccounts(1);
            committed = System.nanoTime();
            answer = waiting.get(info.getMaxWaitSeconds() + 10L, TimeUnit.SECONDS);
        } finally {
            thread.shutdownNow();
        }

        assertThat(answer.getChangeHorizon()).as("the horizon after an account was created").isGreaterThan(known);
        assertThat(Duration.ofNanos(System.nanoTime() - committed)).as("from the commit to the answer").isLessThan(SOON);
    }

    @Test
    void aHorizonThatAlreadyMovedIsAnsweredAtOnce(ConformanceTarget target) {
        Conversation conversation = new Conversation(target);
        GetServiceInfoResponse info = offered(conversation);
        long began = System.nanoTime();

        WaitForChangesResponse answer = target.caller().call(request(info.getChangeHorizon() - 1, info.getMaxWaitSeconds()))
                .answer(WaitForChangesResponse.class);

        assertThat(answer.getChangeHorizon()).isGreaterThanOrEqualTo(info.getChangeHorizon());
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(SOON);
    }

    @Test
    void aHorizonThatHoldsIsAnsweredUnchangedOnceTheWaitIsOver(ConformanceTarget target) {
        Conversation conversation = new Conversation(target);
        GetServiceInfoResponse info = offered(conversation);
        long began = System.nanoTime();

        WaitForChangesResponse answer = target.caller().call(request(info.getChangeHorizon(), 1))
                .answer(WaitForChangesResponse.class);

        Duration took = Duration.ofNanos(System.nanoTime() - began);
        assertThat(answer.getChangeHorizon()).isGreaterThanOrEqualTo(info.getChangeHorizon());
        if (answer.getChangeHorizon() == info.getChangeHorizon()) {
            assertThat(took).as("an unchanged horizon comes after the wait asked for").isGreaterThanOrEqualTo(Duration.ofMillis(900));
        }
    }

    @Test
    void aWaitLongerThanTheEndpointOffersAnswersInvalidRequestFault(ConformanceTarget target) {
        GetServiceInfoResponse info = offered(new Conversation(target));

        InvalidRequestFaultInfo fault = target.caller().call(request(info.getChangeHorizon(), info.getMaxWaitSeconds() + 1))
                .fault(InvalidRequestFaultInfo.class);

        assertThat(fault.getFieldError()).anySatisfy(error -> assertThat(error.getField()).isEqualTo("waitSeconds"));
    }

    private static GetServiceInfoResponse offered(Conversation conversation) {
        GetServiceInfoResponse info = conversation.serviceInfo();
        assumeTrue(info.getMaxWaitSeconds() != null && info.getChangeHorizon() != null,
                "the endpoint offers no WaitForChanges (GetServiceInfo without maxWaitSeconds)");
        return info;
    }

    private static WaitForChanges request(long knownHorizon, int waitSeconds) {
        WaitForChanges request = new WaitForChanges();
        request.setKnownHorizon(knownHorizon);
        request.setWaitSeconds(waitSeconds);
        return request;
    }
}
