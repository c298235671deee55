package io.livechain.mcp;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.testsupport.EmbeddedKafkaResource;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The MCP server through the SDK's own client: tools, their errors, roles, the events it posts, the
 * broker topic it reads (a real embedded Kafka) and the subscription to open alerts. read-api and
 * reroute are a fake here; McpE2eTest runs the same client against the whole system.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(DownstreamResource.class)
class McpServerTest {

    static final List<String> TOOLS = List.of(
            "acknowledge_alert",
            "inventory",
            "open_alerts",
            "recent_events",
            "replenishment",
            "request_maintenance",
            "request_reroute",
            "shipment",
            "what_if");

    @TestHTTPResource("/")
    URL base;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    final ObjectMapper mapper = new ObjectMapper();
    McpSyncClient client;

    @BeforeEach
    void reset() {
        DownstreamResource.services.reset();
        DownstreamResource.broker.clear();
        DownstreamResource.broker.answer(202);
    }

    @AfterEach
    void close() {
        if (client != null) {
            client.closeGracefully();
        }
    }

    private McpSyncClient agent(String... roles) {
        client = Agents.connect(baseUrl(), Agents.token("planner-bot", roles));
        return client;
    }

    private String baseUrl() {
        return base.toString().replaceAll("/$", "");
    }

