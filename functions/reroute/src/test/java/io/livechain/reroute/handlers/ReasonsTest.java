package io.livechain.reroute.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechain.model.Condition;
import io.livechain.model.Itinerary;
import io.livechain.model.RerouteRequested;
import io.livechain.reroute.Replanner;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The history and notifications show these words: they change only on purpose. */
class ReasonsTest {

    private static final Instant T0 = Instant.parse("2026-11-04T08:00:00Z");
    private static final Duration MARGIN = Duration.ofMinutes(30);

    private static Instant at(int minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private static Replanner.Decision decision(Instant oldEta, Instant newEta) {
        return new Replanner.Decision(null, true, oldEta, newEta, List.of());
    }

    @Test
    void aFasterRouteSaysByHowMuchUnderWhichCondition() {
        Condition congestion = new Condition(
                "c-1", Condition.Kind.PORT_CONGESTION, "B-PORT", null, 720, null, T0, at(1440), "port-authority");
        assertEquals(
                "port_congestion at B-PORT (+720 min until 2026-11-05T08:00:00Z, port-authority): the new route"
                        + " arrives 620 min earlier than the current one under the same conditions (margin 30 min)",
                Reasons.conditionReroute(congestion, decision(at(1500), at(880)), MARGIN, null));
    }

    @Test
    void aClosedRouteSaysItCanNoLongerBeDrivenAndASavedDeadlineIsNamed() {
        Condition closure = new Condition(
                "c-2", Condition.Kind.CLOSURE, null, "B-PORT>D-DC.road", null, null, T0, at(60), "road-authority");
        assertEquals(
                "closure on B-PORT>D-DC.road (closed until 2026-11-04T09:00:00Z, road-authority): the current"
                        + " route can no longer be driven",
                Reasons.conditionReroute(closure, decision(null, at(840)), MARGIN, at(850)));
        Condition weather = new Condition(
                "c-3", Condition.Kind.WEATHER, null, "A>B", null, new BigDecimal("1.5"), T0, at(60), "met-office");
        assertEquals(
                "weather on A>B (×1.5 until 2026-11-04T09:00:00Z, met-office): the new route arrives 20 min"
                        + " earlier than the current one under the same conditions (margin 30 min); it meets the deadline",
                Reasons.conditionReroute(weather, decision(at(900), at(880)), MARGIN, at(890)));
    }

    @Test
    void aFirstPlanNamesItsConditionsAndAMissedDeadline() {
        Itinerary route = new Itinerary(List.of("A", "B"), List.of("A>B"), T0, at(100), BigDecimal.ONE, List.of());
        assertEquals("fastest route", Reasons.firstPlan(new Replanner.FirstPlan(route, List.of(), List.of()), null));
        assertEquals(
                "fastest route under conditions [c-1]; misses the deadline by 10 min",
                Reasons.firstPlan(new Replanner.FirstPlan(route, List.of(), List.of("c-1")), at(90)));
    }

    @Test
    void aDiversionGivesTheAlertAndTheFacility() {
        RerouteRequested alert = new RerouteRequested(
                "shp-1",
                "reefer-9",
                "a-1",
                "k",
                "hard-limit",
                "refrigerated",
                "cold-storage",
                "16.2 °C above the hard limit",
                T0);
        assertEquals(
                "16.2 °C above the hard limit (hard-limit on reefer-9): diverted to the nearest reachable"
                        + " cold-storage facility E-COLD (Cold store E)",
                Reasons.diversion(alert, "cold-storage", "E-COLD", "Cold store E"));
        RerouteRequested bare = new RerouteRequested("shp-1", null, null, null, null, null, null, null, T0);
        assertEquals(
                "cold-chain alert: diverted to the nearest reachable cold-storage facility E-COLD (Cold store E)",
                Reasons.diversion(bare, "cold-storage", "E-COLD", "Cold store E"));
    }

    @Test
    void anAskedReplanSaysWhatWasAskedAndTheGain() {
        RerouteRequested asked =
                new RerouteRequested("shp-1", null, null, null, null, null, null, "earliest arrival, please", T0);
        assertEquals(
                "earliest arrival, please: replanned to the fastest route now, arriving 20 min earlier than the"
                        + " current one under the same conditions",
                Reasons.requestedReplan(asked, decision(at(900), at(880))));
        assertEquals(
                "earliest arrival, please: replanned to the fastest route now, as the current route can no longer"
                        + " be driven",
                Reasons.requestedReplan(asked, decision(null, at(880))));
    }

    @Test
    void aWhatIfThatKeepsTheRouteSaysWhatTheFastestOtherWouldGain() {
        Condition congestion =
                new Condition("c-1", Condition.Kind.PORT_CONGESTION, "B-PORT", null, 120, null, T0, at(1440), "agent");
        assertEquals(
                "port_congestion at B-PORT (+120 min until 2026-11-05T08:00:00Z, agent): the current route stays;"
                        + " the fastest other route arrives 20 min earlier, less than the margin of 30 min",
                Reasons.keptUnder(congestion, at(900), at(880), MARGIN));
        assertEquals(
                "port_congestion at B-PORT (+120 min until 2026-11-05T08:00:00Z, agent): the current route stays,"
                        + " it is still the fastest",
                Reasons.keptUnder(congestion, at(900), null, MARGIN));
    }
}
