-- What bot processes share when several serve one bot (adapters/postgres/bot-state.ts): handled
-- updates, per-user rate limits, votes, /stats counters and send slots.

-- One row per update a process claimed. A claim is a lease: the claiming process renews it while
-- handling and sets done_at at the end; a lease that lapsed without done_at (the process died)
-- may be claimed again when Telegram delivers the update once more.
create table bot_updates (
  update_id bigint primary key,
  owner text not null,
  lease_until timestamptz not null,
  done_at timestamptz
);
create index bot_updates_done_at on bot_updates (done_at);

-- A sliding window per key: the times (ms since the epoch, as the caller's clock reads them) of
-- the uses still inside it, and whether its one refusal notice was given.
create table bot_rate_limits (
  key text primary key,
  times bigint[] not null default '{}',
  refused boolean not null default false,
  -- when the window empties if nothing more is taken: rows past it can be deleted
  expires_ms bigint not null default 0
);
create index bot_rate_limits_expires on bot_rate_limits (expires_ms);

-- Takes one use of `p_key` under "at most p_count in any p_window_ms", atomically: the row lock
-- makes concurrent takes by any process queue. A refused use is not recorded; first_refusal is
-- true once per window. The same rules as the in-memory store (bot/memory-state.ts).
create function bot_take_rate(p_key text, p_count integer, p_window_ms bigint, p_now bigint,
  out allowed boolean, out retry_after_ms bigint, out first_refusal boolean)
language plpgsql as $$
declare
  kept bigint[];
  was_refused boolean;
begin
  insert into bot_rate_limits (key) values (p_key) on conflict (key) do nothing;
  select array(select t from unnest(times) as t where p_now - t < p_window_ms order by t), refused
    into kept, was_refused
    from bot_rate_limits where key = p_key for update;
  if cardinality(kept) = 0 then was_refused := false; end if;
  if cardinality(kept) < p_count then
    kept := kept || p_now;
    allowed := true; retry_after_ms := 0; first_refusal := false;
  else
    allowed := false; retry_after_ms := kept[1] + p_window_ms - p_now; first_refusal := not was_refused;
    was_refused := true;
  end if;
  update bot_rate_limits set times = kept, refused = was_refused, expires_ms = coalesce(kept[cardinality(kept)], p_now) + p_window_ms
    where key = p_key;
end $$;

-- The salt of the user hashes in bot_votes: one per database, made by the first process that needs it.
create table bot_vote_salt (
  singleton boolean primary key default true check (singleton),
  salt text not null
);

-- One standing vote per user and passage; the user only as a salted hash (as feedback.jsonl keeps it).
create table bot_votes (
  user_hash text not null,
  passage text not null,
  vote smallint not null check (vote in (-1, 1)),
  voted_at timestamptz not null default now(),
  primary key (user_hash, passage)
);

-- /stats counters per UTC day.
create table bot_question_days (
  day date primary key,
  questions integer not null default 0,
  abstained integer not null default 0
);

-- The next free send time per pacing key (a chat, or the whole bot), in the database's clock.
create table bot_send_slots (
  key text primary key,
  next_at timestamptz not null
);

-- Reserves a send for `p_key` at least p_gap_ms after the previous reservation; returns the ms to
-- wait before sending (0 for now). The row lock orders reservations from every process.
create function bot_reserve_send(p_key text, p_gap_ms double precision) returns double precision
language plpgsql as $$
declare
  now_at timestamptz;
  slot timestamptz;
begin
  insert into bot_send_slots (key, next_at) values (p_key, '-infinity') on conflict (key) do nothing;
  perform 1 from bot_send_slots where key = p_key for update;
  -- read after the lock: time spent waiting for it is not waited again
  now_at := clock_timestamp();
  select greatest(next_at, now_at) into slot from bot_send_slots where key = p_key;
  update bot_send_slots set next_at = slot + p_gap_ms * interval '1 millisecond' where key = p_key;
  return extract(epoch from slot - now_at) * 1000;
end $$;
