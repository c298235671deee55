package io.livechain.threshold;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.livechain.model.InvalidEventException;
import io.livechain.model.InventoryLevel;
import io.livechain.model.SensorReading;
import io.livechain.threshold.rules.ColdChainProfile;
import io.livechain.threshold.rules.Temperatures;
import io.livechain.threshold.state.Asset;
import io.livechain.threshold.state.InboxEntry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * One transaction per event: drop a redelivery (inbox), lock the asset so its events apply one at
 * a time, then hand the event to the monitor for its kind. Knows nothing of HTTP or CloudEvents.
 */
@ApplicationScoped
public class ThresholdService {

    private final Profiles profiles;
    private final ThresholdConfig config;
    private final ColdChainMonitor coldChain;
    private final DriftMonitor drift;
    private final StockMonitor stock;

    public ThresholdService(Profiles profiles, ThresholdConfig config, ColdChainMonitor coldChain, DriftMonitor drift,
            StockMonitor stock) {
        this.profiles = profiles;
        this.config = config;
        this.coldChain = coldChain;
        this.drift = drift;
        this.stock = stock;
    }

    /** Checks what can be checked before any state is touched; fails with the field and problem. */
    public void validate(SensorReading reading) {
        if (reading.profile() != null) {
            profiles.named(reading.profile());
        }
        if (isTemperature(reading) && Temperatures.toCelsius(reading.value(), reading.unit()).isEmpty()) {
            throw new InvalidEventException("unit", "'" + reading.unit()
                    + "' is no temperature unit; use CEL, FAH or KEL (UN/CEFACT)");
        }
    }

    public Uni<Void> onReading(SensorReading reading, String source, String id) {
        return Panache.withTransaction(() -> InboxEntry.firstTime(source, id).chain(first -> !first
                ? Uni.createFrom().voidItem()
                : Asset.lockOrCreate(reading.assetId()).chain(asset -> {
                    if (asset.profile == null) {
                        asset.profile = Optional.ofNullable(reading.profile())
                                .or(() -> profiles.registeredFor(reading.assetId())).orElse(null);
                    }
                    return route(reading, asset.profile, source, id);
                })));
    }

    private Uni<Void> route(SensorReading reading, String assetProfile, String source, String id) {
        Optional<ColdChainProfile> profile = profiles.find(reading.profile() != null ? reading.profile() : assetProfile);
        if (isTemperature(reading) && profile.isPresent()) {
            BigDecimal celsius = Temperatures.toCelsius(reading.value(), reading.unit()).orElseThrow();
            return coldChain.onTemperature(reading, celsius, profile.get(), source, id);
        }
        if (config.driftMetrics().contains(reading.metric().toLowerCase(Locale.ROOT))) {
            return drift.onMetric(reading, source, id);
        }
        return Uni.createFrom().voidItem();
    }

    /** Whether any rule looks at this level (a reorder point for its sku and location). */
    public boolean watches(InventoryLevel level) {
        return stock.watches(level);
    }

    public Uni<Void> onLevel(InventoryLevel level, String source, String id) {
        return Panache.withTransaction(() -> InboxEntry.firstTime(source, id).chain(first -> !first
                ? Uni.createFrom().voidItem()
                : Asset.lockOrCreate(StockMonitor.assetId(level)).chain(asset -> stock.onLevel(level, source, id))));
    }

    private static boolean isTemperature(SensorReading reading) {
        return ColdChainMonitor.TEMPERATURE.equalsIgnoreCase(reading.metric());
    }
}
