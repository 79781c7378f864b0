package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// PlansNamed returns the versions of the plan (the names provisions carry
// in Plan, as plans.json calls them) that text names with one of their
// phrases, in plans.json's order, and the words of text that name them
// (lower case, hyphens and apostrophes dropped); nil when it names none.
// It is for short texts such as a member's question ("20 point plan
// army", "Gegenvorschlag Armee"), which write a version's name more
// loosely than a heading: a hyphen may be a space ("28 point" for
// "28-point") and a counted noun may be singular ("20 point plan" for "20
// points"). Unlike a heading's rule (planFor), every version named counts,
// and a phrase must begin a word, so that "us plan" is not found inside
// "bonus plan".
func PlansNamed(text string) (plans, words []string) {
	low := loosePlanText(lowerString(text))
	if low == "" {
		return nil, nil
	}
	for i, r := range lexiconData().plans {
		found := false
		for _, p := range loosePhrases()[i] {
			if w := namingWords(low, p); w != nil {
				words = append(words, w...)
				found = true
			}
		}
		if found {
			plans = append(plans, r.Plan)
		}
	}
	return plans, words
}

var (
	loosePhrasesOnce sync.Once
	loosePhrasesBy   [][]string
)

// loosePhrases returns each plan rule's phrases as loosePlanText writes
// them, per rule in plans.json's order, made once: a question is matched
// against some six hundred phrases.
func loosePhrases() [][]string {
	loosePhrasesOnce.Do(func() {
		for _, r := range lexiconData().plans {
			ps := make([]string, 0, len(r.Phrases))
			for _, p := range r.Phrases {
				ps = append(ps, loosePlanText(p))
			}
			loosePhrasesBy = append(loosePhrasesBy, ps)
		}
	})
	return loosePhrasesBy
}

// namingWords returns the words of low that phrase covers where it
// occurs in low, with the plan noun right after it ("20 point plan",
// "european counterproposal draft"), nil when it does not occur.
func namingWords(low, phrase string) []string {
	if !namesPhrase(low, phrase) {
		return nil
	}
	ws := strings.Fields(low)
	pws := strings.Fields(phrase)
	for i := range ws {
		ws[i] = strings.TrimFunc(ws[i], func(r rune) bool { return !isWordRune(r) })
	}
	for i, pw := range pws {
		pws[i] = strings.TrimFunc(pw, func(r rune) bool { return !isWordRune(r) })
	}
	var out []string
	for i := 0; i+len(pws) <= len(ws); i++ {
		ok := true
		for j, pw := range pws {
			w := ws[i+j]
			last := j == len(pws)-1
			// The last word of a phrase may be a stem ("женевск") or,
			// counted, in the singular ("20 point").
			if w != pw && !(last && (strings.HasPrefix(w, pw) || strings.TrimSuffix(pw, "s") == w)) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		out = append(out, ws[i:i+len(pws)]...)
		if k := i + len(pws); k < len(ws) && isPlanNoun(ws[k]) {
			out = append(out, ws[k])
		}
	}
	return out
}

// isPlanNoun reports whether w is one of plans.json's one-word planWords
// (a trailing s allowed), which a question puts after a version's name.
func isPlanNoun(w string) bool {
	for _, seq := range lexiconData().planWordSeqs {
		if len(seq) == 1 && (seq[0] == w || seq[0]+"s" == w) {
			return true
		}
	}
	return false
}

// loosePlanText writes hyphens as spaces, the way a question often
// writes a compound number ("28 point", "19 punkte"), and drops
// apostrophes, which a question typed in haste leaves out ("europes plan").
func loosePlanText(s string) string {
	s = strings.NewReplacer("'", "", "’", "").Replace(s)
	return strings.Join(strings.FieldsFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '‑' || r == '–'
	}), " ")
}

// namesPhrase reports whether phrase occurs in low at the start of a
// word, or, when it is a counted noun in the plural ("20 points"), in the
// singular followed by a space or the end ("20 point plan").
func namesPhrase(low, phrase string) bool {
	if phrase == "" {
		return false
	}
	if phraseAt(low, phrase, false) {
		return true
	}
	if startsWithDigit(phrase) && strings.HasSuffix(phrase, "s") {
		return phraseAt(low, strings.TrimSuffix(phrase, "s"), true)
	}
	return false
}

// phraseAt reports whether phrase occurs in low beginning a word; whole also
// wants it to end one.
func phraseAt(low, phrase string, whole bool) bool {
	for i := 0; i <= len(low)-len(phrase); {
		j := strings.Index(low[i:], phrase)
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(low[:j])
		after, _ := utf8.DecodeRuneInString(low[j+len(phrase):])
		if (j == 0 || !isWordRune(before)) && (!whole || j+len(phrase) == len(low) || !isWordRune(after)) {
			return true
		}
		i = j + 1
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// PlanNames returns the names of every version plans.json knows, in its
// order.
func PlanNames() []string {
	var out []string
	for _, r := range lexiconData().plans {
		out = append(out, r.Plan)
	}
	return out
}
