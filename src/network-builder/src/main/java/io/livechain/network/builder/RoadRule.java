package io.livechain.network.builder;

import io.livechain.model.network.Lane.Mode;
import java.util.List;

/**
 * Trucks: every facility to its nearest neighbours it can drive to (same landmass, or across a
 * fixed link such as the Channel Tunnel), up to a day and a half at the wheel.
 */
final class RoadRule implements LaneRule {

    static final int NEIGHBOURS = 4;
    /** Great-circle km (through a fixed link if needed) beyond which a shipment would rather not go by truck. */
    static final double MAX_KM = 1000;
    /** Roads wind: a road trip is about a quarter longer than the great circle. */
    static final double CIRCUITY = 1.25;

    @Override
    public List<Link> links(List<Place> places) {
        return Nearest.spans(places, NEIGHBOURS, 0, MAX_KM, RoadRule::overlandKm).stream()
                .map(RoadRule::link)
                .toList();
    }

    /** Great-circle km overland, infinite where a truck would need a ferry. */
    static double overlandKm(Place a, Place b) {
        return Crossings.LAND.kilometres(a, b, false);
    }

    /** Every truck in the sample can take a reefer trailer, so every road lane is reefer-capable. */
    static Link link(Span span) {
        return new Link(span.a(), span.b(), Mode.ROAD, span.km() * CIRCUITY, true);
    }
}
