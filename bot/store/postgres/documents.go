package postgres

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"time"

	"github.com/jackc/pgx/v5"
)

// notifyChannel is the LISTEN/NOTIFY channel on which every document change
// is announced; the payload is the change's seq.
const notifyChannel = "planbot_documents"

// Document is one stored version of one document: the file as ingested,
// for a server (GuildID) or for everyone (GuildID "").
type Document struct {
	ID       int64  // the row, stable for this version
	Seq      int64  // the change cursor: its last change's position
	SourceID string // the corpus source ID
	GuildID  string // "" for the global collection
	Name     string // the stored file name (its extension tells the format)
	Body     []byte // the stored file's bytes
	Hash     string // hex SHA-256 of Body
	AddedAt  time.Time
	// Deleted is set when the document was removed; ReplacedBy when a newer
	// version (that row's ID) took its place. Either way it is no longer
	// live and a reader drops it from its index.
	Deleted    bool
	ReplacedBy int64
}

// Live reports whether this is the current version of its document.
func (d Document) Live() bool { return !d.Deleted && d.ReplacedBy == 0 }

// HashBody is the content hash PutDocument stores.
func HashBody(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// PutDocument stores d as the live version of (d.GuildID, d.SourceID),
// replacing the previous one. It returns the stored row and whether anything
// changed: putting the same bytes again changes nothing and returns the
// existing version. Hash and AddedAt are filled in when empty. The change is
// notified to every Watch in the same transaction.
func (s *Store) PutDocument(ctx context.Context, d Document) (Document, bool, error) {
	if d.SourceID == "" || d.Name == "" {
		return Document{}, false, fmt.Errorf("put document: source ID and name are required")
	}
	if d.Hash == "" {
		d.Hash = HashBody(d.Body)
	}
	if d.AddedAt.IsZero() {
		d.AddedAt = time.Now()
	}
	if d.Body == nil {
		d.Body = []byte{}
	}
	var out Document
	changed := false
	err := s.tx(ctx, func(tx pgx.Tx) error {
		if err := lockDocumentChanges(ctx, tx); err != nil {
			return err
		}
		old, ok, err := scanDocument(tx.QueryRow(ctx, `SELECT `+documentColumns+` FROM documents
			WHERE guild_id = $1 AND source_id = $2 AND NOT deleted AND replaced_by IS NULL FOR UPDATE`,
			d.GuildID, d.SourceID))
		if err != nil {
			return err
		}
		if ok && old.Hash == d.Hash && old.Name == d.Name {
			out = old
			return nil
		}
		changed = true
		var id int64
		if err := tx.QueryRow(ctx, `SELECT nextval(pg_get_serial_sequence('documents', 'id'))`).Scan(&id); err != nil {
			return err
		}
		if ok {
			// The old version leaves the live index first and takes the
			// earlier seq: a reader applying changes in seq order removes,
			// then adds.
			if _, err := tx.Exec(ctx, `UPDATE documents SET seq = nextval('document_changes'),
				replaced_by = $2 WHERE id = $1`, old.ID, id); err != nil {
				return err
			}
		}
		out, _, err = scanDocument(tx.QueryRow(ctx, `INSERT INTO documents
			(id, seq, source_id, guild_id, name, body, hash, added_at)
			VALUES ($1, nextval('document_changes'), $2, $3, $4, $5, $6, $7)
			RETURNING `+documentColumns, id, d.SourceID, d.GuildID, d.Name, d.Body, d.Hash, d.AddedAt))
		if err != nil {
			return err
		}
		return notify(ctx, tx, out.Seq)
	})
	if err != nil {
		return Document{}, false, fmt.Errorf("put document %s (guild %q): %w", d.SourceID, d.GuildID, err)
	}
	return out, changed, nil
}

// DeleteDocument removes the live version of a document and reports whether
// there was one.
func (s *Store) DeleteDocument(ctx context.Context, guildID, sourceID string) (bool, error) {
	found := false
	err := s.tx(ctx, func(tx pgx.Tx) error {
		if err := lockDocumentChanges(ctx, tx); err != nil {
			return err
		}
		var seq int64
		err := tx.QueryRow(ctx, `UPDATE documents SET deleted = true, seq = nextval('document_changes')
			WHERE guild_id = $1 AND source_id = $2 AND NOT deleted AND replaced_by IS NULL
			RETURNING seq`, guildID, sourceID).Scan(&seq)
		if noRows(err) {
			return nil
		}
		if err != nil {
			return err
		}
		found = true
		return notify(ctx, tx, seq)
	})
	if err != nil {
		return false, fmt.Errorf("delete document %s (guild %q): %w", sourceID, guildID, err)
	}
	return found, nil
}

// Documents returns every version whose last change is after the cursor
// since, in change order: with since 0, the whole history, from which a
// process builds its index (keeping the Live ones); afterwards, what changed
// since the last Seq it saw. Seqs become visible in increasing order, so
// nothing is ever skipped by moving the cursor to the last Seq returned.
func (s *Store) Documents(ctx context.Context, since int64) ([]Document, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+documentColumns+` FROM documents WHERE seq > $1 ORDER BY seq`, since)
	if err != nil {
		return nil, fmt.Errorf("read documents since %d: %w", since, err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Document, error) {
		d, _, err := scanDocument(r)
		return d, err
	})
	if err != nil {
		return nil, fmt.Errorf("read documents since %d: %w", since, err)
	}
	return out, nil
}

