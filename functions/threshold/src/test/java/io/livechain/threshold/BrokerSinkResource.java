package io.livechain.threshold;

import java.util.Map;

import io.livechain.testsupport.RecordingHttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real HTTP server standing in for the broker ingress (K_SINK), plus the rule settings the tests use. */
public class BrokerSinkResource implements QuarkusTestResourceLifecycleManager {

    static RecordingHttpServer sink;

    @Override
    public Map<String, String> start() {
        sink = new RecordingHttpServer();
        return Map.of(
                "livechain.threshold.sink", sink.url(),
                "livechain.threshold.reorder-points.\"SKU-LOW|DC-1\"", "10",
                "livechain.threshold.assets.reefer-registered", "frozen",
                "livechain.threshold.drift.max-rate-per-minute.pressure", "5");
    }

    @Override
    public void stop() {
        sink.close();
    }
}
