package io.livechain.simulator;

import io.livechain.model.network.Network;
import io.livechain.model.network.NetworkFile;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The device simulator: warehouses, reefers, GPS trackers, condition feeds and an EPCIS partner, each
 * emitting realistic CloudEvents second by second to a broker ingress, deterministic from a seed.
 * {@code ./mvnw -q -pl src/simulator exec:java -Dsim.broker=http://localhost:8080/} (see the README).
 */
public final class Simulator {

    private final List<EventFeed> feeds;

    Simulator(SimulatorOptions options, Network network) {
        this.feeds = List.of(
                new Warehouses(options.scanRate(), options.seed(), options.run()),
                new Reefers(options.reefers(), options.seed(), options.run()),
                new Trackers(options.trackers(), network, options.seed(), options.run()),
                new ConditionFeeds(network, options.seed(), options.run()),
                new EpcisPartner(options.seed(), options.run()));
    }

    /** Everything second {@code n} emits, in a fixed order. */
    List<SimulatedEvent> second(long n, Instant now) {
        List<SimulatedEvent> events = new ArrayList<>();
        feeds.forEach(feed -> feed.second(n, now, events));
        return events;
    }

    public static void main(String[] args) throws InterruptedException {
        SimulatorOptions options = SimulatorOptions.fromEnvironment();
        Network network = NetworkFile.read(options.network());
        Simulator simulator = new Simulator(options, network);
        System.out.printf(
                "simulating %d scans/s, %d reefers (1 Hz), %d tracked shipments, feeds and an EPCIS partner → %s"
                        + " (seed %d, run %s, %s)%n",
                options.scanRate(),
                options.reefers(),
                options.trackers(),
                options.broker(),
                options.seed(),
                options.run(),
                options.duration().isZero() ? "until stopped" : "for " + options.duration());
        long started = System.nanoTime();
        try (BrokerClient broker = new BrokerClient(options.broker())) {
            for (long n = 0;
                    options.duration().isZero() || n < options.duration().toSeconds();
                    n++) {
                for (SimulatedEvent event : simulator.second(n, Instant.now())) {
                    broker.send(event);
                }
                if (n % 10 == 9) {
                    System.out.printf(
                            "[%4d s] accepted %s, refused %d%s%n",
                            n + 1,
                            broker.accepted(),
                            broker.refused(),
                            broker.refused() == 0 ? "" : " (last: " + broker.lastRefusal() + ")");
                }
                long next = started + Duration.ofSeconds(n + 1).toNanos();
                Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
            }
        }
        System.out.println("done");
    }
}
