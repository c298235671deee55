package io.livechain.notify;

import io.livechain.model.AlertRaised;
import io.livechain.model.EventType;
import io.livechain.notify.config.Channels;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotifierTest {

    @Test
    void withoutChannelsAnEventIsAcknowledgedWithoutTouchingStoreOrNetwork() {
        String data = Events.alertRaised("a-1", "CRITICAL");
        Notice notice = Notices.alertRaised(
                Events.record(data, AlertRaised.class), Events.received("ev-1", EventType.Types.ALERT_RAISED, data));
        // No delivery log and no HTTP client: using either would fail.
        new Notifier(new Channels(List.of()), null, null).announce(notice);
    }
}
