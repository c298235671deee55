package io.livechain.model;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Renders the event catalogue as the Markdown table the README carries (a test keeps them equal). */
public final class CatalogueTable {

    public static final String START = "<!-- catalogue:start -->";
    public static final String END = "<!-- catalogue:end -->";

    private CatalogueTable() {}

    public static String render() {
        String rows = Arrays.stream(EventType.values())
                .map(t -> "| `%s` | %s | %s | %s | [schema](shared-model/contract/src/main/resources/%s) |"
                        .formatted(
                                t.type(),
                                String.join(", ", t.producers()),
                                t.terminal() ? "— (terminal)" : String.join(", ", t.consumers()),
                                t.description(),
                                t.schemaResource()))
                .collect(Collectors.joining("\n"));
        return START + "\n| type | producer | consumers | meaning | JSON Schema |\n|---|---|---|---|---|\n" + rows
                + "\n" + END;
    }

    public static void main(String[] args) {
        System.out.println(render());
    }
}
