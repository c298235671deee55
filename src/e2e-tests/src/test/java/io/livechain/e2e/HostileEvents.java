package io.livechain.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.livechain.model.EventSchemas;
import io.livechain.model.EventType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Hostile CloudEvents for {@link HostileInputE2eTest}. Request {@code n} depends on the seed and
 * {@code n} alone, so any one can be made again from a failure report. Each is one category of
 * hostility sent to one target, says what must come of it, and carries a tag (in its id, its source
 * and every identifier of its data) by which any state it leaves is traced back to it.
 */
final class HostileEvents {

    /** Where a request goes: the broker ingress, or a function's own port. */
    enum Target {
        INGRESS(null, "/"),
        SCAN_INGEST("scan-ingest", "/"),
        INVENTORY("inventory", "/"),
        THRESHOLD("threshold", "/"),
        NOTIFY("notify", "/"),
        REROUTE("reroute", "/"),
        READ_API("read-api", "/deadletters"),
        CDC_ADAPTER("cdc-adapter", "/");

        final String service;
        final String path;

        Target(String service, String path) {
            this.service = service;
            this.path = path;
        }
    }

    /** What must come of a request. */
    enum Expect {
        /** A 4xx from the target; at the ingress also 202, then a dead letter with a 4xx from the function. */
        REJECTED,
        /** Valid or not by rules beyond the schema: 2xx or 4xx, never 5xx; state only if accepted. */
        EITHER,
        /** A legal (if odd) scan through the ingress: 202, then its on-hand is exactly its quantity. */
        APPLIED,
        /** A dead letter posted to read-api: 202, then stored. */
        STORED,
        /** A type no Trigger takes, at the ingress: 202, and nothing comes of it. */
        UNROUTED
    }

    /** What an {@link Expect#APPLIED} scan leaves: this on-hand at this position. */
    record Position(String sku, String location, BigDecimal onHand) {}

    /**
     * @param status the one status the target must answer, if only one is right (413 over the limit)
     */
    record Request(
            int n,
            String category,
            Target target,
            String type,
            String tag,
            Map<String, String> headers,
            byte[] body,
            Expect expect,
            Integer status,
            Position applies) {

        /** The same request with no more of its body than a report shows, to keep thousands of them. */
        Request withBodyCut() {
            byte[] cut = body == null || body.length <= 240 ? body : Arrays.copyOf(body, 240);
            return new Request(n, category, target, type, tag, headers, cut, expect, status, applies);
        }

        /** For failure reports: what was sent, the body cut short. */
        String describe() {
            String text = body == null
                    ? "(no body)"
                    : new String(body, 0, Math.min(body.length, 240), StandardCharsets.UTF_8);
            String head = headers.toString();
            return "#%d %s -> %s %s (%s) headers=%s body=%s"
                    .formatted(
                            n, category, target, type, expect, head.substring(0, Math.min(head.length(), 400)), text);
        }
    }

    /** Largest event a function takes (the function kit's EventRejections.MAX_EVENT_BYTES). */
    static final int FUNCTION_LIMIT = 256 * 1024;
    /** Largest request the ingress takes (the local stack's default max-event-bytes). */
    static final int INGRESS_LIMIT = 1_000_000;

    private static final String T = "2026-11-20T06:00:00Z";
    private static final String RAW = "\u0001raw\u0001";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectWriter ASCII_JSON = JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
    private static final EventSchemas SCHEMAS = new EventSchemas();

    private static final Map<Target, List<EventType>> TYPES = Map.of(
            Target.INGRESS,
            List.of(
                    EventType.SCAN,
                    EventType.EPCIS,
                    EventType.SENSOR_READING,
                    EventType.SHIPMENT_CREATED,
                    EventType.CONDITION,
                    EventType.POSITION),
            Target.SCAN_INGEST,
            List.of(EventType.SCAN, EventType.EPCIS),
            Target.INVENTORY,
            List.of(EventType.INVENTORY_MOVEMENT),
            Target.THRESHOLD,
            List.of(EventType.SENSOR_READING, EventType.INVENTORY_LEVEL),
            Target.NOTIFY,
            List.of(
                    EventType.ALERT_RAISED,
                    EventType.ALERT_RESOLVED,
                    EventType.MAINTENANCE_REQUESTED,
                    EventType.REROUTE_REQUESTED,
                    EventType.SHIPMENT_REROUTED),
            Target.REROUTE,
            List.of(EventType.SHIPMENT_CREATED, EventType.CONDITION, EventType.POSITION, EventType.REROUTE_REQUESTED),
            Target.READ_API,
            List.of(EventType.SCAN, EventType.INVENTORY_MOVEMENT, EventType.SENSOR_READING, EventType.CONDITION),
            Target.CDC_ADAPTER,
            List.of(EventType.LEGACY_CHANGE));

