package io.livechain.readapi.tower;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlowWindowTest {

    private static final long T0 = Instant.parse("2026-12-02T12:00:00Z").toEpochMilli();

    @Test
    void countsEachTypeInTheBucketOfItsTimestamp() {
        FlowWindow window = new FlowWindow(10, 3);
        window.add("scan", T0 + 1_000);
        window.add("scan", T0 + 9_999);
        window.add("scan", T0 + 10_000);
        window.add("level", T0 + 25_000);

        FlowWindow.Flow flow = window.at(T0 + 29_000);

        assertEquals(Instant.ofEpochMilli(T0), flow.since());
        assertEquals(10, flow.bucketSeconds());
        assertArrayEquals(new long[] {2, 1, 0}, flow.types().get("scan"));
        assertArrayEquals(new long[] {0, 0, 1}, flow.types().get("level"));
    }

    @Test
    void bucketsSlideWithTimeAndTypesWithoutEventsLeave() {
        FlowWindow window = new FlowWindow(10, 3);
        window.add("scan", T0);
        window.add("level", T0 + 20_000);

        FlowWindow.Flow flow = window.at(T0 + 30_000);

        assertEquals(Set.of("level"), flow.types().keySet(), "scan's only bucket slid out");
        assertArrayEquals(new long[] {0, 1, 0}, flow.types().get("level"));
    }

    @Test
    void eventsOlderThanTheWindowAreNotCounted() {
        FlowWindow window = new FlowWindow(10, 3);
        window.add("scan", T0 + 60_000);
        window.add("scan", T0); // late: 6 buckets before the newest

        assertArrayEquals(new long[] {0, 0, 1}, window.at(T0 + 60_000).types().get("scan"));
    }

    @Test
    void aLongSilenceEmptiesTheWindow() {
        FlowWindow window = new FlowWindow(10, 3);
        window.add("scan", T0);

        assertEquals(Set.of(), window.at(T0 + 3_600_000).types().keySet());
    }
}
