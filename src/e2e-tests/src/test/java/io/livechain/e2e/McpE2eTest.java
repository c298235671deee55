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

    @Test
    void replenishmentFollowsDemandAndASuggestionFollowsTheCrossing() {
        String sku = "MCP-REPL-" + System.nanoTime();
        Instant today =
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(Duration.ofHours(6));
        Scans.send(
                        e2e.url(),
                        sku + "-in",
                        Scans.scan(
                                sku,
                                "DEBER-DC",
                                "100",
                                "receiving",
                                today.minus(Duration.ofDays(9)).toString()))
                .statusCode(202);
        for (int day = 8; day >= 1; day--) {
            Scans.send(
                            e2e.url(),
                            sku + "-out-" + day,
                            Scans.scan(
                                    sku,
                                    "DEBER-DC",
                                    "10",
                                    "shipping",
                                    today.minus(Duration.ofDays(day)).toString()))
                    .statusCode(202);
        }
        await().atMost(PATIENCE)
                .ignoreExceptions()
                .until(() -> position(sku) != null && position(sku).has("reorderPoint"));
        JsonNode before = position(sku);
        assertEquals(20, before.path("onHand").asInt(), before.toString());
        assertTrue(before.path("demandPerDay").asDouble() > 0, before.toString());

        Scans.send(e2e.url(), sku + "-out-0", Scans.scan(sku, "DEBER-DC", "20", "shipping", today.toString()))
                .statusCode(202);
        await().atMost(PATIENCE).ignoreExceptions().until(() -> suggestions(sku) > 0);
        JsonNode after = position(sku);
        assertTrue(after.path("belowReorderPoint").asBoolean(), after.toString());
        assertTrue(after.path("suggestedQuantity").asDouble() > 0, after.toString());
    }

    private static JsonNode position(String sku) {
        for (JsonNode position :
                agent.call("replenishment", Map.of("location", "DEBER-DC")).path("positions")) {
            if (sku.equals(position.path("sku").asText())) {
                return position;
            }
        }
        return null;
    }

    private static long suggestions(String sku) {
        JsonNode events = agent.call(
                "recent_events",
                Map.of(
                        "type",
                        "io.livechain.replenishment.suggested.v1",
                        "since",
                        Instant.now().minusSeconds(300).toString(),
                        "limit",
                        200));
        return StreamSupport.stream(events.path("events").spliterator(), false)
                .filter(e -> sku.equals(e.path("data").path("sku").asText()))
                .count();
    }

    @Test
    void whatIfChangesNothingAndARequestedRerouteShowsWhoAsked() {
        String id = "MCP-SHP-" + System.nanoTime();
        Scans.sendEvent(e2e.url(), id, "io.livechain.shipment.created.v1", """
                        {"shipmentId": "%s", "origin": "AEDXB-DC", "destination": "DEMUC-DC", "reeferRequired": false,
                         "modes": ["sea", "rail", "road"], "readyAt": "%s"}""".formatted(
                                id, Instant.now().plus(Duration.ofDays(1))))
                .statusCode(202);
        await().atMost(PATIENCE)
                .ignoreExceptions()
                .until(() -> agent.call("shipment", Map.of("id", id)).has("route"));
        JsonNode planned = agent.call("shipment", Map.of("id", id));
        List<String> route = StreamSupport.stream(
                        planned.path("route").path("facilityIds").spliterator(), false)
                .map(JsonNode::asText)
                .toList();
        String port = e2e.lastPortAfterOrigin(route);

        JsonNode whatIf = agent.call(
                "what_if",
                Map.of(
                        "shipmentId",
                        id,
                        "condition",
                        // Closed (no delay given) until long after the shipment would get there: the route cannot
                        // pass it (a shorter closure is waited out), whatever else the shared stack holds.
                        Map.of(
                                "kind",
                                "CLOSURE",
                                "facilityId",
                                port,
                                "validUntil",
                                Instant.now().plus(Duration.ofDays(60)).toString())));
        assertEquals("REROUTE", whatIf.path("decision").asText(), whatIf.toString());
        assertTrue(!whatIf.path("proposed").path("facilityIds").toString().contains(port), whatIf.toString());
        assertEquals(
                planned.path("history").size(),
                agent.call("shipment", Map.of("id", id)).path("history").size(),
                "a dry run");

        agent.call(
                "request_reroute",
                Map.of("shipmentId", id, "reason", "the receiver wants it cold", "requiredCapability", "cold-storage"));
        await().atMost(PATIENCE)
                .until(() ->
                        agent.call("shipment", Map.of("id", id)).path("history").size()
                                == planned.path("history").size() + 1);
        JsonNode history = agent.call("shipment", Map.of("id", id)).path("history");
        assertEquals(
                "/agents/local-admin",
                history.get(history.size() - 1).path("requestedBy").asText(),
                history.toString());
    }

    @Test
    void aRequestedMaintenanceIsAnOpenAlertNamingWhoAsked() {
        String asset = "mcp-compressor-" + System.nanoTime();
        JsonNode accepted = agent.call(
                "request_maintenance", Map.of("assetId", asset, "reason", "it rattles", "metric", "vibration"));
        assertEquals("/agents/local-admin", accepted.path("source").asText());
        await().atMost(PATIENCE)
                .until(() -> agent.call("open_alerts", Map.of("asset", asset))
                                .path("count")
                                .asInt()
                        == 1);
        JsonNode alert =
                agent.call("open_alerts", Map.of("asset", asset)).path("alerts").get(0);
        assertEquals("maintenance-requested", alert.path("rule").asText());
        assertTrue(alert.path("summary").asText().contains("/agents/local-admin"), alert.toString());
    }
}
