package io.livechain.network.builder;

import io.livechain.model.network.Coordinates;
import io.livechain.model.network.Facility.Kind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads {@code places.csv}: the real geography, kept apart from the rules so that a reviewer can
 * check positions against a map without reading code. Lines starting with {@code #} are comments;
 * fields hold no commas (names are written without them), so a plain split is enough.
 */
final class Places {

    static final String RESOURCE = "/places.csv";
    static final String HEADER = "locode,kind,name,country,landmass,seas,rail,latitude,longitude,capabilities";

    private static final Pattern LOCODE = Pattern.compile("[A-Z]{2}[A-Z2-9]{3}");
    private static final Pattern LABEL = Pattern.compile("[a-z][a-z0-9-]*");

    private Places() {}

    static List<Place> load() {
        try (InputStream in = Places.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All places, sorted by id; any bad row fails the whole file, naming its line. */
    static List<Place> read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<Place> places = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        boolean header = false;
        int number = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!header) {
                if (!line.equals(HEADER)) {
                    throw new IllegalArgumentException("places.csv: the header must be " + HEADER);
                }
                header = true;
                continue;
            }
            try {
                Place place = parse(line);
                if (!ids.add(place.id())) {
                    throw new IllegalArgumentException("repeats " + place.id());
                }
                places.add(place);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("places.csv line " + number + ": " + e.getMessage(), e);
            }
        }
        places.sort(Comparator.comparing(Place::id));
        return List.copyOf(places);
    }

    private static Place parse(String line) {
        String[] f = line.split(",", -1);
        if (f.length != 10) {
            throw new IllegalArgumentException("expected 10 fields, found " + f.length);
        }
        String locode = require(f[0], LOCODE, "locode");
        Kind kind = Kinds.parse(f[1]);
        String name = f[2].strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("no name");
        }
        String country = f[3];
        // A UN/LOCODE starts with the ISO 3166 alpha-2 code of its country.
        if (!locode.startsWith(country)) {
            throw new IllegalArgumentException("country " + country + " does not match locode " + locode);
        }
        String landmass = require(f[4], LABEL, "landmass");
        Set<String> seas = labels(f[5], "sea");
        if ((kind == Kind.PORT) == seas.isEmpty()) {
            throw new IllegalArgumentException("a port, and only a port, names its seas");
        }
        String rail = f[6].isEmpty() ? "" : require(f[6], LABEL, "rail network");
        double latitude = number(f[7], 90, "latitude");
        double longitude = number(f[8], 180, "longitude");
        Set<String> capabilities = new TreeSet<>(labels(f[9], "capability"));
        // The rail column says it once: a terminal on a network is what the capability means.
        if (!capabilities.add(Place.RAIL_TERMINAL)) {
            throw new IllegalArgumentException("name the rail network in the rail column, not " + Place.RAIL_TERMINAL);
        }
        if (rail.isEmpty()) {
            capabilities.remove(Place.RAIL_TERMINAL);
        }
        return new Place(
                locode,
                kind,
                name,
                country,
                landmass,
                seas,
                rail,
                new Coordinates(latitude, longitude),
                List.copyOf(capabilities));
    }

    private static String require(String value, Pattern pattern, String what) {
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("bad " + what + " '" + value + "'");
        }
        return value;
    }

    /** A |-separated set of labels, sorted so the output does not depend on how a row lists them. */
    private static Set<String> labels(String field, String what) {
        Set<String> labels = new TreeSet<>();
        if (!field.isEmpty()) {
            Arrays.stream(field.split("\\|", -1)).forEach(label -> {
                if (!labels.add(require(label, LABEL, what))) {
                    throw new IllegalArgumentException("repeats " + what + " " + label);
                }
            });
        }
        return java.util.Collections.unmodifiableSet(labels);
    }

    private static double number(String value, double limit, String what) {
        double v = Double.parseDouble(value);
        if (!(Math.abs(v) <= limit)) {
            throw new IllegalArgumentException(what + " out of range: " + value);
        }
        return v;
    }
}
