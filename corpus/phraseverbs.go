// Speech verbs written in several words. Reports say a good part of what
// people said with a verb and its particle or object rather than one
// word: "pointed out that", "merkte an, dass", "wies darauf hin, dass",
// "liet weten dat", "gaf toe dat", "zwracał uwagę, że", "дал понять, что",
// "a fait valoir que", "dejó claro que", and with the speaker's conviction
// ("ist überzeugt, dass", "уверен, что", "is convinced that"). The word
// rules read one word as the verb, and the first word of these ("gab",
// "liet", "made") is far too common to be a speech verb alone, so the
// phrases are verbs.json's phraseVerbs, read whole by a fallback of their
// own: when a sentence gave no statement, a phrase followed by a
// that-word or a comma opens what was said, and its subject is read as
// any speech verb's subject.

package corpus

import (
	"slices"
	"strings"
	"sync"
)

// phraseVerbList is verbs.json's phraseVerbs, each phrase split into its
// lower-case words and kept under its first word.
type phraseVerbList struct {
	byFirst map[string][][]string
	// gapped are the phrases that may stand apart (gappedPhraseVerbs:
	// "liet Rutte weten dat"), by their first word.
	gapped map[string][][]string
	// gapWords may stand inside a gapped phrase besides the adverbs
	// (phraseGapWords: "dał jasno do zrozumienia", "дал ясно понять").
	gapWords map[string]bool
}

// phraseVerbsData is phraseVerbs, read once from the embedded verbs.json.
var phraseVerbsData = sync.OnceValue(func() phraseVerbList {
	var v struct {
		Phrases  []string `json:"phraseVerbs"`
		Gapped   []string `json:"gappedPhraseVerbs"`
		GapWords []string `json:"phraseGapWords"`
	}
	mustDecode("data/verbs.json", &v)
	out := phraseVerbList{byFirst: map[string][][]string{}, gapped: map[string][][]string{}, gapWords: set(v.GapWords)}
	for _, p := range v.Gapped {
		if words := strings.Fields(lowerString(p)); len(words) >= 2 {
			out.gapped[words[0]] = append(out.gapped[words[0]], words)
		}
	}
	for _, p := range v.Phrases {
		p = lowerString(strings.TrimSpace(p))
		words := strings.Fields(p)
		if len(words) == 0 {
			continue
		}
		out.byFirst[words[0]] = append(out.byFirst[words[0]], words)
	}
	for _, ps := range out.byFirst {
		// the longest phrase first: "cho biết thêm" before "cho biết",
		// so the particle is not read as the first word said
		slices.SortStableFunc(ps, func(a, b []string) int { return len(b) - len(a) })
	}
	return out
})

// phraseVerb is a fallback reader, deferred by sentence through
// reportedFallback: a speech verb of several words with a subject before
// it and a that-clause (or, where the language reports without one, a
// comma) after it gives the subject's statement.
func (x *extractor) phraseVerb(s string, pos int) bool {
	pv := phraseVerbsData()
	toks := tokenize(s)
	for p := 0; p < len(toks); p++ {
		first := lowerWord(toks[p])
		for _, words := range pv.byFirst[first] {
			q, ok := verbPhraseAt(toks, p, words)
			if !ok {
				continue
			}
			k := x.saidFrom(toks, q)
			if k < 0 {
				continue
			}
			var sp *speaker
			if p > 0 {
				sp, _ = x.subjectSpan(s, toks, p)
			}
			if sp == nil {
				sp = x.phraseDropped(s, toks, p, pos)
			}
			if sp == nil {
				continue
			}
			if x.reportEmit(sp, s, s[toks[k].start:], pos) {
				return true
			}
		}
		for _, words := range pv.gapped[first] {
			// "liet Rutte weten dat", "pekar samtidigt på att"
			q, sp, ok := x.phraseVerbGap(toks, p, words)
			if !ok {
				continue
			}
			k := x.saidFrom(toks, q)
			if k < 0 {
				continue
			}
			if sp != nil && p > 0 && strings.HasPrefix(toks[p-1].trail, ",") {
				// "Er teile diese Haltung, fügte Brandtner hinzu, auch
				// wenn …": the phrase and its speaker are set off after
				// what was said, which the inverted readers take
				continue
			}
			if sp == nil && p > 0 {
				sp, _ = x.subjectSpan(s, toks, p)
			}
			if sp == nil {
				sp = x.phraseDropped(s, toks, p, pos)
			}
			if sp != nil && x.reportEmit(sp, s, s[toks[k].start:], pos) {
				return true
			}
		}
	}
	return false
}

