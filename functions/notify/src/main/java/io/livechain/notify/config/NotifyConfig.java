package io.livechain.notify.config;

import io.livechain.notify.channel.ChannelKind;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ConfigMapping(prefix = "livechain.notify")
public interface NotifyConfig {

    /** The on-call team's channels by name; with none, events are acknowledged and only logged. */
    Map<String, ChannelConfig> channels();

    /** Upper bound for connecting to a channel and for its answer to one request. */
    @WithDefault("PT5S")
    Duration timeout();

    interface ChannelConfig {

        /** webhook (the CloudEvent itself), pagerduty (Events API v2) or slack (incoming webhook). */
        ChannelKind kind();

        /** The http(s) URL to POST to. Its path and query are treated as secret and never logged. */
        String url();

        /** The PagerDuty integration key; required for kind pagerduty. A secret, never logged. */
        Optional<String> routingKey();

        /** The CloudEvent types the channel wants, comma-separated; every type notify takes when absent. */
        Optional<Set<String>> types();
    }

    /** How long the delivery log is kept: a redelivered event within this is not sent to a channel twice. */
    @WithName("retention.deliveries")
    @WithDefault("P7D")
    Duration deliveriesRetention();
}
