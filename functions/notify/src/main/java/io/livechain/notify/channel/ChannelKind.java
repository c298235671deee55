package io.livechain.notify.channel;

import java.util.Locale;

/** What a channel speaks, and so how a notice is written for it. */
public enum ChannelKind {
    /** Any HTTP endpoint: gets the CloudEvent itself, in structured mode. */
    WEBHOOK(new WebhookPayload()),
    /** PagerDuty Events API v2: opens and resolves incidents by dedup key. */
    PAGERDUTY(new PagerDutyPayload()),
    /** A Slack incoming webhook: one message per event. */
    SLACK(new SlackPayload());

    private final Payload payload;

    ChannelKind(Payload payload) {
        this.payload = payload;
    }

    public Payload payload() {
        return payload;
    }

    /** The name as configured: webhook, pagerduty or slack. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
