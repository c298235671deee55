package io.livechain.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A real HTTP server standing in for the broker ingress (K_SINK) that a function posts events to.
 * Name the function's sink setting with the init arg {@code property}, e.g.
 * {@code @QuarkusTestResource(value = BrokerSinkResource.class, initArgs = @ResourceArg(name = "property",
 * value = "livechain.threshold.sink"))}; tests read what it received through {@link #sink()}.
 */
public class BrokerSinkResource implements QuarkusTestResourceLifecycleManager {

    private static RecordingHttpServer sink;
    private String property;

    @Override
    public void init(Map<String, String> initArgs) {
        property = initArgs.get("property");
        if (property == null) {
            throw new IllegalArgumentException("BrokerSinkResource needs the init arg 'property'");
        }
    }

    @Override
    public Map<String, String> start() {
        sink = new RecordingHttpServer();
        return Map.of(property, sink.url());
    }

    /** The server of the running test application. */
    public static RecordingHttpServer sink() {
        return sink;
    }

    @Override
    public void stop() {
        sink.close();
    }
}
