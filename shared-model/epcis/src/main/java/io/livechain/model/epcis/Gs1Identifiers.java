package io.livechain.model.epcis;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * GS1 keys from EPC URIs (Tag Data Standard) and GS1 Digital Link URIs: the GTIN of a product, the GLN of a
 * location, the SSCC of a logistic unit. EPC and Digital Link forms of one thing give the same key.
 */
public final class Gs1Identifiers {

    /** A trade item: 14-digit GTIN, with lot or serial when the identifier names one. */
    public record Product(String gtin, String lot, String serial) {}

    private static final String SGTIN = "urn:epc:id:sgtin:";
    private static final String LGTIN = "urn:epc:class:lgtin:";
    private static final String SGTIN_PATTERN = "urn:epc:idpat:sgtin:";
    private static final String SGLN = "urn:epc:id:sgln:";
    private static final String SSCC = "urn:epc:id:sscc:";

    private Gs1Identifiers() {}

    /** The product an SGTIN, LGTIN, SGTIN pattern or Digital Link {@code /01/} URI names; empty for anything else. */
    public static Optional<Product> product(String uri) {
        String id = uri.trim();
        String[] parts;
        if (id.startsWith(SGTIN) && (parts = fields(id, SGTIN, 3)) != null) {
            return Optional.of(new Product(gtin(parts[0], parts[1]), null, parts[2]));
        }
        if (id.startsWith(LGTIN) && (parts = fields(id, LGTIN, 3)) != null) {
            return Optional.of(new Product(gtin(parts[0], parts[1]), parts[2], null));
        }
        if (id.startsWith(SGTIN_PATTERN) && (parts = fields(id, SGTIN_PATTERN, 3)) != null) {
            return Optional.of(new Product(gtin(parts[0], parts[1]), null, null));
        }
        return DigitalLink.parse(id).flatMap(DigitalLink::product);
    }

    /** The GLN (13 digits) an SGLN or Digital Link {@code /414/} URI names, with {@code .extension} if not "0". */
    public static Optional<String> location(String uri) {
        String id = uri.trim();
        String[] parts;
        if (id.startsWith(SGLN) && (parts = fields(id, SGLN, 3)) != null) {
            String gln = withCheckDigit(digits(parts[0] + parts[1], 12));
            return Optional.of("0".equals(parts[2]) || parts[2].isEmpty() ? gln : gln + "." + parts[2]);
        }
        return DigitalLink.parse(id).flatMap(DigitalLink::location);
    }

    /** The SSCC (18 digits) an SSCC EPC or Digital Link {@code /00/} URI names: a logistic unit, not a product. */
    public static Optional<String> sscc(String uri) {
        String id = uri.trim();
        String[] parts;
        if (id.startsWith(SSCC) && (parts = fields(id, SSCC, 2)) != null) {
            String serial = parts[1];
            return Optional.of(withCheckDigit(digits(serial.charAt(0) + parts[0] + serial.substring(1), 17)));
        }
        return DigitalLink.parse(id).flatMap(DigitalLink::sscc);
    }

    /**
     * The canonical GS1 Digital Link (on id.gs1.org, finest key only) of an EPC URI, EPC class or pattern URI or
     * Digital Link; empty for anything else (e.g. a non-GS1 URI), which callers keep as written.
     */
    public static Optional<String> canonicalDigitalLink(String uri) {
        String id = uri.trim();
        String[] parts;
        String dl = DigitalLink.CANONICAL_HOST;
        if (id.startsWith(SGTIN) || id.startsWith(LGTIN) || id.startsWith(SGTIN_PATTERN)) {
            return product(id)
                    .map(p -> dl + "/01/" + p.gtin()
                            + (p.serial() != null ? "/21/" + p.serial() : p.lot() != null ? "/10/" + p.lot() : ""));
        }
        if (id.startsWith(SGLN)) {
            return location(id).map(gln -> dl + "/414/" + gln.replace(".", "/254/"));
        }
        if (id.startsWith(SSCC)) {
            return sscc(id).map(sscc -> dl + "/00/" + sscc);
        }
        if (id.startsWith("urn:epc:id:giai:") && (parts = fields(id, "urn:epc:id:giai:", 2)) != null) {
            return Optional.of(dl + "/8004/" + parts[0] + parts[1]);
        }
        if (id.startsWith("urn:epc:id:gsrn:") && (parts = fields(id, "urn:epc:id:gsrn:", 2)) != null) {
            return Optional.of(dl + "/8018/" + withCheckDigit(parts[0] + parts[1]));
        }
        if (id.startsWith("urn:epc:id:grai:") && (parts = fields(id, "urn:epc:id:grai:", 3)) != null) {
            return Optional.of(dl + "/8003/" + withCheckDigit("0" + parts[0] + parts[1]) + parts[2]);
        }
        if (id.startsWith("urn:epc:id:gdti:") && (parts = fields(id, "urn:epc:id:gdti:", 3)) != null) {
            return Optional.of(dl + "/253/" + withCheckDigit(parts[0] + parts[1]) + parts[2]);
        }
        return DigitalLink.parse(id).map(DigitalLink::canonical);
    }

    /** The GS1 mod-10 check digit of {@code digits} (weights 3,1,3,... from the right). */
    public static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("not a GS1 key: " + digits);
            }
            sum += digit * (i % 2 == 0 ? 3 : 1);
        }
        return (10 - sum % 10) % 10;
    }

    /** {@code digits} followed by its check digit. */
    public static String withCheckDigit(String digits) {
        return digits + checkDigit(digits);
    }

    /** True when the last digit of {@code key} is the check digit of the others. */
    public static boolean hasValidCheckDigit(String key) {
        return key.length() > 1
                && key.chars().allMatch(Character::isDigit)
                && checkDigit(key.substring(0, key.length() - 1)) == key.charAt(key.length() - 1) - '0';
    }

    /** GTIN-14 from an EPC company prefix and indicator-plus-item-reference (indicator digit goes first). */
    private static String gtin(String companyPrefix, String indicatorAndItem) {
        String body = indicatorAndItem.charAt(0) + companyPrefix + indicatorAndItem.substring(1);
        return withCheckDigit(digits(body, 13));
    }

    private static String digits(String value, int length) {
        if (value.length() != length || !value.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("expected " + length + " digits in the EPC, got '" + value + "'");
        }
        return value;
    }

    /** The dot-separated fields after {@code prefix}; null when the count is wrong or a key field is empty. */
    private static String[] fields(String id, String prefix, int count) {
        String[] parts = id.substring(prefix.length()).split("\\.", count);
        if (parts.length != count || parts[0].isEmpty() || parts[1].isEmpty()) {
            return null;
        }
        parts[parts.length - 1] = URLDecoder.decode(parts[parts.length - 1], StandardCharsets.UTF_8);
        return parts;
    }

    /** True for an http(s) URI, the only form a Digital Link takes. */
    static boolean isWebUri(String id) {
        try {
            String scheme = URI.create(id).getScheme();
            return "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
