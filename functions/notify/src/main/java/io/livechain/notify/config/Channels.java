package io.livechain.notify.config;

import io.livechain.model.EventType;
import io.livechain.model.Functions;
import io.livechain.notify.channel.Channel;
import io.livechain.notify.channel.ChannelKind;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The configured channels, checked at start-up: a channel notify could never deliver to (no URL, a
 * PagerDuty channel without routing key, a type it never receives) stops the function from starting
 * rather than losing notices later.
 */
@Startup
@ApplicationScoped
public class Channels {

    private static final String PREFIX = "livechain.notify.channels.";
    private static final Logger LOG = Logger.getLogger(Channels.class);
    /** The catalogue's types routed to notify: a channel can only want these. */
    private static final Set<String> TAKEN_TYPES = Arrays.stream(EventType.values())
            .filter(type -> type.consumers().contains(Functions.NOTIFY))
            .map(EventType::type)
            .collect(Collectors.toCollection(TreeSet::new));

    private final List<Channel> all;

    @Inject
    public Channels(NotifyConfig config) {
        this(config.channels().entrySet().stream()
                .map(entry -> channel(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(Channel::name))
                .toList());
        LOG.infof(
                all.isEmpty() ? "no channels configured: events are acknowledged and only logged" : "channels: %s",
                all);
    }

    public Channels(List<Channel> all) {
        this.all = List.copyOf(all);
    }

    /** The channels that want events of {@code type}; empty when none does. */
    public List<Channel> wanting(String type) {
        return all.stream().filter(channel -> channel.wants(type)).toList();
    }

    static Channel channel(String name, NotifyConfig.ChannelConfig config) {
        ChannelKind kind = config.kind();
        String routingKey = config.routingKey().filter(key -> !key.isBlank()).orElse(null);
        if (kind == ChannelKind.PAGERDUTY && routingKey == null) {
            throw new ConfigurationException(PREFIX + name + ".routing-key is required for kind pagerduty");
        }
        Set<String> types = config.types().orElse(Set.of());
        types.forEach(type -> checkType(name, type));
        return new Channel(name, kind, url(name, config.url()), routingKey, types);
    }

    /** The URL must not appear in the error, nor the parser's message (which quotes it): it is a secret. */
    private static URI url(String name, String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(PREFIX + name + ".url is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new ConfigurationException(PREFIX + name + ".url must be an absolute http or https URL");
        }
        return uri;
    }

    private static void checkType(String name, String type) {
        if (!TAKEN_TYPES.contains(type)) {
            throw new ConfigurationException(PREFIX + name + ".types: '" + type
                    + "' is not an event type notify takes; expected some of " + String.join(", ", TAKEN_TYPES));
        }
    }
}
