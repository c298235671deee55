package io.livechain.simulator;

import io.livechain.model.EventType;
import io.livechain.model.SensorReading;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Refrigerated containers (profile refrigerated, 2–8 °C): each reports its temperature every second,
 * wandering around 5 °C; now and then a door stays open and it warms past the limits for a few
 * minutes (a cold-chain alert, then its resolution). The first reefer's compressor wears: its current,
 * reported every 10 s, drifts upwards until the maintenance rule calls for service.
 */
final class Reefers implements EventFeed {

    private static final double SETPOINT = 5.0;
    /** A door opens about once an hour per reefer. */
    private static final int DOOR_ODDS = 3_600;

    private final int count;
    private final SplittableRandom random;
    private final Ids ids;
    private final double[] temperature;
    private final long[] doorOpenUntil;
    private double compressorCurrent = 4.0;

    Reefers(int count, long seed, String run) {
        this.count = count;
        this.random = new SplittableRandom(seed ^ 0x4EEFE4L);
        this.ids = new Ids(run, "reefer");
        this.temperature = new double[count];
        this.doorOpenUntil = new long[count];
        java.util.Arrays.fill(temperature, SETPOINT);
    }

    static String asset(int i) {
        return "reefer-" + (i + 1);
    }

    @Override
    public void second(long n, Instant now, List<SimulatedEvent> out) {
        for (int i = 0; i < count; i++) {
            if (doorOpenUntil[i] < n && random.nextInt(DOOR_ODDS) == 0) {
                doorOpenUntil[i] = n + 60 + random.nextInt(180);
            }
            boolean doorOpen = doorOpenUntil[i] >= n;
            double pull = doorOpen ? 0.12 : (SETPOINT - temperature[i]) * 0.05;
            temperature[i] += pull + random.nextDouble(-0.03, 0.03);
            out.add(reading(i, "temperature", temperature[i], "CEL", now, "refrigerated"));
        }
        if (count > 0 && n % 10 == 0) {
            // Wear: a slow rise after ten minutes, on top of the noise the rule's baseline learns.
            compressorCurrent += (n > 600 ? 0.004 * 10 : 0) + random.nextDouble(-0.02, 0.02);
            out.add(reading(0, "current", compressorCurrent, "AMP", now, null));
        }
    }

    private SimulatedEvent reading(int i, String metric, double value, String unit, Instant at, String profile) {
        String device = "logger-" + (i + 1) + (metric.equals("current") ? "-compressor" : "");
        SensorReading reading = new SensorReading(
                device,
                asset(i),
                null,
                metric,
                BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP),
                unit,
                at,
                profile);
        return new SimulatedEvent(EventType.SENSOR_READING, "/simulator/reefers/" + device, ids.next(), reading);
    }
}
