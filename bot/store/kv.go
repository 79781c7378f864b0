package store

import (
	"encoding/json"
	"fmt"

	bolt "go.etcd.io/bbolt"
)

// KV is a namespaced key/value view of the store for small pieces of bot
// state that need no schema of their own (a last-seen ID, a feature flag).
// Every call is its own durable transaction.
type KV struct {
	be KVBackend
	ns string
}

// KVBackend is where a KV keeps its keys. The bbolt Store has its own; other
// State backends (bot/store/postgres) implement it and hand out KVs through
// NewKV, so callers see one KV type whichever backend holds the state.
// Keys are visited in byte order and Get returns nil for a missing key.
type KVBackend interface {
	KVGet(ns, key string) ([]byte, error)
	KVPut(ns, key string, value []byte) error
	KVDelete(ns, key string) error
	KVForEach(ns string, fn func(key string, value []byte) error) error
}

// NewKV returns the namespace ns of a backend.
func NewKV(be KVBackend, ns string) KV { return KV{be: be, ns: ns} }

// KV returns the key/value namespace ns; namespaces never see each other's keys.
func (s *Store) KV(ns string) KV { return KV{be: boltKV{s.db}, ns: ns} }

// Get returns a copy of the value under key, nil when absent.
func (kv KV) Get(key string) ([]byte, error) {
	out, err := kv.be.KVGet(kv.ns, key)
	if err != nil {
		return nil, fmt.Errorf("kv get %s/%s: %w", kv.ns, key, err)
	}
	return out, nil
}

// Put stores value under key.
func (kv KV) Put(key string, value []byte) error {
	if err := kv.be.KVPut(kv.ns, key, value); err != nil {
		return fmt.Errorf("kv put %s/%s: %w", kv.ns, key, err)
	}
	return nil
}

// Delete removes key; deleting a missing key is not an error.
func (kv KV) Delete(key string) error {
	if err := kv.be.KVDelete(kv.ns, key); err != nil {
		return fmt.Errorf("kv delete %s/%s: %w", kv.ns, key, err)
	}
	return nil
}

// ForEach calls fn for every key in key order; fn must not keep the slices.
func (kv KV) ForEach(fn func(key string, value []byte) error) error {
	if err := kv.be.KVForEach(kv.ns, fn); err != nil {
		return fmt.Errorf("kv scan %s: %w", kv.ns, err)
	}
	return nil
}

// GetJSON decodes the value under key into v and reports whether it existed.
func (kv KV) GetJSON(key string, v any) (bool, error) {
	raw, err := kv.Get(key)
	if err != nil || raw == nil {
		return false, err
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return false, fmt.Errorf("kv decode %s/%s: %w", kv.ns, key, err)
	}
	return true, nil
}

// PutJSON stores v encoded as JSON under key.
func (kv KV) PutJSON(key string, v any) error {
	raw, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("kv encode %s/%s: %w", kv.ns, key, err)
	}
	return kv.Put(key, raw)
}

// boltKV keeps each namespace in its own bucket under kv.
type boltKV struct{ db *bolt.DB }

func (b boltKV) KVGet(ns, key string) ([]byte, error) {
	var out []byte
	err := b.db.View(func(tx *bolt.Tx) error {
		root := tx.Bucket(bucketKV)
		if root == nil {
			return nil
		}
		if nb := root.Bucket([]byte(ns)); nb != nil {
			if v := nb.Get([]byte(key)); v != nil {
				out = append([]byte(nil), v...)
			}
		}
		return nil
	})
	return out, err
}

func (b boltKV) KVPut(ns, key string, value []byte) error {
	return b.db.Update(func(tx *bolt.Tx) error {
		nb, err := tx.Bucket(bucketKV).CreateBucketIfNotExists([]byte(ns))
		if err != nil {
			return err
		}
		return nb.Put([]byte(key), value)
	})
}

func (b boltKV) KVDelete(ns, key string) error {
	return b.db.Update(func(tx *bolt.Tx) error {
		if nb := tx.Bucket(bucketKV).Bucket([]byte(ns)); nb != nil {
			return nb.Delete([]byte(key))
		}
		return nil
	})
}

func (b boltKV) KVForEach(ns string, fn func(key string, value []byte) error) error {
	return b.db.View(func(tx *bolt.Tx) error {
		root := tx.Bucket(bucketKV)
		if root == nil {
			return nil
		}
		nb := root.Bucket([]byte(ns))
		if nb == nil {
			return nil
		}
		return nb.ForEach(func(k, v []byte) error { return fn(string(k), v) })
	})
}
