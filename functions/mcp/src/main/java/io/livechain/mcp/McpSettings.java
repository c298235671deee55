package io.livechain.mcp;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Where the tools read and act. */
@ConfigMapping(prefix = "livechain.mcp")
public interface McpSettings {

    /** read-api's base URL: every read and the alert acks go there with the agent's own token. */
    String readApiUrl();

    /** reroute's base URL, for what-if dry runs ({@code POST /what-if}). */
    String rerouteUrl();

    /** The broker ingress the agents' requests are posted to (Knative's {@code K_SINK}). */
    String sink();

    /** How long one downstream call may take. */
    Duration timeout();

    /** The broker's Kafka topic, which {@code recent_events} reads. */
    String brokerTopic();
}
