package io.livechain.readapi.deadletters;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * An event the broker gave up delivering, as read from the dead-letter topic: its CloudEvent
 * attributes, the Knative error attributes that say which subscriber failed and how, every other
 * attribute in {@code extensions}, and its data bytes untouched. {@code time}, {@code subject},
 * {@code datacontenttype}, the error fields and {@code data} may be null.
 */
public record DeadLetter(
        String id,
        String source,
        String type,
        OffsetDateTime time,
        String subject,
        String datacontenttype,
        Integer errorCode,
        String errorDestination,
        String errorData,
        Map<String, String> extensions,
        byte[] data) {}
