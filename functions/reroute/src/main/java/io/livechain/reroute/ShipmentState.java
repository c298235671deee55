package io.livechain.reroute;

import io.livechain.model.Itinerary;
import io.livechain.model.network.Coordinates;
import io.livechain.model.network.Lane;
import java.time.Instant;
import java.util.Set;

/**
 * What the planner needs of a stored shipment: its constraints, current route and where it is
 * ({@code nextStop}: index in the route's facilities it is heading to, or at).
 */
public record ShipmentState(
        String shipmentId,
        String destination,
        boolean reeferRequired,
        Set<Lane.Mode> modes,
        Instant readyAt,
        Instant deadline,
        Itinerary route,
        int nextStop,
        Coordinates position,
        Instant positionAt) {}
