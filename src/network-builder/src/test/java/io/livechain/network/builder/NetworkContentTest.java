package io.livechain.network.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.model.network.Facility;
import io.livechain.model.network.Lane;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Size, variety and form of the sample: enough to route over, every kind and mode, valid file. */
class NetworkContentTest {

    @Test
    void isLargeEnoughAndStaysAComfortableConfigMap() {
        assertTrue(
                Sample.NETWORK.facilities().size() >= 200,
                "facilities: " + Sample.NETWORK.facilities().size());
        assertTrue(
                Sample.NETWORK.lanes().size() >= 1000,
                "lanes: " + Sample.NETWORK.lanes().size());
        // A ConfigMap holds at most 1 MiB.
        assertTrue(Sample.BYTES.length < 900_000, "bytes: " + Sample.BYTES.length);
    }

    @Test
    void hasEveryKindAndEveryMode() {
        assertEquals(
                EnumSet.allOf(Facility.Kind.class),
                Sample.NETWORK.facilities().stream().map(Facility::kind).collect(Collectors.toSet()));
        assertEquals(
                EnumSet.allOf(Lane.Mode.class),
                Sample.NETWORK.lanes().stream().map(Lane::mode).collect(Collectors.toSet()));
    }

    @Test
    void idsNameThePlaceAndTheKind() {
        for (Facility f : Sample.NETWORK.facilities()) {
            assertTrue(f.id().matches("[A-Z]{2}[A-Z2-9]{3}-(PORT|AIR|DC|XD|COLD)"), f.id());
            assertTrue(f.id().startsWith(f.country()), f.id() + " in " + f.country());
            assertEquals(Kinds.suffix(f.kind()), f.id().substring(6), f.id());
            assertEquals(Kinds.handlingMinutes(f.kind()), f.handlingMinutes(), f.id());
        }
    }

    @Test
    void everyLaneIsWellFormedAndRunsBothWays() {
        Set<String> ids = Sample.NETWORK.lanes().stream().map(Lane::id).collect(Collectors.toSet());
        for (Lane lane : Sample.NETWORK.lanes()) {
            assertEquals(lane.from() + ">" + lane.to() + "." + lane.mode().label(), lane.id());
            assertTrue(
                    ids.contains(
                            lane.to() + ">" + lane.from() + "." + lane.mode().label()),
                    "no way back: " + lane.id());
            assertTrue(lane.distanceKm() > 0, lane.id());
            assertEquals(
                    BigDecimal.valueOf(lane.distanceKm())
                            .setScale(1, java.math.RoundingMode.HALF_UP)
                            .doubleValue(),
                    lane.distanceKm(),
                    lane.id() + " has more than one decimal");
            assertTrue(lane.transitMinutes() >= 1, lane.id());
            assertTrue(lane.cost().signum() > 0 && lane.cost().scale() <= 2, lane.id() + " costs " + lane.cost());
        }
    }

    @Test
    void modesJoinTheRightKindsOfFacility() {
        for (Lane lane : Sample.NETWORK.lanes()) {
            Facility from = Sample.FACILITY.get(lane.from());
            Facility to = Sample.FACILITY.get(lane.to());
            switch (lane.mode()) {
                case SEA -> assertTrue(from.kind() == Facility.Kind.PORT && to.kind() == Facility.Kind.PORT, lane.id());
                case AIR ->
                    assertTrue(from.kind() == Facility.Kind.AIRPORT && to.kind() == Facility.Kind.AIRPORT, lane.id());
                case RAIL ->
                    assertTrue(
                            from.can(Place.RAIL_TERMINAL)
                                    && to.can(Place.RAIL_TERMINAL)
                                    && Sample.PLACE
                                            .get(lane.from())
                                            .rail()
                                            .equals(Sample.PLACE.get(lane.to()).rail()),
                            lane.id());
                case ROAD -> assertTrue(lane.reefer(), "every truck can pull a reefer: " + lane.id());
            }
        }
    }

    @Test
    void timesFollowTheSpeedsOfEachMode() {
        // 650 km by road: 10 h at 65 km/h plus one 45-minute break after 4.5 h and another after 9 h.
        assertEquals(600 + 90, Tariff.transitMinutes(Lane.Mode.ROAD, 650));
        assertEquals(60, Tariff.transitMinutes(Lane.Mode.RAIL, 50));
        assertEquals(24 * 60, Tariff.transitMinutes(Lane.Mode.SEA, 720));
        assertEquals(60 + 600, Tariff.transitMinutes(Lane.Mode.AIR, 8000));
        assertEquals(1, Tariff.transitMinutes(Lane.Mode.ROAD, 0.4));
    }
}
