package io.livechain.kit;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids of the events a function decides, derived from what they are about (the input replied to, an
 * alert, a shipment), so a redelivered input yields the very same ids and every consumer downstream
 * can drop the duplicate by (source, id).
 */
public final class ReplyIds {

    private ReplyIds() {}

    /** A name-based UUID of the replying function and the input's CloudEvent source and id. */
    public static String replyTo(String function, String inputSource, String inputId) {
        return of(function, inputSource, inputId);
    }

    /** A name-based UUID of {@code parts} joined by newlines: the same parts, the same id. */
    public static String of(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\n", parts).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
