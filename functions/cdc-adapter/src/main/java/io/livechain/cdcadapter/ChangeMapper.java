package io.livechain.cdcadapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.livechain.cdcadapter.RowImage.Kind;
import io.livechain.cdcadapter.config.TableMapping;
import io.livechain.cdcadapter.config.TableMapping.Emit;
import io.livechain.cdcadapter.config.TableMapping.OnDelete;
import io.livechain.model.EventSchemas;
import io.livechain.model.EventType;
import io.livechain.model.FieldError;
import io.livechain.model.InvalidEventException;
import io.livechain.model.InventoryMovement;
import io.livechain.model.MovementKind;
import io.livechain.model.ShipmentCreated;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides what one legacy change means, from the change, its table's mapping and the row's image as
 * last applied. Pure: the store runs it inside the row's transaction. Changes of a row may arrive in
 * any order (the broker does not keep it), so each is compared with the applied image by LSN: an
 * older one changes nothing, a newer one becomes the difference between the images.
 */
@ApplicationScoped
public class ChangeMapper {

    private final ObjectMapper json;
    private final EventSchemas schemas = new EventSchemas();

    public ChangeMapper(ObjectMapper json) {
        this.json = json;
    }

    /** Refuses what no row image can make sense of, before any state is read. */
    void check(Change change, Optional<TableMapping> mapping) {
        if (mapping.isEmpty()) {
            throw new InvalidEventException(
                    "source.table",
                    change.table() + " is not mapped: add livechain.cdc.tables.\"" + change.table()
                            + "\".emit (and its columns) to the cdc-adapter's configuration, or emit=ignore");
        }
        switch (change.op()) {
            case "c", "r", "u" -> {}
            case "d" -> {
                if (mapping.get().onDelete() == OnDelete.DEAD_LETTER) {
                    throw new InvalidEventException(
                            "op",
                            "a delete of " + change.table() + " " + change.key() + " means nothing to Livechain"
                                    + " (on-delete=dead-letter); correct stock with a new row or a count");
                }
            }
            case "t" ->
                throw new InvalidEventException(
                        "op",
                        "a truncate of " + change.table() + " means nothing to Livechain; correct stock with counts");
            default ->
                throw new InvalidEventException(
                        "op", "'" + change.op() + "' is no row change Livechain maps (c, u, d, r)");
        }
    }

    Outcome map(Change change, TableMapping mapping, Optional<RowImage> applied) {
        if (applied.isPresent() && applied.get().lsn() >= change.lsn()) {
            return Outcome.nothing(); // a newer image of this row is applied already
        }
        Optional<RowImage> current = applied.filter(image -> !image.deleted());
        if ("d".equals(change.op())) {
            return mapping.onDelete() == OnDelete.REVERSE ? reverse(change, mapping, current) : Outcome.nothing();
        }
        Columns after = new Columns(change.table(), mapping, "after", change.after());
        return switch (mapping.emit()) {
            case STOCK_IN, STOCK_OUT -> stock(change, mapping, current, after);
            case CYCLE_COUNT -> count(change, mapping, current, after);
            case SHIPMENT_CREATED -> shipment(change, current, after);
            case IGNORE -> Outcome.nothing();
        };
    }

    private Outcome stock(Change change, TableMapping mapping, Optional<RowImage> current, Columns after) {
        RowImage next = position(Kind.STOCK, change.lsn(), after, signed(mapping, after.decimal("quantity")));
        if (current.isEmpty()) {
            return Outcome.of(next, movement(mapping, next, MovementKind.ADJUSTMENT, next.quantity()));
        }
        RowImage was = current.get();
        if (!was.samePlaceAndTime(next)) {
            // Moved to another sku, location or time: the old booking is taken back, the new one booked.
            return Outcome.of(
                    next,
                    movement(
                            mapping,
                            was,
                            MovementKind.ADJUSTMENT,
                            was.quantity().negate()),
                    movement(mapping, next, MovementKind.ADJUSTMENT, next.quantity()));
        }
        BigDecimal difference = next.quantity().subtract(was.quantity());
        return Outcome.of(
                next, difference.signum() == 0 ? null : movement(mapping, next, MovementKind.ADJUSTMENT, difference));
    }

