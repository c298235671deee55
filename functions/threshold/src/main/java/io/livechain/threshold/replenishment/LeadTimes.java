package io.livechain.threshold.replenishment;

import io.livechain.model.network.Lane;
import io.livechain.model.network.Network;
import io.livechain.model.network.NetworkFile;
import io.livechain.threshold.ThresholdConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Lead time by location, settled once at start-up: configured ({@code lead-time."LOC"}, with
 * {@code lead-time-sd."LOC"} or zero), else derived from the network's lanes into the facility, else
 * none (no dynamic reorder point there). A missing network file only means no derived lead times; an
 * invalid one, or a deviation configured for a location without a lead time, fails the start.
 */
@Startup
@ApplicationScoped
public class LeadTimes {

    private static final Logger LOG = Logger.getLogger(LeadTimes.class);

    private final Map<String, LeadTime> byLocation;

    @Inject
    LeadTimes(ThresholdConfig config) {
        this(config.replenishment(), network(config.replenishment()));
    }

    LeadTimes(ReplenishmentConfig config, Optional<Network> network) {
        Map<String, LeadTime> leadTimes = new HashMap<>();
        if (config.enabled()) {
            network.ifPresent(n -> leadTimes.putAll(fromLanes(n.lanes())));
            leadTimes.putAll(configured(config));
        }
        this.byLocation = Map.copyOf(leadTimes);
    }

    /** The lead time of {@code location}; empty where none is configured or derived. */
    public Optional<LeadTime> at(String location) {
        return Optional.ofNullable(byLocation.get(location));
    }

    /**
     * Per facility, the lanes into it: an order may come along any of them, so LT is their mean transit
     * time and σLT their standard deviation, taken over all of them (the population, not a sample: they
     * are every lane there is). Transit only: a lane's minutes are door to door, handling excluded.
     */
    static Map<String, LeadTime> fromLanes(List<Lane> lanes) {
        return lanes.stream()
                .collect(Collectors.groupingBy(
                        Lane::to,
                        Collectors.mapping(lane -> BigDecimal.valueOf(lane.transitMinutes()), Collectors.toList())))
                .entrySet()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> ofMinutes(entry.getValue())));
    }

    private static LeadTime ofMinutes(List<BigDecimal> minutes) {
        BigDecimal count = BigDecimal.valueOf(minutes.size());
        BigDecimal mean =
                minutes.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(count, MathContext.DECIMAL64);
        BigDecimal variance = minutes.stream()
                .map(m -> m.subtract(mean).pow(2))
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(count, MathContext.DECIMAL64);
        return new LeadTime(inDays(mean), inDays(variance.sqrt(MathContext.DECIMAL64)));
    }

    private static BigDecimal inDays(BigDecimal minutes) {
        return minutes.divide(LeadTime.MINUTES_A_DAY, Figures.SCALE, RoundingMode.HALF_EVEN);
    }

    private static Map<String, LeadTime> configured(ReplenishmentConfig config) {
        config.leadTimeSd().keySet().stream()
                .filter(location -> !config.leadTime().containsKey(location))
                .findFirst()
                .ifPresent(location -> {
                    throw new IllegalStateException("livechain.threshold.replenishment.lead-time-sd.\"" + location
                            + "\" is set, but lead-time.\"" + location + "\" is not");
                });
        Map<String, LeadTime> leadTimes = new HashMap<>();
        config.leadTime()
                .forEach((location, leadTime) -> leadTimes.put(
                        location,
                        new LeadTime(
                                LeadTime.days(leadTime),
                                config.leadTimeSd().containsKey(location)
                                        ? LeadTime.days(config.leadTimeSd().get(location))
                                        : LeadTime.days(Duration.ZERO))));
        return leadTimes;
    }

    private static Optional<Network> network(ReplenishmentConfig config) {
        Path file = Path.of(config.networkFile());
        if (!config.enabled()) {
            return Optional.empty();
        }
        if (Files.notExists(file)) {
            LOG.infof("no network file at %s: lead times only where configured", file);
            return Optional.empty();
        }
        Network network = NetworkFile.read(file);
        LOG.infof("lead times derived from the lanes of network %s (%s)", network.name(), file);
        return Optional.of(network);
    }
}
