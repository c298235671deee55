package io.livechain.scaningest;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "livechain.scan-ingest")
public interface ScanIngestConfig {

    /** How far a scan's eventTime may lie ahead of this clock (device clock skew) before it is rejected. */
    @WithDefault("PT5M")
    Duration maxFutureSkew();
}
