package feed

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// stateVersion is written into the state file so a later format can
// migrate old files instead of misreading them.
const stateVersion = 1

// state is everything persisted in the state file.
type state struct {
	Version int                    `json:"version"`
	Feeds   []*feedState           `json:"feeds"`
	Entries map[string]*entryState `json:"entries"` // by entryKey: entry URL, after its server for a server's feed
	Hashes  map[string]string      `json:"hashes"`  // hashKey of a content hash -> entryKey of the first entry it was seen at
}

// feedState is one subscribed feed and what its last poll returned.
type feedState struct {
	Guild        string        `json:"guild,omitempty"` // the subscribing server; "" for a global feed
	URL          string        `json:"url"`
	Title        string        `json:"title,omitempty"`
	Interval     time.Duration `json:"interval,omitempty"` // 0: the Poller's default
	FromConfig   bool          `json:"from_config,omitempty"`
	AddedBy      string        `json:"added_by,omitempty"`
	AddedAt      time.Time     `json:"added_at"`
	ETag         string        `json:"etag,omitempty"`
	LastModified string        `json:"last_modified,omitempty"`
	LastPoll     time.Time     `json:"last_poll,omitzero"`
	LastError    string        `json:"last_error,omitempty"`
	Ingested     int           `json:"ingested"` // documents added from this feed
}

// entryState is what is remembered of one feed entry.
type entryState struct {
	Feed     string    `json:"feed"`
	Stamp    string    `json:"stamp,omitempty"` // the entry's updated (or published) time as last processed
	Hash     string    `json:"hash,omitempty"`  // content hash of the page as last ingested
	SeenAt   time.Time `json:"seen_at"`         // last time the entry was in its feed
	Attempts int       `json:"attempts,omitempty"`
	Done     bool      `json:"done"` // processed (ingested, duplicate, off topic, or given up)
	Outcome  string    `json:"outcome,omitempty"`
}

func newState() *state {
	return &state{Version: stateVersion, Entries: map[string]*entryState{}, Hashes: map[string]string{}}
}

// loadState reads path; a missing file is an empty state.
func loadState(path string) (*state, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return newState(), nil
	}
	if err != nil {
		return nil, fmt.Errorf("read feed state: %w", err)
	}
	st := newState()
	if err := json.Unmarshal(data, st); err != nil {
		return nil, fmt.Errorf("read feed state %s: %w", path, err)
	}
	if st.Version > stateVersion {
		return nil, fmt.Errorf("feed state %s has version %d, newer than this planbot (%d)", path, st.Version, stateVersion)
	}
	if st.Entries == nil {
		st.Entries = map[string]*entryState{}
	}
	if st.Hashes == nil {
		st.Hashes = map[string]string{}
	}
	st.Version = stateVersion
	return st, nil
}

// save writes the state atomically: a crash leaves either the old or the
// new file, never a torn one.
func (st *state) save(path string) error {
	data, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return fmt.Errorf("encode feed state: %w", err)
	}
	return writeFileAtomic(path, append(data, '\n'))
}

func writeFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", dir, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("sync %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("close %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("replace %s: %w", path, err)
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync() // make the rename durable; not all filesystems support it
		d.Close()
	}
	return nil
}

// prune forgets entries not seen in their feed for longer than keep, so the
// file does not grow forever; their hashes go too when no entry holds them.
func (st *state) prune(now time.Time, keep time.Duration) {
	live := map[string]bool{}
	for u, e := range st.Entries {
		if now.Sub(e.SeenAt) > keep {
			delete(st.Entries, u)
			continue
		}
		if e.Hash != "" {
			live[e.Hash] = true
		}
	}
	for h, u := range st.Hashes {
		if _, ok := st.Entries[u]; !ok && !live[h] {
			delete(st.Hashes, h)
		}
	}
}
