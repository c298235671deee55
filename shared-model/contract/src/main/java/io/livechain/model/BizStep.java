package io.livechain.model;

import java.util.Locale;
import java.util.Optional;

/** The GS1 CBV business steps that move stock, and which way each moves it. */
public enum BizStep {
    RECEIVING(1),
    RETURNING(1),
    UNPACKING(1),
    SHIPPING(-1),
    PICKING(-1),
    CONSUMING(-1),
    DESTROYING(-1),
    CYCLE_COUNTING(0);

    private static final String CBV_URN = "urn:epcglobal:cbv:bizstep:";
    private static final String CBV_WEB = "https://ref.gs1.org/cbv/BizStep-";

    private final int sign;

    BizStep(int sign) {
        this.sign = sign;
    }

    /** +1 adds to on-hand, -1 subtracts, 0 sets it (a count). */
    public int sign() {
        return sign;
    }

    public MovementKind kind() {
        return sign == 0 ? MovementKind.COUNT : MovementKind.ADJUSTMENT;
    }

    /** The bare CBV name, e.g. {@code receiving}. */
    public String cbvName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts the bare CBV name, the CBV 1.x URN and the CBV 2.0 web URI; empty for anything else. */
    public static Optional<BizStep> parse(String value) {
        String bare = value.trim();
        if (bare.startsWith(CBV_URN)) {
            bare = bare.substring(CBV_URN.length());
        } else if (bare.startsWith(CBV_WEB)) {
            bare = bare.substring(CBV_WEB.length());
        }
        for (BizStep step : values()) {
            if (step.cbvName().equals(bare)) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }
}
