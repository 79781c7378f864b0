package corpus

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The filters below answer "surely not in the set" before a map look; a
// word the filter left out would silently drop a cue. These tests check
// each filter holds every word of its sets, and that the rules answer as
// the loops before the filters did.

// TestCueWordFilterHoldsEveryCue checks that cueWord finds every word of
// its merged sets, in the language each readAs word belongs to.
func TestCueWordFilterHoldsEveryCue(t *testing.T) {
	c := speechCues()
	x := &extractor{lx: lexiconData(), src: Source{Lang: "en"}}
	for w := range c.any {
		if got, _ := x.cueWord(w); !got {
			t.Errorf("cueWord(%q) = false for a word of the merged set", w)
		}
	}
	for lang, m := range c.byLang {
		lx := &extractor{lx: lexiconData(), src: Source{Lang: lang}}
		for w := range m {
			if got, _ := lx.cueWord(w); !got {
				t.Errorf("lang %s: cueWord(%q) = false for a readAs say word", lang, w)
			}
		}
	}
}

// speechInRef is speechIn as it was before its filter.
func speechInRef(body string) bool {
	if strings.ContainsAny(body, "“”«»„\"") {
		return true
	}
	lx := lexiconData()
	for i := 0; i < len(body); {
		w, next := nextWord(body, i)
		if w == "" {
			break
		}
		i = next
		if len(w) > 64 {
			continue
		}
		b := lowerString(w)
		if lx.sayVerbs[b] || lx.according[b] || lx.viewCues[b] {
			return true
		}
	}
	return false
}

// fallbackCandidateRef is fallbackCandidate as it was before its filter:
// every word, and every pair of words, looked up.
func fallbackCandidateRef(s string) bool {
	keys := fallbackKeys()
	prev := ""
	for i := 0; i < len(s); {
		w, next := nextWord(s, i)
		if w == "" {
			break
		}
		i = next
		if len(prev)+1+len(w) > 128 {
			prev = ""
			continue
		}
		l := lowerString(w)
		if keys[l] || prev != "" && keys[prev+" "+l] {
			return true
		}
		prev = l
	}
	return false
}

// filterTexts are invented sentences in several languages and shapes,
// with and without a cue.
var filterTexts = []string{
	"",
	"The weather in the valley was mild.",
	"The minister SAID the talks would go on.",
	"According to the envoy, the text is final.",
	"Die Ministerin erklärte am Abend, der Text sei fertig.",
	"Министр Иван Петров ЗАЯВИЛ журналистам о плане.",
	"La portavoz señaló que el borrador no cambia.",
	"Le ministre a fait savoir que rien n'était signé.",
	"Rzecznik zwrócił uwagę, że plan ma 20 punktów.",
	"In her view, the draft goes too far.",
	"– Nothing — moves… «here»",
	"Ωστόσο ο υπουργός δήλωσε ότι το σχέδιο αλλάζει.",
}

// TestSpeechInFilter checks that lx.speechCues holds every word speechIn
// looks up, and that speechIn answers as before on invented texts and on
// one text per cue word.
func TestSpeechInFilter(t *testing.T) {
	lx := lexiconData()
	texts := append([]string(nil), filterTexts...)
	for _, set := range []map[string]bool{lx.sayVerbs, lx.according, lx.viewCues} {
		for w := range set {
			if !lx.speechCues.has(wordKey(w)) {
				t.Errorf("speechCues filter lacks %q", w)
			}
			texts = append(texts, "Xxx yyy "+strings.ToUpper(w)+" zzz.", "Xxx "+w)
		}
	}
	for _, s := range texts {
		if got, want := speechIn(s), speechInRef(s); got != want {
			t.Errorf("speechIn(%q) = %v, before the filter %v", s, got, want)
		}
	}
}

