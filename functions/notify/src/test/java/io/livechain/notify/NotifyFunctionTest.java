package io.livechain.notify;

import static io.livechain.notify.ChannelServers.ALERTS_ONLY_PATH;
import static io.livechain.notify.ChannelServers.PAGERDUTY_PATH;
import static io.livechain.notify.ChannelServers.ROUTING_KEY;
import static io.livechain.notify.ChannelServers.SLACK_PATH;
import static io.livechain.notify.ChannelServers.WEBHOOK_PATH;
import static io.livechain.notify.ChannelServers.pagerDuty;
import static io.livechain.notify.ChannelServers.slack;
import static io.livechain.notify.ChannelServers.webhook;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.livechain.model.EventType;
import io.livechain.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each event type posted as Knative would, and what each channel's server received. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(ChannelServers.class)
class NotifyFunctionTest {

    static ValidatableResponse postBinary(EventType type, String id, String data) {
        return given().contentType("application/json")
                .header("ce-id", id)
                .header("ce-specversion", "1.0")
                .header("ce-type", type.type())
                .header("ce-source", Events.SOURCE)
                .header("ce-time", Events.TIME)
                .header("ce-partitionkey", "reefer-7")
                .body(data)
                .post("/")
                .then();
    }

    static ValidatableResponse postStructured(EventType type, String id, String data) {
        return given().contentType("application/cloudevents+json")
                .body(structured(type, id, data))
                .post("/")
                .then();
    }

    private static String structured(EventType type, String id, String data) {
        return """
                {"specversion": "1.0", "id": "%s", "type": "%s", "source": "%s", "time": "%s",
                 "subject": "reefer-7", "traceparent": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
                 "datacontenttype": "application/json", "data": %s}""".formatted(id, type.type(), Events.SOURCE, Events.TIME, data);
    }

    private static ChannelServer.Request only(List<ChannelServer.Request> requests) {
        assertEquals(1, requests.size(), () -> "expected one request, got " + requests);
        return requests.get(0);
    }

    @BeforeEach
    void forgetEarlierRequests() {
        ChannelServers.reset();
    }

    @Test
    void binaryAlertReachesTheWebhookAsAStructuredCloudEvent() {
        String data = Events.alertRaised("a-bin", "CRITICAL");
        postBinary(EventType.ALERT_RAISED, "ar-bin-1", data).statusCode(204);

        ChannelServer.Request request = only(webhook.receivedAt(WEBHOOK_PATH));
        assertEquals("POST", request.method());
        assertEquals("application/cloudevents+json", request.contentType());
        assertEquals(Events.json("""
                {"specversion": "1.0", "id": "ar-bin-1", "source": "/livechain/threshold",
                 "type": "io.livechain.alert.raised.v1", "time": "2026-11-27T06:00:05Z",
                 "datacontenttype": "application/json", "partitionkey": "reefer-7", "data": %s}""".formatted(data)), request.json());
    }

    @Test
    void structuredAlertKeepsItsSubjectAndExtensionsAtTheWebhook() {
        String data = Events.alertRaised("a-str", "WARNING");
        postStructured(EventType.ALERT_RAISED, "ar-str-1", data).statusCode(204);

        JsonNode forwarded = only(webhook.receivedAt(WEBHOOK_PATH)).json();
        JsonNode sent = Events.json(structured(EventType.ALERT_RAISED, "ar-str-1", data));
        assertEquals(sent, forwarded);
    }

    @Test
    void criticalAlertTriggersAPagerDutyIncident() {
        String data = Events.alertRaised("a-pd", "CRITICAL");
        postBinary(EventType.ALERT_RAISED, "ar-pd-1", data).statusCode(204);

        ChannelServer.Request request = only(pagerDuty.receivedAt(PAGERDUTY_PATH));
        assertEquals("application/json", request.contentType());
        assertEquals(Events.json("""
                {"routing_key": "%s", "event_action": "trigger", "dedup_key": "reefer-7/cold-chain-temperature",
                 "payload": {"summary": "reefer-7: temperature 9.4 CEL above 8 CEL for 10 min", "source": "reefer-7",
                   "severity": "critical", "timestamp": "2026-11-27T06:00:00Z", "component": "reefer-7",
                   "group": "cold-chain-temperature", "class": "io.livechain.alert.raised.v1",
                   "custom_details": %s}}""".formatted(ROUTING_KEY, data)), request.json());
    }

    @Test
    void alertReachesSlackWithSeverityAndAsset() {
        postStructured(EventType.ALERT_RAISED, "ar-slack-1", Events.alertRaised("a-slack", "WARNING"))
                .statusCode(204);

        ChannelServer.Request request = only(slack.receivedAt(SLACK_PATH));
        assertEquals("application/json", request.contentType());
        JsonNode message = request.json();
        assertEquals(
                "[WARNING] reefer-7: temperature 9.4 CEL above 8 CEL for 10 min",
                message.get("text").asText());
        JsonNode section = message.get("blocks").get(0);
        assertEquals("section", section.get("type").asText());
        assertEquals("mrkdwn", section.get("text").get("type").asText());
        assertTrue(section.get("text").get("text").asText().contains("*Shipment:* SHP-1"), section::toString);
    }

