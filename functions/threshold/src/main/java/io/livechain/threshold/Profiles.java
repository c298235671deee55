package io.livechain.threshold;

import io.livechain.model.InvalidEventException;
import io.livechain.threshold.rules.ColdChainProfile;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The configured cold-chain profiles, by id; built once from configuration. */
@ApplicationScoped
public class Profiles {

    private final ThresholdConfig config;
    private final Map<String, ColdChainProfile> byId;

    public Profiles(ThresholdConfig config) {
        this.config = config;
        this.byId = config.profiles().entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        Map.Entry::getKey, entry -> profile(entry.getKey(), entry.getValue())));
    }

    /** The profile named by a reading; fails with 400 semantics for an id that is not configured. */
    public ColdChainProfile named(String id) {
        return find(id).orElseThrow(() -> new InvalidEventException(
                "profile",
                "unknown profile '" + id + "'; configured: " + config.profiles().keySet()));
    }

    public Optional<ColdChainProfile> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The profile registered for an asset in configuration, if any. */
    public Optional<String> registeredFor(String assetId) {
        return Optional.ofNullable(config.assets().get(assetId));
    }

    private static ColdChainProfile profile(String id, ThresholdConfig.Profile p) {
        return new ColdChainProfile(
                id,
                p.min(),
                p.max(),
                p.hardLow(),
                p.hardHigh(),
                p.excursionLimit(),
                p.cumulativeLimit(),
                p.mktWindow());
    }
}