    /**
     * A valid event of each type; {@code %1$s} is the request's tag, {@code %3$d} its number. Identifiers
     * are the tag's own, so nothing here touches another test's skus, assets, shipments or the network's
     * facilities. A legacy change (a goods receipt inserted) also carries the tag in its record key.
     */
    private static final Map<EventType, String> VALID = Map.ofEntries(
            Map.entry(EventType.SCAN, """
                    {"sku": "%1$sSKU", "location": "%1$sDC", "quantity": 5, "bizStep": "receiving", "eventTime": "%2$s",
                     "lot": "%1$sLOT", "deviceId": "%1$sDEV"}"""),
            Map.entry(EventType.EPCIS, """
                    {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                     "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "%2$s", "id": "%1$sDOC",
                     "epcisBody": {"eventList": [
                       {"type": "ObjectEvent", "eventTime": "%2$s", "eventTimeZoneOffset": "+00:00", "action": "ADD",
                        "bizStep": "receiving", "epcList": [],
                        "quantityList": [{"epcClass": "urn:epc:class:lgtin:4099999.099999.FUZZ", "quantity": 3}],
                        "bizLocation": {"id": "urn:epc:id:sgln:4099999.00000.0"}}]}}"""),
            Map.entry(EventType.INVENTORY_MOVEMENT, """
                    {"sku": "%1$sSKU", "location": "%1$sDC", "kind": "ADJUSTMENT", "quantity": 5, "bizStep": "receiving",
                     "eventTime": "%2$s", "scanSource": "/fuzz/%1$s", "scanId": "%1$s"}"""),
            Map.entry(EventType.INVENTORY_LEVEL, """
                    {"sku": "%1$sSKU", "location": "%1$sDC", "onHand": 5, "previousOnHand": 0, "causeId": "%1$s",
                     "causeSource": "/fuzz/%1$s", "eventTime": "%2$s", "applied": true, "sequence": 1}"""),
            Map.entry(EventType.SENSOR_READING, """
                    {"deviceId": "%1$sDEV", "assetId": "%1$sASSET", "metric": "temperature", "value": 5.5, "unit": "CEL",
                     "time": "%2$s", "profile": "refrigerated"}"""),
            Map.entry(EventType.ALERT_RAISED, """
                    {"alertId": "%1$sALERT", "dedupKey": "%1$sASSET/excursion", "assetId": "%1$sASSET", "rule": "excursion",
                     "severity": "CRITICAL", "summary": "%1$s too warm", "raisedAt": "%2$s"}"""),
            Map.entry(EventType.ALERT_RESOLVED, """
                    {"alertId": "%1$sALERT", "dedupKey": "%1$sASSET/excursion", "assetId": "%1$sASSET", "rule": "excursion",
                     "summary": "%1$s back in range", "resolvedAt": "%2$s"}"""),
            Map.entry(EventType.MAINTENANCE_REQUESTED, """
                    {"requestId": "%1$sREQ", "dedupKey": "%1$sPRESS/vibration", "assetId": "%1$sPRESS", "metric": "vibration",
                     "reason": "%1$s drift", "value": 9.5, "baseline": 2.0, "zScore": 4.5, "requestedAt": "%2$s"}"""),
            Map.entry(EventType.REROUTE_REQUESTED, """
                    {"shipmentId": "%1$sSHP", "assetId": "%1$sASSET", "alertId": "%1$sALERT", "rule": "excursion",
                     "requiredCapability": "cold-storage", "reason": "%1$s too warm", "requestedAt": "%2$s"}"""),
            Map.entry(EventType.SHIPMENT_REROUTED, """
                    {"shipmentId": "%1$sSHP", "oldRoute": ["%1$sA", "%1$sB"], "newRoute": ["%1$sA", "%1$sC"],
                     "etaChangeMinutes": -30, "reason": "%1$s congestion", "trigger": "condition"}"""),
            Map.entry(EventType.SHIPMENT_CREATED, """
                    {"shipmentId": "%1$sSHP", "origin": "CNSHA-PORT", "destination": "DEMUC-DC", "reeferRequired": true,
                     "modes": ["sea", "rail", "road"], "readyAt": "%2$s", "alternatives": 1, "cargoProfile": "%1$sCARGO"}"""),
            Map.entry(EventType.CONDITION, """
                    {"conditionId": "%1$sCOND", "kind": "WEATHER", "facilityId": "%1$sFACILITY", "extraDelayMinutes": 60,
                     "validFrom": "%2$s", "validUntil": "2026-11-21T06:00:00Z", "source": "%1$sFEED"}"""),
            Map.entry(EventType.POSITION, """
                    {"shipmentId": "%1$sSHP", "deviceId": "%1$sGPS", "latitude": 51.9, "longitude": 4.4, "time": "%2$s"}"""),
            Map.entry(EventType.LEGACY_CHANGE, """
                    {"before": null, "after": {"id": %3$d, "warehouse_code": "%1$sWH", "item_no": "%1$sITEM", "qty": "5",
                     "received_at": "%2$s"}, "op": "c", "ts_ms": 1763618400000,
                     "source": {"connector": "postgresql", "name": "legacy_wms", "db": "legacy_wms", "schema": "public",
                                "table": "goods_receipts", "lsn": %3$d, "snapshot": "false"}}"""));

    private static final Set<String> TEXT_CATEGORIES = Set.of("invalid-utf8", "injection");

    private static final Set<String> TIME_FIELDS = Set.of(
            "eventTime",
            "time",
            "raisedAt",
            "resolvedAt",
            "requestedAt",
            "readyAt",
            "deadline",
            "validFrom",
            "validUntil",
            "creationDate");

    private static final List<String> INJECTIONS = List.of(
            "'; drop table inventory.stock_on_hand; --",
            "' OR '1'='1",
            "\"; delete from threshold.alerts; --",
            "Robert'); DROP TABLE reroute.shipments;--",
            "$$; select pg_sleep(30); $$",
            "%' and 1=1 --",
            "\\'; truncate read_api.dead_letters; --",
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(document.cookie)>",
            "javascript:alert(1)",
            "{{7*7}}${7*7}#{7*7}",
            "${jndi:ldap://fuzz.invalid/a}",
            "../../../../etc/passwd",
            "\r\nSet-Cookie: fuzz=1",
            "\u0000nul",
            "bell\u0007\u001b[31m",
            "\ufeffbom",
            "\u202eevil",
            "\ud800lone-surrogate",
            "❄️🧊 ÄÖÜ 冷链",
            "%00%27%22",
            "\\u0000 \\\" \\\\");

