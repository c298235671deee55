package io.livechain.scaningest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "livechain.scan-ingest")
public interface ScanIngestConfig {

    /** How far a scan's eventTime may lie ahead of this clock (device clock skew) before it is rejected. */
    @WithDefault("PT5M")
    Duration maxFutureSkew();

    /** Broker ingress for the events of an EPCIS document (Knative: K_SINK from the SinkBinding). */
    String sink();

    /** How long a post to the sink may take. */
    @WithDefault("PT5S")
    Duration sinkTimeout();
}
