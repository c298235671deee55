package io.livechain.localstack.broker;

import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * Runs deliveries with at most {@code capacity} in flight, queueing the rest in arrival order.
 * Ordered Triggers get one lane of capacity 1 per partition (one event in flight per partition,
 * and a slow partition holds up no other); unordered Triggers one lane for all partitions, with
 * up to {@code max.poll.records} in flight, as Knative's Kafka broker dispatcher does.
 *
 * @param <T> what is delivered
 */
final class DeliveryLane<T> {

    /** Starts one delivery; calls {@code done} when it completed (delivered or dead-lettered). */
    interface Starter<T> {
        void start(T item, Runnable done);
    }

    private final int capacity;
    private final Starter<T> starter;
    private final ArrayDeque<T> queued = new ArrayDeque<>();
    private int inFlight;

    DeliveryLane(int capacity, Starter<T> starter) {
        this.capacity = capacity;
        this.starter = starter;
    }

    void submit(T item) {
        T next;
        synchronized (this) {
            if (inFlight >= capacity) {
                queued.addLast(item);
                return;
            }
            inFlight++;
            next = item;
        }
        run(next);
    }

    private void run(T item) {
        starter.start(item, this::finished);
    }

    private void finished() {
        T next;
        synchronized (this) {
            next = queued.pollFirst();
            if (next == null) {
                inFlight--;
                return;
            }
        }
        run(next);
    }

    /** Deliveries waiting for a free slot. */
    synchronized int queued() {
        return queued.size();
    }

    /** Deliveries queued or in flight. */
    synchronized int pending() {
        return queued.size() + inFlight;
    }

    /** Applies {@code action} to the queued items (not started yet), e.g. to forget them on revocation. */
    synchronized void drainQueued(Consumer<T> action) {
        while (!queued.isEmpty()) {
            action.accept(queued.pollFirst());
        }
    }
}
