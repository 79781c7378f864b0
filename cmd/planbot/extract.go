package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"planbot/corpus"
	"planbot/intake"
)

// newExtractCmd is planbot extract: what the corpus would extract from one
// document, storing nothing, so a moderator can check a document before
// ingesting it.
func newExtractCmd(env *cliEnv) *cobra.Command {
	var po parseFlags
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "extract [flags] FILE",
		Short: "show what would be extracted from one document, storing nothing",
		Long:  "Show what the corpus would extract from one document (source, provisions, statements,\npassages), storing nothing. FILE is a .txt or .md document, .srt or .vtt subtitles, a calendar export (.ics), a saved web page\n(.html), a feed (.xml, .rss, .atom) or a JSON document such as a news API's response\n(.json; pasted markup or JSON in a .txt is read the same way), or - for standard input.",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageError{"want exactly one FILE (or - for standard input)"}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, err := loadConfig(cmd, env); err != nil {
				return err
			}
			ctx, path := cmd.Context(), args[0]
			var data []byte
			var err error
			opts := po.options()
			if path == "-" {
				data, err = intake.ReadStream(ctx, env.stdin, "standard input", 0)
				opts.Name = "stdin.txt"
			} else {
				data, err = intake.ReadFile(ctx, path, 0)
				opts.Name = filepath.Base(path)
			}
			if err != nil {
				return err
			}
			doc, err := corpus.Parse(data, opts)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(env.stdout, doc)
			}
			writeExtraction(env.stdout, doc)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, `print {"source","provisions","statements","passages"} as JSON`)
	po.add(cmd.Flags())
	addSettings(cmd)
	return cmd
}

// writeExtraction prints a document's extraction for a person to read.
func writeExtraction(w io.Writer, d *corpus.Document) {
	s := d.Source
	fmt.Fprintf(w, "Source %s: %s\n", s.ID, orNone(s.Title))
	fmt.Fprintf(w, "  outlet: %s | published: %s | lang: %s | url: %s\n", orNone(s.Outlet), orNone(s.Published), s.Lang, orNone(s.URL))
	if s.Plan != "" {
		fmt.Fprintf(w, "  plan: %s\n", s.Plan)
	}
	fmt.Fprintf(w, "\nProvisions (%d)\n", len(d.Provisions))
	for _, p := range d.Provisions {
		num := "-"
		if p.Number > 0 {
			num = fmt.Sprintf("%d.", p.Number)
		}
		fmt.Fprintf(w, "  [%s] %s %s\n", p.Plan, num, indentLines(p.Text, "      "))
		fmt.Fprintf(w, "      ¶%d  topics: %s  id: %s\n", p.Position, topicList(p.Topics), p.ID)
	}
	fmt.Fprintf(w, "\nStatements (%d)\n", len(d.Statements))
	for _, st := range d.Statements {
		who := st.Speaker
		if st.Role != "" {
			who += " (" + st.Role + ")"
		}
		kind := "reported"
		text := st.Text
		if st.Direct {
			kind = "quote"
			text = "“" + text + "”"
		}
		fmt.Fprintf(w, "  %s, %s:\n      %s\n", who, kind, indentLines(text, "      "))
		fmt.Fprintf(w, "      ¶%d  date: %s  topics: %s  id: %s\n", st.Position, orNone(st.Date), topicList(st.Topics), st.ID)
	}
	fmt.Fprintf(w, "\nPassages (%d)\n", len(d.Passages))
	if len(d.Provisions) == 0 && len(d.Statements) == 0 {
		fmt.Fprintf(w, "\n%s.\n", capitalize(intake.Yield(d)))
	}
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func topicList(ts []string) string {
	if len(ts) == 0 {
		return "(none)"
	}
	return strings.Join(ts, ", ")
}

func indentLines(s, indent string) string {
	return strings.ReplaceAll(s, "\n", "\n"+indent)
}
