// Declared readiness or conviction: a reflexive verb of saying or showing,
// an adjective of readiness or conviction and what it governs ("Zelensky
// si dice disposto a rinunciare all'adesione alla NATO …", "Zelenski se
// mostró dispuesto a seguir adelante …", "Il se dit convaincu que le
// document final …", "Selenskyj zeigte sich bereit, …"). The verb alone
// ("se mostró más reservado", "toonde zich het meest welwillend") says
// how someone seemed, not what they said: the adjective must be one of
// the lexicon's and a complement must follow it.

package corpus

import (
	_ "embed"
	"strings"
)

//go:embed data/declaredready.json
var declaredReadyJSON []byte

// declaredReadyWords is data/declaredready.json.
var declaredReadyWords = func() struct {
	verbs               [][]string
	first, adjs, compls map[string]bool
} {
	var v struct {
		Verbs       []string `json:"verbs"`
		Adjectives  []string `json:"adjectives"`
		Complements []string `json:"complements"`
	}
	mustDecodeJSON("data/declaredready.json", declaredReadyJSON, &v)
	var out struct {
		verbs               [][]string
		first, adjs, compls map[string]bool
	}
	out.first = map[string]bool{}
	for _, p := range v.Verbs {
		ws := strings.Fields(p)
		out.verbs = append(out.verbs, ws)
		out.first[ws[0]] = true
	}
	out.adjs, out.compls = set(v.Adjectives), set(v.Complements)
	return out
}()

// declaredReadyMarks are the reflexive pronouns one of the verbs holds:
// a sentence without any is not tokenized for this reading.
var declaredReadyMarks = []string{" se ", " si ", " s'", " sich ", " zich ", "-se "}

// hasDeclaredReadyMark reports whether s holds a reflexive pronoun of
// the lexicon's verbs.
func hasDeclaredReadyMark(s string) bool {
	for _, m := range declaredReadyMarks {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// declaredReady emits the statement of a sentence whose subject declares
// themselves ready or convinced: from the verb phrase to the sentence's
// end, said by the person named as the subject before it. It reports
// whether it emitted.
func (x *extractor) declaredReady(s string, toks []tok, pos int) bool {
	w := &declaredReadyWords
	for vi := 1; vi+2 < len(toks); vi++ {
		if !w.first[lowerString(toks[vi].word)] {
			continue
		}
		for _, p := range w.verbs {
			n := len(p)
			if vi+n+1 >= len(toks) || !matchWords(toks[vi:vi+n], p) {
				continue
			}
			a := toks[vi+n]
			if !w.adjs[lowerString(a.word)] {
				continue
			}
			if a.trail == "" && !w.compls[lowerString(toks[vi+n+1].word)] && !strings.HasSuffix(lowerString(toks[vi+n+1].word), "'") {
				continue // "se mostró dispuesto y tranquilo": no complement
			}
			if a.trail != "" && a.trail != "," {
				continue // "si è detto pronto.": nothing it is ready for
			}
			sp, at := x.subjectSpan(s, toks, vi)
			if sp == nil || sp.kind != kindPerson || at >= 0 && at < len(toks) && pronounGender[lowerWord(toks[at])] != "" {
				return false // a pronoun subject ("Il se dit convaincu …") is left to the readers that follow a paragraph's speaker
			}
			x.emit(sp, trimSentenceEnd(s[toks[vi].start:]), false, pos)
			return true
		}
	}
	return false
}

// declaredReadyNoCue is declaredReady for a sentence with no speech cue,
// which is not tokenized otherwise: only one holding a reflexive pronoun
// of the lexicon's verbs is.
func (x *extractor) declaredReadyNoCue(s string, pos int) bool {
	if !hasDeclaredReadyMark(s) {
		return false
	}
	x.toks = x.tokensOf(s)
	return x.declaredReady(s, x.toks, pos)
}

// matchWords reports whether the tokens are the lower-case words ws, with
// no mark between them.
func matchWords(toks []tok, ws []string) bool {
	for i, t := range toks {
		if lowerString(t.word) != ws[i] || i < len(toks)-1 && t.trail != "" {
			return false
		}
	}
	return true
}
