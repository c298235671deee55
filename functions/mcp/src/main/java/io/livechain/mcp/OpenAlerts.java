package io.livechain.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.mcp.access.Callers;
import io.livechain.mcp.tools.ReadTools;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** The open alerts as a resource: read it for the list, subscribe to it to hear when it changes. */
@ApplicationScoped
public class OpenAlerts {

    public static final String URI = "livechain://alerts/open";

    private final Callers callers;
    private final ReadTools reads;
    private final ObjectMapper mapper;

    public OpenAlerts(Callers callers, ReadTools reads, ObjectMapper mapper) {
        this.callers = callers;
        this.reads = reads;
        this.mapper = mapper;
    }

    SyncResourceSpecification specification() {
        McpSchema.Resource resource = McpSchema.Resource.builder()
                .uri(URI)
                .name("open-alerts")
                .title("Open alerts")
                .description("Every alert not yet resolved (cold chain, machine drift, low stock), newest first, as"
                        + " JSON. Subscribers are notified when an alert is raised or resolved.")
                .mimeType("application/json")
                .build();
        return new SyncResourceSpecification(resource, (exchange, request) -> {
            var alerts = reads.openAlerts(callers.of(exchange.transportContext()), Optional.empty());
            try {
                return new McpSchema.ReadResourceResult(List.of(new McpSchema.TextResourceContents(
                        URI, "application/json", mapper.writeValueAsString(alerts))));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
