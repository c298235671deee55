package io.livechain.cdcadapter;

import java.util.List;
import java.util.Optional;

/**
 * What a change does: the row image to keep (none when it changes nothing stored) and the events it
 * becomes, in order: none when it means no movement (e.g. an older image than the one applied), two
 * when a row moved (its old booking taken back, its new one booked).
 */
public record Outcome(Optional<RowImage> image, List<Reply> replies) {

    static Outcome nothing() {
        return new Outcome(Optional.empty(), List.of());
    }

    /** The image kept, with no event (e.g. a count that did not change). */
    static Outcome quiet(RowImage image) {
        return new Outcome(Optional.of(image), List.of());
    }

    static Outcome of(RowImage image, Reply... replies) {
        return new Outcome(Optional.of(image), List.of(replies));
    }
}
