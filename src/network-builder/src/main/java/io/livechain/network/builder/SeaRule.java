package io.livechain.network.builder;

import io.livechain.model.network.Facility.Kind;
import io.livechain.model.network.Lane.Mode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Container ships: each port to its nearest ports by sea (short-sea and feeder services), plus the
 * deep-sea services that make the trade lanes. Sea km follow {@link Crossings#SEA}: straight within
 * a sea, through Suez, Panama, Malacca, Gibraltar, the Cape and the like between seas.
 */
final class SeaRule implements LaneRule {

    static final int NEIGHBOURS = 4;
    /** Terminals closer than this share a harbour (Los Angeles and Long Beach): trucks move boxes between them. */
    static final double MIN_KM = 20;
    /**
     * The gates already take a route round the continents, so what is left is small: the bends
     * round headlands and through traffic separation schemes (5 %), and at each end the pilotage
     * and the approach to the berth, up a river for Hamburg or Antwerp: 100 km for both ends, or
     * the length of the hop itself on a short crossing (Algeciras to Tanger Med).
     * Checked against published port-to-port distances in SeaDistanceTest.
     */
    static final double CIRCUITY = 1.05;

    static final double APPROACH_KM = 100;

    /** Deep-sea services as port pairs (UN/LOCODEs), both directions. */
    static final List<List<String>> TRUNKS = List.of(
            // Asia - Europe, via Malacca and Suez
            List.of("CNSHA", "NLRTM"),
            List.of("CNNGB", "DEHAM"),
            List.of("CNYTN", "BEANR"),
            List.of("HKHKG", "GBFXT"),
            List.of("KRPUS", "NLRTM"),
            List.of("SGSIN", "NLRTM"),
            List.of("SGSIN", "MAPTM"),
            List.of("MYTPP", "ESALG"),
            List.of("CNSHA", "GRPIR"),
            List.of("CNNGB", "ITGOA"),
            List.of("INNSA", "BEANR"),
            List.of("AEJEA", "NLRTM"),
            // Transpacific
            List.of("CNSHA", "USLAX"),
            List.of("CNYTN", "USLGB"),
            List.of("CNNGB", "USLGB"),
            List.of("HKHKG", "USOAK"),
            List.of("KRPUS", "CAVAN"),
            List.of("KRPUS", "USSEA"),
            List.of("JPTYO", "USLAX"),
            List.of("VNSGN", "USLGB"),
            // Asia - US East Coast, via Panama or Suez
            List.of("CNSHA", "USSAV"),
            List.of("CNYTN", "USNYC"),
            List.of("SGSIN", "USNYC"),
            // Transatlantic
            List.of("NLRTM", "USNYC"),
            List.of("DEBRV", "USNYC"),
            List.of("BEANR", "USSAV"),
            List.of("DEHAM", "CAHAL"),
            List.of("FRLEH", "USNYC"),
            List.of("ESVLC", "USNYC"),
            List.of("ESALG", "USHOU"),
            // Europe - Latin America (bananas and meat in reefers northbound)
            List.of("NLRTM", "BRSSZ"),
            List.of("DEHAM", "ARBUE"),
            List.of("ESALG", "BRSSZ"),
            List.of("BEANR", "COCTG"),
            List.of("NLRTM", "ECGYE"),
            List.of("ESVLC", "MXVER"),
            // Europe - Africa
            List.of("NLRTM", "ZACPT"),
            List.of("BEANR", "NGLOS"),
            List.of("MAPTM", "GHTEM"),
            List.of("ESALG", "ZADUR"),
            // Asia and the Middle East - Africa
            List.of("SGSIN", "ZADUR"),
            List.of("LKCMB", "KEMBA"),
            List.of("AEJEA", "TZDAR"),
            List.of("CNNGB", "NGLOS"),
            // Asia - Oceania
            List.of("SGSIN", "AUMEL"),
            List.of("CNSHA", "AUSYD"),
            List.of("HKHKG", "AUBNE"),
            List.of("SGSIN", "AUFRE"),
            List.of("NZTRG", "CNSHA"),
            // Oceania - North America
            List.of("NZAKL", "USLAX"),
            List.of("AUSYD", "USLAX"),
            // Asia - Latin America (cherries to China in reefers)
            List.of("CLSAI", "CNSHA"),
            List.of("CNSHA", "PECLL"),
            List.of("CNYTN", "MXZLO"),
            List.of("SGSIN", "BRSSZ"),
            // North - South America
            List.of("USNYC", "BRSSZ"),
            // Middle East and India - Far East
            List.of("AEJEA", "CNSHA"),
            List.of("AEJEA", "SGSIN"),
            List.of("INNSA", "CNSHA"));

    @Override
    public List<Link> links(List<Place> places) {
        List<Place> ports = places.stream().filter(p -> p.is(Kind.PORT)).toList();
        Map<String, Span> spans = new TreeMap<>();
        Nearest.spans(ports, NEIGHBOURS, MIN_KM, Double.POSITIVE_INFINITY, SeaRule::seaKm)
                .forEach(s -> spans.put(s.key(), s));
        Catalogue catalogue = new Catalogue(places);
        for (List<String> trunk : TRUNKS) {
            Place a = catalogue.get(trunk.get(0) + "-PORT");
            Place b = catalogue.get(trunk.get(1) + "-PORT");
            Span span = Span.of(a, b, seaKm(a, b));
            spans.putIfAbsent(span.key(), span);
        }
        List<Link> links = new ArrayList<>();
        for (Span s : spans.values()) {
            if (Double.isInfinite(s.km())) {
                throw new IllegalStateException("no sea route between " + s.a().id() + " and " + s.b().id());
            }
            links.add(new Link(s.a(), s.b(), Mode.SEA, distanceKm(s.km()), reefer(s)));
        }
        return links;
    }

    /** Great-circle km of the route through the gates. */
    static double seaKm(Place a, Place b) {
        return Crossings.SEA.kilometres(a, b, true);
    }

    /** The lane distance for a route of {@code routeKm}. */
    static double distanceKm(double routeKm) {
        return routeKm * CIRCUITY + Math.min(APPROACH_KM, routeKm);
    }

    /** Reefer plugs on board are the norm; a port without reefer plugs cannot take a live reefer. */
    private static boolean reefer(Span span) {
        return span.a().can(Place.REEFER_PLUGS) && span.b().can(Place.REEFER_PLUGS);
    }
}
