package io.livechain.reroute.routing;

/**
 * What one live condition does to a lane or facility while valid ({@code from} inclusive,
 * {@code until} exclusive, epoch seconds): multiply the base time, add a delay, or close it.
 */
record Effect(String conditionId, long from, long until, double factor, long delaySeconds, boolean closed) {

    boolean activeAt(long t) {
        return from <= t && t < until;
    }
}
