package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestParseFragments parses pieces of every extraction fixture on their
// own: each paragraph (with the document's front matter), each pair of
// paragraphs and each sentence (without it). Real feeds cut articles anywhere
// (teasers, live-blog entries, a paragraph quoted in a digest), so a
// sentence that only ever appeared after its context in the fixtures must
// not crash extraction when it comes alone: an "as" clause with only an
// addressee ("Как сообщил журналистам, …") once indexed an empty subject
// this way. Blind sets take part too, but a failure names only the file
// and the piece's position, never its text.
func TestParseFragments(t *testing.T) {
	files, err := filepath.Glob("testdata/extraction/*/*")
	if err != nil {
		t.Fatal(err)
	}
	top, _ := filepath.Glob("testdata/extraction/*")
	files = append(files, top...)
	pieces := 0
	for _, file := range files {
		ext := filepath.Ext(file)
		if ext != ".md" && ext != ".txt" || strings.HasSuffix(file, "README.md") {
			continue
		}
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		head, body := "", string(b)
		if strings.HasPrefix(body, "---\n") {
			if end := strings.Index(body[4:], "\n---\n"); end >= 0 {
				head, body = body[:4+end+5], body[4+end+5:]
			}
		}
		var paras []string
		for _, p := range strings.Split(body, "\n\n") {
			if p = strings.TrimSpace(p); p != "" {
				paras = append(paras, p)
			}
		}
		// a paragraph keeps the front matter (its language), a pair and a
		// sentence come without it (a teaser, a digest line)
		var frags []string
		for i, p := range paras {
			frags = append(frags, head+p)
			if i+1 < len(paras) {
				frags = append(frags, p+"\n\n"+paras[i+1])
			}
			for _, s := range strings.SplitAfter(p, ". ") {
				if s = strings.TrimSpace(s); s != "" && s != p {
					frags = append(frags, s)
				}
			}
		}
		blind := isBlind(file)
		for i, f := range frags {
			pieces++
			if err := parseFragment(t, f); err != nil {
				if blind {
					t.Errorf("%s: piece %d: %v", file, i, err)
				} else {
					t.Errorf("%s: piece %d %q: %v", file, i, f, err)
				}
			}
		}
	}
	t.Logf("%d pieces parsed", pieces)
	if pieces < 1000 {
		t.Fatalf("only %d pieces parsed: the fixtures moved?", pieces)
	}
}

// parseFragment parses text and checks the document, turning a panic into
// an error so that one bad piece does not hide the others.
func parseFragment(t *testing.T, text string) (err error) {
	t.Helper()
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	d, perr := Parse([]byte(text), ParseOptions{Name: "piece.md", Now: fixedNow})
	if perr != nil {
		return nil // an error with a message is a fine answer to a piece
	}
	if d.Body == "" || d.Provisions == nil || d.Statements == nil {
		return fmt.Errorf("inconsistent document: body %d bytes", len(d.Body))
	}
	return nil
}