// TestFallbackCandidateFilter checks fallbackCandidate against the loop
// before its filter, on invented texts and on a text per key (each key
// as it stands, capitalised, and split by another word).
func TestFallbackCandidateFilter(t *testing.T) {
	x := &extractor{lx: lexiconData(), src: Source{Lang: "en"}}
	texts := append([]string(nil), filterTexts...)
	for k := range fallbackKeys() {
		first, rest, two := strings.Cut(k, " ")
		texts = append(texts, "Aaa bbb "+k+" ccc.", strings.ToUpper(k)+", ddd")
		if two {
			texts = append(texts, "Aaa "+first+" eee "+rest)
		}
	}
	hits := 0
	for _, s := range texts {
		got, want := x.fallbackCandidate(s), fallbackCandidateRef(s)
		if got != want {
			t.Errorf("fallbackCandidate(%q) = %v, before the filter %v", s, got, want)
		}
		if got {
			hits++
		}
	}
	if hits < len(fallbackKeys()) {
		t.Errorf("only %d texts of %d keys read as candidates", hits, len(fallbackKeys()))
	}
}

// lowerGateTexts are invented texts for the gates that lower-case on the
// stack: capitals of several scripts, a letter whose lower case is longer
// or shorter, and a text past the stack buffer.
var lowerGateTexts = []string{
	"",
	"The US draft caps the army at 600,000, AGAINST 800,000 in the European text.",
	"L'armée serait plafonnée à 800 000, CONTRE 600 000 dans la version américaine.",
	"Армия — 800 тысяч, ВМЕСТО 600 тысяч в американской версии.",
	"İstanbul ve Ankara arasında, KARŞIN bir plan.",
	"Ⱥ capital whose lower case is longer, instead of shorter.",
	"Unfortunately the clause is VAGUE and UNREALISTIC, critics say.",
	strings.Repeat("Ω word ", 120) + "against the other draft",
}

// TestLowerGates checks the stack-lowered gates against the same test on
// lowerString's copy.
func TestLowerGates(t *testing.T) {
	texts := append([]string(nil), lowerGateTexts...)
	for _, w := range contrastTailWords() {
		texts = append(texts, "Xx "+strings.ToUpper(w)+" yy", "xx "+w+" yy")
	}
	for _, s := range texts {
		if got, want := judgementPhrased(s), judgementPhrases().any(lowerString(s)); got != want {
			t.Errorf("judgementPhrased(%q) = %v, want %v", s, got, want)
		}
		set := contrastTailSet()
		if got, want := mayHoldContrastTail(s), set == nil || set.in(lowerString(s)); got != want {
			t.Errorf("mayHoldContrastTail(%q) = %v, want %v", s, got, want)
		}
	}
}

// foldedInRef is foldedIn before the filter was asked for a capital
// beyond ASCII.
func foldedInRef(m map[string]bool, f *keyFilter, w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= 0x80 {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return m[lowerString(w)]
		}
	}
	return f.has(wordKey(w)) && m[lowerString(w)]
}

// TestFoldedInCapitals checks foldedIn, now filtered for a word opening
// on a capital of any script, against the loop before: every word of the
// role, prose-noun and prose-verb sets as it is, capitalised and in
// capitals, and invented words.
func TestFoldedInCapitals(t *testing.T) {
	lx := lexiconData()
	found := 0
	for _, c := range []struct {
		m map[string]bool
		f *keyFilter
	}{{lx.roleWords, lx.roleSet}, {lx.proseNouns, lx.proseNounSet}, {lx.proseVerbs, lx.proseVerbSet}} {
		words := []string{"Зебра", "Ωμέγα", "Ärgernis", "Xylofon", "ŻÓŁW", "Ïle"}
		for w := range c.m {
			words = append(words, w, titleCase(w), strings.ToUpper(w))
		}
		for _, w := range words {
			got, want := foldedIn(c.m, c.f, w), foldedInRef(c.m, c.f, w)
			if got != want {
				t.Errorf("foldedIn(%q) = %v, before the filter %v", w, got, want)
			}
			if got && w != "" && w[0] >= 0x80 && isCapital(w) {
				found++
			}
		}
	}
	if found == 0 {
		t.Error("no word opening on a capital beyond ASCII was found: the test asks nothing of the new filter")
	}
}
