package io.livechain.notify.channel;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livechain.notify.Notice;

/**
 * A PagerDuty Events API v2 event: a trigger opens (or adds to) the incident of the notice's dedup
 * key, a resolve closes it. See https://developer.pagerduty.com/docs/events-api-v2/trigger-events/.
 */
public class PagerDutyPayload implements Payload {

    public static final String CONTENT_TYPE = "application/json";
    /** PagerDuty rejects a longer summary. */
    static final int MAX_SUMMARY = 1024;

    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    @Override
    public String body(Notice notice, Channel channel) {
        ObjectNode event = JsonNodeFactory.instance
                .objectNode()
                .put("routing_key", channel.routingKey())
                .put("event_action", notice.action() == Notice.Action.RESOLVE ? "resolve" : "trigger")
                .put("dedup_key", notice.dedupKey());
        if (notice.action() == Notice.Action.TRIGGER) {
            event.set("payload", details(notice));
        }
        return event.toString();
    }

    private static ObjectNode details(Notice notice) {
        ObjectNode payload = JsonNodeFactory.instance
                .objectNode()
                .put("summary", Text.shorten(notice.headline(), MAX_SUMMARY))
                .put("source", notice.subject())
                .put("severity", notice.severity().pagerDuty());
        if (notice.occurredAt() != null) {
            payload.put("timestamp", notice.occurredAt().toString());
        }
        if (notice.assetId() != null) {
            payload.put("component", notice.assetId());
        }
        if (notice.group() != null) {
            payload.put("group", notice.group());
        }
        payload.put("class", notice.event().type());
        payload.set("custom_details", notice.event().data());
        return payload;
    }
}
