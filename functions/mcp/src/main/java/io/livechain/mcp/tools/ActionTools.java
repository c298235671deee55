package io.livechain.mcp.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livechain.mcp.access.Caller;
import io.livechain.mcp.downstream.Downstream;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The tools that act or plan: an ack goes through read-api (its operator check), a what-if is reroute's
 * dry run, and requests are CloudEvents into the broker with the agent as source, so they take the same
 * Triggers as any other and show who asked.
 */
@ApplicationScoped
public class ActionTools {

    static final Duration WHAT_IF_VALIDITY = Duration.ofDays(7);

    private final ToolSpecs specs;
    private final Downstream downstream;
    private final AgentRequests requests;
    private final ObjectMapper mapper;

    public ActionTools(ToolSpecs specs, Downstream downstream, AgentRequests requests, ObjectMapper mapper) {
        this.specs = specs;
        this.downstream = downstream;
        this.requests = requests;
        this.mapper = mapper;
    }

    public List<SyncToolSpecification> specifications() {
        return List.of(
                specs.tool(
                        "acknowledge_alert",
                        "Acknowledge an alert",
                        "Marks an open alert as acknowledged by someone (it stays open until its condition clears)."
                                + " Acknowledging again changes nothing. Needs the operator role.",
                        """
                        {"type": "object", "properties": {
                          "id": {"type": "string", "description": "The alert id, as open_alerts lists it."},
                          "by": {"type": "string", "description": "Who acknowledges, e.g. the on-call engineer or this agent's name; defaults to the token's subject."}
                        }, "required": ["id"], "additionalProperties": false}
                        """,
                        false,
                        this::acknowledge),
                specs.tool(
                        "what_if",
                        "What if: replan under a condition",
                        "Asks the route planner what it would do to a shipment if a condition (port congestion, weather,"
                                + " closure, strike, traffic) held on a facility or lane: keep the route or reroute, with the"
                                + " proposed route and the ETA change. A dry run: nothing is stored or sent.",
                        whatIfSchema(),
                        true,
                        this::whatIf),
                specs.tool(
                        "request_reroute",
                        "Request a reroute",
                        "Asks the route planner to replan a shipment now under live conditions (or, with"
                                + " requiredCapability, to divert it to the nearest reachable facility offering it, e.g."
                                + " cold-storage). Sent as an event into the broker with this agent as its source; the"
                                + " shipment's history shows the outcome and who asked. Needs the operator role.",
                        """
                        {"type": "object", "properties": {
                          "shipmentId": {"type": "string", "description": "The shipment, e.g. SHP-1."},
                          "reason": {"type": "string", "description": "Why, in a sentence the on-call team will read."},
                          "requiredCapability": {"type": "string", "description": "Divert to the nearest facility with this capability, e.g. cold-storage, reefer-plugs, pharma-gdp; omit to replan to the destination."},
                          "requestId": {"type": "string", "description": "Optional id of this request: calling again with the same id asks only once."}
                        }, "required": ["shipmentId", "reason"], "additionalProperties": false}
                        """,
                        false,
                        (caller, args) -> requests.reroute(caller.require(Caller.OPERATOR), args)),
                specs.tool(
                        "request_maintenance",
                        "Request maintenance",
                        "Asks for a machine or reefer to be serviced: the on-call team is told, and an open alert"
                                + " shows the request and who asked. Sent as an event into the broker with this agent as its"
                                + " source. Needs the operator role.",
                        """
                        {"type": "object", "properties": {
                          "assetId": {"type": "string", "description": "The asset, e.g. reefer-42 or compressor-7."},
                          "reason": {"type": "string", "description": "Why, in a sentence the technician will read."},
                          "metric": {"type": "string", "description": "The metric that worries you, e.g. temperature, current, vibration."},
                          "requestId": {"type": "string", "description": "Optional id of this request: calling again with the same id asks only once."}
                        }, "required": ["assetId", "reason"], "additionalProperties": false}
                        """,
                        false,
                        (caller, args) -> requests.maintenance(caller.require(Caller.OPERATOR), args)));
    }

    private JsonNode acknowledge(Caller caller, Args args) {
        caller.require(Caller.OPERATOR);
        String id = args.required("id");
        ObjectNode body =
                mapper.createObjectNode().put("by", args.optional("by").orElse(caller.subject()));
        return ToolSpecs.body(
                downstream.readApiPost("/api/alerts/" + ReadTools.encode(id) + "/ack", body, caller), "read-api");
    }

    private JsonNode whatIf(Caller caller, Args args) {
        caller.require(Caller.VIEWER);
        String shipmentId = args.required("shipmentId");
        ObjectNode condition = mapper.valueToTree(args.object("condition"));
        // What a hypothetical condition need not say: an id, who reports it and from when to when (now, a week).
        Instant now = Instant.now();
        if (!condition.hasNonNull("conditionId")) {
            condition.put("conditionId", "what-if-" + UUID.randomUUID());
        }
        if (!condition.hasNonNull("source")) {
            condition.put("source", caller.eventSource());
        }
        if (!condition.hasNonNull("validFrom")) {
            condition.put("validFrom", now.toString());
        }
        if (!condition.hasNonNull("validUntil")) {
            condition.put("validUntil", now.plus(WHAT_IF_VALIDITY).toString());
        }
        ObjectNode body = mapper.createObjectNode().put("shipmentId", shipmentId);
        body.set("condition", condition);
        return ToolSpecs.body(downstream.reroutePost("/what-if", body), "reroute");
    }

    private static String whatIfSchema() {
        return """
                {"type": "object", "properties": {
                  "shipmentId": {"type": "string", "description": "The shipment to replan, e.g. SHP-1."},
                  "condition": {"type": "object", "description": "The hypothetical condition, as io.livechain.condition.v1 has it, on one facility or one lane (ids as in the shipment's route).",
                    "properties": {
                      "kind": {"enum": ["WEATHER", "PORT_CONGESTION", "TRAFFIC", "CLOSURE", "STRIKE"]},
                      "facilityId": {"type": "string", "description": "A facility id, e.g. GRPIR-PORT."},
                      "laneId": {"type": "string", "description": "A lane id."},
                      "extraDelayMinutes": {"type": "integer", "minimum": 0, "description": "Added time at the facility or on the lane, in minutes."},
                      "factor": {"type": "number", "exclusiveMinimum": 0, "description": "Multiplies the lane's travel time (e.g. 1.5 for storms)."},
                      "validFrom": {"type": "string", "format": "date-time", "description": "RFC 3339; default now."},
                      "validUntil": {"type": "string", "format": "date-time", "description": "RFC 3339; default a week from now."}
                    },
                    "required": ["kind"]}
                }, "required": ["shipmentId", "condition"], "additionalProperties": false}
                """;
    }
}
