package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"planbot/corpus"
)

// newSearchCmd is planbot search: the ranked hits for a query, as text or,
// with --json, the corpus.Results every command's answer is built from.
func newSearchCmd(env *cliEnv) *cobra.Command {
	var kind string
	var limit int
	var asJSON bool
	var guild guildFlag
	cmd := &cobra.Command{
		Use:     "search [flags] QUERY",
		Short:   "print the ranked hits for a query",
		Example: "  planbot search nato\n  planbot search --json --kind statements --limit 3 security guarantees",
		Args:    needArgs("a QUERY"),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg, log, err := setup(cmd, env)
			if err != nil {
				return err
			}
			defer func() { _ = log.Sync() }()
			k, err := corpus.ParseKind(kind)
			if err != nil {
				return usageError{"--kind: " + err.Error()}
			}
			if limit < 1 || limit > 100 {
				return usageError{fmt.Sprintf("--limit must be between 1 and 100, not %d", limit)}
			}
			server, err := guild.value()
			if err != nil {
				return err
			}
			a, err := openApp(cmd.Context(), cfg.Data, "search", log)
			if err != nil {
				return err
			}
			defer a.Close()
			res, err := a.index.Search(cmd.Context(), corpus.Query{Text: strings.Join(args, " "), Kind: k, Guild: server, Limit: limit})
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(env.stdout, res)
			}
			printResults(env.stdout, res)
			return nil
		},
	}
	cmd.Flags().StringVar(&kind, "kind", "all", "only hits of this kind: provisions, statements, passages or all")
	cmd.Flags().IntVar(&limit, "limit", 10, "number of hits (at most 100)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the results as JSON")
	guild.add(cmd, "Discord server ID to search as: its own documents and the global ones (default: the global ones only)")
	_ = cmd.RegisterFlagCompletionFunc("kind", cobra.FixedCompletions([]string{"provisions", "statements", "passages", "all"}, cobra.ShellCompDirectiveNoFileComp))
	addSettings(cmd)
	return cmd
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
		case corpus.KindPassage:
			head = "passage"
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
