package io.livechain.notify.channel;

import java.net.URI;
import java.util.Set;

/** Channels for payload tests, with URLs and a routing key that stand for secrets. */
final class TestChannels {

    static final String ROUTING_KEY = "R0UTING-KEY-SECRET";

    private TestChannels() {}

    static Channel of(ChannelKind kind) {
        return new Channel(
                kind.label(),
                kind,
                URI.create("https://hooks.example.com/services/T0/B0/TOKEN-SECRET"),
                kind == ChannelKind.PAGERDUTY ? ROUTING_KEY : null,
                Set.of());
    }
}
