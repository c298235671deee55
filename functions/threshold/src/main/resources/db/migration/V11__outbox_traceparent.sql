-- The traceparent of the handling that decided each outbox row: posted with the event, however late
-- (a redelivery, the sweep), so the next hop continues that handling's trace. Null: no trace.
alter table outbox add column traceparent text;
