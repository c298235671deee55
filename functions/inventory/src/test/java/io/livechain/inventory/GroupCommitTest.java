package io.livechain.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Grouping alone, over groups the test completes by hand (synchronously, so no waiting is needed). */
class GroupCommitTest {

    private final List<List<Integer>> groups = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<List<String>>> commits = new CopyOnWriteArrayList<>();

    private GroupCommit<Integer, String> groupCommit(int maxGroupSize, int maxInFlight) {
        return new GroupCommit<>(maxGroupSize, maxInFlight, group -> {
            groups.add(group);
            CompletableFuture<List<String>> commit = new CompletableFuture<>();
            commits.add(commit);
            return Uni.createFrom().completionStage(commit);
        });
    }

    private static List<String> resultsOf(List<Integer> group) {
        return group.stream().map(item -> "level-" + item).toList();
    }

    private static List<CompletableFuture<String>> submit(GroupCommit<Integer, String> groupCommit, int from, int to) {
        List<CompletableFuture<String>> callers = new ArrayList<>();
        for (int item = from; item <= to; item++) {
            callers.add(groupCommit.submit(item).subscribeAsCompletionStage());
        }
        return callers;
    }

    @Test
    void singleItemGoesAtOnceWhenIdle() throws Exception {
        CompletableFuture<String> caller = submit(groupCommit(64, 1), 1, 1).get(0);

        assertEquals(List.of(List.of(1)), groups);
        commits.get(0).complete(resultsOf(groups.get(0)));
        assertEquals("level-1", caller.get());
    }

    @Test
    void itemsArrivingWhileAGroupRunsGoTogetherInBoundedGroupsEachGettingItsOwnResult() throws Exception {
        GroupCommit<Integer, String> groupCommit = groupCommit(3, 1);
        List<CompletableFuture<String>> callers = submit(groupCommit, 1, 8);
        assertEquals(List.of(List.of(1)), groups, "one group in flight; the others wait");

        for (int group = 0; group < 4; group++) {
            commits.get(group).complete(resultsOf(groups.get(group)));
        }

        assertEquals(List.of(List.of(1), List.of(2, 3, 4), List.of(5, 6, 7), List.of(8)), groups);
        for (int i = 0; i < callers.size(); i++) {
            assertEquals("level-" + (i + 1), callers.get(i).get());
        }
    }

    @Test
    void failedGroupIsTriedAgainOneByOneSoOnlyItsBadItemFails() {
        GroupCommit<Integer, String> groupCommit = groupCommit(10, 1);
        List<CompletableFuture<String>> callers = submit(groupCommit, 1, 4);
        commits.get(0).complete(resultsOf(groups.get(0)));

        commits.get(1).completeExceptionally(new IllegalStateException("not-null violation"));
        commits.get(2).complete(resultsOf(groups.get(2)));
        commits.get(3).completeExceptionally(new IllegalStateException("not-null violation"));
        commits.get(4).complete(resultsOf(groups.get(4)));

        assertEquals(List.of(List.of(1), List.of(2, 3, 4), List.of(2), List.of(3), List.of(4)), groups);
        assertEquals("level-2", callers.get(1).join());
        assertEquals(
                "not-null violation",
                assertThrows(ExecutionException.class, callers.get(2)::get)
                        .getCause()
                        .getMessage());
        assertEquals("level-4", callers.get(3).join());

        CompletableFuture<String> later = submit(groupCommit, 5, 5).get(0);
        assertEquals(List.of(5), groups.get(5), "the slot is free again");
        commits.get(5).complete(resultsOf(groups.get(5)));
        assertEquals("level-5", later.join());
    }

    @Test
    void failedSingleItemFailsItsCallerWithoutRetry() {
        CompletableFuture<String> caller = submit(groupCommit(10, 1), 1, 1).get(0);

        commits.get(0).completeExceptionally(new IllegalStateException("connection refused"));

        assertThrows(ExecutionException.class, caller::get);
        assertEquals(1, groups.size());
    }

    @Test
    void groupsInFlightAreBounded() {
        submit(groupCommit(2, 2), 1, 7);

        assertEquals(List.of(List.of(1), List.of(2)), groups);
        commits.get(1).complete(resultsOf(groups.get(1)));
        assertEquals(List.of(List.of(1), List.of(2), List.of(3, 4)), groups);
    }
}
