-- One row per CloudEvent (source + id) and channel that took it. The broker redelivers an event
-- after a failed attempt; a redelivery skips the channels listed here, so only the failed ones hear
-- of it again.
create table deliveries (
    event_source text        not null,
    event_id     text        not null,
    channel      text        not null, -- the channel's name in livechain.notify.channels
    delivered_at timestamptz not null,
    status_code  integer     not null, -- the channel's 2xx answer
    primary key (event_source, event_id, channel)
);
