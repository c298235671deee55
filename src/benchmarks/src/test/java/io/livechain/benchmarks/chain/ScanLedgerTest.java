package io.livechain.benchmarks.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScanLedgerTest {

    private final ScanLedger ledger = new ScanLedger();
    private final StepStats step = new StepStats(1);

    @Test
    void levelSeenBeforeTheAcceptanceCountsOnceWithItsLatency() {
        ScanLedger.Tracked scan = ledger.track("movement-1", step);

        ledger.levelStored("movement-1", 1_050);
        assertEquals(0, step.levels.get());
        scan.accepted(1_000);

        assertEquals(1, step.levels.get());
        assertEquals(50_000, step.chainMicros.getMaxValue(), 50);
    }

    @Test
    void redeliveredLevelIsADuplicateNotASecondLevel() {
        ScanLedger.Tracked scan = ledger.track("movement-1", step);
        scan.accepted(1_000);

        ledger.levelStored("movement-1", 1_020);
        ledger.levelStored("movement-1", 1_900);

        assertEquals(1, step.levels.get());
        assertEquals(1, step.duplicateLevels.get());
    }

    @Test
    void levelStoredBeforeThe202WasReadCountsAsZero() {
        ScanLedger.Tracked scan = ledger.track("movement-1", step);
        scan.accepted(1_000);

        ledger.levelStored("movement-1", 998);

        assertEquals(0, step.chainMicros.getMaxValue());
    }

    @Test
    void levelsOfOtherMovementsAreIgnored() {
        ledger.track("movement-1", step).accepted(1_000);

        ledger.levelStored("not-ours", 1_010);
        ledger.levelStored(null, 1_010);

        assertEquals(0, step.levels.get());
    }
}
