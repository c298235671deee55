package io.livechain.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BizStepTest {

    @ParameterizedTest
    @CsvSource({
        "receiving, RECEIVING", "urn:epcglobal:cbv:bizstep:receiving, RECEIVING",
        "https://ref.gs1.org/cbv/BizStep-shipping, SHIPPING", "' picking ', PICKING",
        "urn:epcglobal:cbv:bizstep:cycle_counting, CYCLE_COUNTING"
    })
    void acceptsBareUrnAndWebForms(String given, BizStep expected) {
        assertEquals(expected, BizStep.parse(given).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Receiving", "urn:epcglobal:cbv:bizstep:loading", "inspecting", "", "urn:epcglobal:cbv:bizstep:"
            })
    void rejectsStepsThatMoveNoStockOrAreUnknown(String given) {
        assertTrue(BizStep.parse(given).isEmpty());
    }

    @Test
    void addingSubtractingAndCountingStepsFollowTheCbv() {
        for (BizStep adds : new BizStep[] {BizStep.RECEIVING, BizStep.RETURNING, BizStep.UNPACKING}) {
            assertEquals(1, adds.sign(), adds.name());
        }
        for (BizStep takes : new BizStep[] {BizStep.SHIPPING, BizStep.PICKING, BizStep.CONSUMING, BizStep.DESTROYING}) {
            assertEquals(-1, takes.sign(), takes.name());
        }
        assertEquals(MovementKind.COUNT, BizStep.CYCLE_COUNTING.kind());
        assertEquals(MovementKind.ADJUSTMENT, BizStep.RECEIVING.kind());
    }
}
