-- Which alert a delivery opened or closed, so a resolve can wait until its alert was raised on the
-- same channel: raised and resolved come through separate Triggers, which are not ordered together.
alter table deliveries add column incident text;
alter table deliveries add column action text;
create index deliveries_incident on deliveries (incident, channel) where incident is not null;
