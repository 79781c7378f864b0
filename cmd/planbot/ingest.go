package main

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"planbot/corpus"
)

// runIngest adds documents (text, Markdown and HTML files, folders searched
// recursively, http(s) URLs) to the corpus in <data>/docs and reports what
// each yielded. Collecting, fetching and converting is ingestPaths's work
// (ingest_web.go). Then it brings the on-disk index up to date, unless a
// running bot holds it: that bot picks the new documents up by itself
// (services.go reloads the store every 30 s).
func runIngest(ctx context.Context, env *cliEnv, args []string) error {
	fset, common := newFlagSet(env, "ingest")
	po := parseFlags(fset)
	fset.Usage = func() {
		fmt.Fprintln(fset.Output(), "Usage: planbot ingest [--data DIR] [--published DATE] [--plan NAME] [--lang CODE] PATH...\n\nPATH is a .txt, .md or .html file, a folder (searched recursively for those) or an http(s) URL.")
		fset.PrintDefaults()
	}
	if err := fset.Parse(args); err != nil {
		return err
	}
	if fset.NArg() == 0 {
		return usageError{"want at least one PATH (a file or a folder)"}
	}
	store, err := corpus.OpenStore(filepath.Join(common.data, "docs"))
	if err != nil {
		return err
	}
	sum, err := ingestPaths(ctx, env, store, fset.Args(), webIngestOptions{
		Parse:    po.options(),
		Progress: env.stderr,
		Log:      env.stdout,
		OnAdded: func(d *corpus.Document) error {
			if y := yieldSummary(d); y != "" {
				fmt.Fprintf(env.stdout, "        %s\n", y)
			}
			return nil
		},
	})
	fmt.Fprintln(env.stdout)
	sum.Write(env.stdout)
	fmt.Fprintf(env.stdout, "Documents are kept in %s.\n", store.Dir())
	if err != nil {
		return err
	}
	if len(sum.Added) > 0 {
		indexStored(ctx, env, common)
	}
	if len(sum.Failures) > 0 {
		return fmt.Errorf("%d of %d documents failed", len(sum.Failures), sum.Documents)
	}
	return nil
}

// indexStored opens the data dir's index for writing, which adds the newly
// stored documents to it. The documents are safely stored whatever happens
// here, so a failure is reported, not returned.
func indexStored(ctx context.Context, env *cliEnv, common *commonFlags) {
	a, err := openApp(ctx, env, common, true)
	if err != nil {
		if strings.Contains(err.Error(), "in use by another process") {
			fmt.Fprintln(env.stdout, "The index is held by a running planbot; it will index the new documents within a minute.")
			return
		}
		fmt.Fprintf(env.stderr, "planbot ingest: documents stored, but indexing failed (the next start retries): %v\n", err)
		return
	}
	defer a.Close()
	n, _ := a.index.Count()
	fmt.Fprintf(env.stdout, "Index is up to date: %d provisions and statements searchable.\n", n)
}

// yieldSummary says what a document yielded beyond the counts ingestPaths
// prints: the provisions per plan and who spoke.
func yieldSummary(d *corpus.Document) string {
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
	out := strings.Join(parts, " | ")
	return out
}
