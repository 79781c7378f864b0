package corpus

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// loadStmtMatrixFile reads a statement matrix of testdata/langmatrix in
// the layout of statements.json (languages to [pattern, text, speaker,
// fragment] rows) from the named file.
func loadStmtMatrixFile(t *testing.T, name string) []stmtMatrixCase {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "langmatrix", name))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var out []stmtMatrixCase
	for lang, body := range m {
		if strings.HasPrefix(lang, "_") {
			continue
		}
		var rows [][]string
		if err := json.Unmarshal(body, &rows); err != nil {
			t.Fatalf("%s %s: %v", name, lang, err)
		}
		for _, r := range rows {
			if len(r) != 4 {
				t.Fatalf("%s %s: row %v has %d fields, want 4", name, lang, r, len(r))
			}
			out = append(out, stmtMatrixCase{lang: lang, pattern: r[0], text: r[1], speaker: r[2], fragment: r[3]})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].lang < out[j].lang })
	return out
}

// loadMatrixOpenFile reads a list of "lang/pattern" matrix cases still
// known to miss, one a line, from the named file of testdata/langmatrix.
func loadMatrixOpenFile(t *testing.T, name string) map[string]bool {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "langmatrix", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	open := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		open[line] = true
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return open
}

// TestStatementCarryMatrix checks, in every language where each exists,
// the patterns whose speaker is not written beside the speech verb: a
// subject the language drops after the person was named or spoke
// ("Ha definito …", "Dodał, że …"), a speech verb set inside the
// sentence ("…, ha aggiunto, …"), a title alone after a time phrase, a
// role phrase of a body or country as speaker ("the representative of
// France") and a digest line "Name in context: what was said". Cases in
// statements-carry-open.txt are reported, not failed; any other case that
// misses fails.
func TestStatementCarryMatrix(t *testing.T) {
	scoreStatementMatrix(t, "carry matrix", "statements-carry-open.txt", loadStmtMatrixFile(t, "statements-carry.json"), loadMatrixOpenFile(t, "statements-carry-open.txt"), func(s Statement, c stmtMatrixCase) bool {
		return strings.Contains(s.Speaker, c.speaker)
	})
}
