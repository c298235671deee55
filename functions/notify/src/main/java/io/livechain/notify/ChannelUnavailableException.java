package io.livechain.notify;

import io.livechain.model.DownstreamUnavailableException;
import io.livechain.notify.channel.DeliveryResult;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One or more channels did not take a notice. shared-model's EventRejections answers 503, so the
 * broker redelivers the event; the message names each channel and what went wrong, never its URL or key.
 */
public class ChannelUnavailableException extends DownstreamUnavailableException {

    public ChannelUnavailableException(List<DeliveryResult> failed) {
        super(failed.stream()
                .map(result -> "channel " + result.channel().name() + " unavailable: " + result.problem())
                .collect(Collectors.joining("; ")));
    }
}
