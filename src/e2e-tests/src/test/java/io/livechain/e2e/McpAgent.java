package io.livechain.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** An AI agent as the end-to-end tests play it: the MCP Java SDK's own client at the stack's /mcp. */
final class McpAgent implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final McpSyncClient client;

    McpAgent(String baseUrl, String token, Consumer<List<McpSchema.ResourceContents>> onResourceUpdate) {
        var transport = HttpClientStreamableHttpTransport.builder(baseUrl)
                .endpoint("/mcp")
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + token))
                .build();
        client = McpClient.sync(transport)
                .clientInfo(new McpSchema.Implementation("e2e-agent", "1.0"))
                .requestTimeout(Duration.ofSeconds(30))
                .resourcesUpdateConsumer(onResourceUpdate)
                .build();
        client.initialize();
    }

    /** Calls {@code tool}; the JSON it answered, or an AssertionError with the tool's error. */
    JsonNode call(String tool, Map<String, Object> arguments) {
        McpSchema.CallToolResult result = client.callTool(new McpSchema.CallToolRequest(tool, arguments));
        String text = ((McpSchema.TextContent) result.content().get(0)).text();
        if (Boolean.TRUE.equals(result.isError())) {
            throw new AssertionError(tool + " " + arguments + " failed: " + text);
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        client.closeGracefully();
    }
}
