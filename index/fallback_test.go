package index

import (
	"context"
	"slices"
	"strings"
	"testing"

	"planbot/corpus"
)

// fallbackTexts are reports in languages planbot analyses thinly
// (Indonesian, Hebrew, Vietnamese) beside English ones, with invented
// names: the fallback's own fixtures. The English paragraphs give the
// index common words ("talks", "plan", "market") that no question may
// stand on alone.
var fallbackTexts = []string{
	"---\nlang: id\n---\n\nKetua delegasi, Taras Wilhoven, dan kepala staf umum Orest Palamarchuk dijadwalkan kembali ke Amerika pekan depan untuk putaran berikutnya.\n\nPara nelayan di pelabuhan Tanjung Benoa mengeluh harga solar naik dua kali lipat sejak musim kemarau.\n",
	"---\nlang: he\n---\n\nהממשלה הודיעה כי צוות מפקחים גרעיניים יגיע לתחנה בשבוע הבא, בליווי משקיפים מקנדה.\n\nהשיחות על תוכנית השלום נמשכו בז'נבה ביום שני.\n",
	"---\nlang: vi\n---\n\nBộ trưởng Lê Quang Vĩnh cho biết kho lưu ký Brightvale ở Luxembourg đang giữ phần lớn tài sản bị phong tỏa.\n",
	"---\nlang: en\n---\n\nThe talks on the peace plan continued in Geneva on Monday, the delegations said.\n\nThe government weathered a vote on the plan before Christmas, and the market rose.\n\nThe peace plan talks resumed in Berlin, where the delegations met the market regulators.\n\nOfficials said the plan would be discussed again at the next round of talks.\n\nA second round of talks is planned for Friday.\n\nThe first round ended without a deal.\n\nThe negotiators prepared a new round of proposals.\n",
}

