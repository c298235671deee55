package io.livechain.notify;

import io.livechain.model.EventType;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * One local HTTP server per channel kind, and the {@code livechain.notify.channels.*} config pointing
 * at them: every channel wants every type except {@code alerts-only}, a second webhook on the same
 * server that wants alerts only.
 */
public class ChannelServers implements QuarkusTestResourceLifecycleManager {

    public static final String WEBHOOK_PATH = "/events";
    public static final String ALERTS_ONLY_PATH = "/alerts-only";
    public static final String PAGERDUTY_PATH = "/v2/enqueue";
    /** Stands for the secret token of a Slack webhook URL. */
    public static final String SLACK_PATH = "/services/T000/B000/SLACK-SECRET-TOKEN";

    public static final String ROUTING_KEY = "PD-SECRET-ROUTING-KEY";
    public static final int ACCEPTED = 202;

    public static ChannelServer webhook;
    public static ChannelServer pagerDuty;
    public static ChannelServer slack;

    @Override
    public Map<String, String> start() {
        webhook = ChannelServer.answering(ACCEPTED);
        pagerDuty = ChannelServer.answering(ACCEPTED);
        slack = ChannelServer.answering(200);
        String channels = "livechain.notify.channels.";
        return Map.of(
                channels + "ops-webhook.kind",
                "webhook",
                channels + "ops-webhook.url",
                webhook.url(WEBHOOK_PATH).toString(),
                channels + "alerts-only.kind",
                "webhook",
                channels + "alerts-only.url",
                webhook.url(ALERTS_ONLY_PATH).toString(),
                channels + "alerts-only.types",
                EventType.Types.ALERT_RAISED + "," + EventType.Types.ALERT_RESOLVED,
                channels + "oncall.kind",
                "pagerduty",
                channels + "oncall.url",
                pagerDuty.url(PAGERDUTY_PATH).toString(),
                channels + "oncall.routing-key",
                ROUTING_KEY,
                channels + "team-slack.kind",
                "slack",
                channels + "team-slack.url",
                slack.url(SLACK_PATH).toString());
    }

    /** Forgets what the servers received; all answer success again. */
    public static void reset() {
        webhook.reset(ACCEPTED);
        pagerDuty.reset(ACCEPTED);
        slack.reset(200);
    }

    @Override
    public void stop() {
        for (ChannelServer server : new ChannelServer[] {webhook, pagerDuty, slack}) {
            if (server != null) {
                server.close();
            }
        }
    }
}
