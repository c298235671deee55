package io.livechain.benchmarks.agents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * Tool-call latency of the MCP server on a running local stack, as one agent sees it: the SDK's own
 * client over the gateway's /mcp, one call after the other (an agent waits for each answer), each read
 * tool {@code calls} times after a warm-up, in HdrHistogram. It finds a sku, a location and a shipment
 * among the stack's recent events (run it with the simulator on), so it needs no set-up of its own.
 *
 * <pre>./mvnw -B -q -pl src/benchmarks -Pbench compile exec:java -Dbench.args=mcp-tools [-Dbench.mcp.calls=200]</pre>
 */
public final class McpToolLatency {

    private static final ObjectMapper JSON = new ObjectMapper();

    private McpToolLatency() {}

    public static void run() throws Exception {
        String base = System.getProperty("bench.mcp.url", "http://localhost:8080");
        Path tokenFile = Path.of(System.getProperty("bench.mcp.token-file", ".local-stack/token"));
        int calls = Integer.parseInt(System.getProperty("bench.mcp.calls", "200"));
        String token = Files.readString(tokenFile).strip();
        var transport = HttpClientStreamableHttpTransport.builder(base)
                .endpoint("/mcp")
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + token))
                .build();
        try (McpSyncClient client = McpClient.sync(transport)
                .clientInfo(new McpSchema.Implementation("mcp-tool-latency", "1.0"))
                .requestTimeout(Duration.ofSeconds(30))
                .build()) {
            client.initialize();
            Map<String, Map<String, Object>> tools = callsOf(client);
            Map<String, Histogram> latency = new LinkedHashMap<>();
            for (var tool : tools.entrySet()) {
                Histogram histogram = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
                for (int i = 0; i < calls / 5; i++) {
                    call(client, tool.getKey(), tool.getValue()); // warm-up: JIT and connection pools
                }
                for (int i = 0; i < calls; i++) {
                    long start = System.nanoTime();
                    call(client, tool.getKey(), tool.getValue());
                    histogram.recordValue((System.nanoTime() - start) / 1_000);
                }
                latency.put(tool.getKey(), histogram);
            }
            System.out.printf(
                    "%nMCP tool-call latency at %s, %d calls per tool, one agent, one call at a time%n%n", base, calls);
            System.out.println("| tool | arguments | p50 ms | p99 ms | max ms |");
            System.out.println("|---|---|---:|---:|---:|");
            latency.forEach((tool, h) -> System.out.printf(
                    "| `%s` | `%s` | %.1f | %.1f | %.1f |%n",
                    tool,
                    JSON.valueToTree(tools.get(tool)),
                    h.getValueAtPercentile(50) / 1000.0,
                    h.getValueAtPercentile(99) / 1000.0,
                    h.getMaxValue() / 1000.0));
        }
    }

    /** The read tools with arguments found in the stack's own recent events. */
    private static Map<String, Map<String, Object>> callsOf(McpSyncClient client) throws Exception {
        String since = Instant.now().minus(Duration.ofMinutes(10)).toString();
        JsonNode level = first(client, "io.livechain.inventory.level.v1", since);
        JsonNode planned = first(client, "io.livechain.route.planned.v1", since);
        Map<String, Map<String, Object>> tools = new LinkedHashMap<>();
        String sku = level.path("sku").asText();
        String location = level.path("location").asText();
        tools.put("inventory", Map.of("sku", sku, "location", location));
        tools.put(
                "inventory (asOf)",
                Map.of("sku", sku, "location", location, "asOf", Instant.now().toString()));
        tools.put("replenishment", Map.of("location", location));
        tools.put("open_alerts", Map.of());
        tools.put("shipment", Map.of("id", planned.path("shipmentId").asText()));
        tools.put("recent_events", Map.of("type", "io.livechain.alert.raised.v1", "limit", 20));
        String port = planned.path("route").path("facilityIds").get(1).asText();
        tools.put(
                "what_if",
                Map.of(
                        "shipmentId", planned.path("shipmentId").asText(),
                        "condition", Map.of("kind", "PORT_CONGESTION", "facilityId", port, "extraDelayMinutes", 4320)));
        return tools;
    }

    private static JsonNode first(McpSyncClient client, String type, String since) throws Exception {
        JsonNode events =
                JSON.readTree(call(client, "recent_events", Map.of("type", type, "since", since, "limit", 1)));
        if (events.path("events").isEmpty()) {
            throw new IllegalStateException(
                    "no " + type + " in the last 10 minutes: start the stack with the simulator");
        }
        return events.path("events").get(0).path("data");
    }

    private static String call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        String name = tool.replace(" (asOf)", "");
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(name, arguments));
        String text = ((McpSchema.TextContent) result.content().get(0)).text();
        if (Boolean.TRUE.equals(result.isError())) {
            throw new IllegalStateException(tool + " failed: " + text);
        }
        return text;
    }
}
