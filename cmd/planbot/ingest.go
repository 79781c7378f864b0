package main

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"go.uber.org/zap"

	"planbot/config"
	"planbot/corpus"
	"planbot/intake"
)

// newIngestCmd is planbot ingest: documents (text, Markdown and HTML files,
// folders searched recursively, http(s) URLs) go into <data>/docs, each
// reported with what it yielded; then the on-disk index is brought up to
// date, unless a running bot holds it: that bot picks the new documents up
// by itself (services.go reloads the store every 30 s).
func newIngestCmd(env *cliEnv) *cobra.Command {
	var po parseFlags
	var quiet bool
	var guild guildFlag
	cmd := &cobra.Command{
		Use:   "ingest [flags] PATH...",
		Short: "add documents (files, folders or URLs) to the corpus and index",
		Long: `Add documents to the corpus and the search index.

PATH is a .txt, .md or .html file, a video's .srt or .vtt subtitles (read as
the transcript they hold; "2025-11-23_interview.srt" dates and titles it), a
calendar export (.ics, read one event a paragraph), a folder (searched recursively for those) or an http(s) URL, fetched with the
fetch.* settings. A document whose file
name or URL is already in the corpus with other text replaces the old version.
Documents are global (every server sees them) unless --guild makes them one
Discord server's own, as /ingest in that server does.`,
		Example: "  planbot ingest articles/\n  planbot ingest --published 2025-11-24 statement.txt\n  planbot ingest https://news.example.org/plan-story",
		Args:    needArgs("at least one PATH (a file, a folder or a URL)"),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, log, err := setup(cmd, env)
			if err != nil {
				return err
			}
			defer func() { _ = log.Sync() }()
			parse := po.options()
			if parse.Guild, err = guild.value(); err != nil {
				return err
			}
			return runIngest(cmd.Context(), env, cfg, log, parse, quiet, args)
		},
	}
	po.add(cmd.Flags())
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "no progress bar")
	guild.add(cmd, "Discord server ID whose own documents these become (default: global, seen by every server)")
	addSettings(cmd, config.GroupFetch, config.GroupState)
	return cmd
}

func runIngest(ctx context.Context, env *cliEnv, cfg *config.Config, log *zap.Logger, parse corpus.ParseOptions, quiet bool, args []string) error {
	start := time.Now()
	store, err := corpus.OpenStore(filepath.Join(cfg.Data, "docs"))
	if err != nil {
		return err
	}
	share, closeShare, err := openShare(ctx, cfg, store.Dir(), log)
	if err != nil {
		return err
	}
	defer closeShare()
	// The index is opened first when it is free, and fed each document
	// as it is stored (ingest_feed.go); when another process holds it,
	// the documents are stored first and indexed at the end, waiting for
	// the holder if it is a brief one.
	feedIdx, feed := openFeed(ctx, cfg.Data, store, log)
	if feedIdx != nil {
		defer feedIdx.Close()
	}
	opts := intake.Options{
		Parse: parse,
		Fetch: cfg.WebConfig(log.Named("web")),
		Log:   env.stdout,
		OnAdded: func(ctx context.Context, res corpus.PutResult) error {
			if y := speakersAndPlans(res.Doc); y != "" {
				fmt.Fprintf(env.stdout, "        %s\n", y)
			}
			err := share(ctx, res)
			if feed != nil {
				feed.add(ctx, res)
			}
			return err
		},
		// Fed to the index as they are stored, the documents need not
		// be held; indexed at the end, they are, so the index does not
		// parse them again.
		ForgetAdded: feed != nil,
	}
	if !quiet {
		opts.Progress = env.stderr
	}
	restoreGC := ingestGC() // ingest_gc.go
	sum, err := intake.Run(ctx, store, args, opts)
	// The catalogue is written while the indexer works through what it
	// was handed last: neither needs the other, and both used to wait
	// for each other at the end of every ingest.
	var catErr chan error
	if err == nil {
		catErr = make(chan error, 1)
		go func() { catErr <- store.SaveCatalogue() }()
	}
	var feedErr error
	if feed != nil {
		feedErr = feed.close(ctx)
	}
	restoreGC()
	fmt.Fprintln(env.stdout)
	sum.Write(env.stdout)
	fmt.Fprintf(env.stdout, "Documents are kept in %s.\n", intake.Escape(store.Dir()))
	if err != nil {
		return err
	}
	if err := <-catErr; err != nil {
		log.Warn("document catalogue not written; the next start reads the new documents", zap.Error(err))
	}
	if feed != nil && sum.AddedCount > 0 {
		finishFeed(ctx, env, feedIdx, feedErr, sum.AddedCount >= compactAfter, log)
	}
	if feed == nil && sum.AddedCount > 0 {
		indexStored(ctx, env, cfg.Data, store, sum.AddedCount >= compactAfter, sum.Replaced, log)
	}
	if sum.AddedCount > 0 {
		// Indexing took a while: the files written last are now old
		// enough for the catalogue to trust by their stat, so the next
		// start does not read them again (Store.SaveCatalogue).
		if err := store.SaveCatalogue(); err != nil {
			log.Warn("document catalogue not settled; the next start reads the newest documents again", zap.Error(err))
		}
	}
	writeTotal(env, time.Since(start), sum.Provisions+sum.Statements)
	if len(sum.Failures) > 0 {
		return fmt.Errorf("%d of %d documents failed", len(sum.Failures), sum.Documents)
	}
	return nil
}

