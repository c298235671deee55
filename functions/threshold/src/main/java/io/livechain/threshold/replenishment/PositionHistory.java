package io.livechain.threshold.replenishment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A position's demand as far as its figures need it: its first and newest day of event time seen, and
 * the outbound of the days stored (at least those of the window ending at the newest day). Immutable.
 */
public record PositionHistory(LocalDate firstDay, LocalDate lastDay, Map<LocalDate, BigDecimal> outbound) {

    public PositionHistory {
        outbound = Map.copyOf(outbound);
    }

    /** Nothing seen yet. */
    public static PositionHistory none() {
        return new PositionHistory(null, null, Map.of());
    }

    /** With one more level on {@code day} taking {@code quantity} out (zero for none): a late one folds into its day. */
    public PositionHistory with(LocalDate day, BigDecimal quantity) {
        Map<LocalDate, BigDecimal> days = new TreeMap<>(outbound);
        if (quantity.signum() > 0) {
            days.merge(day, quantity, BigDecimal::add);
        }
        return new PositionHistory(
                firstDay == null || day.isBefore(firstDay) ? day : firstDay,
                lastDay == null || day.isAfter(lastDay) ? day : lastDay,
                days);
    }

    /** Days from the first seen to the newest, both counted; zero when nothing was seen. */
    public int historyDays() {
        return firstDay == null ? 0 : (int) ChronoUnit.DAYS.between(firstDay, lastDay) + 1;
    }

    /**
     * The outbound of each day of the window of {@code windowDays} ending at the newest day, oldest first;
     * days without outbound are zero, days before the first seen are not in it.
     */
    public List<BigDecimal> dailyOutbound(int windowDays) {
        List<BigDecimal> daily = new ArrayList<>();
        if (firstDay == null) {
            return daily;
        }
        LocalDate from = lastDay.minusDays(windowDays - 1L);
        for (LocalDate day = from.isAfter(firstDay) ? from : firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            daily.add(outbound.getOrDefault(day, BigDecimal.ZERO));
        }
        return daily;
    }
}