    private static final List<String> UNKNOWN_TYPES = List.of(
            "io.livechain.fuzz.unknown.v1",
            "io.livechain.scan.v2",
            "io.livechain.scan.v1.extra",
            "IO.LIVECHAIN.SCAN.V1",
            "com.example.order.created",
            "x");

    private static final List<String> WRONG_MEDIA = List.of(
            "text/plain",
            "application/xml",
            "application/octet-stream",
            "text/html; charset=utf-8",
            "multipart/form-data; boundary=fuzz",
            "image/png",
            "application/json-seq",
            "garbage");

    /**
     * Values of one field of a legacy change (a path into Debezium's envelope; literals as written) that
     * only the cdc-adapter judges: {@code expect} REJECTED where the mapping cannot place them, null where
     * the schema decides (and what it takes is EITHER).
     */
    private record FieldOddity(String path, Expect expect, List<String> literals) {}

    private static final List<FieldOddity> CHANGE_FIELD_ODDITIES = List.of(
            // A truncate or a logical-decoding message is no row change: nothing to map.
            new FieldOddity("op", Expect.REJECTED, List.of("\"t\"", "\"m\"")),
            new FieldOddity("op", null, List.of("\"x\"", "\"C\"", "\"create\"", "null")),
            new FieldOddity(
                    "source.table",
                    Expect.REJECTED,
                    List.of(
                            "\"suppliers\"",
                            "\"GOODS_RECEIPTS\"",
                            "\"goods_receipts \"",
                            "\"goods_receipts; drop table cdc.legacy_rows; --\"")),
            new FieldOddity("source.schema", Expect.REJECTED, List.of("\"legacy\"", "\"public.public\"")),
            // A database name no database has (4,000 letters that do not compress), kept in the change's id.
            new FieldOddity(
                    "source.db", null, List.of("\"\"", "null", "7", "\"" + randomText(new Random(1), 4_000) + "\"")),
            new FieldOddity("after", null, List.of("[]", "[{}]", "\"row\"", "42", "true")),
            // A create without its new row: nothing to place.
            new FieldOddity("after", Expect.REJECTED, List.of("null", "{}")),
            new FieldOddity(
                    "source.lsn", null, List.of("-1", "\"1000\"", "1.5", "1e400", "null", "0", "9223372036854775807")),
            // Beyond Debezium's signed 64-bit LSN: no order of the row's changes can be told by it.
            new FieldOddity(
                    "source.lsn",
                    Expect.REJECTED,
                    List.of("9223372036854775808", "18446744073709551616", "1" + "0".repeat(30))),
            new FieldOddity(
                    "after.qty",
                    Expect.REJECTED,
                    List.of(
                            "{\"value\": 5}",
                            "[5]",
                            "\"NaN\"",
                            "\"Infinity\"",
                            "\"\"",
                            "true",
                            "null",
                            "\"5 kg\"",
                            "\"1e2147483648\"")),
            new FieldOddity(
                    "after.qty",
                    null,
                    List.of(
                            "\"1e400\"",
                            "\"-1e400\"",
                            "\"1e-400\"",
                            "\"1e200000\"",
                            "\"1e-20000\"",
                            "\"1e2147483647\"",
                            "\"1E-2147483647\"",
                            "\"0E+2147483647\"",
                            "\"" + "9".repeat(1_200) + "\"",
                            "\"1" + "0".repeat(200_000) + "\"",
                            "1e-400",
                            "1e400",
                            "-5",
                            "0",
                            "7.000")),
            new FieldOddity(
                    "after.received_at",
                    Expect.REJECTED,
                    List.of(
                            "\"yesterday\"",
                            "1763618400",
                            "\"2026-11-20T06:00:00\"",
                            "\"2026-11-20\"",
                            "null",
                            "{}",
                            "\"2026-11-20T06:00:00+25:00\"")),
            new FieldOddity(
                    "after.received_at",
                    null,
                    List.of(
                            "\"0001-01-01T00:00:00Z\"",
                            "\"+10000-01-01T00:00:00Z\"",
                            "\"-4714-11-24T00:00:00Z\"",
                            "\"+999999999-12-31T23:59:59Z\"",
                            "\"2026-11-20T06:00:00.123456789Z\"",
                            "\"2026-11-20T06:00:00+18:00\"")));

    private final long seed;
    private final String marker;
    private final List<Category> categories = List.of(
            new Category("malformed-json", 1, this::malformedJson),
            new Category("invalid-utf8", 1, this::invalidUtf8),
            new Category("wrong-types", 1, this::wrongTypes),
            new Category("missing-fields", 1, this::missingFields),
            new Category("empty-values", 1, this::emptyValues),
            new Category("nan-infinity", 1, this::nanInfinity),
            new Category("extreme-numbers", 1, this::extremeNumbers),
            new Category("extreme-times", 1, this::extremeTimes),
            new Category("long-strings", 1, this::longStrings),
            new Category("injection", 1, this::injection),
            new Category("unknown-type", 0.5, this::unknownType),
            new Category("wrong-content-type", 0.7, this::wrongContentType),
            new Category("no-data", 0.7, this::noData),
            new Category("bad-attributes", 1, this::badAttributes),
            new Category("over-limit", 0.25, this::overLimit));

