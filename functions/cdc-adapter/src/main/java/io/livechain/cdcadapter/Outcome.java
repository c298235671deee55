package io.livechain.cdcadapter;

import java.util.Optional;

/**
 * What a change does: the row image to keep (none when it changes nothing stored) and the event it
 * becomes (none when it means no movement, e.g. an older image than the one applied).
 */
public record Outcome(Optional<RowImage> image, Optional<Reply> reply) {

    static Outcome nothing() {
        return new Outcome(Optional.empty(), Optional.empty());
    }

    static Outcome of(RowImage image, Reply reply) {
        return new Outcome(Optional.of(image), Optional.ofNullable(reply));
    }
}
