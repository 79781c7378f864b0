// Speech in a relative clause on an address, a statement or an interview:
// "He also cited President Volodymyr Zelensky's address to the nation,
// in which the Ukrainian leader said his country faced …", "her office
// referred us to her statement of 20 November, in which she said that …",
// "Il a cité le discours de Macron, dans lequel il a déclaré que …". The
// words are those of whoever gave the address — its owner, named by a
// possessive before the comma — and never of the sentence's subject, who
// only cites it, nor of whoever spoke last (the title "the Ukrainian
// leader" pointing back to the person just quoted gave Zelensky's words
// a congressman's name and the congressman Zelensky's title).
//
// The clause's subject is read as the owner when it is a pronoun, a
// title, or dropped (Italian, Spanish); a name there is read as a name.

package corpus

import "strings"

// inWhichOpeners are the relative phrases, after a comma, that open a
// clause set in what the noun before names: "in which", "dans lequel".
var inWhichOpeners = [][]string{
	{"in", "which"}, {"during", "which"}, {"in", "der"}, {"in", "dem"}, {"bei", "der"}, {"bei", "dem"},
	{"dans", "laquelle"}, {"dans", "lequel"}, {"lors", "de", "laquelle"}, {"lors", "duquel"},
	{"in", "cui"}, {"nel", "quale"}, {"nella", "quale"}, {"durante", "il", "quale"}, {"durante", "la", "quale"},
	{"en", "la", "que"}, {"en", "el", "que"}, {"en", "la", "cual"}, {"en", "el", "cual"}, {"durante", "la", "cual"},
}

// inWhichOwnerPreps link a noun to its owner after it: "le discours de
// Macron", "das Interview von Merz", "the address of President X".
var inWhichOwnerPreps = map[string]bool{"of": true, "de": true, "di": true, "del": true, "du": true, "des": true, "von": true, "d'": true}

// inWhichMaxSubject is how many words may stand between the relative
// phrase and the speech verb: a title of three words, auxiliaries.
const inWhichMaxSubject = 6

// inWhichSaid reads such a sentence, giving the clause's words to the
// owner; false when the sentence has no such clause or no owner is
// found for a pronoun or title subject.
func (x *extractor) inWhichSaid(s string, pos int) bool {
	if inWhichSaidOff || !inWhichLook(s) {
		return false
	}
	toks := readAs(tokenize(s), x.src.Lang)
	for r := 2; r < len(toks)-3; r++ {
		if !strings.HasPrefix(toks[r-1].trail, ",") {
			continue
		}
		n := inWhichOpenerAt(toks, r)
		if n == 0 {
			continue
		}
		from := r + n
		vi := -1
		for k := from; k < len(toks)-1 && k <= from+inWhichMaxSubject; k++ {
			if x.lx.sayVerbs[toks[k].low] && !nestedNotSpeech[toks[k].low] {
				vi = k
				break
			}
			if toks[k].trail != "" {
				break
			}
		}
		if vi < 0 {
			continue
		}
		subj := toks[from:vi]
		for len(subj) > 0 && (x.lx.auxiliaries[subj[len(subj)-1].low] || x.lx.adverbs[subj[len(subj)-1].low]) {
			subj = subj[:len(subj)-1] // "il a déclaré", "he also said"
		}
		sp := x.inWhichOwner(toks, r-1, subj)
		if sp == nil {
			continue
		}
		text, _ := x.content(s, toks, vi, false)
		if len(strings.Fields(text)) < 3 {
			continue
		}
		before := len(x.out)
		x.emit(sp, text, false, pos)
		return len(x.out) > before
	}
	return false
}

// inWhichLooks are the openings of inWhichOpeners after their comma: a
// sentence with none of them is not tokenized.
var inWhichLooks = []string{", in ", ", during ", ", bei ", ", dans ", ", lors ", ", nel ", ", nella ", ", durante ", ", en "}

