package io.livechain.model.epcis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.model.InventoryMovement;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The stock movements single events imply, at bizLocation sgln 0614141.00888.0 = GLN 0614141008889. */
class MovementRulesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String HEAD = """
            {"@context": "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld",
             "eventTime": "2024-03-01T10:00:00Z", "eventTimeZoneOffset": "+00:00",
             "bizLocation": {"id": "urn:epc:id:sgln:0614141.00888.0"}, """;
    private static final String TWO_ITEMS =
            "\"epcList\": [\"urn:epc:id:sgtin:0614141.107346.1\", " + "\"https://id.gs1.org/01/10614141073464/21/2\"]";

    private final EpcisCapture capture = new EpcisCapture();

    @Test
    void shippingSubtractsEpcAndDigitalLinkItemsOfOneProductTogether() throws Exception {
        List<InventoryMovement> movements = movements(
                "\"type\": \"ObjectEvent\", \"action\": \"OBSERVE\", " + "\"bizStep\": \"shipping\", " + TWO_ITEMS);
        assertEquals(1, movements.size());
        assertEquals("10614141073464 0614141008889 -2 ADJUSTMENT shipping", line(movements.get(0)));
    }

    @Test
    void cycleCountingSetsAnAbsoluteCount() throws Exception {
        List<InventoryMovement> movements = movements("\"type\": \"ObjectEvent\", \"action\": \"OBSERVE\", "
                + "\"bizStep\": \"https://ref.gs1.org/cbv/BizStep-cycle_counting\", \"quantityList\": ["
                + "{\"epcClass\": \"urn:epc:idpat:sgtin:4012345.098765.*\", \"quantity\": 7, \"uom\": \"EA\"}]");
        assertEquals("04012345987652 0614141008889 7 COUNT cycle_counting", line(movements.get(0)));
        assertEquals(null, movements.get(0).uom());
    }

    @Test
    void commissioningAddAddsAndDecommissioningDeleteSubtracts() throws Exception {
        assertEquals(
                "10614141073464 0614141008889 2 ADJUSTMENT commissioning",
                line(movements("\"type\": \"ObjectEvent\", \"action\": \"ADD\", \"bizStep\": \"commissioning\", "
                                + TWO_ITEMS)
                        .get(0)));
        assertEquals(
                "10614141073464 0614141008889 -2 ADJUSTMENT decommissioning",
                line(movements("\"type\": \"ObjectEvent\", \"action\": \"DELETE\", \"bizStep\": \"decommissioning\", "
                                + TWO_ITEMS)
                        .get(0)));
    }

    @Test
    void stepsThatDoNotMoveStockGiveNoMovement() throws Exception {
        assertEquals(
                List.of(),
                movements("\"type\": \"ObjectEvent\", \"action\": \"OBSERVE\", " + "\"bizStep\": \"inspecting\", "
                        + TWO_ITEMS));
        assertEquals(List.of(), movements("\"type\": \"ObjectEvent\", \"action\": \"OBSERVE\", " + TWO_ITEMS));
    }

    @Test
    void unpackingAParentInPlaceMovesNothing() throws Exception {
        assertEquals(
                List.of(),
                movements("\"type\": \"AggregationEvent\", \"action\": \"DELETE\", "
                        + "\"bizStep\": \"unpacking\", \"parentID\": \"urn:epc:id:sscc:0614141.1234567890\", "
                        + "\"childEPCs\": [\"urn:epc:id:sgtin:0614141.107346.1\"]"));
    }

    @Test
    void transformationConsumesInputsAndProducesOutputs() throws Exception {
        List<InventoryMovement> movements = movements(
                "\"type\": \"TransformationEvent\", "
                        + "\"bizStep\": \"commissioning\", \"inputQuantityList\": [{\"epcClass\": "
                        + "\"urn:epc:class:lgtin:4012345.011111.4444\", \"quantity\": 10.50, \"uom\": \"KGM\"}], "
                        + "\"outputEPCList\": [\"urn:epc:id:sgtin:4012345.077889.25\", \"urn:epc:id:sgtin:4012345.077889.26\"]");
        assertEquals(
                List.of(
                        "04012345111118 0614141008889 -10.5 ADJUSTMENT commissioning",
                        "04012345778892 0614141008889 2 ADJUSTMENT commissioning"),
                movements.stream().map(this::line).toList());
        assertEquals("KGM", movements.get(0).uom());
        assertEquals("4444", movements.get(0).lot());
        assertEquals(new BigDecimal("-10.5"), movements.get(0).quantity());
    }

    @Test
    void transactionReceivingMovesStock() throws Exception {
        assertEquals(
                "10614141073464 0614141008889 2 ADJUSTMENT receiving",
                line(movements("\"type\": \"TransactionEvent\", \"action\": \"ADD\", \"bizStep\": \"receiving\", "
                                + "\"bizTransactionList\": [{\"type\": \"po\", \"bizTransaction\": \"urn:epc:id:gdti:0614141.00001.1\"}], "
                                + TWO_ITEMS)
                        .get(0)));
    }

    private List<InventoryMovement> movements(String fields) throws Exception {
        List<CapturedEvent> events = capture.map(MAPPER.readTree(HEAD + fields + "}"));
        events.get(0).movements().forEach(m -> assertEquals(events.get(0).eventHash(), m.scanId()));
        return events.get(0).movements();
    }

    private String line(InventoryMovement movement) {
        return movement.sku() + " " + movement.location() + " "
                + movement.quantity().toPlainString() + " " + movement.kind() + " " + movement.bizStep();
    }
}
