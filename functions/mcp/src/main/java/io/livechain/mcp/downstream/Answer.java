package io.livechain.mcp.downstream;

import com.fasterxml.jackson.databind.JsonNode;

/** A downstream service's HTTP answer: its status and JSON body (a text node when it was not JSON). */
public record Answer(int status, JsonNode body) {

    public boolean ok() {
        return status / 100 == 2;
    }

    /** The error's own words: read-api's and reroute's JSON errors carry a {@code message}. */
    public String message() {
        if (body.hasNonNull("message")) {
            return body.get("message").asText();
        }
        if (body.hasNonNull("error")) {
            return body.get("error").asText();
        }
        return body.isTextual() ? body.asText() : body.toString();
    }
}
