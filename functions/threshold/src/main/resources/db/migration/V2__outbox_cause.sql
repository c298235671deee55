-- The event whose handling decided each outbox row: that handling (or its redelivery) posts exactly
-- its own rows; the periodic flush only takes rows left behind for a while.
alter table outbox add column cause_source text;
alter table outbox add column cause_id text;
create index outbox_cause on outbox (cause_source, cause_id);
