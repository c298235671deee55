package io.livechain.notify.channel;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.livechain.notify.Notice;
import io.livechain.notify.ReceivedEvent;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The CloudEvent itself in structured mode, so any CloudEvents consumer can take it: the input's
 * attributes and extensions as they came, its data as JSON.
 */
public class WebhookPayload implements Payload {

    public static final String CONTENT_TYPE = "application/cloudevents+json";

    @Override
    public String contentType() {
        return CONTENT_TYPE;
    }

    @Override
    public String body(Notice notice, Channel channel) {
        ReceivedEvent event = notice.event();
        ObjectNode envelope = JsonNodeFactory.instance
                .objectNode()
                .put("specversion", "1.0")
                .put("id", event.id())
                .put("source", event.source())
                .put("type", event.type());
        if (event.time() != null) {
            envelope.put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.time()));
        }
        if (event.subject() != null) {
            envelope.put("subject", event.subject());
        }
        if (event.dataSchema() != null) {
            envelope.put("dataschema", event.dataSchema());
        }
        envelope.put("datacontenttype", "application/json");
        event.extensions().forEach((name, value) -> {
            // Attribute names are lower case; binary mode hands them over as the headers were spelt.
            String attribute = name.toLowerCase(Locale.ROOT);
            if (value != null && !envelope.has(attribute) && !attribute.equals("data_base64")) {
                envelope.put(attribute, value);
            }
        });
        envelope.set("data", event.data());
        return envelope.toString();
    }
}
