package io.livechain.threshold.replenishment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The policy's figures against answers worked by hand. The week used throughout: daily outbound
 * 10, 12, 8, 10, 12, 8, 10 — sum 70, D = 70 / 7 = 10; deviations 0, 2, −2, 0, 2, −2, 0, squares sum 16,
 * sample variance σD² = 16 / 6 = 2.6667, σD = 1.6330. Service level 0.95: z = 1.6449 (1.644853627).
 */
class ReplenishmentPolicyTest {

    private static final LocalDate DAY1 = LocalDate.parse("2026-11-01");
    private static final int[] WEEK = {10, 12, 8, 10, 12, 8, 10};

    private static ReplenishmentPolicy policy() {
        return policy(Duration.ofDays(28), Duration.ofDays(7), "0.95");
    }

    private static ReplenishmentPolicy policy(Duration window, Duration minHistory, String serviceLevel) {
        return new ReplenishmentPolicy(config(window, minHistory, serviceLevel), Duration.ofDays(90));
    }

    private static PositionHistory week(LocalDate from) {
        PositionHistory history = PositionHistory.none();
        for (int i = 0; i < WEEK.length; i++) {
            history = history.with(from.plusDays(i), BigDecimal.valueOf(WEEK[i]));
        }
        return history;
    }

    private static LeadTime leadTime(String days, String sd) {
        return new LeadTime(new BigDecimal(days), new BigDecimal(sd));
    }

    @Test
    void zIsTheNormalQuantileOfTheServiceLevel() {
        assertEquals(1.6449, policy().z().doubleValue(), 0.00005);
        assertEquals(
                2.3263,
                policy(Duration.ofDays(28), Duration.ofDays(7), "0.99").z().doubleValue(),
                0.00005);
    }

    @Test
    void steadyLeadTime() {
        // LT 3 d, σLT 0: SS = 1.6449 · √(3 · 2.6667 + 100 · 0) = 1.6449 · √8 = 1.6449 · 2.8284 = 4.6523;
        // ROP = 10 · 3 + 4.6523 = 34.6523, whole 35; order-up-to = 34.6523 + 10 · 7 = 104.6523, whole 105.
        Figures figures = policy().figures(week(DAY1), leadTime("3", "0"));
        assertEquals(new BigDecimal("10.0000"), figures.demandPerDay());
        assertEquals(new BigDecimal("1.6330"), figures.demandSd());
        assertEquals(7, figures.historyDays());
        assertEquals(new BigDecimal("4.6523"), figures.safetyStock());
        assertEquals(new BigDecimal("34.6523"), figures.reorderPointUnrounded());
        assertEquals(new BigDecimal("35"), figures.reorderPoint());
        assertEquals(new BigDecimal("104.6523"), figures.orderUpToUnrounded());
        assertEquals(new BigDecimal("105"), figures.orderUpTo());
        assertEquals(new BigDecimal("0.95"), figures.serviceLevel());
    }

    @Test
    void varyingLeadTime() {
        // LT 3 d, σLT 0.5 d: SS = 1.6449 · √(3 · 2.6667 + 10² · 0.5²) = 1.6449 · √33 = 1.6449 · 5.7446 = 9.4490;
        // ROP = 30 + 9.4490 = 39.4490, whole 40; order-up-to = 109.4490, whole 110.
        Figures figures = policy().figures(week(DAY1), leadTime("3", "0.5"));
        assertEquals(new BigDecimal("9.4490"), figures.safetyStock());
        assertEquals(new BigDecimal("39.4490"), figures.reorderPointUnrounded());
        assertEquals(new BigDecimal("40"), figures.reorderPoint());
        assertEquals(new BigDecimal("110"), figures.orderUpTo());
    }

    @Test
    void suggestedQuantityAndDaysOfCover() {
        Figures figures = policy().figures(week(DAY1), leadTime("3", "0"));
        // Order up to 104.6523: from 30 that is 74.6523, ordered whole: 75. Cover 30 / 10 = 3 days.
        assertEquals(new BigDecimal("75"), figures.suggestedQuantity(new BigDecimal("30")));
        assertEquals(new BigDecimal("3.00"), figures.daysOfCover(new BigDecimal("30")));
        assertTrue(figures.below(new BigDecimal("34")));
        assertFalse(figures.below(new BigDecimal("35")), "at the reorder point is not below it");
        assertEquals(BigDecimal.ZERO, figures.suggestedQuantity(new BigDecimal("200")), "never negative");
    }

