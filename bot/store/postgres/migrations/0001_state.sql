-- The bot state of bot/store, table for bucket. Keys are COLLATE "C" so
-- every listing is in byte order, as bbolt keeps it. Records whose shape is
-- a Go struct of bot/store are kept as that struct's JSON, which keeps both
-- backends in step field for field.

CREATE TABLE schedules (
	channel_id text COLLATE "C" PRIMARY KEY,
	guild_id   text NOT NULL DEFAULT '',
	data       jsonb NOT NULL
);

CREATE TABLE watermarks (
	track      text COLLATE "C" NOT NULL,
	channel_id text COLLATE "C" NOT NULL,
	data       jsonb NOT NULL,
	PRIMARY KEY (track, channel_id)
);

-- The sources each channel has been told about on a track.
CREATE TABLE covered (
	track      text COLLATE "C" NOT NULL,
	channel_id text COLLATE "C" NOT NULL,
	source_id  text COLLATE "C" NOT NULL,
	post_id    text NOT NULL,
	PRIMARY KEY (track, channel_id, source_id)
);

-- The post log. data is json, not jsonb: parts' bodies must come back byte
-- for byte (jsonb would reorder their keys) so a resumed post resends the
-- very message it recorded.
CREATE TABLE posts (
	id         text COLLATE "C" PRIMARY KEY,
	track      text NOT NULL,
	channel_id text NOT NULL,
	state      text NOT NULL,
	data       json NOT NULL
);

-- At most one unfinished post per channel and track: the primary key is what
-- refuses a second writer (store.ErrPending).
CREATE TABLE pending (
	track      text COLLATE "C" NOT NULL,
	channel_id text COLLATE "C" NOT NULL,
	post_id    text COLLATE "C" NOT NULL REFERENCES posts (id),
	PRIMARY KEY (track, channel_id)
);

CREATE TABLE announce (
	channel_id text COLLATE "C" PRIMARY KEY,
	guild_id   text NOT NULL DEFAULT '',
	data       jsonb NOT NULL
);

CREATE TABLE kv (
	ns    text COLLATE "C" NOT NULL,
	key   text COLLATE "C" NOT NULL,
	value bytea NOT NULL,
	PRIMARY KEY (ns, key)
);
