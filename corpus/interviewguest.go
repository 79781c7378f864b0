// Interview guests named outside the turns: the outlet's intro in its
// first person plural ("We spoke with Tom Hale, the former envoy, about
// …", "Wir sprachen mit der Analystin Anna Berg", "мы поговорили с
// политологом Аркадием Сомовым"), a title that sets the guest before a
// word of interviewing ("Anna Berg im Gespräch"), and a title's "with"
// naming the guest in the case it governs ("интервью с политологом
// Аркадием Сомовым"). Each names who answers an interview whose answers
// carry no label. The phrases are data (data/interviewguest.json).

package corpus

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/interviewguest.json
var interviewGuestJSON []byte

// interviewGuestData is data/interviewguest.json.
var interviewGuestData = func() (d struct {
	WeIntro    []string `json:"weIntro"`
	TitleAfter []string `json:"titleAfter"`
}) {
	mustDecodeJSON("data/interviewguest.json", interviewGuestJSON, &d)
	return d
}()

// weIntroParas is how many opening paragraphs are searched for the
// outlet's intro: it stands before the first question.
const weIntroParas = 6

// weIntroNameStart is the furthest word after the intro's phrase at which
// the guest's name may start (after a title: "with the former envoy Tom
// Hale"); a name further on is someone the intro only mentions.
const weIntroNameStart = 4

// weIntroGuest is the guest the outlet's intro names, or nil; searched
// once, in the opening paragraphs before the one being read.
func (x *extractor) weIntroGuest() *speaker {
	for _, p := range x.paras {
		if p.index >= x.pos || p.index >= weIntroParas {
			break
		}
		if p.kind != paraText && p.kind != paraHeading {
			continue
		}
		if sp := x.weIntroIn(p.text); sp != nil {
			return sp
		}
	}
	return nil
}

// weIntroIn reads one paragraph for an intro phrase followed by the
// guest, and returns the guest as a speaker with the title the intro
// gives them.
func (x *extractor) weIntroIn(text string) *speaker {
	text = strings.Trim(text, "*_ ")
	low := lowerString(text)
	if len(low) != len(text) {
		return nil // a letter changed length in lower case: offsets would not hold
	}
	for _, m := range interviewGuestData.WeIntro {
		i := wordPhraseAt(low, m)
		if i < 0 {
			continue
		}
		if sp := x.guestAfter(text[i+len(m):]); sp != nil {
			return sp
		}
	}
	return nil
}

// wordPhraseAt is the offset of phrase in low where it starts a word, or -1.
func wordPhraseAt(low, phrase string) int {
	for from := 0; from < len(low); {
		j := strings.Index(low[from:], phrase)
		if j < 0 {
			return -1
		}
		at := from + j
		if r, _ := utf8.DecodeLastRuneInString(low[:at]); at == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return at
		}
		from = at + 1
	}
	return -1
}

// guestAfter reads the guest that opens rest, the words after "with" in
// an intro or a title: an optional title, then a name of two or three
// capitalised words put in the nominative, and a title after a comma.
// The clause ends at the first full stop, colon or question mark.
func (x *extractor) guestAfter(rest string) *speaker {
	toks := tokenize(rest)
	for i, t := range toks {
		if containsAny(t.trail, ".;:?!") || containsAny(t.trail, "»”\"") {
			toks = toks[:i+1]
			break
		}
	}
	start := -1
	for k := 0; k < len(toks) && k <= weIntroNameStart; k++ {
		if isCapital(toks[k].word) && !isAllCaps(toks[k].word) && !x.lx.isRole(lowerWord(toks[k])) {
			start = k
			break
		}
		if toks[k].trail != "" {
			break // "we spoke to her, and to …": no name opens the clause
		}
	}
	if start < 0 {
		return nil
	}
	name, _, role := introGuest(x, toks)
	if name == "" {
		return nil
	}
	if r := tokWords(toks[:start]); len(r) > 0 && (x.roleLike(r) || x.declinedRoleLike(r)) {
		// "с политологом Аркадием Сомовым, профессором …": the title
		// before the name is the guest's, the apposition a description
		role = cleanRole(strings.Join(r, " "))
	}
	sp := x.classify(tokenize(name), false)
	if sp == nil || sp.kind != kindPerson || sp.name == unnamedSpeaker {
		return nil
	}
	if sp.role == "" && role != "" {
		sp.role = role
		x.people[sp.name] = sp
	}
	return sp
}

// guestBeforeMarker is the guest a title names before a word of
// interviewing ("Anna Berg im Gespräch: …"), or nil: the two or three
// capitalised words right before it, a title before them left aside.
func (x *extractor) guestBeforeMarker() *speaker {
	title := strings.TrimSpace(x.src.Title)
	low := lowerString(title)
	if len(low) != len(title) {
		return nil
	}
	for _, m := range interviewGuestData.TitleAfter {
		i := wordPhraseAt(low, strings.TrimLeft(m, " "))
		if i <= 0 {
			continue
		}
		if end := i + len(strings.TrimLeft(m, " ")); end < len(low) {
			if r, _ := utf8.DecodeRuneInString(low[end:]); unicode.IsLetter(r) {
				continue // "im Gesprächskreis"
			}
		}
		toks := tokenize(title[:i])
		n := 0
		for n < len(toks) && n < 3 {
			t := toks[len(toks)-1-n]
			if !isCapital(t.word) || isAllCaps(t.word) || x.lx.isRole(lowerWord(t)) || n > 0 && t.trail != "" {
				break
			}
			n++
		}
		if n < 2 {
			continue
		}
		sp := x.classify(toks[len(toks)-n:], false)
		if sp != nil && sp.kind == kindPerson && sp.name != unnamedSpeaker {
			return sp
		}
	}
	return nil
}

// namedGuest is the guest the intro or the title names when the surer
// witnesses (a lead naming the guest with their title, a "with"
// introduction naming the journalist too, a title's "interview with"
// and a name in the nominative) have named no one: the outlet's "we
// spoke with", the title's name in the case "with" governs, or a name
// before "im Gespräch".
func (x *extractor) namedGuest() *speaker {
	if sp := x.weIntroGuest(); sp != nil {
		return sp
	}
	if sp := x.declinedTitleGuest(); sp != nil {
		return sp
	}
	return x.guestBeforeMarker()
}

// declinedTitleGuest reads a title's "interview with" whose guest stands
// in the case "with" governs, a title before the name ("интервью с
// политологом Аркадием Сомовым"): guestInTitle reads only a name in the
// nominative.
func (x *extractor) declinedTitleGuest() *speaker {
	title := strings.TrimSpace(x.src.Title)
	low := lowerString(title)
	if len(low) != len(title) {
		return nil
	}
	for _, m := range guestMarkers {
		if i := wordPhraseAt(low, m); i >= 0 {
			return x.guestAfter(title[i+len(m):])
		}
	}
	return nil
}
