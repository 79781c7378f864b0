package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"planbot/bot/digest"
	"planbot/bot/store"
	"planbot/config"
	"planbot/corpus"
)

// newDigestCmd is planbot digest: the digest that would be posted.
//
// Without --channel there is no "last digest" to start from, so it covers
// the sources added within --since (default: the digest.since setting,
// 24h) and reads no bot state. With --channel it reads <data>/state.db
// (read-only) and shows what that channel's next digest would post:
// everything not yet posted there, or, with --since, only what was added
// within that period.
func newDigestCmd(env *cliEnv) *cobra.Command {
	var sinceFlag, channel string
	var asJSON bool
	var guild guildFlag
	cmd := &cobra.Command{
		Use:   "digest",
		Short: "print the digest that would be posted",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, log, err := setup(cmd, env)
			if err != nil {
				return err
			}
			defer func() { _ = log.Sync() }()
			since, err := digest.ParseSince(sinceFlag)
			if err != nil {
				return usageError{"--since: " + err.Error()}
			}
			server, err := guild.value()
			if err != nil {
				return err
			}
			lib, err := corpus.OpenStore(filepath.Join(cfg.Data, "docs"))
			if err != nil {
				return fmt.Errorf("open document store: %w", err)
			}
			var shared store.State // with --state-url: the shared documents and state
			if cfg.StateURL != "" {
				var done func()
				if lib, shared, done, err = openSharedDigest(cmd.Context(), cfg, log); err != nil {
					return err
				}
				defer done()
			}
			now := time.Now()
			var d digest.Digest
			if channel == "" {
				if since == 0 {
					since = cfg.Digest.Since
				}
				earlier, fresh, err := digest.Load(lib, server, now.Add(-since), nil)
				if err != nil {
					return err
				}
				d = digest.ComposeAfter(earlier, fresh, now.Add(-since), now)
			} else if shared != nil {
				d, err = composeFor(shared, channel, server, lib, since)
			} else {
				d, err = channelDigest(cfg.Data, channel, server, lib, since)
				if err != nil {
					return err
				}
			}
			msgs := digest.Render(d, digest.RenderOptions{})
			if asJSON {
				return writeJSON(env.stdout, struct {
					digest.Digest
					Messages []digest.Message `json:"messages"`
				}{d, msgs})
			}
			_, err = io.WriteString(env.stdout, digest.FormatText(msgs))
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&sinceFlag, "since", "", `period to cover, e.g. "24h", "3d" (default: the digest.since setting, 24h)`)
	f.StringVar(&channel, "channel", "", "Discord channel ID: what its next digest would post, from the bot state")
	f.BoolVar(&asJSON, "json", false, "print the digest and the exact Discord message bodies as JSON")
	guild.add(cmd, "Discord server ID whose digest to show: its own documents and the global ones (default: the global ones, or with --channel its schedule's server)")
	addSettings(cmd, config.GroupDigest, config.GroupState)
	return cmd
}

// channelDigest composes a channel's next digest from the bot state, opened
// read-only: the CLI never moves a watermark. guild is the channel's
// server; "" takes the one its schedule was set in, if any.
func channelDigest(data, channel, guild string, lib digest.Library, since time.Duration) (digest.Digest, error) {
	path := filepath.Join(data, store.FileName)
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return digest.Digest{}, fmt.Errorf("no bot state at %s: no digest has been posted from this data dir", path)
	}
	st, err := store.Open(path, store.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		return digest.Digest{}, fmt.Errorf("%w (is planbot serve running on this data dir?)", err)
	}
	defer st.Close()
	return composeFor(st, channel, guild, lib, since)
}

// composeFor is what a channel's next digest would post from the bot state
// st, reading and writing nothing. guild "" means the server of the
// channel's schedule.
func composeFor(st store.State, channel, guild string, lib digest.Library, since time.Duration) (digest.Digest, error) {
	if guild == "" {
		scs, err := st.Schedules()
		if err != nil {
			return digest.Digest{}, err
		}
		for _, sc := range scs {
			if sc.ChannelID == channel {
				guild = sc.GuildID
			}
		}
	}
	svc, err := digest.NewService(digest.Config{Store: st, Library: lib, Sender: noSender{}})
	if err != nil {
		return digest.Digest{}, err
	}
	return svc.Compose(channel, guild, since)
}

// noSender refuses to post: the CLI only prints.
type noSender struct{}

func (noSender) SendMessage(context.Context, string, []byte) (string, error) {
	return "", errors.New("planbot digest only prints; the bot posts")
}
