package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"planbot/corpus"
)

// runExtract shows what the corpus would extract from one document, storing
// nothing, so a moderator can check a document before ingesting it.
func runExtract(ctx context.Context, env *cliEnv, args []string) error {
	fs, _ := newFlagSet(env, "extract")
	asJSON := fs.Bool("json", false, `print {"source","provisions","statements","passages"} as JSON`)
	po := parseFlags(fs)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), "Usage: planbot extract [--json] [--published DATE] [--plan NAME] [--lang CODE] FILE\n\nFILE is a .txt or .md document, or - for standard input.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"want exactly one FILE (or - for standard input)"}
	}
	path := fs.Arg(0)
	var data []byte
	var err error
	opts := po.options()
	if path == "-" {
		data, err = io.ReadAll(env.stdin)
		opts.Name = "stdin.txt"
	} else {
		data, err = os.ReadFile(path)
		opts.Name = filepath.Base(path)
	}
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	doc, err := corpus.Parse(data, opts)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env.stdout, doc)
	}
	writeExtraction(env.stdout, doc)
	return nil
}

// parseOpts are the fallbacks a moderator may give for what a document does
// not say itself.
type parseOpts struct {
	published, plan, lang *string
}

func parseFlags(fs interface {
	String(name, value, usage string) *string
}) parseOpts {
	return parseOpts{
		published: fs.String("published", "", "publication date (YYYY-MM-DD) when the document names none"),
		plan:      fs.String("plan", "", "plan name for lists whose plan the document does not tell"),
		lang:      fs.String("lang", "", `language code when the front matter names none (default "en")`),
	}
}

func (p parseOpts) options() corpus.ParseOptions {
	return corpus.ParseOptions{Published: *p.published, Plan: *p.plan, Lang: *p.lang}
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
