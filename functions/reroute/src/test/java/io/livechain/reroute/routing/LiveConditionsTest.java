package io.livechain.reroute.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.livechain.model.Condition;
import io.livechain.model.network.Network;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lane and facility times under conditions, worked out by hand: minutes after T0. */
class LiveConditionsTest {

    private static final long T0 = Networks.T0.getEpochSecond();
    private final RoutingGraph graph = RoutingGraph.of(new Network(
            "two",
            null,
            List.of(Networks.facility("P", 0, 0, 60), Networks.facility("Q", 0, 1, 60)),
            List.of(Networks.lane("P", "Q", 100, true))));
    private final int lane = graph.lane("P>Q");
    private final int q = graph.facility("Q");

    private long arrival(long departMinute, Condition... conditions) {
        return (LiveConditions.of(graph, List.of(conditions)).arrival(lane, T0 + departMinute * 60, 6000) - T0) / 60;
    }

    private long departure(long readyMinute, Condition... conditions) {
        return (LiveConditions.of(graph, List.of(conditions)).departure(lane, T0 + readyMinute * 60, 6000) - T0) / 60;
    }

    private long readyAfter(long arrivalMinute, Condition... conditions) {
        return (LiveConditions.of(graph, List.of(conditions)).readyAfter(q, T0 + arrivalMinute * 60, 3600) - T0) / 60;
    }

    @Test
    void aDelayAddsWhileValidAndNotAfterItEnds() {
        assertEquals(100, arrival(0));
        assertEquals(130, arrival(0, Networks.delay("d", null, "P>Q", 30, null, 0, 60)));
        assertEquals(160, arrival(60, Networks.delay("d", null, "P>Q", 30, null, 0, 60)), "expired at 60");
        assertEquals(100, arrival(0, Networks.delay("d", null, "P>Q", 30, null, 10, 60)), "not yet valid at 0");
    }

    @Test
    void waitingOutASlowdownWinsWhenItEndsSoonEnough() {
        Condition doubled = Networks.delay("f", null, "P>Q", null, "2", 0, 50);
        assertEquals(150, arrival(0, doubled), "leave at 50 and take 100, not 200 now");
        assertEquals(50, departure(0, doubled));
        Condition halved = Networks.delay("h", null, "P>Q", null, "0.5", 30, 500);
        assertEquals(80, arrival(0, halved), "wait 30 for a lane twice as fast");
    }

    @Test
    void aClosureIsWaitedOutAndOtherKindsWithoutNumbersChangeNothing() {
        assertEquals(220, arrival(0, Networks.closure("c", null, "P>Q", 0, 120)));
        assertEquals(120, departure(0, Networks.closure("c", null, "P>Q", 0, 120)));
        Condition weatherWithoutNumbers = new Condition(
                "w",
                Condition.Kind.WEATHER,
                null,
                "P>Q",
                null,
                null,
                Networks.T0,
                Networks.T0.plusSeconds(86_400),
                "met-office");
        assertEquals(100, arrival(0, weatherWithoutNumbers));
    }

    @Test
    void facilityConditionsDelayHandlingAndClosuresHoldShipmentsAtTheGate() {
        assertEquals(160, readyAfter(100));
        assertEquals(280, readyAfter(100, Networks.delay("p", "Q", null, 120, null, 0, 1000)));
        assertEquals(220, readyAfter(100, Networks.delay("p", "Q", null, null, "2", 0, 1000)), "handling 60 × 2");
        assertEquals(560, readyAfter(100, Networks.closure("s", "Q", null, 0, 500)));
    }
}