    HostileEvents(long seed) {
        this.seed = seed;
        this.marker = "fuzz" + Long.toUnsignedString(seed, 36);
    }

    /** Found in every identifier of this run, and nowhere else. */
    String marker() {
        return marker;
    }

    /** The request tag of {@code n}: {@code <marker>-<n>-}. */
    String tag(int n) {
        return marker + "-" + n + "-";
    }

    /** Request {@code n} of this seed. */
    Request request(int n) {
        Random random = new Random(seed * 1_000_003L + n);
        Target target = pickTarget(random);
        if (target == Target.INGRESS && random.nextInt(12) == 0) {
            return legalScan(n);
        }
        if (target == Target.READ_API && random.nextInt(5) == 0) {
            return deadLetterOddity(n, random);
        }
        if (target == Target.CDC_ADAPTER && random.nextInt(2) == 0) {
            return changeOddity(n, random);
        }
        // The ingress takes only what must end rejected (or applied): accepted odd events could not be
        // told apart from events still in flight. What may be either goes to the functions directly.
        while (true) {
            Category category = pickCategory(random);
            EventType type = pick(random, TYPES.get(target));
            boolean structured = random.nextInt(4) == 0;
            // The ingress re-encodes a structured event's data, so broken text would arrive repaired: to it,
            // those go in binary mode, byte for byte.
            Draft draft = new Draft(
                    n,
                    tag(n),
                    type,
                    structured && !(target == Target.INGRESS && TEXT_CATEGORIES.contains(category.name())));
            category.mutation().accept(random, draft);
            Request request = draft.toRequest(n, category.name(), target);
            if (request.expect() != Expect.EITHER || target != Target.INGRESS) {
                return request;
            }
        }
    }

    private Target pickTarget(Random random) {
        int roll = random.nextInt(100);
        if (roll < 35) {
            return Target.INGRESS;
        }
        if (roll < 45) {
            return Target.READ_API;
        }
        List<Target> functions = List.of(
                Target.SCAN_INGEST,
                Target.INVENTORY,
                Target.THRESHOLD,
                Target.NOTIFY,
                Target.REROUTE,
                Target.CDC_ADAPTER);
        return functions.get(roll % functions.size());
    }

    private Category pickCategory(Random random) {
        double total = categories.stream().mapToDouble(Category::weight).sum();
        double roll = random.nextDouble() * total;
        for (Category category : categories) {
            roll -= category.weight();
            if (roll < 0) {
                return category;
            }
        }
        return categories.get(0);
    }

    // --- Categories: each makes the draft hostile in its own way. ---

    private void malformedJson(Random random, Draft d) {
        String valid = d.dataText();
        if (random.nextInt(5) == 0) {
            // The ingress' batch mode (Funqy's: 406), broken.
            d.rawContentType = "application/cloudevents-batch+json";
            d.rawBody = pick(random, List.of("[]", "[1]", "[null]", "{}", "[{\"id\": 1}]", "not json", "[[]]"))
                    .getBytes(StandardCharsets.UTF_8);
            return;
        }
        String broken = switch (random.nextInt(9)) {
            case 0 -> valid.substring(0, random.nextInt(valid.length() - 1));
            case 1 -> valid + pick(random, List.of("}", " garbage", ",]", "\u0000"));
            case 2 -> valid.replace('"', '\'');
            case 3 -> valid.replaceFirst("\"", "");
            case 4 -> "/* comment */ " + valid;
            case 5 -> pick(random, List.of("{]", "nul", "{\"a\":}", "{\"sku\" \"x\"}", "[1,2", "{,}", "\"", "{{}}"));
            case 6 -> "[".repeat(5_000 + random.nextInt(50_000)) + "]".repeat(5_000);
            case 7 -> "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000);
            default -> valid.replaceFirst(":", "::");
        };
        d.data = broken.getBytes(StandardCharsets.UTF_8);
    }

