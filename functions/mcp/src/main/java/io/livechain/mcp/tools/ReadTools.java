package io.livechain.mcp.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livechain.mcp.access.Caller;
import io.livechain.mcp.downstream.Downstream;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The read tools: each is one or a few read-api calls made with the agent's own token. */
@ApplicationScoped
public class ReadTools {

    private final ToolSpecs specs;
    private final Downstream downstream;
    private final ObjectMapper mapper;

    public ReadTools(ToolSpecs specs, Downstream downstream, ObjectMapper mapper) {
        this.specs = specs;
        this.downstream = downstream;
        this.mapper = mapper;
    }

    public List<SyncToolSpecification> specifications() {
        return List.of(
                specs.tool(
                        "inventory",
                        "Inventory on hand",
                        "Exact on-hand stock of one sku (item number or GTIN), at every location or at one, now or as of"
                                + " a past moment (event time). Counted items are in onHand; measured goods (kg, litres) in"
                                + " measures by unit. Use it to check availability before promising or moving stock.",
                        """
                        {"type": "object", "properties": {
                          "sku": {"type": "string", "description": "The item as scanned: GTIN or the warehouse's sku, e.g. 4006381333931."},
                          "location": {"type": "string", "description": "One location, e.g. DC-BERLIN; omit for every location holding the sku."},
                          "asOf": {"type": "string", "format": "date-time", "description": "RFC 3339 event time, e.g. 2026-12-01T08:00:00Z: the on-hand as it stood then (cycle counts and late scans applied by event time). Omit for now."}
                        }, "required": ["sku"], "additionalProperties": false}
                        """,
                        true,
                        this::inventory),
                specs.tool(
                        "replenishment",
                        "Replenishment positions",
                        "Stock positions with their live demand per day, days of cover, dynamic reorder point and safety"
                                + " stock (from demand variability and lead time at the configured service level) and a"
                                + " suggested order quantity; the most urgent (fewest days of cover) first. Use it to see"
                                + " what is at risk of running out and what to order.",
                        """
                        {"type": "object", "properties": {
                          "location": {"type": "string", "description": "Only this location, e.g. DC-BERLIN; omit for all."}
                        }, "additionalProperties": false}
                        """,
                        true,
                        (caller, args) -> ToolSpecs.body(
                                downstream.readApi(
                                        "/api/replenishment"
                                                + args.optional("location")
                                                        .map(l -> "?location=" + encode(l))
                                                        .orElse(""),
                                        caller),
                                "read-api")),
                specs.tool(
                        "open_alerts",
                        "Open alerts",
                        "Alerts not yet resolved, newest first: cold-chain excursions (temperature out of range, mean"
                                + " kinetic temperature), machines drifting towards failure, low stock, with the readings that"
                                + " raised them and whether someone acknowledged them. Subscribe to the resource"
                                + " livechain://alerts/open to hear when one is raised or resolved.",
                        """
                        {"type": "object", "properties": {
                          "asset": {"type": "string", "description": "Only this asset: a reefer or machine id (e.g. reefer-42) or a stock position sku@location."}
                        }, "additionalProperties": false}
                        """,
                        true,
                        (caller, args) -> openAlerts(caller, args.optional("asset"))),
                specs.tool(
                        "shipment",
                        "Shipment route and history",
                        "One shipment: its current route (facility and lane ids), ETA, last GPS position, and its plan"
                                + " history (first plan, each reroute with why and who asked).",
                        """
                        {"type": "object", "properties": {
                          "id": {"type": "string", "description": "The shipment id, e.g. SHP-1."}
                        }, "required": ["id"], "additionalProperties": false}
                        """,
                        true,
                        (caller, args) -> ToolSpecs.body(
                                downstream.readApi("/api/shipments/" + encode(args.required("id")), caller),
                                "read-api")));
    }

    /** The open alerts, as the resource livechain://alerts/open also shows them. */
    public JsonNode openAlerts(Caller caller, Optional<String> asset) {
        JsonNode alerts = ToolSpecs.body(
                downstream.readApi(
                        "/api/alerts?status=open"
                                + asset.map(a -> "&asset=" + encode(a)).orElse(""),
                        caller),
                "read-api");
        ObjectNode answer = mapper.createObjectNode();
        answer.put("count", alerts.size());
        answer.set("alerts", alerts);
        return answer;
    }

    private JsonNode inventory(Caller caller, Args args) {
        String sku = args.required("sku");
        Optional<String> location = args.optional("location");
        Optional<Instant> asOf = args.instant("asOf");
        String query = asOf.map(time -> "?asOf=" + encode(time.toString())).orElse("");
        if (location.isPresent()) {
            return ToolSpecs.body(
                    downstream.readApi("/api/inventory/" + encode(sku) + "/" + encode(location.get()) + query, caller),
                    "read-api");
        }
        JsonNode now = ToolSpecs.body(downstream.readApi("/api/inventory/" + encode(sku), caller), "read-api");
        if (asOf.isEmpty()) {
            return now;
        }
        // As of a past moment: each location the sku is known at, as it stood then (404: nothing yet there).
        ArrayNode locations = mapper.createArrayNode();
        for (JsonNode at : now.path("locations")) {
            var answer = downstream.readApi(
                    "/api/inventory/" + encode(sku) + "/"
                            + encode(at.path("location").asText()) + query,
                    caller);
            if (answer.status() != 404) {
                locations.add(ToolSpecs.body(answer, "read-api"));
            }
        }
        ObjectNode answer =
                mapper.createObjectNode().put("sku", sku).put("asOf", asOf.get().toString());
        answer.set("locations", locations);
        return answer;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
