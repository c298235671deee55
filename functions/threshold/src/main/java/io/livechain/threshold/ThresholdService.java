package io.livechain.threshold;

import io.livechain.model.InvalidEventException;
import io.livechain.model.InventoryLevel;
import io.livechain.model.MaintenanceRequested;
import io.livechain.model.SensorReading;
import io.livechain.threshold.rules.ColdChainProfile;
import io.livechain.threshold.rules.Temperatures;
import io.livechain.threshold.store.Intake;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One transaction per event: lock the asset so its events apply one at a time, drop a redelivery
 * (inbox), then hand the event to the monitor for its kind (or, for a maintenance request from
 * outside, to {@link MaintenanceRequests}). The statements that do not wait on each
 * other's results go out together (pipelined on the connection, executed in order, so every read
 * follows the lock), and the decided writes go out together before COMMIT. Knows nothing of HTTP or
 * CloudEvents.
 */
@ApplicationScoped
public class ThresholdService {

    private final Pool pool;
    private final Profiles profiles;
    private final Set<String> driftMetrics;
    private final ColdChainMonitor coldChain;
    private final DriftMonitor drift;
    private final StockMonitor stock;
    private final MaintenanceRequests maintenanceRequests;

    public ThresholdService(
            Pool pool,
            Profiles profiles,
            ThresholdConfig config,
            ColdChainMonitor coldChain,
            DriftMonitor drift,
            StockMonitor stock,
            MaintenanceRequests maintenanceRequests) {
        this.pool = pool;
        this.profiles = profiles;
        this.driftMetrics = Set.copyOf(config.driftMetrics());
        this.coldChain = coldChain;
        this.drift = drift;
        this.stock = stock;
        this.maintenanceRequests = maintenanceRequests;
    }

    /** Checks what can be checked before any state is touched; fails with the field and problem. */
    public void validate(SensorReading reading) {
        if (reading.profile() != null) {
            profiles.named(reading.profile());
        }
        if (isTemperature(reading)
                && Temperatures.toCelsius(reading.value(), reading.unit()).isEmpty()) {
            throw new InvalidEventException(
                    "unit", "'" + reading.unit() + "' is no temperature unit; use CEL, FAH or KEL (UN/CEFACT)");
        }
    }

    /** {@code traceparent}: the span handling the reading, which the events it decides continue. */
    public Uni<Handled> onReading(SensorReading reading, String source, String id, String traceparent) {
        String profileIfNone = Optional.ofNullable(reading.profile())
                .or(() -> profiles.registeredFor(reading.assetId()))
                .orElse(null);
        return inTransaction(source, id, traceparent, tx -> {
            Uni<String> lock = Intake.lockAsset(tx.connection, reading.assetId(), profileIfNone);
            Optional<ColdChainProfile> named = profiles.find(reading.profile());
            if (isTemperature(reading) && named.isPresent()) {
                // Known up front to be kept: inbox row and reading in one statement.
                BigDecimal celsius = celsius(reading);
                return second(
                        lock,
                        coldChain.onTemperature(
                                tx,
                                reading,
                                celsius,
                                named.get(),
                                Intake.firstTimeStoring(tx.connection, reading, celsius, source, id)));
            }
            if (!isTemperature(reading) && watchesDrift(reading)) {
                return second(
                        lock,
                        drift.onMetric(
                                tx,
                                reading,
                                Intake.firstTimeStoring(tx.connection, reading, reading.value(), source, id)));
            }
            // Whether the reading is kept depends on the asset's profile: read it with the inbox, then route.
            return Uni.combine()
                    .all()
                    .unis(lock, Intake.firstTime(tx.connection, source, id))
                    .asTuple()
                    .chain(both ->
                            !both.getItem2() ? Uni.createFrom().item(false) : route(tx, reading, both.getItem1()));
        });
    }

    private Uni<Boolean> route(EventTx tx, SensorReading reading, String assetProfile) {
        Optional<ColdChainProfile> profile =
                profiles.find(reading.profile() != null ? reading.profile() : assetProfile);
        if (isTemperature(reading) && profile.isPresent()) {
            BigDecimal celsius = celsius(reading);
            return coldChain.onTemperature(
                    tx,
                    reading,
                    celsius,
                    profile.get(),
                    Intake.store(tx.connection, reading, celsius, tx.source, tx.id));
        }
        if (watchesDrift(reading)) {
            return drift.onMetric(tx, reading, Intake.store(tx.connection, reading, reading.value(), tx.source, tx.id));
        }
        return Uni.createFrom().item(true);
    }

    /** Whether any rule looks at this level (a configured reorder point, or a lead time at its location). */
    public boolean watches(InventoryLevel level) {
        return stock.watches(level);
    }

    public Uni<Handled> onLevel(InventoryLevel level, String source, String id, String traceparent) {
        return inTransaction(
                source,
                id,
                traceparent,
                tx -> second(
                        Intake.lockAsset(tx.connection, StockMonitor.assetId(level), null),
                        stock.onLevel(tx, level, Intake.firstTime(tx.connection, source, id))));
    }

    /** An agent's or a person's maintenance request (not threshold's own): an alert on the asset, once. */
    public Uni<Handled> onMaintenanceRequested(
            MaintenanceRequested request, String source, String id, String traceparent) {
        return inTransaction(
                source,
                id,
                traceparent,
                tx -> second(
                        Intake.lockAsset(tx.connection, request.assetId(), null),
                        maintenanceRequests.onRequest(tx, request, Intake.firstTime(tx.connection, source, id))));
    }

    /** Runs {@code handle} (true: first time, false: a redelivery) and its queued writes in one transaction. */
    private Uni<Handled> inTransaction(
            String source, String id, String traceparent, java.util.function.Function<EventTx, Uni<Boolean>> handle) {
        return pool.withTransaction(connection -> {
            EventTx tx = new EventTx(connection, source, id, traceparent);
            return handle.apply(tx)
                    .chain(first -> !first
                            ? Uni.createFrom().item(Handled.duplicate(source, id))
                            : tx.writeAll().replaceWith(() -> new Handled(source, id, false, tx.decided())));
        });
    }

    /** Sends {@code first} (the lock), then {@code second}'s statements behind it; {@code second}'s result. */
    private static <T> Uni<T> second(Uni<?> first, Uni<T> second) {
        return Uni.combine().all().unis(first, second).asTuple().map(both -> both.getItem2());
    }

    private boolean watchesDrift(SensorReading reading) {
        return driftMetrics.contains(reading.metric().toLowerCase(Locale.ROOT));
    }

    private static BigDecimal celsius(SensorReading reading) {
        return Temperatures.toCelsius(reading.value(), reading.unit()).orElseThrow();
    }

    private static boolean isTemperature(SensorReading reading) {
        return ColdChainMonitor.TEMPERATURE.equalsIgnoreCase(reading.metric());
    }
}
