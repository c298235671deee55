package io.livechain.model.epcis;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A GS1 Digital Link URI read as its application identifiers ({@code /01/{gtin}/21/{serial}}, {@code /414/{gln}},
 * {@code /00/{sscc}}, ...). Any host and any path prefix before the primary key are accepted; the query is ignored.
 */
record DigitalLink(String primaryAi, String primaryKey, Map<String, String> qualifiers) {

    static final String CANONICAL_HOST = "https://id.gs1.org";

    /** Primary keys and the qualifiers that still name one thing (the finest granularity the hash keeps). */
    private static final Map<String, List<String>> KEYS = Map.ofEntries(
            Map.entry("00", List.of()),
            Map.entry("01", List.of("21", "10", "235")),
            Map.entry("253", List.of()),
            Map.entry("255", List.of()),
            Map.entry("401", List.of()),
            Map.entry("402", List.of()),
            Map.entry("414", List.of("254")),
            Map.entry("417", List.of()),
            Map.entry("8003", List.of()),
            Map.entry("8004", List.of()),
            Map.entry("8006", List.of("21", "10")),
            Map.entry("8010", List.of("8011")),
            Map.entry("8017", List.of()),
            Map.entry("8018", List.of()));

    static Optional<DigitalLink> parse(String uri) {
        if (!Gs1Identifiers.isWebUri(uri)) {
            return Optional.empty();
        }
        String path = URI.create(uri).getRawPath();
        String[] segments = path == null ? new String[0] : path.split("/");
        for (int i = 1; i + 1 < segments.length; i++) {
            if (KEYS.containsKey(segments[i])) {
                Map<String, String> qualifiers = new LinkedHashMap<>();
                for (int j = i + 2; j + 1 < segments.length; j += 2) {
                    qualifiers.put(segments[j], decode(segments[j + 1]));
                }
                return Optional.of(new DigitalLink(segments[i], decode(segments[i + 1]), qualifiers));
            }
        }
        return Optional.empty();
    }

    Optional<Gs1Identifiers.Product> product() {
        if (!"01".equals(primaryAi)) {
            return Optional.empty();
        }
        String gtin = "0".repeat(Math.max(0, 14 - primaryKey.length())) + primaryKey;
        if (!Set.of(8, 12, 13, 14).contains(primaryKey.length()) || !Gs1Identifiers.hasValidCheckDigit(gtin)) {
            throw new IllegalArgumentException("'" + primaryKey + "' is not a GTIN with a valid check digit");
        }
        return Optional.of(new Gs1Identifiers.Product(gtin, qualifiers.get("10"), qualifiers.get("21")));
    }

    Optional<String> location() {
        if (!"414".equals(primaryAi)) {
            return Optional.empty();
        }
        if (primaryKey.length() != 13 || !Gs1Identifiers.hasValidCheckDigit(primaryKey)) {
            throw new IllegalArgumentException("'" + primaryKey + "' is not a GLN with a valid check digit");
        }
        String extension = qualifiers.get("254");
        return Optional.of(extension == null || "0".equals(extension) ? primaryKey : primaryKey + "." + extension);
    }

    Optional<String> sscc() {
        if (!"00".equals(primaryAi)) {
            return Optional.empty();
        }
        if (primaryKey.length() != 18 || !Gs1Identifiers.hasValidCheckDigit(primaryKey)) {
            throw new IllegalArgumentException("'" + primaryKey + "' is not an SSCC with a valid check digit");
        }
        return Optional.of(primaryKey);
    }

    /** On id.gs1.org, without query, keeping only the qualifiers that identify one instance or class. */
    String canonical() {
        StringBuilder uri = new StringBuilder(CANONICAL_HOST)
                .append('/')
                .append(primaryAi)
                .append('/')
                .append("01".equals(primaryAi) ? "0".repeat(Math.max(0, 14 - primaryKey.length())) : "")
                .append(primaryKey);
        List<String> kept = KEYS.get(primaryAi);
        for (String ai : kept) {
            // one qualifier at most: the finest (serial before lot) wins
            if (qualifiers.containsKey(ai)) {
                return uri.append('/')
                        .append(ai)
                        .append('/')
                        .append(qualifiers.get(ai))
                        .toString();
            }
        }
        return uri.toString();
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