    @Test
    void daysWithoutOutboundCountAsZero() {
        // Outbound 14 on day 1 and 7 on day 7, nothing between: daily 14, 0, 0, 0, 0, 0, 7, D = 21 / 7 = 3;
        // squares of deviations 121 + 5 · 9 + 16 = 182, σD² = 182 / 6 = 30.3333, σD = 5.5076.
        PositionHistory history =
                PositionHistory.none().with(DAY1, new BigDecimal("14")).with(DAY1.plusDays(6), new BigDecimal("7"));
        Figures figures = policy().figures(history, leadTime("3", "0"));
        assertEquals(new BigDecimal("3.0000"), figures.demandPerDay());
        assertEquals(new BigDecimal("5.5076"), figures.demandSd());
        assertEquals(new BigDecimal("0.00"), figures.daysOfCover(BigDecimal.ZERO));
    }

    @Test
    void theWindowEndsAtTheNewestDay() {
        // Window of 7 days; 100 went out on day 1, then the week from day 2 to day 8: day 1 is outside.
        PositionHistory history = week(DAY1.plusDays(1)).with(DAY1, new BigDecimal("100"));
        Figures figures = policy(Duration.ofDays(7), Duration.ofDays(7), "0.95").figures(history, leadTime("3", "0"));
        assertEquals(8, figures.historyDays());
        assertEquals(new BigDecimal("10.0000"), figures.demandPerDay());
        assertEquals(new BigDecimal("35"), figures.reorderPoint());
    }

    @Test
    void aLateMovementFoldsIntoItsDay() {
        // 5 more on day 3 after the week: 10, 12, 13, 10, 12, 8, 10, D = 75 / 7 = 10.7143.
        PositionHistory history = week(DAY1).with(DAY1.plusDays(2), new BigDecimal("5"));
        assertEquals(
                new BigDecimal("10.7143"),
                policy().figures(history, leadTime("3", "0")).demandPerDay());
        assertEquals(DAY1, history.firstDay());
        assertEquals(DAY1.plusDays(6), history.lastDay());
    }

    @Test
    void noReorderPointBeforeTheMinimumHistory() {
        // Six days: D and σD are shown, the reorder point waits for the seventh.
        PositionHistory sixDays =
                PositionHistory.none().with(DAY1, BigDecimal.TEN).with(DAY1.plusDays(5), BigDecimal.ONE);
        Figures figures = policy().figures(sixDays, leadTime("3", "0"));
        assertEquals(6, figures.historyDays());
        assertFalse(figures.known());
        assertNull(figures.reorderPoint());
        assertNull(figures.suggestedQuantity(BigDecimal.ONE));
        assertFalse(figures.below(BigDecimal.ZERO));
        assertEquals(new BigDecimal("1.8333"), figures.demandPerDay());
    }

    @Test
    void settingsThatCannotWorkFailTheStart() {
        assertThrows(IllegalStateException.class, () -> policy(Duration.ofDays(28), Duration.ofDays(1), "0.95"));
        assertThrows(IllegalStateException.class, () -> policy(Duration.ofDays(5), Duration.ofDays(7), "0.95"));
        assertThrows(IllegalStateException.class, () -> policy(Duration.ofHours(36), Duration.ofDays(7), "0.95"));
        assertThrows(IllegalStateException.class, () -> policy(Duration.ofDays(28), Duration.ofDays(7), "1"));
        assertThrows(
                IllegalStateException.class,
                () -> new ReplenishmentPolicy(
                        config(Duration.ofDays(28), Duration.ofDays(7), "0.95"), Duration.ofDays(28)));
    }

    static ReplenishmentConfig config(Duration window, Duration minHistory, String serviceLevel) {
        return config(window, minHistory, serviceLevel, Map.of(), Map.of());
    }

    static ReplenishmentConfig config(
            Duration window,
            Duration minHistory,
            String serviceLevel,
            Map<String, Duration> leadTime,
            Map<String, Duration> leadTimeSd) {
        return new ReplenishmentConfig() {
            @Override
            public boolean enabled() {
                return true;
            }

            @Override
            public Duration window() {
                return window;
            }

            @Override
            public Duration minHistory() {
                return minHistory;
            }

            @Override
            public BigDecimal serviceLevel() {
                return new BigDecimal(serviceLevel);
            }

            @Override
            public Duration reviewPeriod() {
                return Duration.ofDays(7);
            }

            @Override
            public Map<String, Duration> leadTime() {
                return leadTime;
            }

            @Override
            public Map<String, Duration> leadTimeSd() {
                return leadTimeSd;
            }

            @Override
            public String networkFile() {
                return "no-such-file.json";
            }
        };
    }
}
