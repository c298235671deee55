package io.livechain.readapi.shipments;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * A shipment of the reroute function as it stands: status as stored, where it was last seen, the
 * facility it heads to, its current route (as {@code reroute.shipments_v1} gives it, passed on as is) and every plan so far,
 * oldest first. Unset fields are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Shipment(
        String shipmentId,
        String status,
        String origin,
        String destination,
        String originalDestination,
        String cargoProfile,
        boolean reeferRequired,
        Instant deadline,
        Instant readyAt,
        Position position,
        String nextFacilityId,
        JsonNode route,
        Instant eta,
        Instant updatedAt,
        List<PlanEntry> history) {}
