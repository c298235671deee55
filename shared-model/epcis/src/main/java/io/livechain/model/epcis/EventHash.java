package io.livechain.model.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The EPCIS Event Hash ID of CBV 2.0 (section 8.9; reference implementation RalphTro/epcis-event-hash-generator):
 * a pre-hash string built in the canonical property order with normalised values, hashed with SHA-256 and written
 * {@code ni:///sha-256;<hex>?ver=CBV2.0}. It depends only on the event, never on the document around it.
 */
final class EventHash {

    private static final String GS1_VOC = "https://gs1.org/voc/";
    private static final String CBV = "https://ref.gs1.org/cbv/";
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'");
    private static final List<String> METADATA = List.of(
            "time",
            "startTime",
            "endTime",
            "deviceID",
            "deviceMetadata",
            "rawData",
            "dataProcessingMethod",
            "bizRules");
    private static final List<String> REPORT = List.of(
            "type",
            "exception",
            "deviceID",
            "deviceMetadata",
            "rawData",
            "dataProcessingMethod",
            "time",
            "microorganism",
            "chemicalSubstance",
            "value",
            "component",
            "stringValue",
            "booleanValue",
            "hexBinaryValue",
            "uriValue",
            "minValue",
            "maxValue",
            "meanValue",
            "sDev",
            "percRank",
            "percValue",
            "uom",
            "coordinateReferenceSystem");
    /** Event fields that are either in the canonical order or excluded from the hash. */
    private static final Set<String> STANDARD = Set.of(
            "type",
            "eventTime",
            "eventTimeZoneOffset",
            "epcList",
            "parentID",
            "inputEPCList",
            "childEPCs",
            "quantityList",
            "childQuantityList",
            "inputQuantityList",
            "outputEPCList",
            "outputQuantityList",
            "action",
            "transformationID",
            "bizStep",
            "disposition",
            "persistentDisposition",
            "readPoint",
            "bizLocation",
            "bizTransactionList",
            "sourceList",
            "destinationList",
            "sensorElementList",
            "ilmd",
            "eventID",
            "recordTime",
            "@context",
            "certificationInfo");

    private EventHash() {}

    static String of(JsonNode event, Map<String, String> namespaces) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(preHash(event, namespaces).getBytes(StandardCharsets.UTF_8));
            return "ni:///sha-256;" + HexFormat.of().formatHex(digest) + "?ver=CBV2.0";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** The JSON-LD prefixes a document's or event's {@code @context} declares, plus the standard ones. */
    static Map<String, String> namespaces(JsonNode context) {
        Map<String, String> namespaces =
                new HashMap<>(Map.of("gs1", GS1_VOC, "cbv", CBV, "epcis", "https://ref.gs1.org/epcis/"));
        for (JsonNode entry : context.isArray() ? context : List.of(context)) {
            entry.fields().forEachRemaining(field -> {
                if (field.getValue().isTextual()) {
                    namespaces.put(field.getKey(), field.getValue().asText());
                }
            });
        }
        return namespaces;
    }

    static String preHash(JsonNode event, Map<String, String> namespaces) {
        PreHash text = new PreHash(namespaces);
        StringBuilder s =
                new StringBuilder("eventType=").append(event.path("type").asText());
        s.append(text.field("eventTime", event.get("eventTime")));
        s.append(text.field("eventTimeZoneOffset", event.get("eventTimeZoneOffset")));
        s.append(text.list("epcList", "epc", event.get("epcList")));
        s.append(text.field("parentID", event.get("parentID")));
        s.append(text.list("inputEPCList", "epc", event.get("inputEPCList")));
        s.append(text.list("childEPCs", "epc", event.get("childEPCs")));
        s.append(text.quantities("quantityList", event.get("quantityList")));
        s.append(text.quantities("childQuantityList", event.get("childQuantityList")));
        s.append(text.quantities("inputQuantityList", event.get("inputQuantityList")));
        s.append(text.list("outputEPCList", "epc", event.get("outputEPCList")));
        s.append(text.quantities("outputQuantityList", event.get("outputQuantityList")));
        s.append(text.field("action", event.get("action")));
        s.append(text.field("transformationID", event.get("transformationID")));
        s.append(text.vocabulary("bizStep", event.get("bizStep"), "BizStep-"));
        s.append(text.vocabulary("disposition", event.get("disposition"), "Disp-"));
        s.append(text.persistentDisposition(event.get("persistentDisposition")));
        s.append(text.place("readPoint", event.get("readPoint")));
        s.append(text.place("bizLocation", event.get("bizLocation")));
        s.append(text.typed("bizTransactionList", "bizTransaction", event.get("bizTransactionList"), "BTT-"));
        s.append(text.typed("sourceList", "source", event.get("sourceList"), "SDT-"));
        s.append(text.typed("destinationList", "destination", event.get("destinationList"), "SDT-"));
        s.append(text.sensorElements(event.get("sensorElementList")));
        if (event.has("ilmd")) {
            s.append("ilmd").append(text.extensions(event.get("ilmd"), Set.of()));
        }
        return s.append(text.extensions(event, STANDARD)).toString();
    }

    /** Renders parts of one event; values canonicalised as the CBV rules require. */
    private record PreHash(Map<String, String> namespaces) {

        String field(String key, JsonNode value) {
            return value == null || value.isNull() || value.isContainerNode() ? "" : key + "=" + value(key, value);
        }

        String vocabulary(String key, JsonNode value, String cbvTerm) {
            String text = EpcisValues.text(value);
            return text == null ? "" : key + "=" + cbvUri(text, cbvTerm);
        }

        String list(String key, String item, JsonNode values) {
            List<String> parts = new ArrayList<>();
            for (JsonNode value : values == null ? List.<JsonNode>of() : values) {
                parts.add(field(item, value));
            }
            return join(key, parts);
        }

        String quantities(String key, JsonNode elements) {
            List<String> parts = new ArrayList<>();
            for (JsonNode element : elements == null ? List.<JsonNode>of() : elements) {
                parts.add("quantityElement" + field("epcClass", element.get("epcClass"))
                        + field("quantity", element.get("quantity")) + field("uom", element.get("uom")));
            }
            return join(key, parts);
        }

        String persistentDisposition(JsonNode value) {
            if (value == null) {
                return "";
            }
            List<String> set = new ArrayList<>();
            List<String> unset = new ArrayList<>();
            value.path("set").forEach(v -> set.add("set=" + cbvUri(v.asText().trim(), "Disp-")));
            value.path("unset")
                    .forEach(v -> unset.add("unset=" + cbvUri(v.asText().trim(), "Disp-")));
            return "persistentDisposition" + sorted(set) + sorted(unset);
        }

        String place(String key, JsonNode value) {
            return value == null ? "" : key + field("id", value.get("id")) + extensions(value, Set.of("id"));
        }

        /** Each entry's identifier, then its type (rule 13), entries sorted. */
        String typed(String key, String item, JsonNode entries, String cbvTerm) {
            List<String> parts = new ArrayList<>();
            for (JsonNode entry : entries == null ? List.<JsonNode>of() : entries) {
                String type = EpcisValues.text(entry.get("type"));
                parts.add(field(item, entry.get(item)) + (type == null ? "" : "type=" + cbvUri(type, cbvTerm)));
            }
            return join(key, parts);
        }

        String sensorElements(JsonNode elements) {
            List<String> parts = new ArrayList<>();
            for (JsonNode element : elements == null ? List.<JsonNode>of() : elements) {
                StringBuilder s = new StringBuilder("sensorElement");
                JsonNode metadata = element.get("sensorMetadata");
                if (metadata != null) {
                    s.append("sensorMetadata").append(ordered(metadata, METADATA));
                }
                List<String> reports = new ArrayList<>();
                element.path("sensorReport").forEach(report -> reports.add("sensorReport" + ordered(report, REPORT)));
                parts.add(s.append(sorted(reports))
                        .append(extensions(element, Set.of("sensorMetadata", "sensorReport")))
                        .toString());
            }
            return join("sensorElementList", parts);
        }

        private String ordered(JsonNode node, List<String> order) {
            StringBuilder s = new StringBuilder();
            order.forEach(key -> s.append(
                    "type".equals(key)
                            ? (node.has(key)
                                    ? "type="
                                            + expandCurie(node.get(key).asText().trim(), GS1_VOC)
                                    : "")
                            : field(key, node.get(key))));
            return s.append(extensions(node, Set.copyOf(order))).toString();
        }

        /** Every field not in {@code known}: {namespace}local=value, nested fields inside, all sorted. */
        String extensions(JsonNode node, Set<String> known) {
            List<String> parts = new ArrayList<>();
            node.fields().forEachRemaining(field -> {
                if (!known.contains(field.getKey())) {
                    parts.addAll(extension(expandKey(field.getKey()), field.getValue()));
                }
            });
            return sorted(parts);
        }

        private List<String> extension(String key, JsonNode value) {
            if (value.isArray()) {
                List<String> parts = new ArrayList<>();
                value.forEach(item -> parts.addAll(extension(key, item)));
                return parts;
            }
            if (value.isObject()) {
                return List.of(key + extensions(value, Set.of()));
            }
            return List.of(key + "=" + value(key, value));
        }

        private String value(String key, JsonNode value) {
            if (value.isNumber()) {
                return EpcisValues.plain(value.decimalValue()).toPlainString();
            }
            String text = value.asText().trim();
            String lower = key.toLowerCase(Locale.ROOT);
            if (lower.endsWith("time") && !lower.contains("offset")) {
                return utcMillis(text);
            }
            if (text.matches("urn:epcglobal:cbv:(bizstep|disp|btt|sdt|er):.*")) {
                return cbvUri(text, null);
            }
            try {
                return Gs1Identifiers.canonicalDigitalLink(text).orElse(expandCurie(text, null));
            } catch (IllegalArgumentException e) {
                return text;
            }
        }

        /** A bare CBV term, CBV 1.x URN or cbv: CURIE as its CBV 2.0 web URI; other URIs unchanged. */
        private String cbvUri(String text, String term) {
            String bare = EpcisValues.bareCbv(text);
            if (text.matches("urn:epcglobal:cbv:(bizstep|disp|btt|sdt|er):.*")) {
                String kind = text.substring("urn:epcglobal:cbv:".length(), text.lastIndexOf(':'));
                return CBV
                        + switch (kind) {
                            case "bizstep" -> "BizStep-";
                            case "disp" -> "Disp-";
                            case "btt" -> "BTT-";
                            case "sdt" -> "SDT-";
                            default -> "ER-";
                        }
                        + bare;
            }
            return text.startsWith("cbv:")
                    ? CBV + text.substring(4)
                    : term != null && !text.contains(":") ? CBV + term + text : text;
        }

        private String expandCurie(String text, String bareBase) {
            int colon = text.indexOf(':');
            if (colon < 0) {
                return bareBase == null ? text : bareBase + text;
            }
            String prefix = text.substring(0, colon);
            String base = namespaces.get(prefix);
            return base != null && (GS1_VOC.equals(base) || base.startsWith(CBV))
                    ? base + text.substring(colon + 1)
                    : text;
        }

        private String expandKey(String key) {
            int colon = key.indexOf(':');
            String base = colon < 0 ? null : namespaces.get(key.substring(0, colon));
            return base == null ? key : "{" + base + "}" + key.substring(colon + 1);
        }

        private static String utcMillis(String text) {
            try {
                return OffsetDateTime.parse(text)
                        .withOffsetSameInstant(ZoneOffset.UTC)
                        .format(MILLIS);
            } catch (DateTimeParseException e) {
                return text;
            }
        }

        private static String join(String key, List<String> parts) {
            return parts.isEmpty() ? "" : key + sorted(parts);
        }

        private static String sorted(List<String> parts) {
            return parts.stream().sorted().reduce("", String::concat);
        }
    }
}
