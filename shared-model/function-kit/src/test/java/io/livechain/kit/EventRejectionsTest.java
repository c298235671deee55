package io.livechain.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.model.FieldError;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A rejection stays small enough to travel with its event as a dead letter, whatever the event quoted. */
class EventRejectionsTest {

    @Test
    void aProblemQuotingAHugeValueIsCut() {
        String huge = "x".repeat(100_000);
        List<FieldError> shown =
                EventRejections.shortened(List.of(new FieldError("origin", "unknown facility '" + huge + "'")));

        assertEquals(1, shown.size());
        assertEquals("origin", shown.get(0).field());
        assertTrue(shown.get(0).problem().length() < 400, shown.get(0).problem().length() + " chars");
        assertTrue(
                shown.get(0).problem().endsWith("(100019 chars)"), shown.get(0).problem());
    }

    @Test
    void manyProblemsAreCountedBeyondTheFirstTwenty() {
        List<FieldError> many = IntStream.range(0, 5_000)
                .mapToObj(i -> new FieldError("newRoute[" + i + "]", "string expected"))
                .toList();

        List<FieldError> shown = EventRejections.shortened(many);

        assertEquals(21, shown.size());
        assertEquals(new FieldError("data", "and 4980 more problems"), shown.get(20));
    }
}
