package io.livechain.inventory;

/** Movement event payloads for tests. */
final class Movements {

    private Movements() {}

    static String adjustment(String sku, String location, String quantity, String eventTime) {
        return movement(
                sku,
                location,
                "ADJUSTMENT",
                quantity,
                Integer.parseInt(quantity.split("\\.")[0]) < 0 ? "shipping" : "receiving",
                eventTime,
                null);
    }

    static String count(String sku, String location, String quantity, String eventTime) {
        return movement(sku, location, "COUNT", quantity, "cycle_counting", eventTime, null);
    }

    static String movement(
            String sku, String location, String kind, String quantity, String bizStep, String eventTime, String uom) {
        String unit = uom == null ? "" : ", \"uom\": \"" + uom + "\"";
        return """
                {"sku": "%s", "location": "%s", "kind": "%s", "quantity": %s, "bizStep": "%s", "eventTime": "%s"%s}""".formatted(sku, location, kind, quantity, bizStep, eventTime, unit);
    }
}
