package io.livechain.reroute.routing;

import io.livechain.model.Condition;
import io.livechain.model.network.Coordinates;
import io.livechain.model.network.Facility;
import io.livechain.model.network.Lane;
import io.livechain.model.network.Network;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small networks for routing tests: hand-made ones, and random ones with random conditions. */
final class Networks {

    static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");

    private Networks() {}

    static Facility facility(String id, double lat, double lon, int handlingMinutes, String... capabilities) {
        return new Facility(
                id,
                id,
                Facility.Kind.WAREHOUSE,
                "NL",
                new Coordinates(lat, lon),
                List.of(capabilities),
                handlingMinutes);
    }

    static Lane lane(String from, String to, int minutes, boolean reefer) {
        return lane(from, to, minutes, reefer, Lane.Mode.ROAD);
    }

    static Lane lane(String from, String to, int minutes, boolean reefer, Lane.Mode mode) {
        return new Lane(from + ">" + to, from, to, mode, 10, minutes, BigDecimal.TEN, reefer);
    }

    static Condition delay(
            String id,
            String facility,
            String lane,
            Integer minutes,
            String factor,
            long fromMinutes,
            long untilMinutes) {
        return new Condition(
                id,
                Condition.Kind.PORT_CONGESTION,
                facility,
                lane,
                minutes,
                factor == null ? null : new BigDecimal(factor),
                T0.plusSeconds(60 * fromMinutes),
                T0.plusSeconds(60 * untilMinutes),
                "test");
    }

    static Condition closure(String id, String facility, String lane, long fromMinutes, long untilMinutes) {
        return new Condition(
                id,
                Condition.Kind.CLOSURE,
                facility,
                lane,
                null,
                null,
                T0.plusSeconds(60 * fromMinutes),
                T0.plusSeconds(60 * untilMinutes),
                "test");
    }

    /** n facilities close together (A* bound matters little), ~density × n² random lanes. */
    static Network random(Random random, int n, double density) {
        List<Facility> facilities = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            facilities.add(
                    facility("F" + i, 52 + random.nextDouble(), 4 + random.nextDouble(), random.nextInt(4) * 30));
        }
        List<Lane> lanes = new ArrayList<>();
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (a != b && random.nextDouble() < density) {
                    lanes.add(lane(
                            "F" + a,
                            "F" + b,
                            100 + random.nextInt(400),
                            random.nextDouble() < 0.7,
                            Lane.Mode.values()[random.nextInt(4)]));
                }
            }
        }
        return new Network("random", null, facilities, lanes);
    }

    /** Speed-ups stacked on the same lanes (factors multiply: 0.5 × 0.5 makes a lane four times as fast). */
    static List<Condition> stackedSpeedUps(Random random, Network network, int lanes) {
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < lanes; i++) {
            String lane =
                    network.lanes().get(random.nextInt(network.lanes().size())).id();
            for (int j = 0; j < 3; j++) {
                conditions.add(delay("s" + i + "-" + j, null, lane, null, "0.4", 0, 2000));
            }
        }
        return conditions;
    }

    /** A few random conditions (delays, factors, closures) on random lanes and facilities. */
    static List<Condition> randomConditions(Random random, Network network, int count) {
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean onLane = random.nextBoolean();
            String facility = onLane
                    ? null
                    : network.facilities()
                            .get(random.nextInt(network.facilities().size()))
                            .id();
            String lane = onLane
                    ? network.lanes()
                            .get(random.nextInt(network.lanes().size()))
                            .id()
                    : null;
            long from = random.nextInt(600);
            long until = from + 30 + random.nextInt(900);
            conditions.add(
                    switch (random.nextInt(3)) {
                        case 0 -> delay("c" + i, facility, lane, 30 + random.nextInt(600), null, from, until);
                        case 1 ->
                            delay(
                                    "c" + i,
                                    facility,
                                    lane,
                                    null,
                                    String.valueOf(0.5 + random.nextInt(8) * 0.5),
                                    from,
                                    until);
                        default -> closure("c" + i, facility, lane, from, until);
                    });
        }
        return conditions;
    }
}
