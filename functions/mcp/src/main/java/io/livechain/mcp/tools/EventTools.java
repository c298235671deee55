package io.livechain.mcp.tools;

import io.livechain.mcp.access.Caller;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** recent_events: what passed through the broker lately, as the broker stored it. */
@ApplicationScoped
public class EventTools {

    static final Duration DEFAULT_WINDOW = Duration.ofMinutes(10);

    private final ToolSpecs specs;
    private final RecentEvents events;

    public EventTools(ToolSpecs specs, RecentEvents events) {
        this.specs = specs;
        this.events = events;
    }

    public List<SyncToolSpecification> specifications() {
        return List.of(specs.tool(
                "recent_events",
                "Recent events",
                "The newest CloudEvents the broker stored since a moment (default: the last 10 minutes), optionally of"
                        + " one type, oldest first: scans, inventory movements and levels, sensor readings, alerts, GPS"
                        + " positions, conditions, plans and reroutes, requests. Each has id, source, type, time and data.",
                """
                {"type": "object", "properties": {
                  "type": {"type": "string", "description": "Only this CloudEvents type, e.g. io.livechain.alert.raised.v1, io.livechain.inventory.level.v1, io.livechain.sensor.reading.v1, io.livechain.shipment.rerouted.v1."},
                  "since": {"type": "string", "format": "date-time", "description": "RFC 3339; default 10 minutes ago."},
                  "limit": {"type": "integer", "minimum": 1, "maximum": 200, "description": "At most this many (the newest); default 20."}
                }, "additionalProperties": false}
                """,
                true,
                (caller, args) -> {
                    caller.require(Caller.VIEWER);
                    Instant since =
                            args.instant("since").orElseGet(() -> Instant.now().minus(DEFAULT_WINDOW));
                    return events.read(args.optional("type"), since, args.integer("limit", 20, 1, 200));
                }));
    }
}
