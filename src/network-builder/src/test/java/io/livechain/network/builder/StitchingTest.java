package io.livechain.network.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.model.network.Coordinates;
import io.livechain.model.network.Facility.Kind;
import io.livechain.model.network.Lane.Mode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The safety net behind the rules, and the checks on places.csv. */
class StitchingTest {

    static Place place(String locode, String landmass, double latitude, double longitude) {
        return new Place(
                locode,
                Kind.WAREHOUSE,
                locode,
                locode.substring(0, 2),
                landmass,
                Set.of(),
                "",
                new Coordinates(latitude, longitude),
                List.of());
    }

    @Test
    void joinsAFarAwayCityByRoadToItsNearestNeighbour() {
        Place madrid = place("ESMAD", "europe-asia", 40.4168, -3.7038);
        Place zaragoza = place("ESZAZ", "europe-asia", 41.6488, -0.8891);
        Place moscow = place("RUMOW", "europe-asia", 55.7558, 37.6173);
        List<Link> rules = List.of(RoadRule.link(Span.of(madrid, zaragoza, madrid.kilometresTo(zaragoza))));
        List<Link> added = Stitching.links(List.of(madrid, zaragoza, moscow), rules);
        assertEquals(1, added.size());
        assertEquals(
                Set.of(zaragoza, moscow), Set.of(added.get(0).a(), added.get(0).b()));
        assertEquals(Mode.ROAD, added.get(0).mode());
    }

    @Test
    void refusesAnIslandNoLaneReaches() {
        Place dublin = place("IEDUB", "ireland", 53.35, -6.26);
        Place london = place("GBLON", "great-britain", 51.51, -0.13);
        var e = assertThrows(IllegalStateException.class, () -> Stitching.links(List.of(dublin, london), List.of()));
        assertTrue(e.getMessage().contains("add a port or an airport"), e.getMessage());
    }

    @Test
    void placesCsvRefusesAPortWithoutASeaAndAMismatchedCountry() {
        String header = Places.HEADER + "\n";
        assertThrows(
                IllegalArgumentException.class,
                () -> Places.read(
                        new ByteArrayInputStream((header + "NLRTM,port,Rotterdam,NL,europe-asia,,,51.9,4.1,\n")
                                .getBytes(StandardCharsets.UTF_8))));
        assertThrows(
                IllegalArgumentException.class,
                () -> Places.read(
                        new ByteArrayInputStream((header + "NLRTM,warehouse,Rotterdam,BE,europe-asia,,,51.9,4.1,\n")
                                .getBytes(StandardCharsets.UTF_8))));
        assertThrows(
                IllegalArgumentException.class,
                () -> Places.read(new ByteArrayInputStream(
                        (header + "NLRTM,warehouse,Rotterdam,NL,europe-asia,,,51.9,4.1,rail-terminal\n")
                                .getBytes(StandardCharsets.UTF_8))));
    }
}
