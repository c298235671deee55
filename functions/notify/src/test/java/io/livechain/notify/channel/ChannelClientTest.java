package io.livechain.notify.channel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.model.AlertRaised;
import io.livechain.model.EventType;
import io.livechain.notify.ChannelServer;
import io.livechain.notify.Events;
import io.livechain.notify.Notice;
import io.livechain.notify.Notices;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The HTTP side of a delivery against real local servers: what counts as delivered, and how long it may take. */
class ChannelClientTest {

    private static final Duration TIMEOUT = Duration.ofMillis(300);

    private final ChannelClient client = new ChannelClient(TIMEOUT);
    private final ChannelServer server = ChannelServer.answering(202);
    private final String data = Events.alertRaised("a-1", "CRITICAL");
    private final Notice notice = Notices.alertRaised(
            Events.record(data, AlertRaised.class), Events.received("ev-1", EventType.Types.ALERT_RAISED, data));

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static Channel webhook(String name, URI url) {
        return new Channel(name, ChannelKind.WEBHOOK, url, null, Set.of());
    }

    private DeliveryResult deliverTo(Channel channel) {
        return client.deliver(notice, List.of(channel)).get(0);
    }

    @Test
    void anyTwoHundredIsDelivered() {
        server.answer(204);
        DeliveryResult result = deliverTo(webhook("ops", server.url("/hook")));

        assertTrue(result.delivered());
        assertEquals(204, result.status());
        ChannelServer.Request request = server.received().get(0);
        assertEquals("POST", request.method());
        assertEquals("/hook", request.path());
        assertEquals("application/cloudevents+json", request.contentType());
    }

    @Test
    void errorStatusIsNotDelivered() {
        server.answer(503);
        DeliveryResult result = deliverTo(webhook("ops", server.url("/hook")));

        assertFalse(result.delivered());
        assertEquals("HTTP 503", result.problem());
    }

    @Test
    void redirectIsNotFollowedAndNotDelivered() {
        server.answer(301);
        assertEquals("HTTP 301", deliverTo(webhook("ops", server.url("/hook"))).problem());
    }

    @Test
    void refusedConnectionIsNotDelivered() {
        URI closed = server.url("/hook");
        server.close();

        assertEquals("connection refused", deliverTo(webhook("ops", closed)).problem());
    }

    @Test
    void hungChannelTimesOutWithoutHoldingUpTheOthers() {
        ChannelServer hung = ChannelServer.answering(202);
        hung.holdAnswers();
        try {
            List<DeliveryResult> results = assertTimeoutPreemptively(
                    Duration.ofSeconds(5),
                    () -> client.deliver(
                            notice, List.of(webhook("hung", hung.url("/h")), webhook("ok", server.url("/o")))));

            assertEquals("no answer within 300 ms", results.get(0).problem());
            assertTrue(results.get(1).delivered());
        } finally {
            hung.close();
        }
    }
}
