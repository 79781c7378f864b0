package postgres

import (
	"fmt"

	"github.com/jackc/pgx/v5"

	"planbot/bot/store"
)

// KV returns the key/value namespace ns; namespaces never see each other's
// keys. The same store.KV type as the bbolt store's, over the kv table.
func (s *Store) KV(ns string) store.KV { return store.NewKV(kvTable{s}, ns) }

// kvTable is the store.KVBackend over the kv table.
type kvTable struct{ s *Store }

func (k kvTable) KVGet(ns, key string) ([]byte, error) {
	ctx, cancel := k.s.call()
	defer cancel()
	var v []byte
	err := k.s.pool.QueryRow(ctx, `SELECT value FROM kv WHERE ns = $1 AND key = $2`, ns, key).Scan(&v)
	if noRows(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if v == nil {
		v = []byte{} // present but empty is not absent
	}
	return v, nil
}

func (k kvTable) KVPut(ns, key string, value []byte) error {
	ctx, cancel := k.s.call()
	defer cancel()
	if value == nil {
		value = []byte{}
	}
	_, err := k.s.pool.Exec(ctx, `INSERT INTO kv (ns, key, value) VALUES ($1, $2, $3)
		ON CONFLICT (ns, key) DO UPDATE SET value = excluded.value`, ns, key, value)
	return err
}

func (k kvTable) KVDelete(ns, key string) error {
	ctx, cancel := k.s.call()
	defer cancel()
	_, err := k.s.pool.Exec(ctx, `DELETE FROM kv WHERE ns = $1 AND key = $2`, ns, key)
	return err
}

// KVForEach reads the namespace first and calls fn after, so fn may itself
// use the store without holding a connection of the pool.
func (k kvTable) KVForEach(ns string, fn func(key string, value []byte) error) error {
	ctx, cancel := k.s.call()
	defer cancel()
	rows, err := k.s.pool.Query(ctx, `SELECT key, value FROM kv WHERE ns = $1 ORDER BY key`, ns)
	if err != nil {
		return err
	}
	type pair struct {
		Key   string
		Value []byte
	}
	pairs, err := pgx.CollectRows(rows, pgx.RowToStructByPos[pair])
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	for _, p := range pairs {
		if err := fn(p.Key, p.Value); err != nil {
			return err
		}
	}
	return nil
}
