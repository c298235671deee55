package io.livechain.mcp.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livechain.kit.BrokerSink;
import io.livechain.mcp.McpSettings;
import io.livechain.mcp.access.Caller;
import io.livechain.model.EventSchemas;
import io.livechain.model.EventType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * An agent's requests as catalogue events posted to the broker: source {@code /agents/<token subject>}
 * (who asked, from the verified token, not from what the agent says), checked against the catalogue's
 * schema before they leave, and answered once the broker stored them.
 */
@ApplicationScoped
public class AgentRequests {

    private final BrokerSink broker;
    private final EventSchemas schemas;
    private final ObjectMapper mapper;

    public AgentRequests(McpSettings settings, ObjectMapper mapper) {
        this.broker = new BrokerSink(settings.sink(), settings.timeout(), mapper);
        this.schemas = new EventSchemas();
        this.mapper = mapper;
    }

    JsonNode reroute(Caller caller, Args args) {
        String shipmentId = args.required("shipmentId");
        String id = args.optional("requestId").orElseGet(() -> UUID.randomUUID().toString());
        ObjectNode data = mapper.createObjectNode()
                .put("shipmentId", shipmentId)
                .put("reason", args.required("reason"))
                .put("requestedAt", Instant.now().toString());
        args.optional("requiredCapability").ifPresent(capability -> data.put("requiredCapability", capability));
        return post(caller, EventType.REROUTE_REQUESTED, id, shipmentId, data);
    }

    JsonNode maintenance(Caller caller, Args args) {
        String assetId = args.required("assetId");
        String id = args.optional("requestId").orElseGet(() -> UUID.randomUUID().toString());
        ObjectNode data = mapper.createObjectNode()
                .put("requestId", id)
                .put("dedupKey", assetId + "/maintenance-requested")
                .put("assetId", assetId)
                .put("metric", args.optional("metric").orElse("unspecified"))
                .put("reason", args.required("reason"))
                .put("requestedAt", Instant.now().toString());
        return post(caller, EventType.MAINTENANCE_REQUESTED, id, assetId, data);
    }

    private JsonNode post(Caller caller, EventType type, String id, String partitionKey, ObjectNode data) {
        var problems = schemas.validate(type, data);
        if (!problems.isEmpty()) {
            throw new BadArgumentException(
                    type.type(),
                    problems.stream().map(Object::toString).collect(java.util.stream.Collectors.joining("; ")));
        }
        broker.post(new BrokerSink.Event(
                id, type.type(), caller.eventSource(), partitionKey, Instant.now(), "application/json", data, null));
        ObjectNode answer = mapper.createObjectNode()
                .put("accepted", true)
                .put("type", type.type())
                .put("source", caller.eventSource())
                .put("id", id);
        answer.set("data", data);
        return answer;
    }
}
