package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
	_ "time/tzdata" // schedules name IANA zones; the container has no zoneinfo

	"planbot/bot/digest"
	"planbot/bot/store"
	"planbot/corpus"
)

// runDigest prints the digest that would be posted.
//
// Without --channel there is no "last digest" to start from, so it covers
// the sources added within --since (default 24h) and reads no bot state.
// With --channel it reads <data>/state.db (read-only) and shows what that
// channel's next digest would post: everything not yet posted there, or,
// with --since, only what was added within that period.
func runDigest(ctx context.Context, env *cliEnv, args []string) error {
	fs, common := newFlagSet(env, "digest")
	sinceFlag := fs.String("since", "", `period to cover, e.g. "24h", "3d" (default 24h without --channel)`)
	channel := fs.String("channel", "", "Discord channel ID: what its next digest would post, from the bot state")
	asJSON := fs.Bool("json", false, "print the digest and the exact Discord message bodies as JSON")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: planbot digest [--data DIR] [--since DURATION] [--channel ID] [--json]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Sprintf("unexpected argument %q", fs.Arg(0))}
	}
	since, err := digest.ParseSince(*sinceFlag)
	if err != nil {
		return usageError{err.Error()}
	}
	lib, err := corpus.OpenStore(filepath.Join(common.data, "docs"))
	if err != nil {
		return fmt.Errorf("open document store: %w", err)
	}
	now := time.Now()
	var d digest.Digest
	if *channel == "" {
		if since == 0 {
			since = 24 * time.Hour
		}
		all := lib.Documents()
		d = digest.Compose(all, digest.Select(all, now.Add(-since), nil), now.Add(-since), now)
	} else {
		d, err = channelDigest(common.data, *channel, lib, since)
		if err != nil {
			return err
		}
	}
	msgs := digest.Render(d, digest.RenderOptions{})
	if *asJSON {
		return writeJSON(env.stdout, struct {
			digest.Digest
			Messages []digest.Message `json:"messages"`
		}{d, msgs})
	}
	_, err = io.WriteString(env.stdout, digest.FormatText(msgs))
	return err
}

// channelDigest composes a channel's next digest from the bot state, opened
// read-only: the CLI never moves a watermark.
func channelDigest(data, channel string, lib digest.Library, since time.Duration) (digest.Digest, error) {
	path := filepath.Join(data, store.FileName)
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return digest.Digest{}, fmt.Errorf("no bot state at %s: no digest has been posted from this data dir", path)
	}
	st, err := store.Open(path, store.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		return digest.Digest{}, fmt.Errorf("%w (is planbot serve running on this data dir?)", err)
	}
	defer st.Close()
	svc, err := digest.NewService(digest.Config{Store: st, Library: lib, Sender: noSender{}})
	if err != nil {
		return digest.Digest{}, err
	}
	return svc.Compose(channel, since)
}

// noSender refuses to post: the CLI only prints.
type noSender struct{}

func (noSender) SendMessage(context.Context, string, []byte) (string, error) {
	return "", errors.New("planbot digest only prints; the bot posts")
}
