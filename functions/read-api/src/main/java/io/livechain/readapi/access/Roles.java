package io.livechain.readapi.access;

/**
 * The roles a bearer token's {@code groups} claim may hold. They are independent: a token holds
 * every role its bearer needs (the local stack's token holds all three).
 */
public final class Roles {

    /** Reads inventory and its reconciliation, alerts, shipments, the network, dead letters and capture jobs. */
    public static final String VIEWER = "viewer";
    /** Acknowledges alerts and replays dead letters. */
    public static final String OPERATOR = "operator";
    /** Captures EPCIS documents (and reads its capture jobs). */
    public static final String INTEGRATOR = "integrator";

    private Roles() {}
}