    @Test
    void resolvedAlertResolvesTheIncidentItsAlertOpened() {
        postBinary(EventType.ALERT_RAISED, "rs-raised", Events.alertRaised("a-rs", "CRITICAL"))
                .statusCode(204);
        postBinary(EventType.ALERT_RESOLVED, "rs-resolved", Events.alertResolved("a-rs"))
                .statusCode(204);

        List<ChannelServer.Request> requests = pagerDuty.receivedAt(PAGERDUTY_PATH);
        assertEquals(2, requests.size());
        String dedupKey = requests.get(0).json().get("dedup_key").asText();
        assertEquals(
                Events.json("""
                {"routing_key": "%s", "event_action": "resolve", "dedup_key": "%s"}""".formatted(ROUTING_KEY, dedupKey)),
                requests.get(1).json());
        assertEquals(
                "[RESOLVED] reefer-7: temperature back to 5.1 CEL",
                slack.receivedAt(SLACK_PATH).get(1).json().get("text").asText());
        assertEquals(2, webhook.receivedAt(ALERTS_ONLY_PATH).size());
    }

    @Test
    void maintenanceRequestIsAWarningAndSkipsTheChannelThatWantsAlertsOnly() {
        postStructured(EventType.MAINTENANCE_REQUESTED, "mr-1", Events.maintenanceRequested("req-1"))
                .statusCode(204);

        JsonNode incident = only(pagerDuty.receivedAt(PAGERDUTY_PATH)).json();
        assertEquals("press-4/vibration", incident.get("dedup_key").asText());
        assertEquals("warning", incident.at("/payload/severity").asText());
        assertEquals("vibration", incident.at("/payload/group").asText());
        assertEquals("press-4", incident.at("/payload/source").asText());
        assertEquals("2026-11-27T07:00:00Z", incident.at("/payload/timestamp").asText());
        assertEquals(
                "[WARNING] press-4: maintenance requested for vibration: anomaly score 4.2 over 24 h",
                only(slack.received()).json().get("text").asText());
        assertEquals(
                "mr-1", only(webhook.receivedAt(WEBHOOK_PATH)).json().get("id").asText());
        assertTrue(webhook.receivedAt(ALERTS_ONLY_PATH).isEmpty(), "alerts-only must not get maintenance requests");
    }

    @Test
    void rerouteRequestIsAnErrorAboutTheShipment() {
        postBinary(EventType.REROUTE_REQUESTED, "rr-1", Events.rerouteRequested("SHP-9"))
                .statusCode(204);

        JsonNode incident = only(pagerDuty.received()).json();
        assertEquals(
                "reefer-7/cold-chain-temperature", incident.get("dedup_key").asText());
        assertEquals("error", incident.at("/payload/severity").asText());
        assertEquals("SHP-9", incident.at("/payload/source").asText());
        assertEquals("reefer-7", incident.at("/payload/component").asText());
        assertEquals(
                "io.livechain.reroute.requested.v1",
                incident.at("/payload/class").asText());
        assertEquals(
                "[ERROR] SHP-9: reroute to cold-storage requested: temperature excursion",
                only(slack.received()).json().get("text").asText());
        assertTrue(webhook.receivedAt(ALERTS_ONLY_PATH).isEmpty());
    }

    @Test
    void anAgentsReplanRequestSaysWhoAskedNotACapability() {
        postBinary(EventType.REROUTE_REQUESTED, "rr-agent-1", """
                        {"shipmentId": "SHP-10", "reason": "the customer wants the earliest arrival",
                         "requestedAt": "2026-11-27T06:01:00Z"}""").statusCode(204);

        assertEquals(
                "[ERROR] SHP-10: replan requested by " + Events.SOURCE + ": the customer wants the earliest arrival",
                only(slack.received()).json().get("text").asText());
    }

    @Test
    void reroutedShipmentTriggersOneIncidentPerShipment() {
        String data = Events.shipmentRerouted("SHP-7");
        postStructured(EventType.SHIPMENT_REROUTED, "sr-1", data).statusCode(204);

        JsonNode incident = only(pagerDuty.received()).json();
        assertEquals("shipment/SHP-7/reroute", incident.get("dedup_key").asText());
        assertEquals("SHP-7", incident.at("/payload/source").asText());
        assertEquals("2026-11-27T06:00:05Z", incident.at("/payload/timestamp").asText());
        assertEquals(Events.json(data), incident.at("/payload/custom_details"));
        assertEquals(
                "sr-1", only(webhook.receivedAt(WEBHOOK_PATH)).json().get("id").asText());
        assertEquals(
                "[ERROR] SHP-7: rerouted via DC-HAM → CS-HAN → DC-BER, ETA +45 min: cold storage at CS-HAN",
                only(slack.received()).json().get("text").asText());
    }

    @Test
    void malformedAlertIsRejectedNamingTheFieldAndReachesNoChannel() {
        postBinary(EventType.ALERT_RAISED, "bad-1", Events.alertRaised("a-bad", "URGENT"))
                .statusCode(400)
                .body("errors.field", hasItem("severity"))
                .body("message", containsString("severity"));
        postBinary(EventType.SHIPMENT_REROUTED, "bad-2", "{\"shipmentId\": \"SHP-1\"}")
                .statusCode(400)
                .body("errors.field", hasItem("newRoute"));

        assertTrue(webhook.received().isEmpty()
                && pagerDuty.received().isEmpty()
                && slack.received().isEmpty());
    }
}
