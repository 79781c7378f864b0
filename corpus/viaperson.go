package corpus

import (
	"sort"
	"strings"
	"sync"
)

// viaPhrases is data/formats.json's viaPhrases, longest first so "a
// través del" is tried before "a través de".
var viaPhrases = sync.OnceValue(func() []string {
	var d struct {
		Via []string `json:"viaPhrases"`
	}
	mustDecodeJSON("data/formats.json", formatsJSON, &d)
	sort.SliceStable(d.Via, func(i, j int) bool { return len(d.Via[i]) > len(d.Via[j]) })
	return d.Via
})

// mannerAsides is data/formats.json's mannerAsides.
var mannerAsides = sync.OnceValue(func() []string {
	var d struct {
		Manner []string `json:"mannerAsides"`
	}
	mustDecodeJSON("data/formats.json", formatsJSON, &d)
	return d.Manner
})

// mannerAsideMaxWords is the most words of an aside on how the speaker
// spoke ("mais cauteloso", "come sempre più prudente").
const mannerAsideMaxWords = 4

// mannerAside reads a short aside on how the speaker spoke, between the
// speaker and the verb: "O chanceler alemão Friedrich Merz, mais
// cauteloso, disse que …", "Il ministro X, come sempre, ha detto …",
// "Министр X, как обычно, заявил …". The aside says nothing of who; the
// speaker is the subject before it. pre is the sentence up to the comma
// before the verb; nil when its last comma part is no such aside.
func (x *extractor) mannerAside(pre string) *speaker {
	head, part, ok := cutLast(pre, ", ")
	if !ok || containsAny(part, "\"“”«»„") {
		return nil
	}
	words := strings.Fields(part)
	if len(words) == 0 || len(words) > mannerAsideMaxWords || anyCapitalWord(words) {
		return nil
	}
	low := lowerString(part)
	opens := false
	for _, m := range mannerAsides() {
		if low == m || strings.HasPrefix(low, m+" ") {
			opens = true
			break
		}
	}
	if !opens {
		return nil
	}
	htoks := tokenize(head)
	if len(htoks) == 0 || len(htoks) > 8 {
		return nil
	}
	if strings.Contains(head, ", ") {
		return x.appositive(head) // "X, ministro, più prudente, ha detto"
	}
	sp := x.subjectOfHead(head, htoks)
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	return sp
}

// viaPerson reads a body speaking through a person, set between commas
// before the verb: "Il Cremlino, tramite il consigliere Yuri Ushakov, ha
// fatto sapere che …", "Le Kremlin, par la voix du conseiller X, a
// indiqué …", "Кремль, устами помощника X, заявил …". The words are the
// person's, with the title written beside the name; the body is only
// whose voice they are. pre is the sentence up to the comma before the
// verb. nil when the last comma part opens with no via phrase or holds no
// named person.
func (x *extractor) viaPerson(pre string) *speaker {
	head, part, ok := cutLast(pre, ", ")
	if !ok || strings.TrimSpace(head) == "" {
		return nil
	}
	low := lowerString(part)
	for _, v := range viaPhrases() {
		rest, ok := strings.CutPrefix(low, v+" ")
		if !ok {
			continue
		}
		words := part[len(part)-len(rest):]
		toks := tokenize(words)
		for i := 0; i < 2 && i < len(toks); i++ {
			if possessives[toks[i].low] {
				toks = append(toks[:i:i], toks[i+1:]...) // "par la voix de son conseiller", "tramite il suo consigliere": whose, not who
				break
			}
		}
		if len(toks) < 2 || len(toks) > 8 || !isCapital(toks[len(toks)-1].word) {
			return nil
		}
		was := x.oblique
		x.oblique = true // "устами помощника Юрия Ушакова": the name in the case the phrase governs
		sp := x.classify(toks, false)
		x.oblique = was
		if sp == nil || sp.kind != kindPerson {
			return nil
		}
		return sp
	}
	return nil
}

// possessives are the possessive words that may stand between a via
// phrase and the title ("par la voix de son porte-parole", "through its
// spokesman", "a través de su asesor").
var possessives = map[string]bool{"its": true, "their": true, "his": true, "her": true, "son": true, "sa": true, "leur": true, "su": true, "sus": true, "seu": true, "sua": true, "suo": true, "seinen": true, "ihren": true, "своего": true, "свого": true, "swojego": true}

// cutLast cuts s around the last sep.
func cutLast(s, sep string) (string, string, bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

// relativeSpeechVerbs is data/formats.json's relativeSpeechVerbs.
var relativeSpeechVerbs = sync.OnceValue(func() map[string]bool {
	var d struct {
		Verbs []string `json:"relativeSpeechVerbs"`
	}
	mustDecodeJSON("data/formats.json", formatsJSON, &d)
	return set(d.Verbs)
})

// perfectAux reports whether w is an auxiliary of the perfect or
// pluperfect that may close a German clause after the participle.
func (lx *lexicon) perfectAux(w string) bool {
	return lx.report.perfect[w] || w == "hatte" || w == "hatten" || w == "hat" || w == "habe"
}

// quoteAmong reports whether a quotation mark stands among the tokens.
func quoteAmong(toks []tok) bool {
	for _, t := range toks {
		if containsAny(t.raw, "“”„\"«»") {
			return true
		}
	}
	return false
}
