package io.livechain.notify.channel;

import io.livechain.notify.Notice;

/** How one kind of channel is told about a notice: the body of one HTTP POST. */
public interface Payload {

    /** The Content-Type header of the body. */
    String contentType();

    /** Returns the request body telling {@code channel} about {@code notice}. */
    String body(Notice notice, Channel channel);
}
