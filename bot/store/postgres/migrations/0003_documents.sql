-- The documents themselves, shared by every replica; each keeps its own
-- search index and catches up from here by seq.
--
-- A row is one version of one document. seq is the change cursor: every
-- change (a new version, a version replaced, a document deleted) gives the
-- rows it touches a fresh seq from document_changes, taken under a
-- transaction-level advisory lock so seqs become visible in increasing order
-- and a reader that has seen seq N has seen every change before it.

CREATE SEQUENCE document_changes;

CREATE TABLE documents (
	id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	seq         bigint NOT NULL UNIQUE,
	source_id   text COLLATE "C" NOT NULL,
	guild_id    text COLLATE "C" NOT NULL DEFAULT '',
	name        text NOT NULL,
	body        bytea NOT NULL,
	hash        text NOT NULL,
	added_at    timestamptz NOT NULL,
	deleted     boolean NOT NULL DEFAULT false,
	replaced_by bigint REFERENCES documents (id)
);

-- One live version per document and server.
CREATE UNIQUE INDEX documents_live ON documents (guild_id, source_id)
	WHERE NOT deleted AND replaced_by IS NULL;
