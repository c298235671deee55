package io.livechain.e2e;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelcontextprotocol.spec.McpSchema;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An agent on the whole system through the gateway's /mcp, with the MCP SDK's own client: every tool
 * answers from the real services, and a warm reading reaches a subscriber of the open alerts as it is
 * raised (broker → Trigger → mcp → the agent's session stream).
 */
class McpE2eTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static E2eStack e2e;
    private static McpAgent agent;
    private static final List<List<McpSchema.ResourceContents>> HEARD = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void connect() {
        e2e = E2eStack.get();
        agent = new McpAgent(e2e.url(), e2e.stack.token(), HEARD::add);
    }

    @AfterAll
    static void disconnect() {
        agent.close();
    }

    @Test
    void everyToolIsListed() {
        assertEquals(
                List.of(
                        "acknowledge_alert",
                        "inventory",
                        "open_alerts",
                        "recent_events",
                        "replenishment",
                        "request_maintenance",
                        "request_reroute",
                        "shipment",
                        "what_if"),
                agent.client.listTools().tools().stream()
                        .map(McpSchema.Tool::name)
                        .sorted()
                        .toList());
    }

    @Test
    void aSubscriberHearsOfAWarmReadingsAlertAndAcknowledgesIt() {
        String asset = "mcp-reefer-" + System.nanoTime();
        agent.client.subscribeResource(new McpSchema.SubscribeRequest("livechain://alerts/open"));

        Scans.sendEvent(e2e.url(), asset + "-r1", "io.livechain.sensor.reading.v1", """
                        {"deviceId": "TL-9", "assetId": "%s", "metric": "temperature", "value": 16.5, "unit": "CEL",
                         "time": "%s", "profile": "refrigerated"}""".formatted(asset, Instant.now()))
                .statusCode(202);

        // The notification comes unasked: the client reads the resource again and hands over its contents.
        await().atMost(PATIENCE)
                .until(() -> HEARD.stream()
                        .flatMap(List::stream)
                        .anyMatch(
                                c -> ((McpSchema.TextResourceContents) c).text().contains(asset)));

        JsonNode open = agent.call("open_alerts", Map.of("asset", asset));
        assertEquals(1, open.path("count").asInt(), open.toString());
        String alertId = open.path("alerts").get(0).path("alertId").asText();

        JsonNode acked = agent.call("acknowledge_alert", Map.of("id", alertId, "by", "e2e-agent"));
        assertTrue(acked.path("acknowledged").asBoolean(), acked.toString());
        assertEquals("e2e-agent", acked.path("ackedBy").asText());

        JsonNode raised = agent.call(
                "recent_events",
                Map.of(
                        "type",
                        "io.livechain.alert.raised.v1",
                        "since",
                        Instant.now().minusSeconds(120).toString()));
        assertTrue(
                StreamSupport.stream(raised.path("events").spliterator(), false)
                        .anyMatch(
                                e -> asset.equals(e.path("data").path("assetId").asText())),
                raised.toString());
    }

    @Test
    void inventoryNowAndAsOfAnEarlierEventTime() {
        String sku = "MCP-SKU-" + System.nanoTime();
        Scans.send(e2e.url(), sku + "-1", Scans.scan(sku, "DC-MCP", "12", "receiving", "2026-11-30T08:00:00Z"))
                .statusCode(202);
        Scans.send(e2e.url(), sku + "-2", Scans.scan(sku, "DC-MCP", "5", "shipping", "2026-11-30T10:00:00Z"))
                .statusCode(202);
        await().atMost(PATIENCE)
                .ignoreExceptions()
                .until(() -> agent.call("inventory", Map.of("sku", sku))
                                .path("total")
                                .asInt()
                        == 7);

        JsonNode then =
                agent.call("inventory", Map.of("sku", sku, "location", "DC-MCP", "asOf", "2026-11-30T09:00:00Z"));
        assertEquals(12, then.path("onHand").asInt(), then.toString());
        JsonNode everywhereThen = agent.call("inventory", Map.of("sku", sku, "asOf", "2026-11-30T09:00:00Z"));
        assertEquals(12, everywhereThen.path("locations").get(0).path("onHand").asInt(), everywhereThen.toString());
    }
}
