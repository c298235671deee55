package io.livechain.notify;

import java.time.Instant;
import java.util.List;

/**
 * What the on-call team is told about one event, independent of the channel that tells them.
 *
 * @param dedupKey the same for every notice about one incident, so it is opened once and resolved
 * @param subject what the notice is about: the asset, or the shipment for reroutes
 * @param assetId the asset concerned; null when only a shipment is
 * @param group the rule or metric behind it; null when there is none
 * @param summary one human line, without the subject
 * @param occurredAt when it happened by the event's own clock; null when the event does not say
 * @param details labelled facts for a human reader, in reading order
 * @param incident the alert this notice opens or closes; null when it is about no alert
 */
public record Notice(
        ReceivedEvent event,
        Action action,
        String dedupKey,
        Severity severity,
        String subject,
        String assetId,
        String group,
        String summary,
        Instant occurredAt,
        List<Detail> details,
        String incident) {

    /** Whether the notice opens (or updates) an incident or closes it. */
    public enum Action {
        TRIGGER,
        RESOLVE
    }

    /** One labelled fact, e.g. "Rule: cold-chain-temperature". */
    public record Detail(String label, String value) {}

    /** The subject and summary in one line, e.g. "reefer-7: temperature 9.4 CEL above 8". */
    public String headline() {
        return subject + ": " + summary;
    }
}
