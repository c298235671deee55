package io.livechain.mcp;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpSchema;
import io.smallrye.jwt.build.Jwt;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Agents as the tests play them: the SDK's own client over Streamable HTTP, with a signed bearer token. */
final class Agents {

    static final String SIGNING_KEY = "jwt/test-privateKey.pem";

    private Agents() {}

    static String token(String subject, String... roles) {
        return Jwt.issuer("livechain")
                .subject(subject)
                .upn(subject)
                .groups(Set.of(roles))
                .expiresIn(Duration.ofMinutes(10))
                .sign(SIGNING_KEY);
    }

    static McpSyncClient connect(String baseUrl, String token) {
        return connect(baseUrl, token, contents -> {});
    }

    static McpSyncClient connect(
            String baseUrl, String token, Consumer<List<McpSchema.ResourceContents>> onResourceUpdate) {
        var transport = HttpClientStreamableHttpTransport.builder(baseUrl)
                .endpoint("/mcp")
                .requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer " + token))
                .build();
        McpSyncClient client = McpClient.sync(transport)
                .clientInfo(new McpSchema.Implementation("livechain-test-agent", "1.0"))
                .requestTimeout(Duration.ofSeconds(30))
                .resourcesUpdateConsumer(onResourceUpdate)
                .build();
        client.initialize();
        return client;
    }

    static McpSchema.CallToolResult call(McpSyncClient client, String tool, java.util.Map<String, Object> arguments) {
        return client.callTool(new McpSchema.CallToolRequest(tool, arguments));
    }

    /** The text a tool answered (the JSON document, or the error in words). */
    static String text(McpSchema.CallToolResult result) {
        return ((McpSchema.TextContent) result.content().get(0)).text();
    }
}