// LiveDocuments returns the current version of every document the given
// servers see: the global collection plus each guild's own, by source ID.
func (s *Store) LiveDocuments(ctx context.Context, guildIDs ...string) ([]Document, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+documentColumns+` FROM documents
		WHERE NOT deleted AND replaced_by IS NULL AND (guild_id = '' OR guild_id = ANY($1))
		ORDER BY guild_id, source_id`, guildIDs)
	if err != nil {
		return nil, fmt.Errorf("read live documents: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Document, error) {
		d, _, err := scanDocument(r)
		return d, err
	})
	if err != nil {
		return nil, fmt.Errorf("read live documents: %w", err)
	}
	return out, nil
}

// Cursor returns the last change's seq: Watch from it to hear of what comes
// next only.
func (s *Store) Cursor(ctx context.Context) (int64, error) {
	var seq int64
	if err := s.pool.QueryRow(ctx, `SELECT coalesce(max(seq), 0) FROM documents`).Scan(&seq); err != nil {
		return 0, fmt.Errorf("read document cursor: %w", err)
	}
	return seq, nil
}

const documentColumns = `id, seq, source_id, guild_id, name, body, hash, added_at, deleted, coalesce(replaced_by, 0)`

// scanDocument reads one row of documentColumns; ok is false for no row.
func scanDocument(r pgx.Row) (d Document, ok bool, err error) {
	err = r.Scan(&d.ID, &d.Seq, &d.SourceID, &d.GuildID, &d.Name, &d.Body, &d.Hash, &d.AddedAt, &d.Deleted, &d.ReplacedBy)
	if noRows(err) {
		return Document{}, false, nil
	}
	if err != nil {
		return Document{}, false, err
	}
	d.AddedAt = d.AddedAt.UTC()
	return d, true, nil
}

// lockDocumentChanges serialises the transactions that change documents
// until they end, so seqs are committed in the order they are taken.
func lockDocumentChanges(ctx context.Context, tx pgx.Tx) error {
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, $2)`, lockClassSchema, lockDocuments); err != nil {
		return fmt.Errorf("take document lock: %w", err)
	}
	return nil
}

// notify tells every listener, when tx commits, that documents changed up to seq.
func notify(ctx context.Context, tx pgx.Tx, seq int64) error {
	_, err := tx.Exec(ctx, `SELECT pg_notify($1, $2)`, notifyChannel, strconv.FormatInt(seq, 10))
	return err
}
