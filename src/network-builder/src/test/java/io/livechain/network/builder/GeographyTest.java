package io.livechain.network.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.model.network.Facility;
import io.livechain.model.network.Lane;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Spot checks a logistics engineer would make against a map and a distance table. */
class GeographyTest {

    /** Landmasses a truck or train crosses between without a ferry (tunnel or bridge). */
    static final Set<Set<String>> FIXED_LINKS = Set.of(
            Set.of("great-britain", "europe-asia"),
            Set.of("scandinavia", "zealand"),
            Set.of("zealand", "europe-asia"),
            Set.of("scandinavia", "europe-asia"),
            Set.of("anatolia", "europe-asia"));

    @Test
    void rotterdamToHamburgIsAbout410KmAsTheCrowFlies() {
        double km = position("NLRTM-PORT").kilometresTo(position("DEHAM-PORT"));
        assertEquals(410, km, 30);
    }

    @Test
    void placesAreWhereTheyShouldBe() {
        assertEquals(1.3, position("SGSIN-PORT").latitude(), 0.2);
        assertEquals(103.8, position("SGSIN-PORT").longitude(), 0.3);
        assertTrue(position("BRSSZ-PORT").latitude() < -23
                && position("BRSSZ-PORT").longitude() < -46);
        assertTrue(
                position("USANC-AIR").latitude() > 61 && position("USANC-AIR").longitude() < -149);
        assertTrue(position("AUSYD-PORT").latitude() < -33
                && position("AUSYD-PORT").longitude() > 151);
        assertEquals(8640, position("DEFRA-AIR").kilometresTo(position("CNSHA-AIR")), 250);
        assertEquals(5540, position("GBLON-AIR").kilometresTo(position("USNYC-AIR")), 100);
    }

    @Test
    void noRoadOrRailLaneCrossesTheSea() {
        for (Lane lane : Sample.NETWORK.lanes()) {
            if (lane.mode() == Lane.Mode.ROAD || lane.mode() == Lane.Mode.RAIL) {
                String a = Sample.PLACE.get(lane.from()).landmass();
                String b = Sample.PLACE.get(lane.to()).landmass();
                assertTrue(a.equals(b) || FIXED_LINKS.contains(Set.of(a, b)), lane.id() + ": " + a + " to " + b);
            }
        }
        assertFalse(
                Sample.NETWORK.lanes().stream()
                        .anyMatch(l -> l.mode() == Lane.Mode.ROAD
                                && Set.of(l.from(), l.to()).equals(Set.of("ESALG-PORT", "MAPTM-PORT"))),
                "no truck drives across the Strait of Gibraltar");
    }

    @Test
    void coldStorageHubsKeepCargoCold() {
        Sample.NETWORK.facilities().stream()
                .filter(f -> f.kind() == Facility.Kind.COLD_STORAGE_HUB)
                .forEach(f -> assertTrue(f.can(Facility.COLD_STORAGE), f.id()));
        long perRegion = Sample.NETWORK.facilities().stream()
                .filter(f -> f.kind() == Facility.Kind.COLD_STORAGE_HUB)
                .map(Facility::country)
                .distinct()
                .count();
        assertTrue(perRegion >= 20, "cold hubs in " + perRegion + " countries");
    }

    @Test
    void seaDistancesMatchPublishedPortToPortDistances() {
        // Port-to-port distances in nautical miles as published in distance tables, within 10 %.
        assertSea("SGSIN-PORT", "NLRTM-PORT", 8300); // via Malacca, Suez and Gibraltar
        assertSea("CNSHA-PORT", "NLRTM-PORT", 10500);
        assertSea("NLRTM-PORT", "USNYC-PORT", 3450);
        assertSea("CNSHA-PORT", "USLAX-PORT", 5700);
        assertSea("NLRTM-PORT", "DEHAM-PORT", 300);
        assertSea("ITGOA-PORT", "SIKOP-PORT", 1150); // round the heel of Italy, not across it
    }

    @Test
    void shipsGoThroughTheCanalsAndRoundTheCapes() {
        // Manzanillo (Pacific) to Veracruz (Gulf of Mexico) through Panama: far more than the 900 km across Mexico.
        assertTrue(seaKm("MXZLO-PORT", "MXVER-PORT") > 4500);
        // Jeddah to Jebel Ali round the Arabian peninsula.
        assertTrue(seaKm("SAJED-PORT", "AEJEA-PORT") > 3500); // 1,700 km across the desert
        // Durban to Cape Town round Cape Agulhas, not across South Africa.
        assertTrue(seaKm("ZADUR-PORT", "ZACPT-PORT") > 1350);
    }

    private static void assertSea(String from, String to, double nauticalMiles) {
        double km = SeaRule.distanceKm(seaKm(from, to));
        assertEquals(nauticalMiles * 1.852, km, nauticalMiles * 1.852 * 0.10, from + " to " + to);
    }

    private static double seaKm(String from, String to) {
        return SeaRule.seaKm(Sample.PLACE.get(from), Sample.PLACE.get(to));
    }

    private static io.livechain.model.network.Coordinates position(String id) {
        return Sample.FACILITY.get(id).position();
    }
}
