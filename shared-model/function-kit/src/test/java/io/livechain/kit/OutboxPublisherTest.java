package io.livechain.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.model.DownstreamUnavailableException;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OutboxPublisherTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Instant T0 = Instant.parse("2026-11-20T00:00:00Z");
    /** The handling that decided the events, stored with them. */
    private static final String DECIDED_IN = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final ObjectMapper mapper = new ObjectMapper();
    private final FakeOutboxStore store = new FakeOutboxStore();
    private ScriptedBroker broker;

    @AfterEach
    void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    private OutboxPublisher publisher(Integer... answers) {
        broker = new ScriptedBroker(answers);
        return new OutboxPublisher(
                "threshold", new BrokerSink(broker.url(), Duration.ofSeconds(5), mapper), mapper, store);
    }

    private static OutboxEvent event(String id, int minute) {
        return new OutboxEvent(
                id,
                "io.livechain.alert.raised.v1",
                "asset-" + id,
                "{\"alertId\": \"" + id + "\"}",
                T0.plusSeconds(60L * minute),
                DECIDED_IN);
    }

    private List<String> postedIds() {
        return broker.received().stream()
                .map(this::json)
                .map(event -> event.get("id").asText())
                .toList();
    }

    private JsonNode json(String body) {
        try {
            return mapper.readTree(body);
        } catch (Exception e) {
            throw new AssertionError(body, e);
        }
    }

    @Test
    void postsInOrderAsCloudEventsOfTheFunctionAndMarksThemPosted() {
        List<OutboxEvent> decided = List.of(event("a", 0), event("b", 1), event("c", 2));
        store.pending.addAll(decided);

        publisher().post(decided).await().atMost(WAIT);

        assertEquals(List.of("a", "b", "c"), postedIds());
        assertEquals(List.of(List.of("a", "b", "c")), store.marked);
        assertTrue(store.queries.isEmpty(), "events in memory are posted without a query");
        JsonNode first = json(broker.received().get(0));
        assertEquals("/livechain/threshold", first.get("source").asText());
        assertEquals("io.livechain.alert.raised.v1", first.get("type").asText());
        assertEquals("asset-a", first.get("partitionkey").asText());
        assertEquals(DECIDED_IN, first.get("traceparent").asText(), "the event continues the trace that decided it");
        assertEquals(T0.toString(), first.get("time").asText());
        assertEquals("application/json", first.get("datacontenttype").asText());
        assertEquals("a", first.get("data").get("alertId").asText(), "the payload is sent as JSON, not as a string");
    }

    @Test
    void brokerFailureMidBatchMarksOnlyWhatWasPostedStopsAndRethrows() {
        List<OutboxEvent> decided = List.of(event("a", 0), event("b", 1), event("c", 2));
        store.pending.addAll(decided);
        OutboxPublisher publisher = publisher(202, 503);

        DownstreamUnavailableException failure = assertThrows(
                DownstreamUnavailableException.class,
                () -> publisher.post(decided).await().atMost(WAIT));

        assertTrue(failure.getMessage().contains("503"), failure.getMessage());
        assertEquals(2, broker.received().size(), "stops at the first event the broker did not take, keeping order");
        assertEquals(List.of(List.of("a")), store.marked);
        assertEquals(List.of("b", "c"), store.pendingIds());
    }

    @Test
    void brokerTakingNothingMarksNothingAndRethrows() {
        store.pending.add(event("a", 0));
        OutboxPublisher publisher = publisher(503);

        assertThrows(
                DownstreamUnavailableException.class,
                () -> publisher.post(List.of(event("a", 0))).await().atMost(WAIT));

        assertTrue(store.marked.isEmpty());
        assertEquals(List.of("a"), store.pendingIds());
    }

    @Test
    void nothingDecidedPostsNothing() {
        publisher().post(List.of()).await().atMost(WAIT);

        assertTrue(broker.received().isEmpty());
        assertTrue(store.marked.isEmpty());
    }

    @Test
    void redeliveryPostsWhatItsHandlingLeftPending() {
        store.pending.addAll(List.of(event("a", 0), event("b", 1)));
        OutboxPublisher publisher = publisher(503);
        assertThrows(
                DownstreamUnavailableException.class,
                () -> publisher.post(List.copyOf(store.pending)).await().atMost(WAIT));

        publisher.postDecidedBy("/test/sensors", "r-1").await().atMost(WAIT);

        assertEquals(List.of("decidedBy /test/sensors r-1"), store.queries);
        assertEquals(List.of("a", "a", "b"), postedIds(), "the first attempt was refused, the redelivery posts both");
        assertEquals(List.of(List.of("a", "b")), store.marked);
    }

    @Test
    void sweepPostsEventsLeftBehindForTenSeconds() {
        store.pending.addAll(List.of(event("a", 0), event("b", 1)));
        OutboxPublisher publisher = publisher();
        Instant before = Instant.now();

        publisher.sweep().await().atMost(WAIT);

        assertEquals(List.of("leftBehind " + OutboxPublisher.SWEEP_BATCH), store.queries);
        Instant cutoff = store.leftBehindBefore;
        assertTrue(
                !cutoff.isBefore(before.minusSeconds(10))
                        && !cutoff.isAfter(Instant.now().minusSeconds(10)),
                "left behind means stored over 10 s ago: " + cutoff);
        assertEquals(List.of("a", "b"), postedIds());
        assertEquals(List.of(List.of("a", "b")), store.marked);
    }

    @Test
    void sweepLogsABrokerFailureAndLeavesTheRestForTheNextSweep() {
        store.pending.addAll(List.of(event("a", 0), event("b", 1)));
        OutboxPublisher publisher = publisher(202, 503);

        publisher.sweep().await().atMost(WAIT);
        assertEquals(List.of("b"), store.pendingIds());

        publisher.sweep().await().atMost(WAIT);
        assertEquals(List.of("a", "b", "b"), postedIds());
        assertTrue(store.pending.isEmpty());
    }

    @Test
    void marksPostedBackOnTheCallersVertxContext() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            Context caller = vertx.getOrCreateContext();
            OutboxPublisher publisher = publisher();
            store.pending.add(event("a", 0));
            CompletableFuture<Void> done = new CompletableFuture<>();
            caller.runOnContext(ignored -> publisher
                    .postDecidedBy("/test/sensors", "r-1")
                    .subscribe()
                    .with(done::complete, done::completeExceptionally));

            done.get(WAIT.toSeconds(), TimeUnit.SECONDS);

            assertSame(caller, store.markedOn, "Hibernate Reactive stores run only on their Vert.x context");
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }
}