    private void invalidUtf8(Random random, Draft d) {
        byte[] valid = d.data;
        byte[] bad = pick(
                random,
                List.of(
                        new byte[] {(byte) 0xFF},
                        new byte[] {(byte) 0xC3, 0x28},
                        new byte[] {(byte) 0xE2, (byte) 0x82},
                        new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98},
                        new byte[] {(byte) 0xC0, (byte) 0xAF},
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
                        new byte[] {(byte) 0x80}));
        // Inside a string value, right after one of the tags (never inside one: state must stay traceable).
        List<Integer> afterTags = new ArrayList<>();
        byte[] tag = d.tag.getBytes(StandardCharsets.UTF_8);
        for (int i = indexOf(valid, tag, 0); i >= 0; i = indexOf(valid, tag, i + 1)) {
            afterTags.add(i + tag.length);
        }
        int at = afterTags.isEmpty() ? 0 : pick(random, afterTags);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(valid, 0, at);
        out.writeBytes(bad);
        out.write(valid, at, valid.length - at);
        d.data = out.toByteArray();
    }

    private void wrongTypes(Random random, Draft d) {
        if (random.nextInt(5) == 0) {
            d.setData(pick(random, List.of("[]", "\"scan\"", "42", "true", "null", "[{}]")));
            return;
        }
        ObjectNode data = d.json();
        String field = pick(random, fieldNames(data));
        JsonNode current = data.get(field);
        List<String> others = new ArrayList<>();
        for (String value :
                List.of("7", "-1.5", "\"seven\"", "true", "null", "[]", "{}", "[\"a\"]", "{\"$gt\": \"\"}")) {
            JsonNode candidate = parse(value);
            if (candidate.getNodeType() != current.getNodeType()) {
                others.add(value);
            }
        }
        d.setRaw(data, field, pick(random, others));
    }

    private void missingFields(Random random, Draft d) {
        if (random.nextInt(6) == 0) {
            d.setData("{}");
            return;
        }
        ObjectNode data = d.json();
        List<String> names = fieldNames(data);
        int remove = 1 + random.nextInt(names.size());
        for (int i = 0; i < remove; i++) {
            data.remove(names.get(random.nextInt(names.size())));
        }
        d.setData(data.toString());
    }

    private void emptyValues(Random random, Draft d) {
        ObjectNode data = d.json();
        for (String field : fieldNames(data)) {
            if (data.get(field).isTextual() && random.nextInt(3) > 0) {
                data.put(field, pick(random, List.of("", " ", "\t", "   ")));
            }
        }
        d.setData(data.toString());
    }

    private void nanInfinity(Random random, Draft d) {
        ObjectNode data = d.json();
        String literal = pick(
                random,
                List.of(
                        "NaN",
                        "Infinity",
                        "-Infinity",
                        "+Infinity",
                        "\"NaN\"",
                        "\"Infinity\"",
                        "\"-Infinity\"",
                        "\"1e999\"",
                        "-0"));
        d.setRaw(data, pick(random, numericOrAny(data)), literal);
    }

    private void extremeNumbers(Random random, Draft d) {
        ObjectNode data = d.json();
        String forty = "1234567890123456789012345678901234567890";
        String literal = pick(
                random,
                List.of(
                        "-1",
                        "-0.0",
                        "0",
                        "-1e308",
                        "1e308",
                        "1e309",
                        "-1e309",
                        "4.9e-324",
                        "1e-400",
                        forty,
                        "-" + forty,
                        forty + ".5",
                        "0." + "0".repeat(39) + "1",
                        "9223372036854775808",
                        "2147483648",
                        "-2147483649",
                        "1e2147483648",
                        "1E-2147483649",
                        forty + forty + "e-60",
                        "1" + "0".repeat(1_200)));
        d.setRaw(data, pick(random, numericOrAny(data)), literal);
    }

    private void extremeTimes(Random random, Draft d) {
        ObjectNode data = d.json();
        List<String> times =
                fieldNames(data).stream().filter(TIME_FIELDS::contains).toList();
        String field = times.isEmpty() ? pick(random, fieldNames(data)) : pick(random, times);
        String value = pick(
                random,
                List.of(
                        "\"0001-01-01T00:00:00Z\"",
                        "\"0000-01-01T00:00:00Z\"",
                        "\"9999-12-31T23:59:59.999999999Z\"",
                        "\"1970-01-01T00:00:00Z\"",
                        "\"1969-12-31T23:59:59Z\"",
                        "\"1582-10-10T00:00:00Z\"",
                        "\"2026-02-30T00:00:00Z\"",
                        "\"2026-11-20T24:00:00Z\"",
                        "\"2026-11-20T06:00:60Z\"",
                        "\"2026-11-20\"",
                        "\"2026-11-20T06:00:00\"",
                        "\"+10000-01-01T00:00:00Z\"",
                        "\"-0001-01-01T00:00:00Z\"",
                        "\"yesterday\"",
                        "\"2026-11-20T06:00:00+25:00\"",
                        "\"2026-11-20t06:00:00z\"",
                        "\"2026-11-20T06:00:00.1234567890123Z\"",
                        "1763618400"));
        d.setRaw(data, field, value);
    }

    private void longStrings(Random random, Draft d) {
        ObjectNode data = d.json();
        String unit = pick(random, List.of("x", "é", "'", "\\\\", "𝄞", "<"));
        int length = pick(random, List.of(10_000, 50_000, 100_000));
        switch (random.nextInt(4)) {
            case 0 ->
                data.putArray(pick(random, fieldNames(data)))
                        .addAll(java.util.Collections.nCopies(4_000, TextNode.valueOf(d.tag)));
            case 1 -> {
                ObjectNode wide = data.putObject("extra" + d.tag);
                for (int i = 0; i < 5_000; i++) {
                    wide.put(d.tag + i, i);
                }
            }
            default -> {
                String field = pick(random, stringOrAny(data));
                data.put(field, d.tag + unit.repeat(length / unit.length()));
            }
        }
        d.setData(data.toString());
    }

    private void injection(Random random, Draft d) {
        ObjectNode data = d.json();
        List<String> strings = stringOrAny(data);
        int count = 1 + random.nextInt(strings.size());
        for (int i = 0; i < count; i++) {
            data.put(pick(random, strings), d.tag + pick(random, INJECTIONS));
        }
        // Escaped, so a lone surrogate goes out as \ud800 (as UTF-8 bytes it would become '?').
        try {
            d.setData(ASCII_JSON.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void unknownType(Random random, Draft d) {
        d.attributes.put("type", pick(random, UNKNOWN_TYPES));
        d.unknownType = true;
    }

    private void wrongContentType(Random random, Draft d) {
        d.contentType = pick(random, WRONG_MEDIA);
        if (random.nextBoolean()) {
            d.data = ("<event><sku>" + d.tag + "</sku></event>").getBytes(StandardCharsets.UTF_8);
        }
        d.expect = Expect.REJECTED;
    }

    private void noData(Random random, Draft d) {
        d.data = null;
        if (random.nextBoolean()) {
            d.contentType = null;
        }
        d.expect = Expect.REJECTED;
    }

    private void badAttributes(Random random, Draft d) {
        String attribute = pick(random, List.of("id", "source", "specversion", "type", "time"));
        if (attribute.equals("time")) {
            d.attributes.put(
                    "time",
                    pick(random, List.of("yesterday", "2026-13-01T00:00:00Z", "2026-11-20T06:00:00", "1763618400")));
        } else if (attribute.equals("specversion") && random.nextBoolean()) {
            d.attributes.put("specversion", pick(random, List.of("0.1", "2.0", "1", "1.0.0", "v1.0")));
        } else if (random.nextBoolean()) {
            d.attributes.remove(attribute);
        } else {
            // HTTP trims header values: in binary mode all of these arrive empty.
            d.attributes.put(attribute, pick(random, List.of("", " ", "   ")));
        }
        d.expect = Expect.REJECTED;
    }

    private void overLimit(Random random, Draft d) {
        ObjectNode data = d.json();
        data.put(pick(random, stringOrAny(data)), d.tag + "x".repeat(FUNCTION_LIMIT + random.nextInt(1_000_000)));
        d.setData(data.toString());
    }

    // --- Requests that are not mutations of one event type. ---

    /** A scan through the ingress that is odd but legal, so it must be applied exactly. */
    private Request legalScan(int n) {
        Random random = new Random(seed * 1_000_003L + n + 7);
        String tag = tag(n);
        String sku = (tag + pick(random, INJECTIONS.subList(0, 12))).trim();
        String location = tag + pick(random, List.of("DC", "❄️ Kühlhaus", "dc' OR 1=1", "<b>DC</b>", "D".repeat(100)));
        String quantity = pick(random, List.of("1", "1234567890123456789012345678901234567890", "1e30", "7.000"));
        String time = pick(
                random,
                List.of(
                        "0001-01-01T00:00:00Z",
                        "1970-01-01T00:00:00Z",
                        "2026-11-20T07:00:00+01:00",
                        T,
                        "2026-11-20T06:00:00.123456789Z"));
        ObjectNode scan = JSON.createObjectNode()
                .put("sku", sku)
                .put("location", location)
                .put("bizStep", pick(random, List.of("receiving", "urn:epcglobal:cbv:bizstep:receiving")))
                .put("eventTime", time);
        Draft draft = new Draft(n, tag, EventType.SCAN, false);
        draft.setRaw(scan, "quantity", quantity);
        draft.expect = Expect.APPLIED;
        Request request = draft.toRequest(n, "legal-oddities", Target.INGRESS);
        return new Request(
                n,
                request.category(),
                request.target(),
                request.type(),
                tag,
                request.headers(),
                request.body(),
                Expect.APPLIED,
                202,
                new Position(sku, location, new BigDecimal(quantity)));
    }

    /** A dead letter as the KafkaSource might post it, oddly made: stored if it names id, source, type. */
    private Request deadLetterOddity(int n, Random random) {
        Draft d = new Draft(n, tag(n), pick(random, TYPES.get(Target.READ_API)), random.nextBoolean());
        d.attributes.put("knativeerrordest", "http://localhost/" + d.tag);
        switch (random.nextInt(7)) {
            case 0 -> d.attributes.put("knativeerrorcode", pick(random, List.of("abc", "99999999999", "-1", "")));
            case 1 -> d.attributes.put("knativeerrordata", pick(random, List.of("!!!not base64", "////", "=")));
            case 2 -> d.attributes.put("time", pick(random, List.of("yesterday", "0000-01-01T00:00:00Z", "")));
            case 3 -> d.attributes.put("subject", d.tag + "s".repeat(4_000));
            case 4 -> {
                d.data = null;
                d.contentType = null;
            }
            // A NUL in an attribute: percent-encoded in a header, as the HTTP binding sends it.
            case 5 -> d.attributes.put("subject", d.tag + (d.structured ? "\u0000" : "%00"));
            default -> {
                // data_base64 that is no base64: a structured letter that is no valid CloudEvent.
                d.structured = true;
                d.rawContentType = "application/cloudevents+json";
                d.rawBody = """
                        {"specversion": "1.0", "id": "%s", "source": "/fuzz/%s", "type": "%s", "data_base64": "%s"}""".formatted(
                                d.tag, d.tag, d.attributes.get("type"), pick(random, List.of("!!!", "a", "ab=c", "€")))
                        .getBytes(StandardCharsets.UTF_8);
                d.expect = Expect.REJECTED;
            }
        }
        return d.toRequest(n, "dead-letter-oddities", Target.READ_API);
    }

    /**
     * A legacy change made odd where only the cdc-adapter looks: its record key, op, table, LSN and row
     * images, or another mapped table's row. Rejected where the mapping cannot place it, else either.
     */
    private Request changeOddity(int n, Random random) {
        Draft d = new Draft(n, tag(n), EventType.LEGACY_CHANGE, random.nextInt(4) == 0);
        ObjectNode change = d.json();
        ObjectNode after = (ObjectNode) change.get("after");
        switch (random.nextInt(8)) {
            case 0 -> {
                // The KafkaSource always passes the record key: without it no row is told from another.
                if (random.nextBoolean()) {
                    d.attributes.remove("key");
                } else {
                    d.attributes.put("key", pick(random, List.of("", " ")));
                }
                d.expect = Expect.REJECTED;
            }
            case 1 -> {
                String key = random.nextBoolean()
                        ? d.tag + pick(random, INJECTIONS)
                        : d.tag + randomText(random, 2_000 + random.nextInt(8_000));
                d.attributes.put("key", key);
                // What a header cannot carry goes structured; a key that is no storable text is refused.
                d.structured |= !key.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
                d.expect = storable(key) ? null : Expect.REJECTED;
            }
            case 2 -> {
                // A delete of a row never seen, without the full before image: nothing to reverse.
                change.put("op", "d");
                change.set(
                        "before",
                        random.nextBoolean() ? null : JSON.createObjectNode().put("id", n));
                change.putNull("after");
                d.expect = Expect.REJECTED;
            }
            case 3 -> {
                // A delete of a row never seen, with its full before image (REPLICA IDENTITY FULL).
                change.put("op", "d");
                change.set("before", after);
                change.putNull("after");
            }
            case 4 -> {
                // A create, update or snapshot read of a row never seen, with or without its before image;
                // without its after image it has nothing to place.
                change.put("op", pick(random, List.of("c", "u", "r")));
                change.set("before", random.nextBoolean() ? null : after.deepCopy());
                if (random.nextInt(3) == 0) {
                    change.putNull("after");
                    d.expect = Expect.REJECTED;
                }
            }
            case 5 -> otherTable(random, d, change, after);
            case 6 -> {
                // The columns the tag is in, with SQL and script fragments, or too long for a movement.
                String column = pick(random, List.of("item_no", "warehouse_code"));
                after.put(column, d.tag + (random.nextBoolean() ? pick(random, INJECTIONS) : "x".repeat(200)));
            }
            default -> {
                FieldOddity oddity = pick(random, CHANGE_FIELD_ODDITIES);
                String[] path = oddity.path().split("\\.");
                ObjectNode parent = path.length == 1 ? change : (ObjectNode) change.get(path[0]);
                d.setRaw(change, parent, path[path.length - 1], pick(random, oddity.literals()));
                d.expect = oddity.expect();
                return d.toRequest(n, "change-oddities", Target.CDC_ADAPTER);
            }
        }
        // Escaped, so a lone surrogate goes out as \ud800 (as UTF-8 bytes it would become '?').
        try {
            d.setData(ASCII_JSON.writeValueAsString(change));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return d.toRequest(n, "change-oddities", Target.CDC_ADAPTER);
    }

    /** The change as one of the other tables of the sample legacy WMS: a dispatch, a count, an order, an item. */
    private static void otherTable(Random random, Draft d, ObjectNode change, ObjectNode receipt) {
        String table = pick(random, List.of("dispatches", "stock_levels", "orders", "items"));
        ((ObjectNode) change.get("source")).put("table", table);
        change.put("op", pick(random, List.of("c", "u", "r")));
        ObjectNode row = JSON.createObjectNode();
        switch (table) {
            case "dispatches" -> {
                row.setAll(receipt);
                row.set("dispatched_at", row.remove("received_at"));
            }
            case "stock_levels" ->
                row.put("warehouse_code", d.tag + "WH")
                        .put("item_no", d.tag + "ITEM")
                        .put("qty_on_hand", pick(random, List.of("40", "0", "-1", "2.5")))
                        .put("counted_at", T);
            case "orders" ->
                row.put("order_no", d.tag + "SO")
                        .put("ship_from", d.tag + "FROM")
                        .put("ship_to", d.tag + "TO")
                        .putNull("cargo_profile")
                        .put("reefer", pick(random, List.of("false", "t", "maybe")))
                        .put("due_at", pick(random, List.of(T, "soon")))
                        .putNull("ready_at");
            default ->
                row.put("item_no", d.tag + "ITEM").put("description", "Bolt").put("uom", "EA");
        }
        change.set("after", row);
    }

    /** Text of letters and digits that does not compress (as a repeated one would, in an index). */
    private static String randomText(Random random, int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    // --- The event under construction. ---

    /** One event: its attributes, its data as bytes, and how it is sent (binary or structured mode). */
    private static final class Draft {
        final String tag;
        final EventType type;
        final Map<String, String> attributes = new LinkedHashMap<>();
        boolean structured;
        String contentType = "application/json";
        byte[] data;
        /** A whole body (and its Content-Type) given as is, bypassing both modes. */
        byte[] rawBody;

        String rawContentType;
        /** Set by categories whose outcome does not depend on the data. */
        Expect expect;

        boolean unknownType;

        Draft(int n, String tag, EventType type, boolean structured) {
            this.tag = tag;
            this.type = type;
            this.structured = structured;
            attributes.put("specversion", "1.0");
            attributes.put("id", tag);
            attributes.put("source", "/fuzz/" + tag);
            attributes.put("type", type.type());
            if (type == EventType.LEGACY_CHANGE) {
                // The row's primary key, as the KafkaSource passes the Kafka record key.
                attributes.put("key", "{\"id\":\"" + tag + "\"}");
            }
            setData(VALID.get(type).formatted(tag, T, n));
        }

        String dataText() {
            return new String(data, StandardCharsets.UTF_8);
        }

        ObjectNode json() {
            return (ObjectNode) parse(dataText());
        }

        void setData(String text) {
            data = text.getBytes(StandardCharsets.UTF_8);
        }

        /** Sets {@code field} to a literal as written, even one that is no JSON (NaN, 1e2147483648). */
        void setRaw(ObjectNode json, String field, String literal) {
            setRaw(json, json, field, literal);
        }

        /** Sets {@code field} of {@code parent}, an object within {@code json}, to a literal as written. */
        void setRaw(ObjectNode json, ObjectNode parent, String field, String literal) {
            parent.put(field, RAW);
            setData(json.toString().replace(JSON.valueToTree(RAW).toString(), literal));
        }

        Request toRequest(int n, String category, Target target) {
            Map<String, String> headers = new LinkedHashMap<>();
            byte[] body;
            if (rawBody != null) {
                headers.put("Content-Type", rawContentType);
                body = rawBody;
            } else if (structured) {
                headers.put("Content-Type", "application/cloudevents+json");
                body = envelope();
            } else {
                attributes.forEach((name, value) -> headers.put("ce-" + name, value));
                if (contentType != null) {
                    headers.put("Content-Type", contentType);
                }
                body = data;
            }
            Expect outcome = expect(target, body);
            Integer status = target == Target.INGRESS && body != null && body.length > INGRESS_LIMIT ? 413 : null;
            return new Request(n, category, target, attributes.get("type"), tag, headers, body, outcome, status, null);
        }

        /** Structured mode: the attributes, then the data as it is (broken data breaks the envelope). */
        private byte[] envelope() {
            ObjectNode envelope = JSON.createObjectNode();
            attributes.forEach(envelope::put);
            if (contentType != null) {
                envelope.put("datacontenttype", contentType);
            }
            // Escaped, so an attribute's lone surrogate (a legacy change's key) goes out as \ud800.
            String head;
            try {
                head = ASCII_JSON.writeValueAsString(envelope);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(head.substring(0, head.length() - 1).getBytes(StandardCharsets.UTF_8));
            if (data != null) {
                boolean json = contentType == null || contentType.startsWith("application/json");
                out.writeBytes((head.length() > 2 ? ", " : "").getBytes(StandardCharsets.UTF_8));
                out.writeBytes("\"data\": ".getBytes(StandardCharsets.UTF_8));
                out.writeBytes(
                        json ? data : JSON.valueToTree(dataText()).toString().getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes("}".getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }

        private Expect expect(Target target, byte[] body) {
            int size = body == null ? 0 : body.length;
            if (target == Target.READ_API) {
                // read-api keeps any dead letter that names specversion, id, source and type, whatever its data.
                boolean complete = rawBody == null && attributesComplete() && (!structured || parses(body));
                return complete ? Expect.STORED : Expect.REJECTED;
            }
            if (expect != null) {
                return expect;
            }
            if (size > (target == Target.INGRESS ? INGRESS_LIMIT : FUNCTION_LIMIT) || rawBody != null) {
                return Expect.REJECTED;
            }
            if (unknownType) {
                return target == Target.INGRESS ? Expect.UNROUTED : Expect.REJECTED;
            }
            JsonNode parsed;
            try {
                parsed = JSON.readTree(data);
            } catch (IOException | RuntimeException e) {
                return Expect.REJECTED;
            }
            // Before the schema, the functions refuse what they cannot keep: infinity (a number beyond a
            // double's range), text with U+0000 or an unpaired surrogate.
            if (parsed == null
                    || parsed.isMissingNode()
                    || unfit(parsed)
                    || !SCHEMAS.validate(type, parsed).isEmpty()) {
                return Expect.REJECTED;
            }
            return scanFromTheFuture(parsed) ? Expect.REJECTED : Expect.EITHER;
        }

        private boolean attributesComplete() {
            return List.of("specversion", "id", "source", "type").stream()
                    .allMatch(name -> attributes.containsKey(name)
                            && !attributes.get(name).isBlank());
        }

        /** scan-ingest refuses a scan stamped more than minutes ahead of the clock. */
        private boolean scanFromTheFuture(JsonNode scan) {
            try {
                return type == EventType.SCAN
                        && Instant.parse(scan.path("eventTime").asText())
                                .isAfter(Instant.now().plusSeconds(3600));
            } catch (RuntimeException unparsable) {
                return false;
            }
        }
    }

    private record Category(String name, double weight, BiConsumer<Random, Draft> mutation) {}

    /** How many requests of each category and target {@code requests} holds, for the report. */
    static Map<String, Integer> countBy(List<Request> requests, java.util.function.Function<Request, String> key) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        requests.forEach(r -> counts.merge(key.apply(r), 1, Integer::sum));
        return counts;
    }

    private static boolean unfit(JsonNode node) {
        if (node.isDouble() && !Double.isFinite(node.doubleValue())) {
            return true;
        }
        if (node.isTextual()) {
            return !storable(node.textValue());
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            if (!storable(names.next())) {
                return true;
            }
        }
        for (JsonNode child : node) {
            if (unfit(child)) {
                return true;
            }
        }
        return false;
    }

    /** No U+0000 and no unpaired surrogate (which UTF-8 cannot carry: it comes back as '?'). */
    private static boolean storable(String text) {
        return text.indexOf('\u0000') < 0
                && text.equals(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    private static boolean parses(byte[] body) {
        try {
            return body != null && JSON.readTree(body).isObject();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    private static List<String> fieldNames(ObjectNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static List<String> numericOrAny(ObjectNode node) {
        List<String> numeric =
                fieldNames(node).stream().filter(f -> node.get(f).isNumber()).toList();
        return numeric.isEmpty() ? fieldNames(node) : numeric;
    }

    private static List<String> stringOrAny(ObjectNode node) {
        List<String> strings =
                fieldNames(node).stream().filter(f -> node.get(f).isTextual()).toList();
        return strings.isEmpty() ? fieldNames(node) : strings;
    }

    private static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
