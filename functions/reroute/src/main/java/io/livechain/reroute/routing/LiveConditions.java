package io.livechain.reroute.routing;

import io.livechain.model.Condition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The live conditions of the network as time-dependent travel times. A lane's time when leaving
 * at t is its base time times every active factor plus every active delay; a closure forbids
 * leaving while it lasts. Waiting is allowed, so the arrival is the best over leaving now or at
 * any later moment a condition starts or ends: arrival never decreases with the departure time
 * (the FIFO property), which is what lets a label-setting search find the fastest route.
 * Conditions that have ended or name nothing in the network change nothing.
 */
public final class LiveConditions {

    private static final LiveConditions NONE = new LiveConditions(new Effect[0][], new Effect[0][], 1.0);

    /** Effects by lane and by facility index (null: none); arrays, not maps: looked up on every relaxation. */
    private final Effect[][] onLanes;

    private final Effect[][] onFacilities;
    private final double minFactor;

    private LiveConditions(Effect[][] onLanes, Effect[][] onFacilities, double minFactor) {
        this.onLanes = onLanes;
        this.onFacilities = onFacilities;
        this.minFactor = minFactor;
    }

    public static LiveConditions none() {
        return NONE;
    }

    public static LiveConditions of(RoutingGraph graph, Collection<Condition> conditions) {
        Map<Integer, List<Effect>> lanes = new HashMap<>();
        Map<Integer, List<Effect>> facilities = new HashMap<>();
        for (Condition condition : conditions) {
            Effect effect = effectOf(condition);
            if (effect == null) {
                continue;
            }
            if (condition.laneId() != null && graph.lane(condition.laneId()) >= 0) {
                lanes.computeIfAbsent(graph.lane(condition.laneId()), k -> new ArrayList<>())
                        .add(effect);
            } else if (condition.facilityId() != null && graph.facility(condition.facilityId()) >= 0) {
                facilities
                        .computeIfAbsent(graph.facility(condition.facilityId()), k -> new ArrayList<>())
                        .add(effect);
            }
        }
        return new LiveConditions(
                arrays(lanes, graph.laneCount()),
                arrays(facilities, graph.facilityCount()),
                Math.min(fastest(lanes), fastest(facilities)));
    }

    /**
     * The smallest time multiplier any one lane or facility can get: factors active together
     * multiply, so per target the product of its factors below 1.
     */
    private static double fastest(Map<Integer, List<Effect>> byTarget) {
        double min = 1.0;
        for (List<Effect> effects : byTarget.values()) {
            double product = 1.0;
            for (Effect effect : effects) {
                product *= Math.min(1.0, effect.factor());
            }
            min = Math.min(min, product);
        }
        return min;
    }

    /**
     * A closure or strike without a delay or factor closes its target; with one, it slows it.
     * Other kinds without either change nothing.
     */
    static Effect effectOf(Condition c) {
        boolean numbers = c.factor() != null || c.extraDelayMinutes() != null;
        boolean closes = !numbers && (c.kind() == Condition.Kind.CLOSURE || c.kind() == Condition.Kind.STRIKE);
        if (!numbers && !closes) {
            return null;
        }
        double factor = c.factor() == null ? 1.0 : c.factor().doubleValue();
        long delay = c.extraDelayMinutes() == null ? 0 : 60L * c.extraDelayMinutes();
        return new Effect(
                c.conditionId(),
                c.validFrom().getEpochSecond(),
                c.validUntil().getEpochSecond(),
                factor,
                delay,
                closes);
    }

    private static Effect[][] arrays(Map<Integer, List<Effect>> byTarget, int size) {
        Effect[][] result = new Effect[size][];
        byTarget.forEach((target, effects) -> result[target] = effects.toArray(Effect[]::new));
        return result;
    }

    private static Effect[] at(Effect[][] effects, int target) {
        return target < effects.length ? effects[target] : null;
    }

    /** Earliest arrival over lane {@code lane} for a shipment ready to leave at {@code ready}; MAX_VALUE never. */
    long arrival(int lane, long ready, long baseSeconds) {
        Effect[] effects = at(onLanes, lane);
        return effects == null ? ready + baseSeconds : best(effects, ready, baseSeconds, false);
    }

    /** When to leave over {@code lane} to reach {@link #arrival}: {@code ready}, or later to let a condition pass. */
    long departure(int lane, long ready, long baseSeconds) {
        Effect[] effects = at(onLanes, lane);
        return effects == null ? ready : best(effects, ready, baseSeconds, true);
    }

    /** When a shipment arriving at {@code facility} at {@code arrival} is ready to go on (or delivered). */
    public long readyAfter(int facility, long arrival, long handlingSeconds) {
        Effect[] effects = at(onFacilities, facility);
        return effects == null ? arrival + handlingSeconds : best(effects, arrival, handlingSeconds, false);
    }

    /** The smallest time multiplier of any lane or facility: A* scales its bounds by it so they stay bounds. */
    double minFactor() {
        return minFactor;
    }

    /** Ids of the conditions on a lane or facility that are active at some time in [from, to). */
    private static List<String> on(Effect[][] effects, int target, long from, long to) {
        List<String> ids = new ArrayList<>();
        Effect[] list = at(effects, target);
        if (list != null) {
            for (Effect effect : list) {
                if (effect.from() < to && from < effect.until()) {
                    ids.add(effect.conditionId());
                }
            }
        }
        return ids;
    }

    List<String> onLane(int lane, long from, long to) {
        return on(onLanes, lane, from, to);
    }

    List<String> onFacility(int facility, long from, long to) {
        return on(onFacilities, facility, from, to);
    }

    /** Best end (or the start that achieves it) over starting at t or at any later condition boundary. */
    private static long best(Effect[] effects, long t, long base, boolean wantStart) {
        long bestEnd = end(effects, t, base);
        long bestStart = t;
        for (Effect effect : effects) {
            for (long boundary : new long[] {effect.from(), effect.until()}) {
                if (boundary > t) {
                    long end = end(effects, boundary, base);
                    if (end < bestEnd || (end == bestEnd && boundary < bestStart)) {
                        bestEnd = end;
                        bestStart = boundary;
                    }
                }
            }
        }
        return wantStart ? bestStart : bestEnd;
    }

    private static long end(Effect[] effects, long start, long base) {
        double factor = 1.0;
        long delay = 0;
        for (Effect effect : effects) {
            if (effect.activeAt(start)) {
                if (effect.closed()) {
                    return Long.MAX_VALUE;
                }
                factor *= effect.factor();
                delay += effect.delaySeconds();
            }
        }
        return start + Math.round(base * factor) + delay;
    }
}
