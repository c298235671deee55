-- Replays (POST /api/deadletters/replay): when a letter was posted back to the broker. A letter that
-- dies again after its replay is stored again (its row reset, replayed_at null), so a second failure
-- is never hidden behind the (source, id) key that keeps a redelivered dead letter stored once.
alter table dead_letters add column replayed_at timestamptz;

create index dead_letters_not_replayed on dead_letters (seq) where replayed_at is null;
