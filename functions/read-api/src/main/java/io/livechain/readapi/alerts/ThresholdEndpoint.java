package io.livechain.readapi.alerts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where the threshold function takes acks: {@code POST <url>/alerts/{id}/ack}. */
@ConfigMapping(prefix = "livechain.read-api.threshold")
public interface ThresholdEndpoint {

    /**
     * Base URL of the threshold function. The default is the local stack's threshold; a cluster sets
     * {@code LIVECHAIN_READ_API_THRESHOLD_URL} to the threshold Knative Service's address.
     */
    @WithDefault("http://localhost:18084")
    String url();

    /** How long an ack waits for threshold's answer, a cold start of a scaled-to-zero threshold included. */
    @WithDefault("PT10S")
    Duration timeout();
}
