package io.livechain.model;

/** How a movement changes on-hand: by a signed amount, or to an absolute counted figure. */
public enum MovementKind {
    /** {@code quantity} is a signed change (receiving +, shipping -). */
    ADJUSTMENT,
    /** {@code quantity} is the counted on-hand figure as of {@code eventTime} (GS1 cycle_counting). */
    COUNT
}
