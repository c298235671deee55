package io.livechain.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.mcp.access.Callers;
import io.livechain.mcp.tools.ActionTools;
import io.livechain.mcp.tools.EventTools;
import io.livechain.mcp.tools.ReadTools;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.quarkus.runtime.Shutdown;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The MCP server: Streamable HTTP with sessions (a session is what a resource subscription and its
 * notifications belong to), the tools, and the open alerts as a subscribable resource.
 */
@Singleton
public class AgentServer {

    static final String VERSION = "0.1.0";
    static final String INSTRUCTIONS = "Livechain is a live supply chain: exact perpetual inventory, cold-chain and"
            + " machine alerts, shipments routed over a global network under live conditions. Read with inventory,"
            + " replenishment, open_alerts, shipment and recent_events; plan with what_if (changes nothing); act with"
            + " acknowledge_alert, request_reroute and request_maintenance (need the operator role; every request is"
            + " recorded with your identity). Subscribe to livechain://alerts/open to hear of new and resolved alerts.";

    private final HttpServletStreamableServerTransportProvider transport;
    private final McpSyncServer server;

    public AgentServer(
            ObjectMapper mapper, ReadTools reads, ActionTools actions, EventTools events, OpenAlerts openAlerts) {
        JacksonMcpJsonMapper json = new JacksonMcpJsonMapper(mapper);
        this.transport = HttpServletStreamableServerTransportProvider.builder()
                .jsonMapper(json)
                .mcpEndpoint("/mcp")
                .contextExtractor(Callers::context)
                // Proxies close a silent stream; a ping every 25 s keeps a subscriber's stream open.
                .keepAliveInterval(Duration.ofSeconds(25))
                .build();
        List<io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification> tools = new ArrayList<>();
        tools.addAll(reads.specifications());
        tools.addAll(actions.specifications());
        tools.addAll(events.specifications());
        this.server = McpServer.sync(transport)
                .jsonMapper(json)
                .serverInfo("livechain", VERSION)
                .instructions(INSTRUCTIONS)
                .capabilities(McpSchema.ServerCapabilities.builder()
                        .tools(false)
                        .resources(true, false)
                        .build())
                .tools(tools)
                .resources(openAlerts.specification())
                .requestTimeout(Duration.ofSeconds(30))
                .build();
    }

    HttpServletStreamableServerTransportProvider transport() {
        return transport;
    }

    /** Tells every session subscribed to {@code uri} that it changed (they read it again). */
    public void resourceUpdated(String uri) {
        server.notifyResourcesUpdated(new McpSchema.ResourcesUpdatedNotification(uri));
    }

    @Shutdown
    void close() {
        server.closeGracefully();
    }
}
