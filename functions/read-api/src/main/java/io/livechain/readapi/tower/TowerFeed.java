package io.livechain.readapi.tower;

import io.livechain.readapi.alerts.AlertQueries;
import io.livechain.readapi.tower.TowerSnapshot.LocationSummary;
import io.livechain.readapi.tower.TowerSnapshot.LowStock;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The live feed of the control-tower page: one snapshot every {@code period} to each open page, built
 * at most once per period whatever the number of pages; the broker topic is watched only while at
 * least one page is open.
 */
@ApplicationScoped
public class TowerFeed {

    private static final int OPEN_ALERTS = 30;

    private final TowerQueries queries;
    private final AlertQueries alerts;
    private final BrokerTopicWatch broker;
    private final Duration period;
    private final AtomicInteger pages = new AtomicInteger();
    private final Uni<TowerSnapshot> latest;

    public TowerFeed(
            TowerQueries queries,
            AlertQueries alerts,
            BrokerTopicWatch broker,
            @ConfigProperty(name = "livechain.read-api.tower.period", defaultValue = "PT1S") Duration period) {
        this.queries = queries;
        this.alerts = alerts;
        this.broker = broker;
        this.period = period;
        // Pages share one snapshot per period (slightly less, so a tick never finds the last one stale).
        this.latest = Uni.createFrom()
                .deferred(this::snapshot)
                .memoize()
                .atLeast(period.multipliedBy(9).dividedBy(10));
    }

    /** Snapshots from now on, the first at once; ends only when the page goes away. */
    public Multi<TowerSnapshot> live() {
        return Multi.createFrom()
                .ticks()
                .every(period)
                .onOverflow()
                .drop()
                .onItem()
                .transformToUniAndConcatenate(tick -> latest)
                .onSubscription()
                .invoke(() -> {
                    if (pages.incrementAndGet() == 1) {
                        broker.start();
                    }
                })
                .onTermination()
                .invoke(() -> {
                    if (pages.decrementAndGet() == 0) {
                        broker.stop();
                    }
                });
    }

    /** One snapshot, built now. */
    public Uni<TowerSnapshot> snapshot() {
        return Uni.combine()
                .all()
                .unis(
                        queries.locations(),
                        queries.lowStock(),
                        alerts.list("open", null, OPEN_ALERTS),
                        queries.profiles(),
                        queries.shipments(),
                        queries.conditions(),
                        queries.deadLetters())
                .asTuple()
                .map(parts -> new TowerSnapshot(
                        Instant.now(),
                        withLowCounts(parts.getItem1(), parts.getItem2()),
                        parts.getItem2(),
                        parts.getItem3(),
                        parts.getItem4(),
                        parts.getItem5(),
                        parts.getItem6(),
                        broker.flow(),
                        broker.lag(),
                        parts.getItem7()));
    }

    /** Open pages now (tests and the log). */
    int pages() {
        return pages.get();
    }

    private static List<LocationSummary> withLowCounts(List<LocationSummary> locations, List<LowStock> low) {
        Map<String, Long> lowByLocation =
                low.stream().collect(Collectors.groupingBy(LowStock::location, Collectors.counting()));
        return locations.stream()
                .map(location -> new LocationSummary(
                        location.location(),
                        location.skus(),
                        location.units(),
                        location.outOfStock(),
                        lowByLocation.getOrDefault(location.location(), 0L)))
                .collect(Collectors.toList());
    }
}