// phraseDropped is the speaker of a phrase verb that opens its sentence
// with its subject dropped, as the subject-drop languages write it
// ("Zwrócił też uwagę, że …", "Ha tenuto a precisare che …", "Обратил
// внимание на то, что …"): only auxiliaries, clitics or adverbs stand
// before the phrase, and the subject is the person the paragraph has just
// been about, read as reportDropped reads it; nil otherwise.
func (x *extractor) phraseDropped(s string, toks []tok, p, pos int) *speaker {
	if !subjectDrop[x.src.Lang] {
		return nil
	}
	for _, t := range toks[:p] {
		l := lowerWord(t)
		if t.trail != "" && t.trail != "," || !x.lx.auxiliaries[l] && !x.lx.adverbs[l] && !reportClitics[l] {
			return nil
		}
	}
	sp := x.reportDropped(lowerWord(toks[p]), s, pos)
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	return sp
}

// phraseGapMax is how many words may stand between the two words of a
// phrase verb: a title and a name, or a day and an adverb.
const phraseGapMax = 5

// phraseVerbGap reads a phrase verb with words between its first word
// and the rest, as the languages with verb-second order write it: adverbs
// of time or manner ("liet woensdag weten dat", "pekar samtidigt på att",
// "stellte hingegen klar", "dał jasno do zrozumienia"), or the speaker
// put after the verb ("Vanuit Brussel liet Rutte weten dat", "Am Abend
// stellte Giorgia Meloni klar", "liet woordvoerder Dmitri Peskov weten
// dat"). It returns the index of the phrase's last word and, when the
// words between name someone, that speaker (nil: the subject stands before
// the phrase as usual). The words between must run without a mark and
// read as a person, a body or adverbs only; the words after the first
// stand together ("wies erneut darauf hin").
func (x *extractor) phraseVerbGap(toks []tok, p int, words []string) (int, *speaker, bool) {
	if len(words) < 2 || toks[p].trail != "" {
		return 0, nil, false
	}
	q := -1
	for i := p + 1; i < len(toks) && i <= p+1+phraseGapMax; i++ {
		if lowerWord(toks[i]) == words[1] {
			q = i
			break
		}
		if toks[i].trail != "" {
			return 0, nil, false
		}
	}
	if q < p+2 {
		return 0, nil, false
	}
	last, ok := verbPhraseAt(toks, q, words[1:])
	if !ok {
		return 0, nil, false
	}
	gapWords := phraseVerbsData().gapWords
	skip := func(t tok) bool {
		l := lowerWord(t)
		return x.lx.adverbs[l] || weekdays()[l] || gapWords[l]
	}
	from, to := p+1, q
	for from < to && skip(toks[from]) {
		from++
	}
	for to > from && skip(toks[to-1]) {
		to--
	}
	if from == to {
		return last, nil, true // adverbs only: the subject stands before the phrase
	}
	if !isCapital(toks[from].word) && !x.lx.isRole(lowerWord(toks[from])) {
		return 0, nil, false // "liet het plan weten": no one named between
	}
	sp := x.classify(toks[from:to], false)
	if sp == nil || sp.kind != kindPerson && sp.kind != kindBody {
		return 0, nil, false
	}
	return last, sp, true
}

// verbPhraseAt reports whether the words of a phrase stand at toks[p:] with
// nothing between them, and returns the index of its last word.
func verbPhraseAt(toks []tok, p int, words []string) (int, bool) {
	if p+len(words) > len(toks) {
		return 0, false
	}
	for i, w := range words {
		t := toks[p+i]
		if lowerWord(t) != w || i < len(words)-1 && t.trail != "" {
			return 0, false
		}
	}
	return p + len(words) - 1, true
}

// saidFrom returns the index of the first word said after a phrase ending
// at toks[q]: after its that-word ("pointed out that …", "merkte an, dass
// …"), or after a comma when the clause follows without one ("merkte an,
// die Wahlen seien …"); -1 when neither opens a clause of two words at
// least.
func (x *extractor) saidFrom(toks []tok, q int) int {
	k := q + 1
	switch {
	case k < len(toks) && x.langThatWord(toks[k]) && (toks[q].trail == "" || strings.HasPrefix(toks[q].trail, ",")):
		k++
	case strings.HasPrefix(toks[q].trail, ","):
	case toks[q].trail == ":":
		// "világossá tette: …", "made clear: …": a colon opens the words
	case toks[q].trail == "" && x.bareClause():
		// "cho biết hai bên …": no that-word in the language (bareclause.go)
	default:
		return -1
	}
	if k+1 >= len(toks) {
		return -1
	}
	return k
}
