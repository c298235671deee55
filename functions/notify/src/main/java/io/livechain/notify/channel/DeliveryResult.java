package io.livechain.notify.channel;

/**
 * How one channel answered one notice.
 *
 * @param status the HTTP status; 0 when there was no answer
 * @param problem why it was not delivered, safe to log and to answer with; null when delivered
 */
public record DeliveryResult(Channel channel, int status, String problem) {

    static DeliveryResult answered(Channel channel, int status) {
        return new DeliveryResult(channel, status, status / 100 == 2 ? null : "HTTP " + status);
    }

    static DeliveryResult unanswered(Channel channel, String problem) {
        return new DeliveryResult(channel, 0, problem);
    }

    /** Not sent yet, on purpose: {@code reason} says what it waits for. */
    public static DeliveryResult held(Channel channel, String reason) {
        return new DeliveryResult(channel, 0, reason);
    }

    /** Whether the channel took the notice: any 2xx (PagerDuty answers 202, Slack 200). */
    public boolean delivered() {
        return problem == null;
    }
}