// inWhichLook reports whether s holds one of inWhichLooks.
func inWhichLook(s string) bool {
	for _, l := range inWhichLooks {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}

// inWhichOpenerAt is the length of the relative phrase at toks[r], 0 when
// none opens there.
func inWhichOpenerAt(toks []tok, r int) int {
	for _, o := range inWhichOpeners {
		if r+len(o) > len(toks) {
			continue
		}
		ok := true
		for i, w := range o {
			if toks[r+i].low != w || i < len(o)-1 && toks[r+i].trail != "" {
				ok = false
				break
			}
		}
		if ok {
			return len(o)
		}
	}
	return 0
}

// inWhichOwner is who speaks in the clause: the owner of the noun ending
// at toks[end] when the subject is a pronoun, a title or dropped; the
// subject itself when it names someone; nil when neither is found.
func (x *extractor) inWhichOwner(toks []tok, end int, subj []tok) *speaker {
	named := false
	for _, t := range subj {
		if isCapital(t.word) && !x.lx.isRole(t.low) && !demonymAdjectives()[t.low] && pronounGender[t.low] == "" {
			named = true
		}
	}
	if named && !x.lx.isRole(subj[len(subj)-1].low) {
		if sp := x.resolvePhrase(tokWords(subj)); sp != nil {
			return sp // "in which Rubio said …"
		}
	}
	want := ""
	if len(subj) == 1 {
		want = pronounGender[subj[0].low]
	}
	// the owner: "X's address", "le discours de X", or a possessive
	// pronoun ("her statement") for the last person the sentence names
	possessive := ""
	for k := end; k >= 1 && k >= end-8; k-- {
		if k < end && toks[k].trail != "" {
			break // the noun phrase before the clause ends at a comma
		}
		w := toks[k].word
		if base, ok := strings.CutSuffix(strings.ReplaceAll(w, "’", "'"), "'s"); ok && isCapital(base) {
			return x.nameRunEnding(toks, k, base)
		}
		if isCapital(w) && k > 0 && inWhichOwnerPreps[toks[k-1].low] && toks[k-1].trail == "" {
			e := k
			for e < end && toks[e].trail == "" && isCapital(toks[e+1].word) {
				e++
			}
			return x.nameRunEnding(toks, e, toks[e].word)
		}
		if g := pronounGender[toks[k].low]; g != "" && possessive == "" && !isCapital(w) {
			possessive = g // "her statement of 20 November"
		}
	}
	if possessive == "" || want != "" && want != possessive {
		return nil
	}
	for k := end - 1; k >= 1; k-- {
		if toks[k-1].trail == "" && isCapital(toks[k].word) && isCapital(toks[k-1].word) && k-1 > 0 {
			if sp := x.nameRunEnding(toks, k, toks[k].word); sp != nil && sp.kind == kindPerson && (sp.gender == "" || sp.gender == possessive) {
				return learnGender(sp, possessive)
			}
		}
	}
	return nil
}

// nameRunEnding resolves the capitalised words ending at toks[k] (the
// last written as last) as a person: "President Volodymyr Zelensky's"
// gives Volodymyr Zelensky with his title.
func (x *extractor) nameRunEnding(toks []tok, k int, last string) *speaker {
	words := []string{last}
	for j := k - 1; j >= 0 && k-j < 5 && toks[j].trail == "" && (isCapital(toks[j].word) || x.lx.isRole(toks[j].low)); j-- {
		words = append([]string{toks[j].word}, words...)
	}
	return x.resolvePhrase(words)
}

// resolvePhrase reads words as the subject of a speech verb would be
// read: a title and a name, a known surname.
func (x *extractor) resolvePhrase(words []string) *speaker {
	if len(words) == 0 {
		return nil
	}
	phrase := strings.Join(words, " ") + " said"
	toks := tokenize(phrase)
	sp, _ := x.subjectSpan(phrase, toks, len(toks)-1)
	if sp == nil || sp.kind != kindPerson && sp.kind != kindBody {
		return nil
	}
	return sp
}

// inWhichSaidOff turns the reading off, for tests that show what it
// changes.
var inWhichSaidOff = false
