-- The traceparent of the handling that decided each plan: its event, posted from this outbox however
-- late (a redelivery, the sweep), continues that trace. Null: no trace.
alter table reroute.plans add column traceparent text;
