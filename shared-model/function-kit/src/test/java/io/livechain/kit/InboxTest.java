package io.livechain.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InboxTest {

    @Test
    void firstTimeIsOneInsertThatReturnsARowOnlyTheFirstTime() {
        // Threshold's prepared-statement cache and its inbox-with-reading CTE rely on this exact text.
        assertEquals(
                "insert into inbox (event_source, event_id) values ($1, $2) on conflict do nothing returning 1",
                Inbox.FIRST_TIME);
        assertEquals(
                "insert into {h-schema}inbox (event_source, event_id) values (?1, ?2) on conflict do nothing"
                        + " returning 1",
                Inbox.FIRST_TIME_NATIVE);
    }
}
