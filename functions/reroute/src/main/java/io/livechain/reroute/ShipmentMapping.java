package io.livechain.reroute;

import io.livechain.model.Itinerary;
import io.livechain.model.ShipmentCreated;
import io.livechain.model.network.Coordinates;
import io.livechain.reroute.state.Shipment;
import java.time.Instant;

/** Between the shipment row and the events and planner state it comes from and feeds. */
final class ShipmentMapping {

    private ShipmentMapping() {}

    /** A planned shipment, still without its route. */
    static Shipment newShipment(ShipmentCreated created, Instant readyAt, Instant now) {
        Shipment shipment = new Shipment();
        shipment.shipmentId = created.shipmentId();
        shipment.origin = created.origin();
        shipment.destination = created.destination();
        shipment.originalDestination = created.destination();
        shipment.cargoProfile = created.cargoProfile();
        shipment.reeferRequired = created.reeferRequired();
        shipment.modes = CommaLists.modes(created.modes());
        shipment.deadline = created.deadline();
        shipment.readyAt = readyAt;
        shipment.status = Shipment.PLANNED;
        shipment.createdAt = now;
        return shipment;
    }

    static ShipmentState state(Shipment s, Itinerary route) {
        Coordinates position =
                s.positionLatitude == null ? null : new Coordinates(s.positionLatitude, s.positionLongitude);
        return new ShipmentState(
                s.shipmentId,
                s.destination,
                s.reeferRequired,
                CommaLists.modes(s.modes),
                s.readyAt,
                s.deadline,
                route,
                s.nextStop,
                position,
                s.positionAt);
    }
}
