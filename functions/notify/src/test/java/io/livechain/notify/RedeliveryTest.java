package io.livechain.notify;

import static io.livechain.notify.ChannelServers.ALERTS_ONLY_PATH;
import static io.livechain.notify.ChannelServers.WEBHOOK_PATH;
import static io.livechain.notify.ChannelServers.pagerDuty;
import static io.livechain.notify.ChannelServers.slack;
import static io.livechain.notify.ChannelServers.webhook;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechain.model.EventType;
import io.livechain.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A channel fails: the broker is told to retry (503), and the retry reaches only that channel. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(ChannelServers.class)
class RedeliveryTest {

    @BeforeEach
    void forgetEarlierRequests() {
        ChannelServers.reset();
    }

    private static void assertReceived(int webhooks, int alertsOnly, int incidents, int messages) {
        assertEquals(webhooks, webhook.receivedAt(WEBHOOK_PATH).size(), "ops-webhook");
        assertEquals(alertsOnly, webhook.receivedAt(ALERTS_ONLY_PATH).size(), "alerts-only");
        assertEquals(incidents, pagerDuty.received().size(), "oncall");
        assertEquals(messages, slack.received().size(), "team-slack");
    }

    @Test
    void unavailableChannelFailsTheEventWith503() {
        pagerDuty.answer(503);

        NotifyFunctionTest.postBinary(EventType.ALERT_RAISED, "down-1", Events.alertRaised("a-down", "CRITICAL"))
                .statusCode(503)
                .contentType("application/json")
                .body("status", equalTo(503))
                .body("message", equalTo("channel oncall unavailable: HTTP 503"));
    }

    @Test
    void redeliveryAfterRecoveryReachesOnlyTheChannelThatFailed() {
        String data = Events.alertRaised("a-retry", "CRITICAL");
        pagerDuty.answer(503);
        NotifyFunctionTest.postBinary(EventType.ALERT_RAISED, "retry-1", data).statusCode(503);
        assertReceived(1, 1, 1, 1);

        pagerDuty.answer(202);
        NotifyFunctionTest.postBinary(EventType.ALERT_RAISED, "retry-1", data).statusCode(204);
        assertReceived(1, 1, 2, 1);

        NotifyFunctionTest.postBinary(EventType.ALERT_RAISED, "retry-1", data).statusCode(204);
        assertReceived(1, 1, 2, 1);
    }

    @Test
    void resolveThatOvertakesItsRaiseWaitsForIt() {
        NotifyFunctionTest.postBinary(EventType.ALERT_RESOLVED, "early-resolved", Events.alertResolved("a-early"))
                .statusCode(503)
                .body("message", org.hamcrest.Matchers.containsString("waiting for alert a-early to be raised"));
        assertEquals(0, pagerDuty.received().size(), "no resolve before its incident is open");

        NotifyFunctionTest.postBinary(EventType.ALERT_RAISED, "early-raised", Events.alertRaised("a-early", "CRITICAL"))
                .statusCode(204);
        NotifyFunctionTest.postBinary(EventType.ALERT_RESOLVED, "early-resolved", Events.alertResolved("a-early"))
                .statusCode(204);
        assertEquals(2, pagerDuty.received().size());
        assertEquals(
                "resolve",
                pagerDuty.received().get(1).json().get("event_action").asText());
    }

    @Test
    void sameIdFromAnotherSourceIsAnotherEvent() {
        String data = Events.alertRaised("a-src", "INFO");
        NotifyFunctionTest.postBinary(EventType.ALERT_RAISED, "src-1", data).statusCode(204);
        RestAssured.given()
                .contentType("application/json")
                .header("ce-id", "src-1")
                .header("ce-specversion", "1.0")
                .header("ce-type", EventType.ALERT_RAISED.type())
                .header("ce-source", "/elsewhere")
                .body(data)
                .post("/")
                .then()
                .statusCode(204);

        assertReceived(2, 2, 2, 2);
    }

    @Test
    void everyUnavailableChannelIsNamedByNameOnly() {
        slack.answer(500);
        pagerDuty.answer(429);

        NotifyFunctionTest.postBinary(EventType.ALERT_RAISED, "secret-1", Events.alertRaised("a-sec", "CRITICAL"))
                .statusCode(503)
                .body(
                        "message",
                        equalTo("channel oncall unavailable: HTTP 429; channel team-slack unavailable: HTTP 500"));
    }
}
