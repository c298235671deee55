package io.livechain.threshold.replenishment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/** A location's replenishment lead time and its standard deviation, in days. */
public record LeadTime(BigDecimal days, BigDecimal sdDays) {

    private static final BigDecimal SECONDS_A_DAY = BigDecimal.valueOf(86_400);
    static final BigDecimal MINUTES_A_DAY = BigDecimal.valueOf(1_440);

    public LeadTime {
        if (days.signum() < 0 || sdDays.signum() < 0) {
            throw new IllegalArgumentException(
                    "a lead time and its deviation are not negative: " + days + ", " + sdDays);
        }
    }

    /** Days of a configured duration, to {@link Figures#SCALE} places: P3D is 3.0000, PT36H is 1.5000. */
    static BigDecimal days(Duration duration) {
        return BigDecimal.valueOf(duration.toSeconds()).divide(SECONDS_A_DAY, Figures.SCALE, RoundingMode.HALF_EVEN);
    }
}
