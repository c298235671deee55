package io.livechain.inventory;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Group commit: items submitted while groups are busy wait in a queue and go together, up to
 * {@code maxGroupSize}, into the next group; an item submitted while a group slot is free goes at
 * once, so nothing waits when idle. Every caller gets its own result when its group completes. When
 * a group fails, its items are tried again one by one in the same slot, so one bad item fails only
 * its own caller and the others need no redelivery.
 */
final class GroupCommit<T, R> {

    private record Waiting<T, R>(T item, UniEmitter<? super R> caller) {}

    private final Queue<Waiting<T, R>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final int maxGroupSize;
    private final int maxInFlight;
    /** Applies one group; its list holds one result per item, in the group's order. */
    private final Function<List<T>, Uni<List<R>>> applyGroup;

    GroupCommit(int maxGroupSize, int maxInFlight, Function<List<T>, Uni<List<R>>> applyGroup) {
        this.maxGroupSize = maxGroupSize;
        this.maxInFlight = maxInFlight;
        this.applyGroup = applyGroup;
    }

    Uni<R> submit(T item) {
        return Uni.createFrom().emitter(caller -> {
            queue.add(new Waiting<>(item, caller));
            startGroups();
        });
    }

    // A finished group frees its slot before it looks at the queue, and a submitter queues before it
    // looks for a slot, so one of the two always sees the other: no item is left behind.
    private void startGroups() {
        while (!queue.isEmpty()) {
            int running = inFlight.get();
            if (running >= maxInFlight) {
                return;
            }
            if (inFlight.compareAndSet(running, running + 1)) {
                List<Waiting<T, R>> group = takeGroup();
                if (group.isEmpty()) {
                    inFlight.decrementAndGet();
                } else {
                    start(group);
                }
            }
        }
    }

    private List<Waiting<T, R>> takeGroup() {
        List<Waiting<T, R>> group = new ArrayList<>();
        Waiting<T, R> next;
        while (group.size() < maxGroupSize && (next = queue.poll()) != null) {
            group.add(next);
        }
        return group;
    }

    private void start(List<Waiting<T, R>> group) {
        apply(group)
                .subscribe()
                .with(
                        results -> {
                            finished();
                            complete(group, results);
                        },
                        failure -> {
                            if (group.size() == 1) {
                                finished();
                                group.get(0).caller().fail(failure);
                            } else {
                                oneByOne(group);
                            }
                        });
    }

    private void oneByOne(List<Waiting<T, R>> group) {
        Multi.createFrom()
                .iterable(group)
                .onItem()
                .transformToUniAndConcatenate(waiting -> apply(List.of(waiting))
                        .invoke(results -> complete(List.of(waiting), results))
                        .onFailure()
                        .invoke(failure -> waiting.caller().fail(failure))
                        .onFailure()
                        .recoverWithNull())
                .collect()
                .last()
                .subscribe()
                .with(done -> finished(), unexpected -> finished());
    }

    private Uni<List<R>> apply(List<Waiting<T, R>> group) {
        try {
            return applyGroup.apply(group.stream().map(Waiting::item).toList());
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(e);
        }
    }

    private static <T, R> void complete(List<Waiting<T, R>> group, List<R> results) {
        for (int i = 0; i < group.size(); i++) {
            group.get(i).caller().complete(results.get(i));
        }
    }

    private void finished() {
        inFlight.decrementAndGet();
        startGroups();
    }
}
