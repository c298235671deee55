package io.livechain.threshold;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Ids of the events this function decides, derived from what they are about: a retry decides the same ids. */
final class EventIds {

    private EventIds() {
    }

    static String of(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("\n", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
