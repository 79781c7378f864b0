package corpus

import "strings"

// A speech participle after another verb, with a subject the report does
// not name or a group: "A spokesperson for the British government
// declined to comment, saying only that …", "A European diplomat put it
// more bluntly, saying …", "European leaders issued a joint statement
// saying …". participleClause reads it for a person opening the sentence.

// maxSubjectWords bounds the description read as a participle's subject.
const maxSubjectWords = 6

// participleAt returns the index of a speech participle that opens a
// clause of the sentence: after a comma ("…, saying that …"), or right
// after a noun of a written statement ("issued a statement saying …"),
// or -1.
func (x *extractor) participleAt(toks []tok) int {
	for k := 2; k < len(toks)-1; k++ {
		if !x.lx.participles[lowerWord(toks[k])] {
			continue
		}
		if strings.HasPrefix(toks[k-1].trail, ",") || toks[k-1].trail == "" && statementNouns[lowerWord(toks[k-1])] {
			return k
		}
	}
	return -1
}

// participleSubject is the unnamed source or group that opens a sentence
// whose speech is a participle at toks[p]: the words from the start up to
// the first noun of a source, a title or a group ("A spokesperson", "Two
// European officials", "European leaders"), with a complement naming an
// institution ("for the British government"). nil when the sentence
// opens otherwise.
func (x *extractor) participleSubject(s string, toks []tok, p int) *speaker {
	n := -1
	for k := 0; k < p && k < maxSubjectWords; k++ {
		l := lowerWord(toks[k])
		if x.lx.isUnnamed(l) || x.lx.groupNouns[l] || k > 0 && x.lx.isRole(l) && x.lx.indefinites[lowerWord(toks[0])] {
			n = k
			break
		}
		if toks[k].trail != "" {
			return nil
		}
	}
	if n < 0 || toks[n].trail != "" && !strings.HasPrefix(toks[n].trail, ",") {
		return nil
	}
	end := n + 1
	if end+1 < p && toks[n].trail == "" && complementPreps[toks[end].low] {
		// "a spokesperson for the British government": whose
		e := end + 1
		if e < p && definiteArticles[toks[e].low] {
			e++
		}
		for e < p && isCapital(toks[e].word) {
			e++
			if toks[e-1].trail != "" {
				break
			}
		}
		if e < p && toks[e-1].trail == "" && x.lx.bodyWords[lowerWord(toks[e])] {
			e++ // "for the British government"
		}
		if e > end+1 && (isCapital(toks[e-1].word) || x.lx.bodyWords[lowerWord(toks[e-1])]) {
			end = e
		}
	}
	if sp := x.unnamedPhrase(toks[:end]); sp != nil {
		return sp // "A European diplomat", "Two officials"
	}
	sp := x.classify(toks[:end], true)
	if sp == nil {
		return nil
	}
	if sp.kind == kindPerson {
		return nil // a person opening the sentence is openingSpeaker's
	}
	return sp
}

// statementNouns are the written statements a speech participle follows
// without a comma ("a statement saying", "a post saying").
var statementNouns = grammarSet("statementNouns")

// maxBeforeThat bounds the words between a speech participle and its
// "that": whom it was said to or where ("telling reporters that", "saying
// on X that", "telling a group of reporters in Kyiv that").
const maxBeforeThat = 7

// thatAfterParticiple returns the index after the "that" which follows
// the participle's addressee or channel from toks[j], or -1 when none
// does before punctuation.
func (x *extractor) thatAfterParticiple(toks []tok, j int) int {
	for k := j; k < len(toks)-1 && k-j <= maxBeforeThat; k++ {
		if x.lx.thatWords[lowerWord(toks[k])] && k > j && !determinerThat(toks, k) {
			return k + 1
		}
		if toks[k].trail != "" || x.lx.sayVerbs[toks[k].low] || clauseVerbs[toks[k].low] {
			return -1 // ("saying the draft is a basis that …": the clause has begun)
		}
	}
	return -1
}
