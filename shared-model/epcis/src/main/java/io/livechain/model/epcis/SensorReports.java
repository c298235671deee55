package io.livechain.model.epcis;

import com.fasterxml.jackson.databind.JsonNode;
import io.livechain.model.SensorReading;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sensor readings of an event's {@code sensorElementList}: one per report with a {@code value} (or, for a
 * summary report, its {@code meanValue}); reports with only other statistics or non-numeric values are skipped.
 */
final class SensorReports {

    /** Device of a report whose sensor names none. */
    static final String UNKNOWN_DEVICE = "epcis";

    private static final List<String> FIRST_EPC =
            List.of("epcList", "parentID", "childEPCs", "inputEPCList", "outputEPCList");
    private static final List<String> FIRST_CLASS =
            List.of("quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList");

    private SensorReports() {}

    static List<SensorReading> readings(JsonNode event, String path, Instant eventTime) {
        List<SensorReading> readings = new ArrayList<>();
        JsonNode elements = event.path("sensorElementList");
        String assetId = assetId(event);
        for (int e = 0; e < elements.size(); e++) {
            JsonNode metadata = elements.get(e).path("sensorMetadata");
            JsonNode reports = elements.get(e).path("sensorReport");
            for (int r = 0; r < reports.size(); r++) {
                String at = path + ".sensorElementList[" + e + "].sensorReport[" + r + "]";
                JsonNode report = reports.get(r);
                String field = report.has("value") ? "value" : report.has("meanValue") ? "meanValue" : null;
                if (field == null) {
                    continue;
                }
                BigDecimal value = EpcisValues.decimal(report.get(field), at + "." + field);
                readings.add(new SensorReading(
                        deviceId(report, metadata),
                        assetId,
                        null,
                        metric(EpcisValues.text(report.get("type"))),
                        value,
                        EpcisValues.text(report.get("uom")),
                        time(report, metadata, at, path + ".sensorElementList[" + e + "].sensorMetadata", eventTime),
                        null));
            }
        }
        return readings;
    }

    /** {@code gs1:Temperature}, {@code https://gs1.org/voc/Temperature}, {@code Temperature} → {@code temperature}. */
    static String metric(String type) {
        if (type == null) {
            return "unknown";
        }
        int cut = Math.max(type.lastIndexOf('/'), Math.max(type.lastIndexOf('#'), type.lastIndexOf(':')));
        return type.substring(cut + 1).toLowerCase(Locale.ROOT);
    }

    private static String deviceId(JsonNode report, JsonNode metadata) {
        String device = EpcisValues.text(report.get("deviceID"));
        device = device != null ? device : EpcisValues.text(metadata.get("deviceID"));
        return device != null ? device : UNKNOWN_DEVICE;
    }

    private static Instant time(JsonNode report, JsonNode metadata, String at, String metadataAt, Instant eventTime) {
        if (report.has("time")) {
            return EpcisValues.time(report.get("time"), at + ".time");
        }
        return metadata.has("time") ? EpcisValues.time(metadata.get("time"), metadataAt + ".time") : eventTime;
    }

    /** What the readings are about: the first EPC, parent or EPC class as written, else where it was read. */
    private static String assetId(JsonNode event) {
        for (String field : FIRST_EPC) {
            JsonNode node = event.path(field);
            String id = EpcisValues.text(node.isArray() ? node.path(0) : node);
            if (id != null) {
                return id;
            }
        }
        for (String field : FIRST_CLASS) {
            String id = EpcisValues.text(event.path(field).path(0).get("epcClass"));
            if (id != null) {
                return id;
            }
        }
        String location = EpcisValues.text(event.path("bizLocation").get("id"));
        return location != null
                ? location
                : EpcisValues.text(event.path("readPoint").get("id"));
    }
}
