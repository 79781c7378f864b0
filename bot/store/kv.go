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
	db *bolt.DB
	ns []byte
}

// KV returns the key/value namespace ns; namespaces never see each other's keys.
func (s *Store) KV(ns string) KV { return KV{db: s.db, ns: []byte(ns)} }

// Get returns a copy of the value under key, nil when absent.
func (kv KV) Get(key string) ([]byte, error) {
	var out []byte
	err := kv.db.View(func(tx *bolt.Tx) error {
		root := tx.Bucket(bucketKV)
		if root == nil {
			return nil
		}
		if b := root.Bucket(kv.ns); b != nil {
			if v := b.Get([]byte(key)); v != nil {
				out = append([]byte(nil), v...)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("kv get %s/%s: %w", kv.ns, key, err)
	}
	return out, nil
}

// Put stores value under key.
func (kv KV) Put(key string, value []byte) error {
	err := kv.db.Update(func(tx *bolt.Tx) error {
		b, err := tx.Bucket(bucketKV).CreateBucketIfNotExists(kv.ns)
		if err != nil {
			return err
		}
		return b.Put([]byte(key), value)
	})
	if err != nil {
		return fmt.Errorf("kv put %s/%s: %w", kv.ns, key, err)
	}
	return nil
}

// Delete removes key; deleting a missing key is not an error.
func (kv KV) Delete(key string) error {
	err := kv.db.Update(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketKV).Bucket(kv.ns); b != nil {
			return b.Delete([]byte(key))
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("kv delete %s/%s: %w", kv.ns, key, err)
	}
	return nil
}

// ForEach calls fn for every key in key order; fn must not keep the slices.
func (kv KV) ForEach(fn func(key string, value []byte) error) error {
	err := kv.db.View(func(tx *bolt.Tx) error {
		root := tx.Bucket(bucketKV)
		if root == nil {
			return nil
		}
		b := root.Bucket(kv.ns)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error { return fn(string(k), v) })
	})
	if err != nil {
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
