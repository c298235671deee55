package io.livechain.notify.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechain.model.AlertRaised;
import io.livechain.model.EventType;
import io.livechain.notify.Events;
import io.livechain.notify.Notices;
import io.livechain.notify.ReceivedEvent;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookPayloadTest {

    private final WebhookPayload payload = new WebhookPayload();
    private final String data = Events.alertRaised("a-1", "CRITICAL");

    private String body(ReceivedEvent event) {
        return payload.body(
                Notices.alertRaised(Events.record(data, AlertRaised.class), event),
                TestChannels.of(ChannelKind.WEBHOOK));
    }

    @Test
    void isTheCloudEventInStructuredMode() {
        assertEquals("application/cloudevents+json", payload.contentType());
        assertEquals(
                Events.json("""
                {"specversion": "1.0", "id": "ev-1", "source": "/livechain/threshold",
                 "type": "io.livechain.alert.raised.v1", "time": "2026-11-27T06:00:05Z",
                 "datacontenttype": "application/json", "partitionkey": "reefer-7", "data": %s}""".formatted(data)),
                Events.json(body(Events.received("ev-1", EventType.Types.ALERT_RAISED, data))));
    }

    @Test
    void keepsOptionalAttributesAndLowerCasesExtensionNames() {
        ReceivedEvent event = new ReceivedEvent(
                "ev-2",
                "/s",
                EventType.Types.ALERT_RAISED,
                OffsetDateTime.parse("2026-11-27T06:00:00.250+01:00"),
                "reefer-7",
                "https://livechain.io/schemas/x.json",
                Map.of("TraceParent", "00-abc-def-01"),
                Events.json(data));

        assertEquals(Events.json("""
                {"specversion": "1.0", "id": "ev-2", "source": "/s", "type": "io.livechain.alert.raised.v1",
                 "time": "2026-11-27T06:00:00.25+01:00", "subject": "reefer-7",
                 "dataschema": "https://livechain.io/schemas/x.json", "datacontenttype": "application/json",
                 "traceparent": "00-abc-def-01", "data": %s}""".formatted(data)), Events.json(body(event)));
    }

    @Test
    void leavesTimeOutWhenTheEventHasNone() {
        ReceivedEvent event = new ReceivedEvent(
                "ev-3", "/s", EventType.Types.ALERT_RAISED, null, null, null, Map.of(), Events.json(data));

        assertEquals(Events.json("""
                {"specversion": "1.0", "id": "ev-3", "source": "/s", "type": "io.livechain.alert.raised.v1",
                 "datacontenttype": "application/json", "data": %s}""".formatted(data)), Events.json(body(event)));
    }
}
