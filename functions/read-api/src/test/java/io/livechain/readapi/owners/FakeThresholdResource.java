package io.livechain.readapi.owners;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Starts a {@link FakeThreshold} and points read-api's threshold URL at it. */
public class FakeThresholdResource implements QuarkusTestResourceLifecycleManager {

    private static volatile FakeThreshold threshold;

    /** The running fake; tests set its answers. */
    public static FakeThreshold threshold() {
        return threshold;
    }

    @Override
    public Map<String, String> start() {
        threshold = new FakeThreshold();
        return Map.of("livechain.read-api.threshold.url", threshold.url());
    }

    @Override
    public void stop() {
        if (threshold != null) {
            threshold.close();
        }
    }
}
