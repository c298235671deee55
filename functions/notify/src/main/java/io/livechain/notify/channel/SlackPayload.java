package io.livechain.notify.channel;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livechain.notify.Notice;
import java.util.stream.Collectors;

/**
 * A Slack incoming-webhook message: a one-line {@code text} (what notifications show) and a section
 * block with the details (what the channel shows). No emoji, so it reads the same in every client.
 */
public class SlackPayload implements Payload {

    public static final String CONTENT_TYPE = "application/json";
    /** Slack's limit for a section block's text. */
    static final int MAX_SECTION = 3000;

    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    @Override
    public String body(Notice notice, Channel channel) {
        String line = prefix(notice) + " " + escape(notice.headline());
        String details = notice.details().stream()
                .map(detail -> "*" + escape(detail.label()) + ":* " + escape(detail.value()))
                .collect(Collectors.joining("\n"));
        String section = "*" + line + "*\n" + details + "\n_"
                + escape(notice.event().type()) + " " + escape(notice.event().id()) + "_";
        ObjectNode message = JsonNodeFactory.instance.objectNode().put("text", line);
        message.putArray("blocks")
                .addObject()
                .put("type", "section")
                .putObject("text")
                .put("type", "mrkdwn")
                .put("text", Text.shorten(section, MAX_SECTION));
        return message.toString();
    }

    /** [CRITICAL], [ERROR], [WARNING], [INFO], or [RESOLVED] when an incident closes. */
    static String prefix(Notice notice) {
        return "["
                + (notice.action() == Notice.Action.RESOLVE
                        ? "RESOLVED"
                        : notice.severity().name()) + "]";
    }

    /** Slack reads &, < and > as markup (links, mentions) unless escaped. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
