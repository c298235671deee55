package io.livechain.scaningest;

import io.livechain.model.BizStep;
import io.livechain.model.InvalidEventException;
import io.livechain.model.InventoryMovement;
import io.livechain.model.MovementKind;
import io.livechain.model.Scan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/**
 * Turns a schema-valid scan into a movement: resolves the CBV business step, decides count versus
 * measured unit, and applies the rules a schema cannot express. Knows nothing of HTTP or CloudEvents.
 */
@ApplicationScoped
public class ScanNormaliser {

    /** UN/CEFACT codes that still mean "a number of items": piece, one, each. */
    static final Set<String> COUNT_UNITS = Set.of("H87", "C62", "EA");

    private final ScanIngestConfig config;
    private final Clock clock;

    @Inject
    public ScanNormaliser(ScanIngestConfig config) {
        this(config, Clock.systemUTC());
    }

    ScanNormaliser(ScanIngestConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Returns the movement for {@code scan}; fails with the field and problem for a scan that breaks a rule. */
    public InventoryMovement normalise(Scan scan, String scanSource, String scanId) {
        BizStep step = BizStep.parse(scan.bizStep())
                .orElseThrow(
                        () -> new InvalidEventException(
                                "bizStep",
                                "unknown GS1 CBV business step '" + scan.bizStep()
                                        + "'; expected one of receiving, returning,"
                                        + " unpacking, shipping, picking, consuming, destroying, cycle_counting (bare or as URN)"));
        String uom = measuredUnit(scan.uom());
        BigDecimal quantity = checkQuantity(scan.quantity(), uom, step);
        checkEventTime(scan.eventTime());
        BigDecimal signed =
                step.kind() == MovementKind.COUNT ? quantity : quantity.multiply(BigDecimal.valueOf(step.sign()));
        return new InventoryMovement(
                scan.sku().trim(),
                scan.location().trim(),
                uom,
                step.kind(),
                signed,
                step.cbvName(),
                scan.eventTime(),
                scan.epc(),
                scan.lot(),
                scan.deviceId(),
                scanSource,
                scanId);
    }

    /** Null for counted items; the UN/CEFACT code for a measure unit. */
    static String measuredUnit(String uom) {
        return uom == null || COUNT_UNITS.contains(uom) ? null : uom;
    }

    private static BigDecimal checkQuantity(BigDecimal quantity, String uom, BizStep step) {
        if (quantity.signum() < 0) {
            throw new InvalidEventException("quantity", "must not be negative, was " + quantity.toPlainString());
        }
        if (quantity.signum() == 0 && step != BizStep.CYCLE_COUNTING) {
            throw new InvalidEventException(
                    "quantity", "must be positive for " + step.cbvName() + " (zero is only valid for cycle_counting)");
        }
        if (uom == null && quantity.stripTrailingZeros().scale() > 0) {
            throw new InvalidEventException(
                    "quantity",
                    "must be a whole count without uom, was " + quantity.toPlainString()
                            + " (name a UN/CEFACT unit such as KGM for a measured quantity)");
        }
        return quantity;
    }

    private void checkEventTime(Instant eventTime) {
        Instant latest = clock.instant().plus(config.maxFutureSkew());
        if (eventTime.isAfter(latest)) {
            throw new InvalidEventException(
                    "eventTime",
                    "is in the future (" + eventTime + " is after " + latest + ", allowed clock skew "
                            + config.maxFutureSkew() + ")");
        }
    }
}
