package io.livechain.network.builder;

import io.livechain.model.network.Facility;
import io.livechain.model.network.Lane.Mode;
import java.util.List;

/**
 * Intermodal trains between facilities with a rail terminal: each to its few nearest terminals on
 * the same rail network, 150 to 2,000 km away. Long hauls are what intermodal rail is for (Duisburg
 * to Chongqing runs as a chain of such hops); the length goes through the fixed links (the Channel
 * Tunnel, the Oresund and Great Belt bridges, the Marmaray tunnel under the Bosporus).
 */
final class RailRule implements LaneRule {

    static final int NEIGHBOURS = 3;
    /** Below this a train does not pay for its two terminal lifts: a truck does the move. */
    static final double MIN_KM = 150;

    static final double MAX_KM = 2000;
    static final double CIRCUITY = 1.2;

    @Override
    public List<Link> links(List<Place> places) {
        List<Place> terminals =
                places.stream().filter(p -> p.can(Place.RAIL_TERMINAL)).toList();
        return Nearest.spans(terminals, NEIGHBOURS, MIN_KM, MAX_KM, RailRule::railKm).stream()
                .map(s -> new Link(s.a(), s.b(), Mode.RAIL, s.km() * CIRCUITY, reefer(s)))
                .toList();
    }

    /** Great-circle km over land between two terminals of one network, infinite across networks. */
    static double railKm(Place a, Place b) {
        return a.rail().equals(b.rail()) ? RoadRule.overlandKm(a, b) : Double.POSITIVE_INFINITY;
    }

    /** A reefer container needs power at both terminals: only where both ends keep cargo cold. */
    private static boolean reefer(Span span) {
        return span.a().can(Facility.COLD_STORAGE) && span.b().can(Facility.COLD_STORAGE);
    }
}
