-- Levels now carry their position's sequence (inventory delivers unordered, so levels may arrive in
-- any order): the higher sequence is the newer level. Null for positions last seen without one.
alter table stock_watch add column sequence bigint;
