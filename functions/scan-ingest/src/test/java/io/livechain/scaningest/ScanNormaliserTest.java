package io.livechain.scaningest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.model.InvalidEventException;
import io.livechain.model.InventoryMovement;
import io.livechain.model.MovementKind;
import io.livechain.model.Scan;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScanNormaliserTest {

    private static final Instant NOW = Instant.parse("2026-11-27T06:00:00Z");
    private static final ScanIngestConfig FIVE_MINUTES_SKEW = new ScanIngestConfig() {
        @Override
        public Duration maxFutureSkew() {
            return Duration.ofMinutes(5);
        }

        @Override
        public String sink() {
            return "http://localhost:1/";
        }

        @Override
        public Duration sinkTimeout() {
            return Duration.ofSeconds(1);
        }
    };
    private final ScanNormaliser normaliser = new ScanNormaliser(FIVE_MINUTES_SKEW, Clock.fixed(NOW, ZoneOffset.UTC));

    private static Scan scan(String quantity, String bizStep, String uom, Instant time) {
        return new Scan(" SKU-1 ", "DC-1", new BigDecimal(quantity), bizStep, time, null, "L7", uom, "dev-9");
    }

    private InventoryMovement normalise(String quantity, String bizStep, String uom) {
        return normaliser.normalise(scan(quantity, bizStep, uom, NOW), "/dock/1", "scan-1");
    }

    private static String rejectedField(Runnable action) {
        return assertThrows(InvalidEventException.class, action::run)
                .errors()
                .get(0)
                .field();
    }

    @ParameterizedTest
    @CsvSource({
        "receiving, 5",
        "returning, 5",
        "unpacking, 5",
        "shipping, -5",
        "picking, -5",
        "consuming, -5",
        "destroying, -5",
        "urn:epcglobal:cbv:bizstep:shipping, -5"
    })
    void adjustmentStepsSignTheQuantity(String bizStep, String expected) {
        InventoryMovement movement = normalise("5", bizStep, null);
        assertEquals(MovementKind.ADJUSTMENT, movement.kind());
        assertEquals(0, new BigDecimal(expected).compareTo(movement.quantity()));
    }

    @Test
    void cycleCountIsAnAbsoluteFigureAndMayBeZero() {
        InventoryMovement movement = normalise("0", "cycle_counting", null);
        assertEquals(MovementKind.COUNT, movement.kind());
        assertEquals(0, BigDecimal.ZERO.compareTo(movement.quantity()));
    }

    @Test
    void movementCarriesTheScanIdentityNamesAndBareBizStep() {
        InventoryMovement movement = normalise("3", "urn:epcglobal:cbv:bizstep:receiving", null);
        assertEquals("SKU-1", movement.sku());
        assertEquals("receiving", movement.bizStep());
        assertEquals("/dock/1", movement.scanSource());
        assertEquals("scan-1", movement.scanId());
        assertEquals("L7", movement.lot());
        assertEquals(NOW, movement.eventTime());
    }

    @Test
    void measuredUnitKeepsItsDecimalAndCode() {
        InventoryMovement movement = normalise("2.125", "shipping", "KGM");
        assertEquals("KGM", movement.uom());
        assertEquals(new BigDecimal("-2.125"), movement.quantity());
    }

    @Test
    void countUnitCodesMeanCountedItems() {
        assertNull(normalise("4", "receiving", "H87").uom());
        assertNull(normalise("4", "receiving", "C62").uom());
        assertEquals("quantity", rejectedField(() -> normalise("1.5", "receiving", "EA")));
    }

    @Test
    void fractionalCountIsRejected() {
        assertEquals("quantity", rejectedField(() -> normalise("1.5", "receiving", null)));
    }

    @Test
    void wholeNumberWrittenWithDecimalsIsACount() {
        assertEquals(
                0,
                new BigDecimal("2")
                        .compareTo(normalise("2.000", "receiving", null).quantity()));
    }

    @Test
    void zeroIsRejectedForAnythingButACycleCount() {
        InvalidEventException rejected =
                assertThrows(InvalidEventException.class, () -> normalise("0", "receiving", null));
        assertEquals("quantity", rejected.errors().get(0).field());
        assertTrue(rejected.getMessage().contains("cycle_counting"), rejected.getMessage());
    }

    @Test
    void negativeQuantityIsRejected() {
        assertEquals("quantity", rejectedField(() -> normalise("-1", "receiving", null)));
    }

    @Test
    void unknownBizStepIsRejected() {
        assertEquals("bizStep", rejectedField(() -> normalise("1", "loading", null)));
    }

    @Test
    void eventTimeBeyondTheClockSkewIsRejected() {
        Scan future = scan("1", "receiving", null, NOW.plus(Duration.ofMinutes(6)));
        assertEquals("eventTime", rejectedField(() -> normaliser.normalise(future, "s", "i")));
    }

    @Test
    void eventTimeWithinTheClockSkewIsAccepted() {
        Scan slightlyAhead = scan("1", "receiving", null, NOW.plus(Duration.ofMinutes(4)));
        assertEquals(
                NOW.plus(Duration.ofMinutes(4)),
                normaliser.normalise(slightlyAhead, "s", "i").eventTime());
    }
}
