package io.livechain.readapi.deadletters;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Knative sends the failing subscriber's response body base64-encoded in {@code knativeerrordata}. */
final class KnativeErrorData {

    private KnativeErrorData() {}

    /** The body as UTF-8 text; the value as given when it is not base64 of UTF-8 text; null for null. */
    static String decode(String value) {
        if (value == null) {
            return null;
        }
        try {
            byte[] body = Base64.getDecoder().decode(value.trim());
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return value;
        }
    }
}
