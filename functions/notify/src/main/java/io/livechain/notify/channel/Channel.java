package io.livechain.notify.channel;

import java.net.URI;
import java.util.Set;

/**
 * One of the on-call team's channels, by its configured name.
 *
 * @param url where to POST; its path and query are secrets (Slack webhook tokens)
 * @param routingKey PagerDuty's integration key, a secret; null for other kinds
 * @param types the CloudEvent types the channel wants; empty for all
 */
public record Channel(String name, ChannelKind kind, URI url, String routingKey, Set<String> types) {

    public Channel {
        types = Set.copyOf(types);
    }

    public boolean wants(String type) {
        return types.isEmpty() || types.contains(type);
    }

    /** Host and port only: safe to log. */
    public String host() {
        return url.getPort() < 0 ? url.getHost() : url.getHost() + ":" + url.getPort();
    }

    /** For logs: name, kind and host, never the URL's path or query nor the routing key. */
    @Override
    public String toString() {
        return "channel=" + name + " kind=" + kind.label() + " host=" + host();
    }
}
