package io.livechain.threshold;

import io.livechain.kit.OutboxEvent;
import java.util.List;

/** What handling one event came to: a redelivery (already taken), or the events it decided, in post order. */
record Handled(String source, String id, boolean duplicate, List<OutboxEvent> decided) {

    static Handled duplicate(String source, String id) {
        return new Handled(source, id, true, List.of());
    }
}
