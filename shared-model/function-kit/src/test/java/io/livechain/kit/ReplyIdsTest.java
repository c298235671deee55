package io.livechain.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReplyIdsTest {

    @Test
    void idsAreNameBasedUuidsOfThePartsJoinedByNewlines() {
        // Stored outbox rows, alerts and tests hold these: they must never change.
        assertEquals("262a927d-d635-3353-9ea5-8e2ecb272b23", ReplyIds.replyTo("threshold", "/test/sensors", "r-1"));
        assertEquals("262a927d-d635-3353-9ea5-8e2ecb272b23", ReplyIds.of("threshold", "/test/sensors", "r-1"));
        assertEquals(
                "9708456b-df5d-33ef-81c2-ab4d71a14c01", ReplyIds.of("drift|asset-1|vibration", "/test/sensors", "r-1"));
        assertEquals("08fbcd5c-b151-3c62-b5ea-2b4a80354ae4", ReplyIds.of("abc", "raised"));
    }
}
