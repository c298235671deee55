package io.livechain.notify.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.livechain.model.AlertRaised;
import io.livechain.model.AlertResolved;
import io.livechain.model.EventType;
import io.livechain.model.MaintenanceRequested;
import io.livechain.notify.Events;
import io.livechain.notify.Notice;
import io.livechain.notify.Notices;
import org.junit.jupiter.api.Test;

class SlackPayloadTest {

    private final SlackPayload payload = new SlackPayload();

    private JsonNode send(Notice notice) {
        return Events.json(payload.body(notice, TestChannels.of(ChannelKind.SLACK)));
    }

    private static Notice alert(String data) {
        return Notices.alertRaised(
                Events.record(data, AlertRaised.class), Events.received("ev-1", EventType.Types.ALERT_RAISED, data));
    }

    @Test
    void textIsOneLineWithSeverityAndAsset() {
        JsonNode message = send(alert(Events.alertRaised("a-1", "CRITICAL")));

        assertEquals("application/json", payload.contentType());
        assertEquals(
                "[CRITICAL] reefer-7: temperature 9.4 CEL above 8 CEL for 10 min",
                message.get("text").asText());
    }

    @Test
    void detailsAreOneMrkdwnSection() {
        JsonNode blocks = send(alert(Events.alertRaised("a-1", "INFO"))).get("blocks");

        assertEquals(Events.json("""
                [{"type": "section", "text": {"type": "mrkdwn", "text":
                  "*[INFO] reefer-7: temperature 9.4 CEL above 8 CEL for 10 min*\\n*Rule:* cold-chain-temperature\\n*Shipment:* SHP-1\\n*Raised at:* 2026-11-27T06:00:00Z\\n*Alert:* a-1\\n_io.livechain.alert.raised.v1 ev-1_"}}]"""), blocks);
    }

    @Test
    void resolvedAlertSaysResolved() {
        String data = Events.alertResolved("a-1");
        JsonNode message = send(Notices.alertResolved(
                Events.record(data, AlertResolved.class),
                Events.received("ev-2", EventType.Types.ALERT_RESOLVED, data)));

        assertEquals(
                "[RESOLVED] reefer-7: temperature back to 5.1 CEL",
                message.get("text").asText());
    }

    @Test
    void maintenanceRequestIsAWarningWithItsFigures() {
        String data = Events.maintenanceRequested("req-1");
        JsonNode message = send(Notices.maintenanceRequested(
                Events.record(data, MaintenanceRequested.class),
                Events.received("ev-3", EventType.Types.MAINTENANCE_REQUESTED, data)));

        assertEquals(
                "[WARNING] press-4: maintenance requested for vibration: anomaly score 4.2 over 24 h",
                message.get("text").asText());
        String details = message.at("/blocks/0/text/text").asText();
        assertTrue(details.contains("*Value:* 7.9\n*Baseline:* 3.1\n*z-score:* 4.2"), details);
    }

    @Test
    void markupInEventTextIsEscaped() {
        JsonNode message = send(alert(Events.alertRaised("a-1", "WARNING")
                .replace("temperature 9.4 CEL above 8 CEL for 10 min", "<!channel> T > 8 & rising")));

        assertEquals(
                "[WARNING] reefer-7: &lt;!channel&gt; T &gt; 8 &amp; rising",
                message.get("text").asText());
    }
}
