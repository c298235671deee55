package io.livechain.reroute;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

@ConfigMapping(prefix = "livechain.reroute")
public interface RerouteConfig {

    /** Broker ingress URL plans and reroutes are posted to (Knative: K_SINK from the SinkBinding). */
    String sink();

    /** How long a post to the sink may take. */
    @WithDefault("PT5S")
    Duration sinkTimeout();

    /** The network file (the livechain-network ConfigMap in a cluster). */
    String networkFile();

    /** A replan replaces the route only if it arrives at least this much earlier: no flapping. */
    @WithDefault("PT30M")
    Duration minImprovement();

    /** A GPS fix this close to a facility of the route means the shipment is there. */
    @WithDefault("25")
    double arrivalRadiusKm();

    /** How long handled-event ids are kept: a redelivery within this is still recognised as one. */
    @WithName("retention.inbox")
    @WithDefault("P7D")
    Duration inboxRetention();
}