// compactAfter is how many documents an ingest stores before it merges
// the index as it exits (index.Compact): a bulk load otherwise leaves many
// small segments that every later start pays to open.
const compactAfter = 500

// unknownHolderWait is how long ingest retries an index held by a process
// that has not recorded itself in index.holder yet.
const unknownHolderWait = 15 * time.Second

// indexWait is how long ingest waits for another planbot ingest to release
// the index before leaving the new documents to the next process that
// opens it.
const indexWait = 2 * time.Minute

// indexStored opens the data dir's index for writing, which adds the newly
// stored documents to it, and removes the versions they replaced. The
// documents are safely stored whatever happens here, so a failure is
// reported, not returned.
func indexStored(ctx context.Context, env *cliEnv, data string, store *corpus.Store, compact bool, replaced []corpus.Source, log *zap.Logger) {
	start := time.Now()
	deadline := start.Add(indexWait)
	for {
		// A bulk load (compact) is opened without background merges:
		// the compaction merges every segment once.
		a, err := open(ctx, data, "ingest", true, store, compact, log)
		var busy *busyError
		// A holder not recorded yet is a process between taking the lock
		// and writing index.holder: worth a short wait too.
		unknown := errors.As(err, &busy) && busy.holder.pid == 0 && time.Since(start) < unknownHolderWait
		if errors.As(err, &busy) && (busy.holder.brief() || unknown) && time.Now().Before(deadline) {
			// Another ingest or a search holds the index briefly and lets
			// go; then this one's documents go in too.
			who := busy.holder.String()
			if unknown {
				who = "another planbot process"
			}
			fmt.Fprintf(env.stderr, "waiting for %s to finish indexing...\n", who)
			select {
			case <-ctx.Done():
				fmt.Fprintln(env.stdout, "Interrupted before indexing; the documents are stored and the next start indexes them.")
				return
			case <-time.After(time.Second):
			}
			continue
		}
		if errors.As(err, &busy) {
			fmt.Fprintf(env.stdout, "%s; it indexes the new documents itself (a running bot within a minute).\n", capitalize(busy.Error()))
			return
		}
		if err != nil {
			fmt.Fprintf(env.stderr, "planbot ingest: documents stored, but indexing failed (the next start retries): %v\n", err)
			return
		}
		defer a.Close()
		if err := a.removeReplaced(ctx, replaced); err != nil {
			fmt.Fprintf(env.stderr, "planbot ingest: %v (the next start retries)\n", err)
		}
		if compact {
			if err := a.index.Compact(ctx); err != nil {
				log.Warn("index not compacted; bleve merges it while a bot runs", zap.Error(err))
			}
		}
		n, _ := a.index.Count()
		fmt.Fprintf(env.stdout, "Index is up to date: %d records searchable.\n", n)
		return
	}
}

// writeTotal reports the whole run, reading and indexing included: the
// summary's own time counts the storing stage only.
func writeTotal(env *cliEnv, took time.Duration, items int) {
	rate := ""
	if secs := took.Seconds(); secs > 0 && items > 0 {
		rate = fmt.Sprintf(", %.0f items/s", float64(items)/secs)
	}
	fmt.Fprintf(env.stdout, "Total time %s end to end (storing and indexing)%s.\n", took.Round(time.Millisecond), rate)
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// speakersAndPlans says what a document yielded beyond the counts intake
// prints: the provisions per plan and who spoke.
func speakersAndPlans(d *corpus.Document) string {
	plans := map[string]int{}
	for _, p := range d.Provisions {
		plans[p.Plan]++
	}
	speakers := map[string]bool{}
	var names []string
	for _, s := range d.Statements {
		if !speakers[s.Speaker] {
			speakers[s.Speaker] = true
			names = append(names, s.Speaker)
		}
	}
	var ps []string
	for p, n := range plans {
		ps = append(ps, fmt.Sprintf("%s: %d", p, n))
	}
	sort.Strings(ps)
	var parts []string
	if len(ps) > 0 {
		parts = append(parts, "plans: "+strings.Join(ps, "; "))
	}
	if len(names) > 0 {
		parts = append(parts, "speakers: "+strings.Join(names, ", "))
	}
	return strings.Join(parts, " | ")
}

// parseFlags are the fallbacks a moderator may give for what a document
// does not say itself.
type parseFlags struct {
	published, plan, lang string
}

func (p *parseFlags) add(fs *pflag.FlagSet) {
	fs.StringVar(&p.published, "published", "", "publication date (YYYY-MM-DD) when the document names none")
	fs.StringVar(&p.plan, "plan", "", "plan name for lists whose plan the document does not tell")
	fs.StringVar(&p.lang, "lang", "", `language code when the front matter names none (default "en")`)
}

func (p *parseFlags) options() corpus.ParseOptions {
	return corpus.ParseOptions{Published: p.published, Plan: p.plan, Lang: p.lang}
}
