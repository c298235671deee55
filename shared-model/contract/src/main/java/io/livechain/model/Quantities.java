package io.livechain.model;

import java.math.BigDecimal;

/** Exact quantity helpers shared by every module that handles stock figures. */
public final class Quantities {

    private Quantities() {}

    /** Drops trailing zeros but never goes to exponent form for whole numbers (100 stays 100). */
    public static BigDecimal normalise(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
