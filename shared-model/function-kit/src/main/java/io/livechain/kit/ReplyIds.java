package io.livechain.kit;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Reply event ids derived from the event replied to, so a redelivered input yields the very same
 * reply id and every consumer downstream can drop the duplicate by (source, id).
 */
public final class ReplyIds {

    private ReplyIds() {
    }

    /** A name-based UUID of the replying function and the input's CloudEvent source and id. */
    public static String replyTo(String function, String inputSource, String inputId) {
        String key = function + '\n' + inputSource + '\n' + inputId;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
