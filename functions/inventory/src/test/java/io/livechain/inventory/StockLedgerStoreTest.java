package io.livechain.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechain.model.InventoryLevel;
import io.livechain.model.InventoryMovement;
import io.livechain.model.MovementKind;
import io.livechain.testsupport.EmbeddedPostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One group's transaction against a real PostgreSQL: what several movements in one group store and reply. */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
class StockLedgerStoreTest {

    private static final String SOURCE = "/livechain/scan-ingest";

    @Inject
    StockLedgerStore store;

    @Inject
    StoredStock stock;

    private static MovementEvent adjustment(String id, String sku, String quantity, String eventTime) {
        return event(id, sku, MovementKind.ADJUSTMENT, quantity, eventTime, "receiving");
    }

    private static MovementEvent count(String id, String sku, String quantity, String eventTime) {
        return event(id, sku, MovementKind.COUNT, quantity, eventTime, "cycle_counting");
    }

    private static MovementEvent event(
            String id, String sku, MovementKind kind, String quantity, String eventTime, String bizStep) {
        return new MovementEvent(
                new InventoryMovement(
                        sku,
                        "DC-1",
                        null,
                        kind,
                        new BigDecimal(quantity),
                        bizStep,
                        Instant.parse(eventTime),
                        null,
                        null,
                        null,
                        null,
                        null),
                SOURCE,
                id);
    }

    private List<InventoryLevel> applyGroup(MovementEvent... events) {
        return store.apply(List.of(events)).await().indefinitely();
    }

    private static void assertLevel(String onHand, String previous, InventoryLevel level) {
        assertEquals(0, new BigDecimal(onHand).compareTo(level.onHand()), () -> "onHand of " + level);
        assertEquals(0, new BigDecimal(previous).compareTo(level.previousOnHand()), () -> "previousOnHand of " + level);
    }

    @Test
    void movementsOfOnePositionInOneGroupChainInArrivalOrder() {
        List<InventoryLevel> levels = applyGroup(
                adjustment("chain-1", "CHAIN", "5", "2026-11-27T06:00:00Z"),
                adjustment("chain-2", "OTHER", "1", "2026-11-27T06:00:00Z"),
                adjustment("chain-3", "CHAIN", "-2", "2026-11-27T05:00:00Z"),
                adjustment("chain-4", "CHAIN", "0.5", "2026-11-27T07:00:00Z"));

        assertLevel("5", "0", levels.get(0));
        assertLevel("1", "0", levels.get(1));
        assertLevel("3", "5", levels.get(2));
        assertLevel("3.5", "3", levels.get(3));
        assertEquals(0, new BigDecimal("3.5").compareTo(stock.onHand("CHAIN", "DC-1", null)));
        assertEquals(
                List.of("chain-1", "chain-3", "chain-4"),
                stock.ledger("CHAIN", "DC-1", null).stream()
                        .map(StoredStock.Effect::eventId)
                        .toList());
    }

    @Test
    void levelsNumberEachPositionsMovementsAcrossGroupsSoTheNewestIsKnown() {
        List<InventoryLevel> first = applyGroup(
                adjustment("seq-1", "SEQ", "1", "2026-11-27T06:00:00Z"),
                adjustment("seq-2", "SEQ-OTHER", "1", "2026-11-27T06:00:00Z"),
                adjustment("seq-3", "SEQ", "1", "2026-11-27T04:00:00Z"));
        List<InventoryLevel> second = applyGroup(
                count("seq-4", "SEQ", "10", "2026-11-27T05:00:00Z"),
                adjustment("seq-1", "SEQ", "1", "2026-11-27T06:00:00Z"));

        assertEquals(
                List.of(1L, 1L, 2L),
                first.stream().map(InventoryLevel::sequence).toList());
        assertEquals(3L, second.get(0).sequence());
        assertEquals(1L, second.get(1).sequence(), "a redelivery replays its own sequence");
    }

    @Test
    void duplicateInOneGroupIsAppliedOnceAndBothGetTheSameLevel() {
        List<InventoryLevel> levels = applyGroup(
                adjustment("dup-1", "DUPG", "4", "2026-11-27T06:00:00Z"),
                adjustment("dup-2", "DUPG", "1", "2026-11-27T06:00:00Z"),
                adjustment("dup-1", "DUPG", "4", "2026-11-27T06:00:00Z"));

        assertEquals(levels.get(0), levels.get(2));
        assertLevel("4", "0", levels.get(2));
        assertEquals(0, new BigDecimal("5").compareTo(stock.onHand("DUPG", "DC-1", null)));
        assertEquals(2, stock.ledgerRows("DUPG"));
    }

    @Test
    void duplicateInALaterGroupReplaysTheRecordedLevel() {
        InventoryLevel first = applyGroup(adjustment("again-1", "AGAIN", "7", "2026-11-27T06:00:00Z"))
                .get(0);
        List<InventoryLevel> later = applyGroup(
                adjustment("again-2", "AGAIN", "1", "2026-11-27T06:00:00Z"),
                adjustment("again-1", "AGAIN", "7", "2026-11-27T06:00:00Z"));

        assertEquals(first, later.get(1));
        assertLevel("8", "7", later.get(0));
        assertEquals(0, new BigDecimal("8").compareTo(stock.onHand("AGAIN", "DC-1", null)));
        assertEquals(2, stock.ledgerRows("AGAIN"));
    }

    @Test
    void cycleCountInTheMiddleOfAGroupKeepsStoredAndGroupedAdjustmentsStampedAfterIt() {
        applyGroup(adjustment("mid-stored", "MID", "3", "2026-11-27T10:00:00Z"));
        List<InventoryLevel> levels = applyGroup(
                adjustment("mid-before", "MID", "2", "2026-11-27T11:00:00Z"),
                adjustment("mid-old", "MID", "100", "2026-11-27T08:00:00Z"),
                count("mid-count", "MID", "50", "2026-11-27T09:00:00Z"),
                adjustment("mid-covered", "MID", "9", "2026-11-27T08:30:00Z"),
                adjustment("mid-after", "MID", "-1", "2026-11-27T12:00:00Z"));

        assertLevel("55", "105", levels.get(2));
        assertFalse(levels.get(3).applied());
        assertLevel("55", "55", levels.get(3));
        assertLevel("54", "55", levels.get(4));
        assertEquals(0, new BigDecimal("54").compareTo(stock.onHand("MID", "DC-1", null)));
    }

    @Test
    void failedGroupFailsAsAWholeAndStoresNothing() {
        MovementEvent withoutBizStep =
                event("bad-2", "BAD-B", MovementKind.ADJUSTMENT, "1", "2026-11-27T06:00:00Z", null);

        assertThrows(
                RuntimeException.class,
                () -> applyGroup(adjustment("bad-1", "BAD-A", "5", "2026-11-27T06:00:00Z"), withoutBizStep));

        assertNull(stock.onHand("BAD-A", "DC-1", null));
        assertEquals(0, stock.ledgerRows("BAD-A"));
        assertTrue(
                applyGroup(adjustment("bad-1", "BAD-A", "5", "2026-11-27T06:00:00Z"))
                        .get(0)
                        .applied(),
                "the redelivery after the failure is applied");
    }
}
