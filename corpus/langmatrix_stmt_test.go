package corpus

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// stmtMatrixCase is one sentence of the statement language matrix: the
// attribution pattern it shows, the text, a fragment of the expected
// speaker and a fragment of what was said.
type stmtMatrixCase struct {
	lang, pattern, text, speaker, fragment string
	// role and notRole are set by the role matrix only: the role the
	// statement must carry and one it must not; a failure then prints
	// the roles the parse gave.
	role, notRole string
}

// TestStatementLanguageMatrix checks the common attribution patterns of
// news in every European language the reader meets (said that, quote
// first, according to, added, told reporters, wrote on a network, a role
// noun or pronoun referring back): whole documents in a language the
// lexicons do not cover lose every statement, so coverage is what carries
// to unseen sets. It prints recall per language and fails on any case that
// passes no longer.
func TestStatementLanguageMatrix(t *testing.T) {
	scoreStatementMatrix(t, "language matrix", "statements-open.txt", loadStmtMatrixFile(t, "statements.json"), loadMatrixOpenFile(t, "statements-open.txt"), func(s Statement, c stmtMatrixCase) bool {
		return strings.Contains(s.Speaker, c.speaker)
	})
}

// scoreStatementMatrix parses every case of a statement matrix as a
// one-sentence document in its language and checks that a statement holds
// the case's fragment and that speaker(s, c) accepts its speaker. A case
// listed in open (openFile, named in the log) is reported, not failed; any
// other miss fails. It logs recall per language under name.
func scoreStatementMatrix(t *testing.T, name, openFile string, cases []stmtMatrixCase, open map[string]bool, speaker func(Statement, stmtMatrixCase) bool) {
	t.Helper()
	type tally struct{ hit, all int }
	per := map[string]*tally{}
	var langs []string
	for _, c := range cases {
		if per[c.lang] == nil {
			per[c.lang] = &tally{}
			langs = append(langs, c.lang)
		}
		id := c.lang + "/" + c.pattern
		d, err := Parse([]byte("---\ntitle: t\nlang: "+c.lang+"\n---\n\n"+c.text+"\n"), ParseOptions{})
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		ok := false
		for _, s := range d.Statements {
			if speaker(s, c) && strings.Contains(s.Text, c.fragment) {
				ok = true
				break
			}
		}
		per[c.lang].all++
		switch {
		case ok:
			per[c.lang].hit++
			if open[id] {
				t.Logf("%s passes now: remove it from %s", id, openFile)
			}
		case open[id]:
			t.Logf("open %s: no statement of %s with %q; got %s", id, caseSpeaker(c), c.fragment, caseStatements(c, d.Statements))
		default:
			t.Errorf("%s: no statement of %s with %q; got %s", id, caseSpeaker(c), c.fragment, caseStatements(c, d.Statements))
		}
	}
	hit, all := 0, 0
	var line []string
	for _, l := range langs {
		hit += per[l].hit
		all += per[l].all
		line = append(line, fmt.Sprintf("%s %d/%d", l, per[l].hit, per[l].all))
	}
	t.Logf("%s: %d/%d; %s", name, hit, all, strings.Join(line, ", "))
}

// caseSpeaker names the speaker a case wants, with its role when the
// case asks for one.
func caseSpeaker(c stmtMatrixCase) string {
	if c.role != "" {
		return fmt.Sprintf("%q (%s)", c.speaker, c.role)
	}
	return fmt.Sprintf("%q", c.speaker)
}

// caseStatements prints the statements a case missed among, with their
// roles when the case asks for a role.
func caseStatements(c stmtMatrixCase, ss []Statement) string {
	if c.role != "" {
		return statementsRoles(ss)
	}
	return statementsBrief(ss)
}

// wantRoleStatements fails t for each of want (a speaker, a role, "" for
// any, and a fragment of the words) that no statement of ss carries.
func wantRoleStatements(t *testing.T, label string, ss []Statement, want []struct{ speaker, role, frag string }) {
	t.Helper()
	for _, w := range want {
		if !slices.ContainsFunc(ss, func(s Statement) bool {
			return s.Speaker == w.speaker && (w.role == "" || s.Role == w.role) && strings.Contains(s.Text, w.frag)
		}) {
			t.Errorf("%s: no statement of %s (%s) with %q; got %s", label, w.speaker, w.role, w.frag, statementsBrief(ss))
		}
	}
}

// statementsBrief prints speakers and texts of statements for a failure.
func statementsBrief(ss []Statement) string {
	var b strings.Builder
	b.WriteString("[")
	for i, s := range ss {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(s.Speaker + ": " + s.Text)
	}
	b.WriteString("]")
	return b.String()
}
