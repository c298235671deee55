package io.livechain.threshold;

import io.livechain.threshold.replenishment.ReplenishmentConfig;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ConfigMapping(prefix = "livechain.threshold")
public interface ThresholdConfig {

    /** Broker ingress URL the decided events are posted to (Knative: K_SINK from the SinkBinding). */
    String sink();

    /** How long a post to the sink may take. */
    @WithDefault("PT5S")
    Duration sinkTimeout();

    /** Cold-chain profiles by id (refrigerated, frozen, controlled-room ship as defaults). */
    Map<String, Profile> profiles();

    /** Asset id → profile id, for assets whose readings name none. */
    Map<String, String> assets();

    /** Metrics watched by the drift detector (predictive maintenance). */
    @WithDefault("vibration,pressure,current,noise,rotation")
    List<String> driftMetrics();

    Drift drift();

    /** How long handled-event ids and readings are kept ({@link RetentionSweep}). */
    Retention retention();

    interface Retention {
        /** The inbox: a redelivery within this is still recognised as one. */
        @WithDefault("P7D")
        Duration inbox();

        /** Readings by event time (the alerts' evidence; running aggregates keep the rules' state). */
        @WithDefault("P30D")
        Duration readings();

        /** Daily outbound per position by its day (demand); longer than the replenishment window. */
        @WithDefault("P90D")
        Duration demandDays();
    }

    /** Reorder point per stock position, keyed {@code "sku|location"}: on-hand below it raises low-stock. */
    Map<String, BigDecimal> reorderPoints();

    /** Reorder points from live demand, where a lead time is known; they take precedence over configured ones. */
    ReplenishmentConfig replenishment();

    interface Profile {
        /** Lower bound of the allowed range, °C. */
        double min();

        /** Upper bound of the allowed range, °C; MKT must not exceed it. */
        double max();

        /** At or below this, alarm at once. */
        Optional<Double> hardLow();

        /** At or above this, alarm at once. */
        Optional<Double> hardHigh();

        /** Longest single continuous excursion allowed. */
        @WithDefault("PT30M")
        Duration excursionLimit();

        /** Longest total time out of range over a trip. */
        @WithDefault("PT60M")
        Duration cumulativeLimit();

        /** Rolling window of the Mean Kinetic Temperature. */
        @WithDefault("PT24H")
        Duration mktWindow();
    }

    interface Drift {
        /** Weight of the newest reading in the EWMA baseline. */
        @WithDefault("0.1")
        double alpha();

        /** |z-score| at or above which a reading is drift. */
        @WithDefault("4")
        double zLimit();

        /** Readings before z-scores are trusted. */
        @WithDefault("20")
        int warmup();

        /** Rate-of-change limit per minute, by metric. */
        Map<String, Double> maxRatePerMinute();
    }
}