// TestFallback: a question planbot's own search leaves silent (half its
// words, filler words counted, match nothing) is answered by a plain
// match of its words when the hit holds the question's distinctive words
// (two names only an Indonesian report holds, beside "round", which the
// English reports hold in many places); and a question about something
// the corpus does not speak of stays silent though a paragraph shares a
// word or two with it (a name beside English words the corpus never
// holds, a rare word beside a common one).
func TestFallback(t *testing.T) {
	ctx := context.Background()
	ix := openTexts(t, fallbackTexts...)
	for _, c := range []struct {
		query, want string
		// own says planbot's own search answers the question already, so
		// the case checks that the fallback leaves its answer alone.
		own bool
	}{
		{query: "wilhoven palamarchuk next round latest update", want: "Wilhoven"},
		{query: "palamarchuk wilhoven round this week news", want: "Palamarchuk"},
		{query: "brightvale luxembourg", want: "Brightvale", own: true},
		{query: "weather in berlin this weekend"},
		{query: "brightvale bitcoin price today"},
		{query: "palamarchuk football transfer news"},
		{query: "christmas regulators opening hours latest news"},
	} {
		own, err := ix.searchOwn(ctx, corpus.Query{Text: c.query})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(own.Hits) > 0; got != c.own {
			t.Errorf("%q: planbot's own search answers: %v, want %v (the case tests nothing else)", c.query, got, c.own)
		}
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestFallbackKinds: the fallback answers a passage search and an
// unkinded one, never a provision or statement search (a member asking for
// those is answered from the reports, whose search falls back), and it
// pages as planbot's own search does.
func TestFallbackKinds(t *testing.T) {
	ctx := context.Background()
	ix := openTexts(t, fallbackTexts...)
	q := "wilhoven palamarchuk next round latest update"
	for _, c := range []struct {
		kind corpus.Kind
		want bool
	}{
		{"", true}, {corpus.KindPassage, true}, {corpus.KindProvision, false}, {corpus.KindStatement, false},
	} {
		res, err := ix.Search(ctx, corpus.Query{Text: q, Kind: c.kind})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(res.Hits) > 0 && strings.Contains(res.Hits[0].Text, "Wilhoven"); got != c.want {
			t.Errorf("kind %q: answered %v (%d hits), want %v", c.kind, got, len(res.Hits), c.want)
		}
	}
	res, err := ix.Search(ctx, corpus.Query{Text: q, Offset: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) > 0 && strings.Contains(res.Hits[0].Text, "Wilhoven") {
		t.Errorf("second page repeats the first hit: %q", res.Hits[0].Text)
	}
}

// TestFallbackAnswers: each condition of the fallback's gate, on one hit's
// matched words. The searchable records are 3000, so a word held by ten
// (3000/fallbackShare) is distinctive and one held by forty is not.
func TestFallbackAnswers(t *testing.T) {
	const (
		D = 0 // a content word
		N = className
		F = classFiller
	)
	for _, c := range []struct {
		name    string
		cls     []termClass
		df      []uint64
		matched []bool
		own     bool
		inLang  bool // the hit is in the language the query is typed in
		want    bool
	}{
		{"two distinctive words of three", []termClass{D, D, D}, []uint64{2, 5, 400}, []bool{true, true, false}, false, false, true},
		{"filler words do not count", []termClass{D, D, F, F, F}, []uint64{2, 5, 400, 300, 200}, []bool{true, true, false, false, false}, false, false, true},
		{"one distinctive word alone", []termClass{D, D}, []uint64{2, 400}, []bool{true, false}, false, false, false},
		{"one distinctive word beside a common one, a third missed", []termClass{D, D, D}, []uint64{2, 400, 500}, []bool{true, true, false}, false, false, false},
		{"one distinctive word with every other matched", []termClass{D, D, D}, []uint64{2, 400, 500}, []bool{true, true, true}, false, false, true},
		{"a common word only", []termClass{D, D}, []uint64{400, 500}, []bool{true, true}, false, false, false},
		{"fewer than half matched", []termClass{D, D, D, D, D}, []uint64{2, 5, 400, 400, 400}, []bool{true, true, false, false, false}, false, false, false},
		{"a missed word rarer than every matched one", []termClass{D, D, D}, []uint64{5, 8, 3}, []bool{true, true, false}, false, false, false},
		{"a missed word rarer than a matched name, not than the rarest word", []termClass{N, D, D}, []uint64{40, 2, 20}, []bool{true, true, false}, false, false, true},
		{"an unknown word, the hit in another language than the query's", []termClass{D, D, D}, []uint64{2, 5, 0}, []bool{true, true, false}, false, false, false},
		{"an unknown word in the hit's own language", []termClass{D, D, D}, []uint64{2, 5, 0}, []bool{true, true, false}, true, false, true},
		{"a speaker's name rare by the index's share", []termClass{N, D, D}, []uint64{40, 5, 400}, []bool{true, true, false}, false, false, true},
		{"a name too common", []termClass{N, D, D}, []uint64{400, 5, 400}, []bool{true, true, false}, false, false, false},
		// A word no record holds beside two distinctive words of a hit in
		// the query's own language is a form the stemmer did not reduce
		// ("merz deutschland beteiligung", "тиждень … прохання трампа").
		{"an unknown word, two distinctive words in the query's language", []termClass{D, D, D}, []uint64{2, 5, 0}, []bool{true, true, false}, false, true, true},
		{"unknown words do not count against the half", []termClass{D, D, D, D, D}, []uint64{2, 5, 0, 0, 0}, []bool{true, true, false, false, false}, false, true, true},
		{"one distinctive word in the query's language", []termClass{D, D, D}, []uint64{2, 400, 0}, []bool{true, true, false}, false, true, false},
		{"two distinctive words, a known word missed that is rarer", []termClass{D, D, D, D}, []uint64{5, 8, 3, 0}, []bool{true, true, false, false}, false, true, false},
		{"two distinctive words, fewer than half the known words", []termClass{D, D, D, D, D, D}, []uint64{2, 5, 400, 400, 400, 0}, []bool{true, true, false, false, false, false}, false, true, false},
	} {
		f := wordFreq{df: c.df, records: 5000, searchable: 3000, neg: make([]bool, len(c.df))}
		var forms []bool // every unknown word a form of a word of the hit
		if c.inLang {
			forms = slices.Repeat([]bool{true}, len(c.df))
		}
		_, got := fallbackAnswers(markResult{matched: c.matched}, c.cls, f, c.own, forms)
		if got != c.want {
			t.Errorf("%s: answers %v, want %v", c.name, got, c.want)
		}
	}
	// An unknown word the hit holds no form of refuses in the query's
	// language too ("Frist Antwort Steuererklärung").
	f := wordFreq{df: []uint64{2, 5, 0}, records: 5000, searchable: 3000, neg: make([]bool, 3)}
	if _, got := fallbackAnswers(markResult{matched: []bool{true, true, false}}, []termClass{D, D, D}, f, false, []bool{false, false, false}); got {
		t.Error("an unknown word that is no form of the hit's words: answered, want refused")
	}
}

// TestFallbackUnreducedForms: a question in the language of a report,
// holding two of the report's distinctive words and a form of another
// that the stemmer leaves apart from the text's ("Beteiligung" for
// "beteiligen", "aspettiamo" for "aspetta"), is answered by the fallback
// rather than with nothing; a question with one distinctive word beside
// words no record holds stays silent. (The gate refuses two distinctive
// words beside an unknown word the report holds no form of, hitForms;
// "quellmann altdorfen football" is still answered, by a step after this
// gate, whose verdict on it is a refusal: explainFallback shows it.)
func TestFallbackUnreducedForms(t *testing.T) {
	texts := append([]string{
		"---\nlang: de\n---\n\nBürgermeisterin Quellmann sagte, Altdorfen werde sich an der Sanierung der Talbrücke beteiligen.\n\nDer Gemeinderat tagte am Montag.\n",
		"---\nlang: it\n---\n\nIl vicesindaco di Valmarino, Sartori, ha detto che il comune non aspetta Ginevra per riparare le tubature.\n\nIl consiglio comunale si è riunito lunedì.\n",
	}, fallbackTexts...)
	ix := openTexts(t, texts...)
	for _, c := range []struct{ query, want string }{
		{"quellmann altdorfen beteiligung", "Quellmann"},
		{"vicesindaco valmarino aspettiamo", "Valmarino"},
		// One distinctive word beside unknown ones: chance.
		{"quellmann fussballverein ergebnisse", ""},
		{"valmarino pizzeria prenotazione", ""},
		{"quellmann football transfer news", ""},
		{"brightvale bitcoin price today", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
