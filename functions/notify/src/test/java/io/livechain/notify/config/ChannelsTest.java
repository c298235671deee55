package io.livechain.notify.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.model.EventType;
import io.livechain.notify.channel.Channel;
import io.livechain.notify.channel.ChannelKind;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.smallrye.config.ConfigValidationException;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The channels as configured through {@code livechain.notify.*}, read by SmallRye Config as at start-up. */
class ChannelsTest {

    private static final String SLACK_URL = "https://hooks.slack.com/services/T00/B00/SLACK-SECRET";
    private static final String ROUTING_KEY = "PD-SECRET-KEY";

    private static NotifyConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(NotifyConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
        return config.getConfigMapping(NotifyConfig.class);
    }

    private static Map<String, String> channel(String name, String kind, String url, String... more) {
        Map<String, String> properties = new HashMap<>();
        properties.put("livechain.notify.channels." + name + ".kind", kind);
        properties.put("livechain.notify.channels." + name + ".url", url);
        for (int i = 0; i < more.length; i += 2) {
            properties.put("livechain.notify.channels." + name + "." + more[i], more[i + 1]);
        }
        return properties;
    }

    private static Channel only(Map<String, String> properties) {
        List<Channel> channels = new Channels(config(properties)).wanting(EventType.Types.ALERT_RAISED);
        assertEquals(1, channels.size());
        return channels.get(0);
    }

    @Test
    void channelsAreReadByNameWithTheirKind() {
        Map<String, String> properties =
                channel("oncall", "pagerduty", "https://events.pagerduty.com/v2/enqueue", "routing-key", ROUTING_KEY);
        properties.putAll(channel("team-slack", "slack", SLACK_URL));
        properties.putAll(channel("ops", "webhook", "http://ops.example.com/events"));

        List<Channel> channels = new Channels(config(properties)).wanting(EventType.Types.ALERT_RAISED);

        assertEquals(
                List.of(
                        new Channel(
                                "oncall",
                                ChannelKind.PAGERDUTY,
                                URI.create("https://events.pagerduty.com/v2/enqueue"),
                                ROUTING_KEY,
                                Set.of()),
                        new Channel(
                                "ops",
                                ChannelKind.WEBHOOK,
                                URI.create("http://ops.example.com/events"),
                                null,
                                Set.of()),
                        new Channel("team-slack", ChannelKind.SLACK, URI.create(SLACK_URL), null, Set.of())),
                channels);
    }

    @Test
    void channelsCanBeSetFromTheEnvironment() {
        NotifyConfig config = new SmallRyeConfigBuilder()
                .withMapping(NotifyConfig.class)
                .withSources(new EnvConfigSource(
                        Map.of(
                                "LIVECHAIN_NOTIFY_CHANNELS_ONCALL_KIND", "pagerduty",
                                "LIVECHAIN_NOTIFY_CHANNELS_ONCALL_URL", "https://events.pagerduty.com/v2/enqueue",
                                "LIVECHAIN_NOTIFY_CHANNELS_ONCALL_ROUTING_KEY", ROUTING_KEY),
                        300))
                .build()
                .getConfigMapping(NotifyConfig.class);

        Channel channel =
                new Channels(config).wanting(EventType.Types.ALERT_RAISED).get(0);
        assertEquals("oncall", channel.name());
        assertEquals(ROUTING_KEY, channel.routingKey());
    }

    @Test
    void noChannelsIsValidAndNoneWantsAnything() {
        NotifyConfig config = config(Map.of());

        assertTrue(new Channels(config).wanting(EventType.Types.ALERT_RAISED).isEmpty());
        assertEquals(Duration.ofSeconds(5), config.timeout());
    }

    @Test
    void typesLimitWhatAChannelWants() {
        Channels channels = new Channels(config(channel(
                "alerts",
                "webhook",
                "http://ops.example.com/a",
                "types",
                EventType.Types.ALERT_RAISED + "," + EventType.Types.ALERT_RESOLVED)));

        assertEquals(1, channels.wanting(EventType.Types.ALERT_RESOLVED).size());
        assertTrue(channels.wanting(EventType.Types.MAINTENANCE_REQUESTED).isEmpty());
    }

    @Test
    void pagerDutyChannelWithoutRoutingKeyStopsStartUp() {
        ConfigurationException failure = assertThrows(
                ConfigurationException.class,
                () -> new Channels(config(channel("oncall", "pagerduty", "https://events.pagerduty.com/v2/enqueue"))));
        assertEquals(
                "livechain.notify.channels.oncall.routing-key is required for kind pagerduty", failure.getMessage());
    }

    @Test
    void channelWithoutUrlStopsStartUp() {
        Map<String, String> properties = Map.of("livechain.notify.channels.ops.kind", "webhook");
        ConfigValidationException failure = assertThrows(ConfigValidationException.class, () -> config(properties));
        assertTrue(failure.getMessage().contains("livechain.notify.channels.ops.url"), failure.getMessage());
    }

    @Test
    void unknownKindStopsStartUp() {
        assertThrows(RuntimeException.class, () -> config(channel("ops", "email", "http://ops.example.com")));
    }

    @Test
    void typeNotifyNeverReceivesStopsStartUp() {
        ConfigurationException failure = assertThrows(
                ConfigurationException.class,
                () -> new Channels(
                        config(channel("ops", "webhook", "http://ops.example.com", "types", EventType.Types.SCAN))));
        assertTrue(
                failure.getMessage().startsWith("livechain.notify.channels.ops.types: 'io.livechain.scan.v1'"),
                failure.getMessage());
    }

    @Test
    void badUrlStopsStartUpWithoutQuotingIt() {
        ConfigurationException unparsable = assertThrows(
                ConfigurationException.class,
                () -> new Channels(config(channel("team-slack", "slack", SLACK_URL + " oops"))));
        ConfigurationException relative = assertThrows(
                ConfigurationException.class,
                () -> new Channels(config(channel("team-slack", "slack", "services/T00/B00/SLACK-SECRET"))));

        for (ConfigurationException failure : List.of(unparsable, relative)) {
            assertTrue(
                    failure.getMessage().startsWith("livechain.notify.channels.team-slack.url"), failure.getMessage());
            assertFalse(failure.getMessage().contains("SLACK-SECRET"), failure.getMessage());
            assertEquals(null, failure.getCause());
        }
    }

    @Test
    void channelDescriptionForLogsHoldsNoSecret() {
        Channel slack = only(channel("team-slack", "slack", SLACK_URL + "?token=QUERY-SECRET"));
        Channel pagerDuty = only(channel(
                "oncall", "pagerduty", "https://events.pagerduty.com:443/v2/enqueue", "routing-key", ROUTING_KEY));

        assertEquals("channel=team-slack kind=slack host=hooks.slack.com", slack.toString());
        assertEquals("channel=oncall kind=pagerduty host=events.pagerduty.com:443", pagerDuty.toString());
        for (String secret : List.of("SLACK-SECRET", "QUERY-SECRET", "/services", ROUTING_KEY, "/v2/enqueue")) {
            assertFalse(
                    slack.toString().contains(secret) || pagerDuty.toString().contains(secret), secret);
        }
    }
}
