package io.livechain.network.builder;

import io.livechain.model.network.Facility;
import io.livechain.model.network.Facility.Kind;
import io.livechain.model.network.Lane.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Freighters: each cargo airport to its nearest airports, plus the long-haul links between the big
 * hubs. Asia to the US goes through Anchorage, as freighters do to carry a full load.
 */
final class AirRule implements LaneRule {

    static final int NEIGHBOURS = 4;
    /** Below this airlines truck the freight between airports (road feeder service) rather than fly it. */
    static final double MIN_KM = 400;
    /** Airways follow the great circle closely; departure and arrival routings add a little. */
    static final double CIRCUITY = 1.05;

    /** Long-haul freighter links as airport pairs (UN/LOCODEs of the cities), both directions. */
    static final List<List<String>> LONG_HAUL = List.of(
            // Europe - Asia, Middle East, Africa, the Americas
            List.of("DEFRA", "CNSHA"),
            List.of("DEFRA", "HKHKG"),
            List.of("DEFRA", "KRINC"),
            List.of("DEFRA", "USCHI"),
            List.of("DEFRA", "USNYC"),
            List.of("DEFRA", "AEDXB"),
            List.of("DEFRA", "INDEL"),
            List.of("DEFRA", "INBOM"),
            List.of("DELEJ", "HKHKG"),
            List.of("DELEJ", "USNYC"),
            List.of("DELEJ", "AEDXB"),
            List.of("NLAMS", "CNSHA"),
            List.of("NLAMS", "USCHI"),
            List.of("NLAMS", "KENBO"),
            List.of("NLAMS", "COBOG"),
            List.of("NLAMS", "USMIA"),
            List.of("BELGG", "QADOH"),
            List.of("BELGG", "ETADD"),
            List.of("FRPAR", "USNYC"),
            List.of("GBLON", "USNYC"),
            List.of("GBLON", "USCHI"),
            List.of("GBLON", "INBOM"),
            List.of("GBLON", "HKHKG"),
            List.of("GBLON", "ZAJNB"),
            List.of("ESMAD", "BRSAO"),
            List.of("ESMAD", "COBOG"),
            List.of("ESMAD", "MXMEX"),
            List.of("TRIST", "CNSHA"),
            List.of("TRIST", "USCHI"),
            // Gulf hubs
            List.of("AEDXB", "HKHKG"),
            List.of("AEDXB", "CNSHA"),
            List.of("AEDXB", "ZAJNB"),
            List.of("AEDXB", "KENBO"),
            List.of("AEDXB", "SGSIN"),
            List.of("QADOH", "HKHKG"),
            List.of("QADOH", "KRINC"),
            List.of("QADOH", "KENBO"),
            // Transpacific through Anchorage, and Asia - Oceania
            List.of("HKHKG", "USANC"),
            List.of("CNSHA", "USANC"),
            List.of("KRINC", "USANC"),
            List.of("JPNRT", "USANC"),
            List.of("TWTPE", "USANC"),
            List.of("JPNRT", "USLAX"),
            List.of("KRINC", "USLAX"),
            List.of("HKHKG", "AUSYD"),
            List.of("SGSIN", "AUSYD"),
            // Anchorage to the US hubs
            List.of("USANC", "USCHI"),
            List.of("USANC", "USMEM"),
            List.of("USANC", "USSDF"),
            List.of("USANC", "USLAX"),
            // The Americas (flowers and fruit northbound)
            List.of("USMIA", "COBOG"),
            List.of("USMIA", "BRSAO"),
            List.of("USMIA", "CLSCL"),
            List.of("USNYC", "BRSAO"));

    @Override
    public List<Link> links(List<Place> places) {
        List<Place> airports = places.stream().filter(p -> p.is(Kind.AIRPORT)).toList();
        Map<String, Span> spans = new TreeMap<>();
        Nearest.spans(airports, NEIGHBOURS, MIN_KM, Double.POSITIVE_INFINITY, Place::kilometresTo)
                .forEach(s -> spans.put(s.key(), s));
        Catalogue catalogue = new Catalogue(places);
        for (List<String> pair : LONG_HAUL) {
            Place a = catalogue.get(pair.get(0) + "-AIR");
            Place b = catalogue.get(pair.get(1) + "-AIR");
            Span span = Span.of(a, b, a.kilometresTo(b));
            spans.putIfAbsent(span.key(), span);
        }
        List<Link> links = new ArrayList<>();
        for (Span s : spans.values()) {
            links.add(new Link(s.a(), s.b(), Mode.AIR, s.km() * CIRCUITY, reefer(s)));
        }
        return links;
    }

    /** Cool containers (envirotainers) need a cold room at both ends to be worth the name. */
    private static boolean reefer(Span span) {
        return span.a().can(Facility.COLD_STORAGE) && span.b().can(Facility.COLD_STORAGE);
    }
}
