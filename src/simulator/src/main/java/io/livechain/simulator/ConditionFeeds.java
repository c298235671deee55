package io.livechain.simulator;

import io.livechain.model.Condition;
import io.livechain.model.EventType;
import io.livechain.model.network.Facility;
import io.livechain.model.network.Lane;
import io.livechain.model.network.Network;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A weather service and a port-congestion feed: every minute one of them reports a condition, storms
 * slowing a lane (transit × 1.2–2.0 for 1–3 h) or queues at a port (1–12 h more), which may reroute
 * shipments on them.
 */
final class ConditionFeeds implements EventFeed {

    static final int EVERY_SECONDS = 60;

    private final List<Lane> lanes;
    private final List<Facility> ports;
    private final SplittableRandom random;
    private final Ids ids;

    ConditionFeeds(Network network, long seed, String run) {
        this.lanes = network.lanes();
        this.ports = network.facilities().stream()
                .filter(f -> f.kind() == Facility.Kind.PORT)
                .toList();
        this.random = new SplittableRandom(seed ^ 0xFEED5L);
        this.ids = new Ids(run, "condition");
    }

    @Override
    public void second(long n, Instant now, List<SimulatedEvent> out) {
        if (n % EVERY_SECONDS != 30 || lanes.isEmpty() || ports.isEmpty()) {
            return;
        }
        String id = ids.next();
        Condition condition = random.nextBoolean()
                ? new Condition(
                        id,
                        Condition.Kind.WEATHER,
                        null,
                        lanes.get(random.nextInt(lanes.size())).id(),
                        null,
                        BigDecimal.valueOf(12 + random.nextInt(9)).movePointLeft(1),
                        now,
                        now.plus(Duration.ofMinutes(60 + random.nextInt(121))),
                        "simulated weather service")
                : new Condition(
                        id,
                        Condition.Kind.PORT_CONGESTION,
                        ports.get(random.nextInt(ports.size())).id(),
                        null,
                        60 * (1 + random.nextInt(12)),
                        null,
                        now,
                        now.plus(Duration.ofHours(6)),
                        "simulated port authority");
        String feed = condition.kind() == Condition.Kind.WEATHER ? "weather" : "ports";
        out.add(new SimulatedEvent(EventType.CONDITION, "/simulator/feeds/" + feed, id, condition));
    }
}