    private Outcome count(Change change, TableMapping mapping, Optional<RowImage> current, Columns after) {
        BigDecimal counted = after.decimal("quantity");
        if (counted.signum() < 0) {
            throw new InvalidEventException(
                    "after." + mapping.columns().get("quantity"), "is negative: a count is at least 0");
        }
        RowImage next = position(Kind.COUNT, change.lsn(), after, counted);
        boolean unchanged = current.filter(
                        was -> was.samePlaceAndTime(next) && was.quantity().compareTo(counted) == 0)
                .isPresent();
        return unchanged ? Outcome.quiet(next) : Outcome.of(next, movement(mapping, next, MovementKind.COUNT, counted));
    }

    private Outcome shipment(Change change, Optional<RowImage> current, Columns after) {
        String shipmentId = after.text("shipment-id");
        RowImage next = new RowImage(Kind.SHIPMENT, change.lsn(), false, null, null, "", null, null);
        if (current.isPresent()) {
            return Outcome.quiet(next); // created before: later changes of an order are no new shipment
        }
        ShipmentCreated created = new ShipmentCreated(
                shipmentId,
                after.text("origin"),
                after.text("destination"),
                after.optionalText("cargo-profile").orElse(null),
                after.optionalBoolean("reefer-required").orElse(false),
                after.optionalInstant("deadline").orElse(null),
                after.optionalInstant("ready-at").orElse(null),
                null,
                null);
        return Outcome.of(next, reply(EventType.SHIPMENT_CREATED, shipmentId, created));
    }

    private Outcome reverse(Change change, TableMapping mapping, Optional<RowImage> current) {
        Columns before = new Columns(change.table(), mapping, "before", change.before());
        RowImage was = current.or(() -> before.complete()
                        ? Optional.of(
                                position(Kind.STOCK, change.lsn(), before, signed(mapping, before.decimal("quantity"))))
                        : Optional.empty())
                .orElseThrow(() -> new InvalidEventException(
                        "before",
                        "a delete of " + change.table() + " " + change.key() + ", a row never applied, and Debezium"
                                + " sent no full before image (REPLICA IDENTITY FULL): nothing to reverse"));
        return Outcome.of(
                was.deletedAt(change.lsn()),
                movement(mapping, was, MovementKind.ADJUSTMENT, was.quantity().negate()));
    }

    private static RowImage position(Kind kind, long lsn, Columns row, BigDecimal quantity) {
        return new RowImage(
                kind,
                lsn,
                false,
                row.text("sku"),
                row.text("location"),
                row.optionalText("uom").orElse(""),
                quantity,
                row.instant("time"));
    }

    private static BigDecimal signed(TableMapping mapping, BigDecimal quantity) {
        return mapping.emit() == Emit.STOCK_OUT ? quantity.negate() : quantity;
    }

    private Reply movement(TableMapping mapping, RowImage row, MovementKind kind, BigDecimal quantity) {
        InventoryMovement movement = new InventoryMovement(
                row.sku(),
                row.location(),
                row.uom().isEmpty() ? null : row.uom(),
                kind,
                quantity,
                mapping.bizStep().orElse(defaultBizStep(mapping.emit())),
                row.at(),
                null,
                null,
                null,
                null,
                null);
        return reply(EventType.INVENTORY_MOVEMENT, row.sku() + "|" + row.location(), movement);
    }

    /** The event is checked against its catalogue schema: a legacy value no consumer would take is refused here. */
    private Reply reply(EventType type, String partitionKey, Object data) {
        String text;
        JsonNode tree;
        try {
            // Written by the records' own serializers (plain decimals), not through a tree, which drops zeros.
            text = json.writeValueAsString(data);
            tree = json.readTree(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<FieldError> errors = schemas.validate(type, tree);
        if (!errors.isEmpty()) {
            throw new InvalidEventException(
                    "after",
                    "makes an invalid " + type.type() + ": "
                            + errors.stream()
                                    .map(e -> e.field() + " " + e.problem())
                                    .collect(Collectors.joining("; ")));
        }
        return new Reply(type, partitionKey, text);
    }

    private static String defaultBizStep(Emit emit) {
        return switch (emit) {
            case STOCK_OUT -> "shipping";
            case CYCLE_COUNT -> "cycle_counting";
            default -> "receiving";
        };
    }

    private static String describe(RowImage row) {
        return row.sku() + " at " + row.location() + " " + row.at();
    }
}
