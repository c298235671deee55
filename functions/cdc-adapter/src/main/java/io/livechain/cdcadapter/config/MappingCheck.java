package io.livechain.cdcadapter.config;

import io.livechain.cdcadapter.config.TableMapping.Emit;
import io.livechain.cdcadapter.config.TableMapping.OnDelete;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Refuses to start with a mapping that could only fail later, naming every mistake at once. */
@Startup
@ApplicationScoped
public class MappingCheck {

    private static final Set<String> POSITION = Set.of("sku", "location", "quantity", "time");
    private static final Map<Emit, Set<String>> REQUIRED = Map.of(
            Emit.STOCK_IN, POSITION,
            Emit.STOCK_OUT, POSITION,
            Emit.CYCLE_COUNT, POSITION,
            Emit.SHIPMENT_CREATED, Set.of("shipment-id", "origin", "destination"),
            Emit.IGNORE, Set.of());
    private static final Map<Emit, Set<String>> OPTIONAL = Map.of(
            Emit.STOCK_IN, Set.of("uom"),
            Emit.STOCK_OUT, Set.of("uom"),
            Emit.CYCLE_COUNT, Set.of("uom"),
            Emit.SHIPMENT_CREATED, Set.of("cargo-profile", "reefer-required", "deadline", "ready-at"),
            Emit.IGNORE, Set.of());

    public MappingCheck(CdcConfig config) {
        List<String> problems = problems(config.tables());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("livechain.cdc.tables: " + String.join("; ", problems));
        }
    }

    static List<String> problems(Map<String, TableMapping> tables) {
        List<String> problems = new ArrayList<>();
        tables.forEach((table, mapping) -> {
            Emit emit = mapping.emit();
            REQUIRED.get(emit).stream()
                    .filter(field -> !mapping.columns().containsKey(field))
                    .sorted()
                    .forEach(field -> problems.add(table + " (emit " + emit + ") needs columns." + field));
            mapping.columns().keySet().stream()
                    .filter(field -> !REQUIRED.get(emit).contains(field)
                            && !OPTIONAL.get(emit).contains(field))
                    .sorted()
                    .forEach(field -> problems.add(table + ": columns." + field + " means nothing for emit " + emit));
            if (mapping.onDelete() == OnDelete.REVERSE && emit != Emit.STOCK_IN && emit != Emit.STOCK_OUT) {
                problems.add(table + ": on-delete=reverse is for stock-in and stock-out only");
            }
        });
        return problems;
    }
}