    @Test
    void everyToolIsListedWithADescriptionAndAnObjectSchema() {
        var listed = agent("viewer").listTools().tools();

        assertEquals(TOOLS, listed.stream().map(McpSchema.Tool::name).sorted().toList());
        for (McpSchema.Tool tool : listed) {
            assertTrue(tool.description().length() > 60, tool.name() + " needs a description a model can use");
            assertEquals("object", tool.inputSchema().get("type"), tool.name());
        }
        var inventory = listed.stream()
                .filter(tool -> tool.name().equals("inventory"))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of("sku"), inventory.inputSchema().get("required"));
        assertTrue(((Map<?, ?>) inventory.inputSchema().get("properties"))
                .keySet()
                .containsAll(List.of("sku", "location", "asOf")));
        assertTrue(client.getServerCapabilities().resources().subscribe());
        assertEquals(
                List.of(OpenAlerts.URI),
                client.listResources().resources().stream()
                        .map(McpSchema.Resource::uri)
                        .toList());
    }

    @Test
    void withoutAValidTokenTheEndpointAnswers401() {
        given().contentType("application/json")
                .accept("application/json, text/event-stream")
                .body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}")
                .post("/mcp")
                .then()
                .statusCode(401);
        given().header("Authorization", "Bearer not.a.token")
                .contentType("application/json")
                .body("{}")
                .post("/mcp")
                .then()
                .statusCode(401);
    }

    @Test
    void readsGoToReadApiWithTheAgentsOwnToken() throws Exception {
        DownstreamResource.services.answer(
                "GET",
                "/api/inventory/4006381333931/DC-BERLIN?asOf=2026-12-01T08%3A00%3A00Z",
                200,
                "{\"sku\":\"4006381333931\",\"location\":\"DC-BERLIN\",\"onHand\":7}");
        String token = Agents.token("planner-bot", "viewer");
        client = Agents.connect(baseUrl(), token);

        var result = Agents.call(
                client,
                "inventory",
                Map.of("sku", "4006381333931", "location", "DC-BERLIN", "asOf", "2026-12-01T09:00:00+01:00"));

        assertFalse(result.isError(), Agents.text(result));
        assertEquals(7, mapper.readTree(Agents.text(result)).path("onHand").asInt());
        assertEquals(1, DownstreamResource.services.calls().size());
        assertEquals(
                "Bearer " + token, DownstreamResource.services.calls().get(0).authorization());
    }

    @Test
    void aBadArgumentIsAToolErrorNamingIt() {
        var result = Agents.call(agent("viewer"), "inventory", Map.of("sku", "X", "asOf", "yesterday"));

        assertTrue(result.isError());
        assertTrue(Agents.text(result).startsWith("asOf: not an RFC 3339 date-time"), Agents.text(result));
        assertTrue(DownstreamResource.services.calls().isEmpty());
    }

    @Test
    void readApisRefusalReachesTheAgentInItsOwnWords() {
        DownstreamResource.services.answer(
                "GET", "/api/shipments/SHP-404", 404, "{\"message\":\"no shipment SHP-404\"}");

        var result = Agents.call(agent("viewer"), "shipment", Map.of("id", "SHP-404"));

        assertTrue(result.isError());
        assertEquals("not found: no shipment SHP-404", Agents.text(result));
    }

    @Test
    void actionsNeedTheOperatorRole() {
        var result = Agents.call(
                agent("viewer"), "request_maintenance", Map.of("assetId", "compressor-7", "reason", "noisy"));

        assertTrue(result.isError());
        assertTrue(Agents.text(result).contains("'operator' role"), Agents.text(result));
        assertTrue(Agents.text(result).contains("planner-bot"), Agents.text(result));
        assertTrue(DownstreamResource.broker.requests().isEmpty());
    }

    @Test
    void aMaintenanceRequestIsACatalogueEventWithTheAgentAsSource() throws Exception {
        var result = Agents.call(
                agent("viewer", "operator"),
                "request_maintenance",
                Map.of(
                        "assetId", "compressor-7",
                        "reason", "current drifting up for an hour",
                        "metric", "current",
                        "requestId", "req-1"));

        assertFalse(result.isError(), Agents.text(result));
        assertEquals(1, DownstreamResource.broker.requests().size());
        JsonNode event =
                mapper.readTree(DownstreamResource.broker.requests().get(0).body());
        assertEquals("io.livechain.maintenance.requested.v1", event.path("type").asText());
        assertEquals("/agents/planner-bot", event.path("source").asText());
        assertEquals("req-1", event.path("id").asText());
        assertEquals("compressor-7", event.path("data").path("assetId").asText());
        assertEquals(
                "current drifting up for an hour",
                event.path("data").path("reason").asText());
    }

    @Test
    void aRerouteRequestIsACatalogueEventWithTheAgentAsSource() throws Exception {
        var result = Agents.call(
                agent("operator"),
                "request_reroute",
                Map.of("shipmentId", "SHP-1", "reason", "reefer warming", "requiredCapability", "cold-storage"));

        assertFalse(result.isError(), Agents.text(result));
        JsonNode event =
                mapper.readTree(DownstreamResource.broker.requests().get(0).body());
        assertEquals("io.livechain.reroute.requested.v1", event.path("type").asText());
        assertEquals("/agents/planner-bot", event.path("source").asText());
        assertEquals("SHP-1", event.path("data").path("shipmentId").asText());
        assertEquals(
                "cold-storage", event.path("data").path("requiredCapability").asText());
    }

    @Test
    void whatIfAsksReroutesDryRunWithTheConditionCompleted() throws Exception {
        DownstreamResource.services.answer("POST", "/what-if", 200, "{\"shipmentId\":\"SHP-1\",\"decision\":\"KEEP\"}");

        var result = Agents.call(
                agent("viewer"),
                "what_if",
                Map.of(
                        "shipmentId",
                        "SHP-1",
                        "condition",
                        Map.of("kind", "PORT_CONGESTION", "facilityId", "GRPIR-PORT", "extraDelayMinutes", 4320)));

        assertFalse(result.isError(), Agents.text(result));
        assertEquals(
                "KEEP", mapper.readTree(Agents.text(result)).path("decision").asText());
        JsonNode sent =
                mapper.readTree(DownstreamResource.services.calls().get(0).body());
        assertEquals("SHP-1", sent.path("shipmentId").asText());
        JsonNode condition = sent.path("condition");
        assertEquals("/agents/planner-bot", condition.path("source").asText());
        assertTrue(condition.path("conditionId").asText().startsWith("what-if-"));
        assertTrue(Instant.parse(condition.path("validUntil").asText())
                .isAfter(Instant.parse(condition.path("validFrom").asText())));
    }

    @Test
    void recentEventsReadsTheBrokersTopicByType() throws Exception {
        Instant since = Instant.now().minusSeconds(1);
        try (var producer = new KafkaProducer<byte[], byte[]>(producerProperties())) {
            producer.send(record("e-1", "io.livechain.scan.v1", "{\"sku\":\"A\"}"))
                    .get();
            producer.send(record("e-2", "io.livechain.alert.raised.v1", "{\"alertId\":\"a-1\"}"))
                    .get();
            producer.send(record("e-3", "io.livechain.alert.raised.v1", "{\"alertId\":\"a-2\"}"))
                    .get();
        }

        var result = Agents.call(
                agent("viewer"),
                "recent_events",
                Map.of("type", "io.livechain.alert.raised.v1", "since", since.toString(), "limit", 5));

        assertFalse(result.isError(), Agents.text(result));
        JsonNode answer = mapper.readTree(Agents.text(result));
        assertEquals(2, answer.path("events").size(), answer.toString());
        assertEquals("e-2", answer.path("events").get(0).path("id").asText());
        assertEquals("e-3", answer.path("events").get(1).path("id").asText());
        assertEquals(
                "a-2", answer.path("events").get(1).path("data").path("alertId").asText());
        assertTrue(answer.path("complete").asBoolean());
    }

    @Test
    void subscribersHearWhenAnAlertIsRaised() {
        DownstreamResource.services.answer(
                "GET",
                "/api/alerts?status=open",
                200,
                "[{\"id\":\"a-1\",\"assetId\":\"reefer-42\",\"status\":\"open\"}]");
        List<List<McpSchema.ResourceContents>> heard = new CopyOnWriteArrayList<>();
        client = Agents.connect(baseUrl(), Agents.token("watcher", "viewer"), heard::add);
        client.subscribeResource(new McpSchema.SubscribeRequest(OpenAlerts.URI));

        given().header("ce-specversion", "1.0")
                .header("ce-id", "raise-1")
                .header("ce-source", "/threshold")
                .header("ce-type", "io.livechain.alert.raised.v1")
                .contentType("application/json")
                .body("{}")
                .post("/events")
                .then()
                .statusCode(204);

        await().atMost(Duration.ofSeconds(10)).until(() -> !heard.isEmpty());
        var contents = (McpSchema.TextResourceContents) heard.get(0).get(0);
        assertEquals(OpenAlerts.URI, contents.uri());
        assertTrue(contents.text().contains("reefer-42"), contents.text());
    }

    private ProducerRecord<byte[], byte[]> record(String id, String type, String data) {
        var record = new ProducerRecord<>(
                "knative-broker-livechain-default",
                null,
                id.getBytes(StandardCharsets.UTF_8),
                data.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_source", "/test".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private Properties producerProperties() {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        properties.put("key.serializer", ByteArraySerializer.class.getName());
        properties.put("value.serializer", ByteArraySerializer.class.getName());
        return properties;
    }
}
