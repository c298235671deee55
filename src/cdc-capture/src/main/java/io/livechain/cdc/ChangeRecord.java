package io.livechain.cdc;

import java.util.List;

/** One change event as it leaves the capture: destination topic, JSON key, JSON value and headers. */
public record ChangeRecord(String topic, String key, String value, List<Header> headers) {

    public record Header(String key, String value) {}

    /** The value of the first header with this key, or null. */
    public String header(String name) {
        return headers.stream()
                .filter(h -> h.key().equals(name))
                .map(Header::value)
                .findFirst()
                .orElse(null);
    }
}
