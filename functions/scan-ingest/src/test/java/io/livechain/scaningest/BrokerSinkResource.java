package io.livechain.scaningest;

import java.util.Map;

import io.livechain.testsupport.RecordingHttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A real HTTP server standing in for the broker ingress (K_SINK) that EPCIS events are posted to. */
public class BrokerSinkResource implements QuarkusTestResourceLifecycleManager {

    static RecordingHttpServer sink;

    @Override
    public Map<String, String> start() {
        sink = new RecordingHttpServer();
        return Map.of("livechain.scan-ingest.sink", sink.url());
    }

    @Override
    public void stop() {
        sink.close();
    }
}
