package io.livechain.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.livechain.e2e.OtlpTraceReceiver.ReceivedSpan;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One scan is one trace: its traceparent, started at the broker ingress (the scanner sends none), goes
 * from scan-ingest's movement through inventory's level and threshold's outboxed low-stock alert to
 * notify, each function's span a part of it; the next scan is a trace of its own.
 */
class TracingE2eTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Set<String> CHAIN = Set.of("scan-ingest", "inventory", "threshold", "notify");
    private static E2eStack e2e;

    @BeforeAll
    static void startStack() {
        e2e = E2eStack.get();
    }

    @Test
    void eachScanIsOneTraceFromTheIngressToNotify() {
        String first = traceOfLowStockScan("trace-scan-1", E2eStack.TRACED_POSITIONS.get(0));
        String second = traceOfLowStockScan("trace-scan-2", E2eStack.TRACED_POSITIONS.get(1));

        assertNotEquals(first, second, "each scan starts a trace of its own");
    }

    /**
     * Sends a scan of 5 into an empty position whose reorder point is 10, waits for its low-stock alert at
     * the on-call webhook, and returns the scan's trace id once every function of the chain has a span in it.
     */
    private static String traceOfLowStockScan(String scanId, String position) {
        String sku = position.substring(0, position.indexOf('|'));
        String location = position.substring(position.indexOf('|') + 1);
        Scans.send(e2e.url(), scanId, Scans.scan(sku, location, "5", "receiving", "2026-11-20T08:00:00Z"))
                .statusCode(202);
        await().atMost(PATIENCE).until(() -> lowStockAlertsAtTheWebhook(sku + "@" + location) == 1);

        String traceId;
        try {
            traceId = await().atMost(PATIENCE)
                    .until(() -> spanOf("scan-ingest", scanId).map(ReceivedSpan::traceId), Optional::isPresent)
                    .get();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no scan-ingest span of " + scanId + " among " + e2e.traces.summary(), e);
        }
        try {
            await().atMost(PATIENCE).until(() -> servicesIn(traceId).containsAll(CHAIN));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("trace " + traceId + " of " + scanId + " holds only " + servicesIn(traceId), e);
        }
        // A function's spans are exported in batches as they end: its client span (notify's webhook post)
        // can arrive before the server span that handled the event, which ends after it.
        try {
            await().atMost(PATIENCE).until(() -> alertSpansOfNotifyIn(traceId) >= 1);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(
                    "notify handled the scan's alert outside the scan's trace; services in it: " + servicesIn(traceId),
                    e);
        }
        assertEquals(1, alertSpansOfNotifyIn(traceId), "notify handled the scan's alert once in the scan's trace");
        return traceId;
    }

    private static long alertSpansOfNotifyIn(String traceId) {
        return List.copyOf(e2e.traces.spans()).stream()
                .filter(s -> s.traceId().equals(traceId) && s.service().equals("notify"))
                .filter(s ->
                        "io.livechain.alert.raised.v1".equals(s.attributes().get("cloudevents.event_type")))
                .count();
    }

    private static long lowStockAlertsAtTheWebhook(String asset) {
        return e2e.oncall.received().stream()
                .map(r -> JsonPath.from(r.data()))
                .filter(e -> "io.livechain.alert.raised.v1".equals(e.getString("type"))
                        && asset.equals(e.getString("data.assetId"))
                        && "low-stock".equals(e.getString("data.rule")))
                .count();
    }

    /** The span in which {@code service} handled the event {@code eventId}. */
    private static Optional<ReceivedSpan> spanOf(String service, String eventId) {
        return e2e.traces.spans().stream()
                .filter(s -> s.service().equals(service)
                        && eventId.equals(s.attributes().get("cloudevents.event_id")))
                .findFirst();
    }

    private static Set<String> servicesIn(String traceId) {
        Set<String> services = new TreeSet<>();
        List.copyOf(e2e.traces.spans()).stream()
                .filter(s -> s.traceId().equals(traceId))
                .forEach(s -> services.add(s.service()));
        return services;
    }
}
