package io.livechain.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A subscriber that hangs: each attempt ends at its Trigger's {@code delivery.timeout}, is retried,
 * then dead-lettered, and meanwhile the other Triggers keep delivering.
 */
class HangingSubscriberE2eTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static E2eStack e2e;

    @BeforeAll
    static void stack() {
        e2e = E2eStack.get();
    }

    private boolean deadLettered(String id) {
        return e2e.uriDeadLetters.received().stream().anyMatch(r -> id.equals(r.attribute("id")));
    }

    @Test
    void itsEventsTimeOutThenDeadLetterWhileOtherTriggersKeepFlowing() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String hung = "hang-" + run;
        String sku = "E2E-HANG-" + run;
        Scans.sendEvent(e2e.url(), hung, E2eStack.HANGING_TYPE, "{\"n\": 1}").statusCode(202);
        Scans.send(e2e.url(), "hang-scan-" + run, Scans.scan(sku, "DC-1", "4", "receiving", "2026-11-30T11:00:00Z"))
                .statusCode(202);

        // Two attempts of 5 s each stand between the hung event and its dead letter: the scan is
        // applied well before, through its own Triggers (scan-ingest, inventory).
        await().atMost(PATIENCE)
                .ignoreExceptions()
                .until(() ->
                        e2e.api().get("/api/inventory/" + sku).then().extract().<Integer>path("total") == 4);
        assertFalse(deadLettered(hung), "the scan waited for the hung delivery's timeouts");

        await().atMost(PATIENCE).until(() -> deadLettered(hung));
        var letter = e2e.uriDeadLetters.received().stream()
                .filter(r -> hung.equals(r.attribute("id")))
                .findFirst()
                .orElseThrow();
        assertEquals(e2e.hanging.url(), letter.attribute("knativeerrordest"));
        assertNull(letter.attribute("knativeerrorcode"), "a timeout has no status code");
        assertEquals(2, e2e.hanging.attempts(hung), "one attempt and one retry, each timed out");
    }
}
