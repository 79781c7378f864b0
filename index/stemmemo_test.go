package index

import (
	"bytes"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
)

// TestStemMemoAsAnalyzer holds the memoised filter chains to the
// analyzers they stand for: every analyzer of the mapping, on texts in
// several languages and scripts, twice (the second time from the memo),
// gives the same terms, offsets, positions and types. It also checks that
// the chains that can be memoised are, and that the CJK chain, whose
// bigram filter joins neighbours, is not.
func TestStemMemoAsAnalyzer(t *testing.T) {
	im, err := buildMapping()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"The President's envoys met in Geneva; the talks' outcome was uncertain.",
		"NATO membership, 600,000 troops and the U.S. guarantees were discussed at 10:30.",
		"Die Gespräche über die Sicherheitsgarantien wurden in Genf fortgesetzt.",
		"L'accord de paix prévoit l'échange de prisonniers et l'amnistie générale.",
		"Le trattative sull'adesione alla NATO sono proseguite a Ginevra.",
		"Las negociaciones de paz continuaron en Ginebra con garantías de seguridad.",
		"Rozmowy pokojowe w Genewie dotyczyły gwarancji bezpieczeństwa dla Ukrainy.",
		"Переговоры в Женеве о гарантиях безопасности продолжились, объём помощи ещё обсуждается.",
		"Переговори в Женеві щодо гарантій безпеки тривали, сторони обмінялися полоненими.",
		"As negociações de paz continuaram em Genebra com garantias de segurança.",
		"De vredesbesprekingen in Genève gingen door met veiligheidsgaranties.",
		"Türkiye'nin arabuluculuğu ve Cenevre'deki görüşmeler sürdü.",
		"محادثات السلام في جنيف استمرت",
		"和平谈判在日内瓦继续进行",
		"THE the The tHe running runs ran runner's",
		"",
	}
	memoised := 0
	for _, name := range analyzers() {
		plain := im.AnalyzerNamed(name)
		if plain == nil {
			t.Fatalf("no analyzer %s", name)
		}
		m := withStemMemo(plain)
		sm, ok := m.(*stemMemoAnalyzer)
		if name == "cjk" && ok {
			t.Errorf("%s: memoised, though its bigram filter joins neighbouring tokens", name)
		}
		if ok {
			memoised++
		}
		for pass := range 2 {
			for _, text := range texts {
				want := plain.Analyze([]byte(text))
				in := []byte(text)
				got := m.Analyze(in)
				if ok && !bytes.Equal(in, []byte(text)) {
					t.Errorf("%s: the memoised chain changed its input %q to %q", name, text, in)
				}
				if !sameTokens(want, got) {
					t.Errorf("%s pass %d %q:\n got %s\nwant %s", name, pass, text, tokenString(got), tokenString(want))
				}
			}
		}
		if ok && len(sm.memo) == 0 {
			t.Errorf("%s: nothing remembered", name)
		}
	}
	if memoised < len(analyzers())-2 {
		t.Errorf("%d of %d analyzers memoised", memoised, len(analyzers()))
	}
}

func sameTokens(a, b analysis.TokenStream) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		if !bytes.Equal(x.Term, y.Term) || x.Start != y.Start || x.End != y.End ||
			x.Position != y.Position || x.Type != y.Type || x.KeyWord != y.KeyWord {
			return false
		}
	}
	return true
}

func tokenString(ts analysis.TokenStream) string {
	var b bytes.Buffer
	for _, t := range ts {
		b.WriteString(string(t.Term))
		b.WriteByte(' ')
	}
	return b.String()
}
