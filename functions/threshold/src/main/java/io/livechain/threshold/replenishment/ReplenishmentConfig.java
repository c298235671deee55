package io.livechain.threshold.replenishment;

import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/** {@code livechain.threshold.replenishment.*}: reorder points from live demand (see {@link ReplenishmentPolicy}). */
public interface ReplenishmentConfig {

    /** Off: no position is tracked, and levels without a configured reorder point cost nothing again. */
    @WithDefault("true")
    boolean enabled();

    /** Rolling window of event-time days the demand figures are taken over, ending at the position's newest day. */
    @WithDefault("P28D")
    Duration window();

    /** Days of history a position needs (from its first day seen) before its reorder point is known. */
    @WithDefault("P7D")
    Duration minHistory();

    /** Cycle service level: the chance of no stock-out while an order is on its way (z is its normal quantile). */
    @WithDefault("0.95")
    BigDecimal serviceLevel();

    /** Time between orders: an order brings on-hand up to the reorder point plus this period's demand. */
    @WithDefault("P7D")
    Duration reviewPeriod();

    /** Lead time by location id; a location listed here does not take the network's. */
    Map<String, Duration> leadTime();

    /** Standard deviation of the lead time by location id (zero when not given). */
    Map<String, Duration> leadTimeSd();

    /** The network file whose lanes give the lead time of locations not configured; none when missing. */
    @WithDefault("/etc/livechain/network/network.json")
    String networkFile();
}
