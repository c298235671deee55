package io.livechain.network.builder;

/** Two places a rule joins, in id order, with the route length before circuity. */
record Span(Place a, Place b, double km) {

    static Span of(Place x, Place y, double km) {
        return x.id().compareTo(y.id()) <= 0 ? new Span(x, y, km) : new Span(y, x, km);
    }

    String key() {
        return a.id() + " " + b.id();
    }
}
