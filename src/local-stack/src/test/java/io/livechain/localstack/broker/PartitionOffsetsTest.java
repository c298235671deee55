package io.livechain.localstack.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PartitionOffsetsTest {

    @Test
    void commitStopsAtTheFirstEventStillInFlight() {
        PartitionOffsets offsets = new PartitionOffsets(100);
        for (long o = 100; o < 110; o++) {
            offsets.opened(o);
        }
        for (long o = 101; o < 110; o++) {
            offsets.completed(o);
        }
        assertEquals(100, offsets.committable());
        offsets.completed(100);
        assertEquals(110, offsets.committable());
    }

    @Test
    void filteredRecordsAreCommittableOnlyBehindDeliveredOnes() {
        PartitionOffsets offsets = new PartitionOffsets(0);
        offsets.passed(0);
        offsets.opened(1);
        offsets.passed(2);
        offsets.passed(3);
        assertEquals(1, offsets.committable());
        offsets.completed(1);
        assertEquals(4, offsets.committable());
    }

    @Test
    void gapsInOffsetsDoNotHoldTheCommitBack() {
        PartitionOffsets offsets = new PartitionOffsets(0);
        offsets.opened(0);
        offsets.opened(5); // 1-4 were never read (e.g. transaction markers)
        offsets.completed(0);
        assertEquals(5, offsets.committable());
        offsets.completed(5);
        assertEquals(6, offsets.committable());
    }

    @Test
    void nothingReadCommitsTheStartPosition() {
        assertEquals(42, new PartitionOffsets(42).committable());
    }

    @Test
    void completionsInAnyOrderNeverCommitPastAnOpenRecord() {
        Random random = new Random(7);
        PartitionOffsets offsets = new PartitionOffsets(0);
        List<Long> open = new ArrayList<>();
        for (long o = 0; o < 5_000; o++) {
            if (random.nextInt(4) == 0) {
                offsets.passed(o);
            } else {
                offsets.opened(o);
                open.add(o);
            }
        }
        Collections.shuffle(open, random);
        List<Long> stillOpen = new ArrayList<>(open);
        for (Long o : open) {
            offsets.completed(o);
            stillOpen.remove(o);
            long expected = stillOpen.stream().mapToLong(Long::longValue).min().orElse(5_000);
            assertEquals(expected, offsets.committable());
        }
        assertEquals(0, offsets.openCount());
    }
}
