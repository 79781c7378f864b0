package store_test

import (
	"path/filepath"
	"testing"

	"planbot/bot/store"
	"planbot/bot/store/storetest"
)

// TestContract runs the shared State contract on the bbolt store.
func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Opener {
		path := filepath.Join(t.TempDir(), "data", store.FileName)
		return func(t *testing.T) store.State {
			s, err := store.Open(path, store.Options{})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		}
	})
}
