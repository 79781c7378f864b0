// Whose view a sentence gives, wherever the phrase stands. inTheirView
// (according.go) reads a view phrase opening the sentence or set between
// commas, and only in a sentence with a speech cue; reports also put it
// after a colon that follows the person ("Wojtaszek jest ostrożniejszy:
// jego zdaniem …"), inside a clause without commas ("The clause was in
// her words an insult to every family"), or open with a phrase that is
// no speech cue at all ("In his account, some proposals were
// acceptable", "A suo dire i sindaci …"). The phrases are the lexicon's
// viewPhrases (verbs.json and morphology.json), in every language.

package corpus

import "strings"

// viewAnywhere is a fallback reader, deferred by sentence through
// reportedFallback: when the sentence gave no statement, a view phrase at
// its start or between commas (inTheirView), after a colon, or inside a
// clause gives whose view the sentence is.
func (x *extractor) viewAnywhere(s string, pos int) bool {
	toks := tokenize(s)
	if len(toks) < 4 {
		return false
	}
	if x.inTheirView(s, toks, pos) {
		return true
	}
	for i := 1; i+2 < len(toks); i++ {
		afterColon := strings.HasSuffix(toks[i-1].trail, ":")
		inside := toks[i-1].trail == "" && i >= 2
		if !afterColon && !inside {
			continue
		}
		for n := 2; n <= 4 && i+n < len(toks); n++ {
			pron, ok := x.lx.views[viewKey(toks[i:i+n])]
			if !ok {
				continue
			}
			if inside && toks[i+n-1].trail != "" {
				continue
			}
			var sp *speaker
			switch {
			case inside && n < 3 && pron == "":
				continue // a short phrase inside a clause without commas ("nach Ansicht"): too loose to be read there
			case inside && n < 3:
				// "Některé návrhy jsou podle něj přijatelné", "rokovania
				// boli podľa neho produktívne": a pronoun's phrase
				sp = x.insideViewHolder(pron)
				if sp == nil {
					continue
				}
			default:
				sp = x.viewPhraseHolder(pron, afterColon)
				if sp == nil {
					return false
				}
			}
			text := trimSentenceEnd(s[toks[i+n].start:])
			if inside {
				text = trimSentenceEnd(s) // "The clause was in her words an insult": the sentence as written
			}
			if utf8Len(text) < 8 {
				return false
			}
			x.emit(sp, text, false, pos)
			return true
		}
	}
	return false
}

// viewKey is the lower-case words of a phrase, joined by spaces, or ""
// when a mark stands between them.
func viewKey(toks []tok) string {
	var b strings.Builder
	for k, t := range toks {
		if k < len(toks)-1 && t.trail != "" {
			return ""
		}
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(lowerWord(t))
	}
	return b.String()
}

// viewPhraseHolder is whose view a phrase gives: the known person the sentence
// opens with when the phrase follows a colon after them ("Wojtaszek jest
// ostrożniejszy: jego zdaniem …"), else the person its pronoun stands for,
// or, for a phrase without one ("a suo dire"), whoever spoke last when
// they spoke in the sentence before.
func (x *extractor) viewPhraseHolder(pron string, afterColon bool) *speaker {
	if afterColon {
		if x.openedAt == x.sentenceNo && x.openedBy != nil && x.openedBy.kind == kindPerson {
			return x.openedBy
		}
		return nil // "X jest ostrożniejszy: jego zdaniem …" with an X not known: not the last speaker's view
	}
	if pron != "" {
		if sb := x.paragraphSubject(); sb != nil && (pronounGender[pron] == "" || surnameGender(sb) == pronounGender[pron]) {
			return sb // "Dr X was the most critical. The clause was in her words …": the person just named, not the last speaker
		}
		return x.classify([]tok{{raw: pron, word: pron, low: pron}}, false)
	}
	if x.lastSpeaker != nil && x.recent(x.lastSpeaker, 1) {
		return x.lastSpeaker
	}
	return nil
}

// insideViewHolder is whose view a phrase of two words with a pronoun
// gives when it stands inside a clause without commas ("Některé návrhy
// jsou podle něj přijatelné", "rokovania boli podľa neho produktívne"):
// the person the paragraph is about, or whoever spoke in this paragraph
// or the one before, when the pronoun's gender fits them. The pronoun
// there may as well stand for a thing ("Plán existuje a Ukrajina se podle
// něj stáhne": by the plan), so no one named further back is taken.
func (x *extractor) insideViewHolder(pron string) *speaker {
	want := pronounGender[pron]
	fits := func(sp *speaker) bool {
		return personOfGender(sp, want) || sp != nil && sp.kind == kindPerson && sp.name == unnamedSpeaker
	}
	if sb := x.paragraphSubject(); fits(sb) {
		return sb
	}
	if sp := x.lastSpeaker; sp != nil && x.recent(sp, 1) && fits(sp) {
		return sp
	}
	return nil
}

// utf8Len is the number of characters in s.
func utf8Len(s string) int { return len([]rune(s)) }

// paragraphSubject is the person a paragraph is about before anyone in it
// has spoken: the one who opened the sentence just before, or the last
// person this paragraph named with a title, when no statement has been
// read in the paragraph yet. nil otherwise: the last speaker then stands
// for the pronoun as everywhere else.
func (x *extractor) paragraphSubject() *speaker {
	if n := len(x.out); n > 0 && x.out[n-1].Position == x.pos {
		return nil
	}
	if sb := x.subjectBefore1(); sb != nil {
		return sb
	}
	if n := len(x.mentioned); n > 0 && x.mentionedAt == x.pos && x.mentioned[n-1].kind == kindPerson {
		return x.mentioned[n-1]
	}
	return nil
}
