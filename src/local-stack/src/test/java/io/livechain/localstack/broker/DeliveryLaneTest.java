package io.livechain.localstack.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryLaneTest {

    /** Records starts and keeps each delivery's completion for the test to call. */
    private final List<Integer> started = new ArrayList<>();

    private final List<Runnable> completions = new ArrayList<>();

    private DeliveryLane<Integer> lane(int capacity) {
        return new DeliveryLane<>(capacity, (item, done) -> {
            started.add(item);
            completions.add(done);
        });
    }

    @Test
    void startsUpToItsCapacityAndQueuesTheRest() {
        DeliveryLane<Integer> lane = lane(3);
        for (int i = 0; i < 5; i++) {
            lane.submit(i);
        }
        assertEquals(List.of(0, 1, 2), started);
        assertEquals(2, lane.queued());
        assertEquals(5, lane.pending());
    }

    @Test
    void aCompletionStartsTheNextInArrivalOrder() {
        DeliveryLane<Integer> lane = lane(1);
        lane.submit(1);
        lane.submit(2);
        lane.submit(3);
        assertEquals(List.of(1), started);
        completions.get(0).run();
        assertEquals(List.of(1, 2), started);
        completions.get(1).run();
        completions.get(2).run();
        assertEquals(List.of(1, 2, 3), started);
        assertEquals(0, lane.pending());
    }
}
