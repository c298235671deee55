package io.livechain.readapi.deadletters;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;

/**
 * A dead letter comes with its event's datacontenttype as Content-Type, whatever the sender wrote. One
 * that is no media type ({@code garbage}) made REST refuse the request with a bare 415 before
 * {@link DeadLetterIntake} saw it, and the KafkaSource drops a letter refused with a 4xx: it was lost.
 * Such a value moves to {@code ce-datacontenttype}, where {@link DeadLetterReader} finds it as it was.
 */
@ApplicationScoped
public class DeadLetterMediaTypes {

    void install(@Observes Router router) {
        router.post("/deadletters").order(Integer.MIN_VALUE).handler(ctx -> {
            String contentType = ctx.request().getHeader("Content-Type");
            if (contentType != null && !isMediaType(contentType)) {
                ctx.request().headers().remove("Content-Type").set("ce-datacontenttype", contentType);
            }
            ctx.next();
        });
    }

    private static boolean isMediaType(String value) {
        try {
            MediaType.valueOf(value.trim());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
