package io.livechain.simulator;

/** Event ids: the run, the feed and a counter, so a run replays the same order with fresh ids. */
final class Ids {

    private final String prefix;
    private long next;

    Ids(String run, String feed) {
        this.prefix = "sim-" + run + "-" + feed + "-";
    }

    String next() {
        return prefix + next++;
    }
}
