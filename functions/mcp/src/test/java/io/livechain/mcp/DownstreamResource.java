package io.livechain.mcp;

import io.livechain.testsupport.RecordingHttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** The services the MCP server calls, for its tests: read-api and reroute (one fake), and the broker ingress. */
public class DownstreamResource implements QuarkusTestResourceLifecycleManager {

    static FakeReadApi services;
    static RecordingHttpServer broker;

    @Override
    public Map<String, String> start() {
        services = new FakeReadApi();
        broker = new RecordingHttpServer();
        return Map.of(
                "livechain.mcp.read-api-url", services.url(),
                "livechain.mcp.reroute-url", services.url(),
                "livechain.mcp.sink", broker.url());
    }

    @Override
    public void stop() {
        services.close();
        broker.close();
    }
}
