package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"planbot/corpus"
)

// runIngest adds text and Markdown documents (files, or folders searched
// recursively) to the corpus in <data>/docs and reports what each yielded.
// Indexing is not done here: the index brings itself up to date from the
// store when it is next opened.
func runIngest(ctx context.Context, env *cliEnv, args []string) error {
	fset, common := newFlagSet(env, "ingest")
	po := parseFlags(fset)
	fset.Usage = func() {
		fmt.Fprintln(fset.Output(), "Usage: planbot ingest [--data DIR] [--published DATE] [--plan NAME] [--lang CODE] PATH...\n\nPATH is a .txt or .md file or a folder (searched recursively for .txt and .md files).")
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
	files, failures := collectDocuments(fset.Args())
	total := len(files) + len(failures)
	for _, fl := range failures {
		fmt.Fprintf(env.stdout, "FAILED  %s: %s\n", fl.path, fl.reason)
	}
	added, dups := 0, 0
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("ingest interrupted after %d added: %w", added, err)
		}
		data, err := os.ReadFile(f)
		if err != nil {
			failures = append(failures, failure{f, err.Error()})
			fmt.Fprintf(env.stdout, "FAILED  %s: %v\n", f, err)
			continue
		}
		opts := po.options()
		opts.Name = filepath.Base(f)
		doc, isNew, err := store.Add(data, opts)
		if err != nil {
			failures = append(failures, failure{f, err.Error()})
			fmt.Fprintf(env.stdout, "FAILED  %s: %v\n", f, err)
			continue
		}
		if !isNew {
			dups++
			fmt.Fprintf(env.stdout, "skipped %s: duplicate of %s %q\n", f, doc.Source.ID, doc.Source.Title)
			continue
		}
		added++
		fmt.Fprintf(env.stdout, "added   %s -> %s %q: %s\n", f, doc.Source.ID, doc.Source.Title, yieldSummary(doc))
	}
	fmt.Fprintf(env.stdout, "\n%d added, %d duplicates skipped, %d failed (documents in %s)\n", added, dups, len(failures), store.Dir())
	if len(failures) > 0 {
		fmt.Fprintln(env.stderr, "failed:")
		for _, fl := range failures {
			fmt.Fprintf(env.stderr, "  %s: %s\n", fl.path, fl.reason)
		}
		return fmt.Errorf("%d of %d documents failed", len(failures), total)
	}
	return nil
}

// failure is one document that could not be ingested, and why.
type failure struct{ path, reason string }

// yieldSummary says what a document yielded: counts, plans and speakers.
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
	out := fmt.Sprintf("%d provisions, %d statements", len(d.Provisions), len(d.Statements))
	if len(ps) > 0 {
		out += " [" + strings.Join(ps, "; ") + "]"
	}
	if len(names) > 0 {
		out += " speakers: " + strings.Join(names, ", ")
	}
	return out
}

// collectDocuments expands the PATH arguments: files as given, folders
// walked for .txt and .md files (hidden files and folders skipped), in a
// stable order. Paths that cannot be read are failures.
func collectDocuments(paths []string) ([]string, []failure) {
	var files []string
	var failures []failure
	for _, p := range paths {
		if strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://") {
			failures = append(failures, failure{p, "URLs are not fetched by ingest: save the page as text or Markdown first"})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			failures = append(failures, failure{p, err.Error()})
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				failures = append(failures, failure{path, err.Error()})
				return nil
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			switch strings.ToLower(filepath.Ext(name)) {
			case ".txt", ".md", ".markdown", ".text":
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			failures = append(failures, failure{p, err.Error()})
		}
		sort.Strings(found)
		files = append(files, found...)
	}
	return files, failures
}
