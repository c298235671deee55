package io.livechain.threshold.replenishment;

import io.livechain.threshold.ThresholdConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The reorder point policy over demand that varies and a lead time that may vary (the classic
 * safety-stock formula): with D and σD the mean and standard deviation of daily demand, LT and σLT those
 * of the lead time in days, and z the standard normal quantile of the service level,
 * safety stock SS = z · √(LT·σD² + D²·σLT²), reorder point ROP = D·LT + SS, and an order brings on-hand
 * up to ROP + D·review period. σD is the sample standard deviation (divisor n − 1): the window's days
 * are a sample of the demand to come, and the unbiased variance estimate is the one the formula wants;
 * it needs two days at least, so the minimum history is at least two days. Arithmetic is decimal
 * (16 significant digits), z excepted, which commons-math gives as a double once at start-up.
 */
@Startup
@ApplicationScoped
public class ReplenishmentPolicy {

    private static final MathContext MATH = MathContext.DECIMAL64;

    private final int windowDays;
    private final int minHistoryDays;
    private final BigDecimal reviewDays;
    private final BigDecimal serviceLevel;
    private final BigDecimal z;

    @Inject
    ReplenishmentPolicy(ThresholdConfig config) {
        this(config.replenishment(), config.retention().demandDays());
    }

    ReplenishmentPolicy(ReplenishmentConfig config, Duration demandRetention) {
        this.windowDays = wholeDays("window", config.window());
        this.minHistoryDays = wholeDays("min-history", config.minHistory());
        this.reviewDays = LeadTime.days(config.reviewPeriod());
        this.serviceLevel = config.serviceLevel();
        if (minHistoryDays < 2) {
            throw new IllegalStateException(
                    "livechain.threshold.replenishment.min-history must be two days at least (a standard deviation needs two)");
        }
        if (windowDays < minHistoryDays) {
            throw new IllegalStateException(
                    "livechain.threshold.replenishment.window must not be shorter than min-history");
        }
        if (demandRetention.compareTo(config.window().plusDays(1)) <= 0) {
            throw new IllegalStateException(
                    "livechain.threshold.retention.demand-days must be longer than the replenishment window and a day");
        }
        if (serviceLevel.signum() <= 0 || serviceLevel.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalStateException(
                    "livechain.threshold.replenishment.service-level must lie strictly between 0 and 1, was "
                            + serviceLevel);
        }
        this.z = BigDecimal.valueOf(
                new NormalDistribution(0, 1).inverseCumulativeProbability(serviceLevel.doubleValue()));
    }

    /** Days of the rolling window. */
    public int windowDays() {
        return windowDays;
    }

    /** The standard normal quantile of the service level. */
    public BigDecimal z() {
        return z;
    }

    /** The figures of a position with {@code history} at a location with {@code leadTime}. */
    public Figures figures(PositionHistory history, LeadTime leadTime) {
        List<BigDecimal> daily = history.dailyOutbound(windowDays);
        BigDecimal d = mean(daily);
        BigDecimal variance = sampleVariance(daily, d);
        BigDecimal lt = leadTime.days();
        BigDecimal sdLt = leadTime.sdDays();
        BigDecimal safetyStock = null;
        BigDecimal reorderPoint = null;
        BigDecimal orderUpTo = null;
        if (history.historyDays() >= minHistoryDays) {
            BigDecimal spread = lt.multiply(variance, MATH).add(d.pow(2, MATH).multiply(sdLt.pow(2, MATH), MATH), MATH);
            safetyStock = z.multiply(spread.sqrt(MATH), MATH);
            reorderPoint = d.multiply(lt, MATH).add(safetyStock, MATH);
            orderUpTo = reorderPoint.add(d.multiply(reviewDays, MATH), MATH);
        }
        return new Figures(
                scaled(d),
                variance == null ? null : scaled(variance.sqrt(MATH)),
                history.historyDays(),
                lt,
                sdLt,
                serviceLevel,
                scaled(safetyStock),
                scaled(reorderPoint),
                scaled(orderUpTo));
    }

    private static BigDecimal mean(List<BigDecimal> daily) {
        if (daily.isEmpty()) {
            return null;
        }
        return sum(daily).divide(BigDecimal.valueOf(daily.size()), MATH);
    }

    private static BigDecimal sampleVariance(List<BigDecimal> daily, BigDecimal mean) {
        if (daily.size() < 2) {
            return null;
        }
        return sum(daily.stream().map(x -> x.subtract(mean).pow(2)).toList())
                .divide(BigDecimal.valueOf(daily.size() - 1L), MATH);
    }

    private static BigDecimal sum(List<BigDecimal> figures) {
        return figures.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal scaled(BigDecimal figure) {
        return figure == null ? null : figure.setScale(Figures.SCALE, RoundingMode.HALF_EVEN);
    }

    private static int wholeDays(String name, Duration duration) {
        if (duration.isNegative() || duration.isZero() || duration.toSeconds() % 86_400 != 0) {
            throw new IllegalStateException(
                    "livechain.threshold.replenishment." + name + " must be whole days (P28D), was " + duration);
        }
        return Math.toIntExact(duration.toDays());
    }
}
