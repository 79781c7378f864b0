-- The per-server registry and the feed positions that corpus/feed keeps in
-- feeds.json on a single install. guild_id '' is the global collection.

CREATE TABLE guilds (
	guild_id  text COLLATE "C" PRIMARY KEY,
	name      text NOT NULL DEFAULT '',
	joined_at timestamptz NOT NULL,
	left_at   timestamptz
);

CREATE TABLE feeds (
	guild_id      text COLLATE "C" NOT NULL DEFAULT '',
	url           text COLLATE "C" NOT NULL,
	title         text NOT NULL DEFAULT '',
	interval_ms   bigint NOT NULL DEFAULT 0,
	from_config   boolean NOT NULL DEFAULT false,
	added_by      text NOT NULL DEFAULT '',
	added_at      timestamptz NOT NULL,
	etag          text NOT NULL DEFAULT '',
	last_modified text NOT NULL DEFAULT '',
	last_poll     timestamptz,
	last_error    text NOT NULL DEFAULT '',
	ingested      integer NOT NULL DEFAULT 0,
	PRIMARY KEY (guild_id, url)
);

-- What is remembered of each feed entry, by entry URL within a server.
CREATE TABLE feed_entries (
	guild_id text COLLATE "C" NOT NULL DEFAULT '',
	url      text COLLATE "C" NOT NULL,
	feed     text NOT NULL,
	stamp    text NOT NULL DEFAULT '',
	hash     text NOT NULL DEFAULT '',
	seen_at  timestamptz NOT NULL,
	attempts integer NOT NULL DEFAULT 0,
	done     boolean NOT NULL DEFAULT false,
	outcome  text NOT NULL DEFAULT '',
	PRIMARY KEY (guild_id, url)
);

-- Content hash -> the first entry URL it was seen at, within a server.
CREATE TABLE feed_hashes (
	guild_id text COLLATE "C" NOT NULL DEFAULT '',
	hash     text COLLATE "C" NOT NULL,
	url      text NOT NULL,
	PRIMARY KEY (guild_id, hash)
);
