package io.livechain.notify.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.livechain.model.AlertRaised;
import io.livechain.model.AlertResolved;
import io.livechain.model.EventType;
import io.livechain.model.MaintenanceRequested;
import io.livechain.model.RerouteRequested;
import io.livechain.model.ShipmentRerouted;
import io.livechain.notify.Events;
import io.livechain.notify.Notice;
import io.livechain.notify.Notices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagerDutyPayloadTest {

    private final PagerDutyPayload payload = new PagerDutyPayload();

    private JsonNode send(Notice notice) {
        return Events.json(payload.body(notice, TestChannels.of(ChannelKind.PAGERDUTY)));
    }

    private static Notice alert(String severity) {
        String data = Events.alertRaised("a-1", severity);
        return Notices.alertRaised(
                Events.record(data, AlertRaised.class), Events.received("ev-1", EventType.Types.ALERT_RAISED, data));
    }

    @Test
    void raisedAlertTriggersAnIncidentUnderItsDedupKey() {
        String data = Events.alertRaised("a-1", "CRITICAL");

        assertEquals("application/json", payload.contentType());
        assertEquals(Events.json("""
                {"routing_key": "R0UTING-KEY-SECRET", "event_action": "trigger",
                 "dedup_key": "reefer-7/cold-chain-temperature",
                 "payload": {"summary": "reefer-7: temperature 9.4 CEL above 8 CEL for 10 min", "source": "reefer-7",
                   "severity": "critical", "timestamp": "2026-11-27T06:00:00Z", "component": "reefer-7",
                   "group": "cold-chain-temperature", "class": "io.livechain.alert.raised.v1",
                   "custom_details": %s}}""".formatted(data)), send(alert("CRITICAL")));
    }

    @ParameterizedTest
    @CsvSource({"CRITICAL, critical", "WARNING, warning", "INFO, info"})
    void alertSeverityMapsOntoPagerDutys(String alertSeverity, String expected) {
        assertEquals(
                expected, send(alert(alertSeverity)).at("/payload/severity").asText());
    }

    @Test
    void resolvedAlertResolvesTheSameDedupKeyAndSaysNothingElse() {
        String data = Events.alertResolved("a-1");
        Notice resolved = Notices.alertResolved(
                Events.record(data, AlertResolved.class),
                Events.received("ev-2", EventType.Types.ALERT_RESOLVED, data));

        assertEquals(Events.json("""
                {"routing_key": "R0UTING-KEY-SECRET", "event_action": "resolve",
                 "dedup_key": "reefer-7/cold-chain-temperature"}"""), send(resolved));
        assertEquals(send(alert("CRITICAL")).get("dedup_key"), send(resolved).get("dedup_key"));
    }

    @Test
    void maintenanceRequestIsAWarningGroupedByMetric() {
        String data = Events.maintenanceRequested("req-1");
        JsonNode event = send(Notices.maintenanceRequested(
                Events.record(data, MaintenanceRequested.class),
                Events.received("ev-3", EventType.Types.MAINTENANCE_REQUESTED, data)));

        assertEquals(Events.json("""
                {"routing_key": "R0UTING-KEY-SECRET", "event_action": "trigger", "dedup_key": "press-4/vibration",
                 "payload": {"summary": "press-4: maintenance requested for vibration: anomaly score 4.2 over 24 h",
                   "source": "press-4", "severity": "warning", "timestamp": "2026-11-27T07:00:00Z",
                   "component": "press-4", "group": "vibration", "class": "io.livechain.maintenance.requested.v1",
                   "custom_details": %s}}""".formatted(data)), event);
    }

    @Test
    void rerouteRequestIsAnErrorSourcedAtTheShipment() {
        String data = Events.rerouteRequested("SHP-9");
        JsonNode event = send(Notices.rerouteRequested(
                Events.record(data, RerouteRequested.class),
                Events.received("ev-4", EventType.Types.REROUTE_REQUESTED, data)));

        assertEquals(Events.json("""
                {"routing_key": "R0UTING-KEY-SECRET", "event_action": "trigger",
                 "dedup_key": "reefer-7/cold-chain-temperature",
                 "payload": {"summary": "SHP-9: reroute to cold-storage requested: temperature excursion",
                   "source": "SHP-9", "severity": "error", "timestamp": "2026-11-27T06:01:00Z",
                   "component": "reefer-7", "group": "cold-chain-temperature",
                   "class": "io.livechain.reroute.requested.v1", "custom_details": %s}}""".formatted(data)), event);
    }

    @Test
    void rerouteRequestWithoutDedupKeyIsDedupedPerShipment() {
        String data =
                Events.rerouteRequested("SHP-9").replace("\"dedupKey\": \"reefer-7/cold-chain-temperature\",", "");
        JsonNode event = send(Notices.rerouteRequested(
                Events.record(data, RerouteRequested.class),
                Events.received("ev-5", EventType.Types.REROUTE_REQUESTED, data)));

        assertEquals("shipment/SHP-9/reroute-requested", event.get("dedup_key").asText());
    }

    @Test
    void reroutedShipmentIsOneIncidentPerShipmentTimedByTheEvent() {
        String data = Events.shipmentRerouted("SHP-7");
        JsonNode event = send(Notices.shipmentRerouted(
                Events.record(data, ShipmentRerouted.class),
                Events.received("ev-6", EventType.Types.SHIPMENT_REROUTED, data)));

        assertEquals(Events.json("""
                {"routing_key": "R0UTING-KEY-SECRET", "event_action": "trigger", "dedup_key": "shipment/SHP-7/reroute",
                 "payload": {"summary": "SHP-7: rerouted via DC-HAM → CS-HAN → DC-BER, ETA +45 min: cold storage at CS-HAN",
                   "source": "SHP-7", "severity": "error", "timestamp": "2026-11-27T06:00:05Z",
                   "class": "io.livechain.shipment.rerouted.v1", "custom_details": %s}}""".formatted(data)), event);
    }

    @Test
    void summaryIsCutToPagerDutysLimit() {
        String data = Events.alertRaised("a-long", "INFO")
                .replace("temperature 9.4 CEL above 8 CEL for 10 min", "x".repeat(5000));
        String summary = send(Notices.alertRaised(
                        Events.record(data, AlertRaised.class),
                        Events.received("ev-7", EventType.Types.ALERT_RAISED, data)))
                .at("/payload/summary")
                .asText();

        assertEquals(1024, summary.length());
        assertTrue(summary.startsWith("reefer-7: xxx") && summary.endsWith("…"), summary);
    }
}
