package corpus

import (
	"strings"
	"testing"
)

// TestQuoteParticiple checks a Turkish sentence opening on a quotation
// and "diyen"/"diyerek": the quotation and the reported clause are both
// the subject's, and a participle inside the quotation changes nothing.
func TestQuoteParticiple(t *testing.T) {
	for _, tc := range []struct {
		body    string
		speaker string
		texts   []string
	}{
		{"Analist Murat Demirel konuştu.\n\n\"Bu görüşmeler uzun sürecek\" diyen Demirel, tarafların henüz uzlaşmadığını vurguladı.",
			"Murat Demirel", []string{"Bu görüşmeler uzun sürecek", "tarafların henüz uzlaşmadığını"}},
		{"Analist Murat Demirel konuştu.\n\n\"Sabırlı olmalıyız\" diyerek Demirel, sürecin aylar alabileceğini söyledi.",
			"Murat Demirel", []string{"Sabırlı olmalıyız", "sürecin aylar alabileceğini"}},
	} {
		doc := "---\ntitle: \"t\"\nlang: tr\n---\n\n" + tc.body + "\n"
		d, err := Parse([]byte(doc), ParseOptions{Name: "t.md", Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range tc.texts {
			found := false
			for _, s := range d.Statements {
				if s.Speaker == tc.speaker && strings.Contains(s.Text, want) {
					found = true
				}
			}
			if !found {
				t.Errorf("want %s / %q, got %+v", tc.speaker, want, d.Statements)
			}
		}
	}
	toks := tokenize("\"Bunu diyen biz değiliz\" ve sonra konuştu.")
	if got, q := afterQuoteParticiple("\"Bunu diyen biz değiliz\" ve sonra konuştu.", toks); len(got) != len(toks) || q != "" {
		t.Errorf("a participle inside the quotation was read: %d tokens, %q", len(got), q)
	}
}
