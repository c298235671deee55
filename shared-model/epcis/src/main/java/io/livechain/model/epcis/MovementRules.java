package io.livechain.model.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import io.livechain.model.BizStep;
import io.livechain.model.InvalidEventException;
import io.livechain.model.InventoryMovement;
import io.livechain.model.MovementKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which stock an EPCIS event moves at its business location. ObjectEvent, TransactionEvent: by the CBV business
 * step (plus commissioning ADD and decommissioning DELETE); AggregationEvent, AssociationEvent: the children, by the
 * same rules, except that (un)packing only changes what contains what; TransformationEvent: inputs consumed, outputs
 * produced.
 */
final class MovementRules {

    /** Units that count pieces, so the movement carries no uom. */
    private static final Set<String> COUNTED = Set.of("H87", "C62", "EA");

    private static final String NO_BIZ_STEP = "transforming";

    private record Direction(int sign, MovementKind kind) {}

    private record Key(String sku, String uom) {}

    private MovementRules() {}

    static List<InventoryMovement> movements(JsonNode event, String path, String eventHash) {
        Optional<String> location = location(event, path);
        if (location.isEmpty()) {
            return List.of();
        }
        String type = event.path("type").asText();
        String bizStep = EpcisValues.bareCbv(EpcisValues.text(event.get("bizStep")));
        Instant eventTime = EpcisValues.time(event.get("eventTime"), path + ".eventTime");
        Lines lines = new Lines();
        MovementKind kind = MovementKind.ADJUSTMENT;
        if ("TransformationEvent".equals(type)) {
            lines.add(event, path, "inputEPCList", "inputQuantityList", -1);
            lines.add(event, path, "outputEPCList", "outputQuantityList", 1);
            bizStep = bizStep == null ? NO_BIZ_STEP : bizStep;
        } else {
            boolean aggregation = "AggregationEvent".equals(type) || "AssociationEvent".equals(type);
            Optional<Direction> direction = direction(bizStep, EpcisValues.text(event.get("action")), aggregation);
            if (direction.isEmpty()) {
                return List.of();
            }
            kind = direction.get().kind();
            lines.add(
                    event,
                    path,
                    aggregation ? "childEPCs" : "epcList",
                    aggregation ? "childQuantityList" : "quantityList",
                    direction.get().sign());
        }
        return lines.toMovements(location.get(), kind, bizStep, eventTime, eventHash);
    }

    private static Optional<String> location(JsonNode event, String path) {
        String id = EpcisValues.text(event.path("bizLocation").get("id"));
        try {
            return id == null ? Optional.empty() : Gs1Identifiers.location(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException(path + ".bizLocation.id", e.getMessage());
        }
    }

    private static Optional<Direction> direction(String bizStep, String action, boolean aggregation) {
        if (bizStep == null) {
            return Optional.empty();
        }
        Optional<BizStep> step = BizStep.parse(bizStep);
        if (step.isPresent()) {
            // the children of an unpacked parent were already on hand inside it
            return aggregation && step.get() == BizStep.UNPACKING
                    ? Optional.empty()
                    : Optional.of(new Direction(
                            step.get().sign() == 0 ? 1 : step.get().sign(),
                            step.get().kind()));
        }
        if ("ADD".equals(action) && "commissioning".equals(bizStep)) {
            return Optional.of(new Direction(1, MovementKind.ADJUSTMENT));
        }
        if ("DELETE".equals(action) && "decommissioning".equals(bizStep)) {
            return Optional.of(new Direction(-1, MovementKind.ADJUSTMENT));
        }
        return Optional.empty();
    }

    /** Quantities per (sku, uom), summed exactly, with the lot when all items share one. */
    private static final class Lines {
        private final Map<Key, BigDecimal> quantities = new LinkedHashMap<>();
        private final Map<Key, Set<String>> lots = new LinkedHashMap<>();

        void add(JsonNode event, String path, String epcField, String quantityField, int sign) {
            JsonNode epcs = event.path(epcField);
            for (int i = 0; i < epcs.size(); i++) {
                add(EpcisValues.text(epcs.get(i)), null, BigDecimal.ONE, sign, path + "." + epcField + "[" + i + "]");
            }
            JsonNode elements = event.path(quantityField);
            for (int i = 0; i < elements.size(); i++) {
                String at = path + "." + quantityField + "[" + i + "]";
                JsonNode element = elements.get(i);
                BigDecimal quantity =
                        element.has("quantity") ? EpcisValues.decimal(element.get("quantity"), at + ".quantity") : null;
                String uom = EpcisValues.text(element.get("uom"));
                if (quantity != null) {
                    add(EpcisValues.text(element.get("epcClass")), uom, quantity, sign, at + ".epcClass");
                }
            }
        }

        private void add(String id, String uom, BigDecimal quantity, int sign, String at) {
            Optional<Gs1Identifiers.Product> product;
            try {
                product = id == null ? Optional.empty() : Gs1Identifiers.product(id);
            } catch (IllegalArgumentException e) {
                throw new InvalidEventException(at, e.getMessage());
            }
            if (product.isEmpty()) {
                return; // a logistic unit, an asset or a private identifier: no stock-keeping unit
            }
            Key key = new Key(product.get().gtin(), uom == null || COUNTED.contains(uom) ? null : uom);
            quantities.merge(key, sign < 0 ? quantity.negate() : quantity, BigDecimal::add);
            lots.computeIfAbsent(key, k -> new HashSet<>()).add(product.get().lot());
        }

        List<InventoryMovement> toMovements(
                String location, MovementKind kind, String bizStep, Instant eventTime, String eventHash) {
            List<InventoryMovement> movements = new ArrayList<>();
            quantities.forEach((key, quantity) -> {
                if (quantity.signum() == 0 && kind == MovementKind.ADJUSTMENT) {
                    return;
                }
                Set<String> keyLots = lots.get(key);
                String lot = keyLots.size() == 1 && !keyLots.contains(null)
                        ? keyLots.iterator().next()
                        : null;
                movements.add(new InventoryMovement(
                        key.sku(),
                        location,
                        key.uom(),
                        kind,
                        EpcisValues.plain(quantity),
                        bizStep,
                        eventTime,
                        null,
                        lot,
                        null,
                        null,
                        eventHash));
            });
            return movements;
        }
    }
}
