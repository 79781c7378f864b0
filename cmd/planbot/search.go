package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"planbot/corpus"
)

// runSearch prints the ranked hits for a query: readable text, or with
// --json the corpus.Results every command's answer is built from.
func runSearch(ctx context.Context, env *cliEnv, args []string) error {
	fs, common := newFlagSet(env, "search")
	kind := fs.String("kind", "", "only provision or statement hits")
	limit := fs.Int("limit", 10, "number of hits (at most 100)")
	asJSON := fs.Bool("json", false, "print the results as JSON")
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: planbot search [--data DIR] [--kind provision|statement] [--limit N] [--json] QUERY")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch corpus.Kind(*kind) {
	case "", corpus.KindProvision, corpus.KindStatement:
	default:
		return usageError{fmt.Sprintf("--kind must be provision or statement, not %q", *kind)}
	}
	if *limit < 1 || *limit > 100 {
		return usageError{fmt.Sprintf("--limit must be between 1 and 100, not %d", *limit)}
	}
	if fs.NArg() == 0 {
		return usageError{"want a QUERY"}
	}
	a, err := openApp(ctx, env, common, false)
	if err != nil {
		return err
	}
	defer a.Close()
	res, err := a.index.Search(ctx, corpus.Query{Text: strings.Join(fs.Args(), " "), Kind: corpus.Kind(*kind), Limit: *limit})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env.stdout, res)
	}
	printResults(env.stdout, res)
	return nil
}

// printResults writes hits as numbered blocks: what it is, the snippet,
// and the citation.
func printResults(w io.Writer, res corpus.Results) {
	if len(res.Hits) == 0 {
		fmt.Fprintf(w, "Nothing relevant found for %q.\n", res.Query)
		return
	}
	fmt.Fprintf(w, "%d of %d hits for %q\n", len(res.Hits), res.Total, res.Query)
	for i, h := range res.Hits {
		var head string
		switch h.Kind {
		case corpus.KindStatement:
			head = h.Speaker
			if h.Role != "" {
				head += " (" + h.Role + ")"
			}
			if h.Date != "" {
				head += ", " + h.Date
			}
		default:
			head = h.Plan
			if head == "" {
				head = "provision"
			}
			if h.Number > 0 {
				head += fmt.Sprintf(", point %d", h.Number)
			}
		}
		fmt.Fprintf(w, "\n%d. [%s] %s  (score %.3f)\n   %s\n", i+1, h.Kind, head, h.Score, h.Snippet)
		cite := h.Source.Title
		if h.Source.Outlet != "" {
			cite += " — " + h.Source.Outlet
		}
		if h.Source.Published != "" {
			cite += ", " + h.Source.Published
		}
		if h.Source.URL != "" {
			cite += " <" + h.Source.URL + ">"
		}
		fmt.Fprintf(w, "   source: %s\n", strings.TrimSpace(cite))
	}
}
