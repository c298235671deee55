package io.livechain.readapi.epcis;

import io.livechain.model.FieldError;
import java.util.List;

/**
 * An EPCIS capture job as the EPCIS 2.0 REST binding reports it. Validation is synchronous, so a
 * job is never still running when it can be read; {@code errors} name the JSON path and the rule.
 */
public record CaptureJob(
        String captureID,
        boolean running,
        boolean success,
        String captureErrorBehaviour,
        int eventCount,
        List<FieldError> errors) {

    /** The whole document is rejected on any error: no half-captured documents. */
    static final String ROLLBACK = "rollback";
}
