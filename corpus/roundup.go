package corpus

import (
	"strings"
	"unicode/utf8"
)

// Round-ups of reactions give each speaker a heading of their own and set
// their words under it with no verb of saying: "## KAJA KALLAS, EU FOREIGN
// POLICY CHIEF:" over "For any plan to work, it needs …", "**NATO:**"
// over "The alliance stands ready …", "Dick Schoof, minister-president"
// over a quotation. The heading is a speaker's label standing on its own
// line; the paragraphs under it, up to the next heading, are that
// speaker's words when no other rule finds anyone speaking in them.
//
// A heading that only names someone is as often the topic of a section
// ("Ursula von der Leyen" over a portrait of her), so the reading is
// guarded three ways: the document must hold at least two such headings
// naming different speakers (a round-up, not one profile); a heading
// without a label colon gives only a paragraph that is wholly a
// quotation; and a paragraph naming its speaker by surname, asking a
// question, or set in italics (the compiler's note) is the writer's.

// roundupMinEntries is how many entry headings make a document a round-up.
const roundupMinEntries = 2

// roundupMaxNameWords bounds the name part of an entry heading.
const roundupMaxNameWords = 5

// roundupState is what the extractor knows of a round-up's headings.
type roundupState struct {
	read    bool         // whether the document was scanned for entry headings
	entries map[int]bool // paragraphs that are entry headings, nil when the document is no round-up
	sp      *speaker     // the speaker of the section being read, nil outside one
	label   bool         // whether its heading ended in a colon: the words under it are given as said
	line    bool         // whether its heading is a text line ("Kremlin:"), which heads one paragraph only
}

// roundupEntry is one entry heading read: who it names and whether it is
// a label ("NATO:").
type roundupEntry struct {
	sp    *speaker
	label bool
}

// headingLine reports whether ps[i] stands as a heading: a Markdown or
// bold heading, or a short line with no sentence end over a paragraph
// (subheading), as a bold line whose words are not all capitals parses.
func (x *extractor) headingLine(ps []paragraph, i int) bool {
	p := ps[i]
	if p.kind == paraHeading {
		return true
	}
	if p.kind != paraText || i+1 >= len(ps) {
		return false
	}
	return x.subheading(p, &ps[i+1]) || strings.HasSuffix(strings.TrimRight(p.text, "*_ "), ":") && x.shortLine(p.text)
}

// shortLine reports whether a line is short enough to be a label heading
// ("Kremlin:"), not a sentence introducing a quotation.
func (x *extractor) shortLine(t string) bool {
	return fieldCountMax(t, roundupMaxNameWords+8) <= roundupMaxNameWords+8 && utf8.RuneCountInString(t) <= 120 // (counted, not split: asked of every paragraph)
}

// scanRoundup marks the document's entry headings when it holds at least
// roundupMinEntries of them naming different speakers. The headings are
// read by a probe extractor, so that the names they hold become known to
// the document only when the reading reaches them.
func (x *extractor) scanRoundup(ps []paragraph) {
	x.roundup.read = true
	probe := newExtractor(x.lx, x.src, ps)
	entries := map[int]bool{}
	names := map[string]bool{}
	for i := range ps {
		if !x.headingLine(ps, i) {
			continue
		}
		if e, ok := probe.roundupHeading(ps[i].text); ok {
			entries[ps[i].index] = true
			names[e.sp.name] = true
		}
	}
	if len(names) >= roundupMinEntries {
		x.roundup.entries = entries
	}
}

// roundupSection reads ps[i] as a round-up's heading: an entry heading
// opens its speaker's section, any other heading closes it. It reports
// whether ps[i] was an entry heading, which holds no statement itself.
func (x *extractor) roundupSection(ps []paragraph, i int) bool {
	if !x.roundup.read {
		x.scanRoundup(ps)
	}
	if x.roundup.entries == nil {
		return false
	}
	p := ps[i]
	if x.roundup.entries[p.index] {
		x.forgetRoundupPerson() // the next entry's title is not the last entry's person (roundupperson.go)
		if e, ok := x.roundupHeading(p.text); ok {
			x.roundup.sp, x.roundup.label, x.roundup.line = e.sp, e.label, p.kind != paraHeading
			return true
		}
	}
	if x.headingLine(ps, i) {
		x.roundup.sp = nil
	}
	return false
}

// roundupWords gives a text paragraph under an entry heading to its
// speaker when the rules found no statement in it (len(x.out) is still
// before): the words of a label heading's section, or a paragraph that
// is wholly a quotation under a heading that only names its speaker. The
// first paragraph that is not theirs closes the section, so prose that
// follows an entry is not read as its speaker's.
func (x *extractor) roundupWords(p paragraph, before int) {
	sp := x.roundup.sp
	if sp == nil || p.kind != paraText {
		return
	}
	t := strings.TrimSpace(p.text)
	if editorNote(t) || creditLine(t) {
		x.roundup.sp = nil // the compiler's note closes the round-up
		return
	}
	if len(x.out) > before || strings.HasSuffix(t, "?") || x.namesSpeaker(t, sp.name) {
		// someone found speaking, a question, the writer telling of
		// them: the entry's own words are over
		x.roundup.sp = nil
		return
	}
	if !x.roundup.label {
		q, rest, ok := leadingQuotation(t)
		if !ok || strings.Trim(rest, " .,") != "" {
			x.roundup.sp = nil
			return // under a name alone, only a quotation is surely theirs
		}
		t = q
	}
	x.emit(sp, t, true, p.index)
	if x.roundup.line {
		x.roundup.sp = nil // a label line in the text heads the paragraph after it, not the story
	}
}

// roundupHeading reads an entry heading: a speaker's name, optionally
// after a country or outlet ("Niemcy | …") and before a title ("KAJA
// KALLAS, EU FOREIGN POLICY CHIEF:", "Keir Starmer — Brits premier",
// "Mark Rutte (NAVO)"), or a body's name as a label ("NATO:", "THE
// KREMLIN:"). A person unknown to the lexicon counts only with a title or
// a label colon; a body only when the lexicon knows it.
func (x *extractor) roundupHeading(text string) (roundupEntry, bool) {
	if len(text) > maxHeadingLen {
		return roundupEntry{}, false
	}
	t := strings.Trim(strings.TrimSpace(text), "*_# ")
	label := false
	if s, ok := strings.CutSuffix(t, ":"); ok {
		t, label = strings.Trim(s, "*_ "), true
	}
	if i := strings.LastIndex(t, " | "); i >= 0 {
		t = t[i+3:]
	}
	name, role := splitHeadingRole(t)
	name, role = x.abbrevTitle(name, role) // "Oberst a. D. Gregor Lindemann-Szabo, Sicherheitsberater" (roundupperson.go)
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > roundupMaxNameWords || containsAny(name, ".!?:;\"“”«»„") {
		return roundupEntry{}, false
	}
	roleWords := strings.Fields(role)
	if role != "" && !x.roleLike(roleWords) {
		return roundupEntry{}, false // "Trump, the deal and the deadline": a topic, not a title
	}
	sp := x.classify(tokenize(name), true)
	if sp == nil || sp.name == unnamedSpeaker {
		return roundupEntry{}, false
	}
	switch sp.kind {
	case kindPerson:
		if !x.headingPersonWords(words) && !(label && x.roleLike(words) && x.lexiconPerson(sp)) {
			// ("KREMLIN SPOKESMAN:", "German chancellor:": a title alone
			// is a label when it names one office whose holder the
			// document names, as classify reads it through offices.json)
			return roundupEntry{}, false
		}
		if !x.lexiconPerson(sp) && role == "" && !label {
			return roundupEntry{}, false // a title-case heading is as often a topic as a name
		}
	case kindBody, kindGroup:
		if !label || !x.knownBody(sp) {
			return roundupEntry{}, false
		}
	}
	if role != "" && sp.role == "" {
		sp.role = headingRoleText(x, roleWords)
	} else if role == "" && sp.kind == kindPerson && x.roleLike(words) {
		sp.role = headingRoleText(x, words) // the label is the title: "KREMLIN SPOKESMAN:"
	}
	return roundupEntry{sp: sp, label: label}, true
}

// knownBody reports whether a body or group speaker is one the lexicon
// names (NATO, the Kremlin, the European Commission), not a phrase read
// as a group.
func (x *extractor) knownBody(sp *speaker) bool {
	if _, known := lowerIn2(x.lx.bodies, sp.name); known {
		return true
	}
	for _, canonical := range x.lx.bodies {
		if canonical == sp.name {
			return true
		}
	}
	return false
}

// lexiconPerson reports whether sp is a person the lexicon knows.
func (x *extractor) lexiconPerson(sp *speaker) bool {
	_, known := lowerIn2(x.lx.people, sp.name)
	return known
}

// headingPersonWords reports whether the words of a heading's name part
// are a person's name: each capitalised, none a title, a body or a word
// the lexicon says is no speaker.
func (x *extractor) headingPersonWords(words []string) bool {
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		l := lowerString(w)
		if !isCapital(w) && !nameParticle(l) || x.lx.isRole(l) || x.lx.notSpeakers[l] || x.lx.groupNouns[l] {
			return false
		}
	}
	return true
}

// nameParticle reports whether a lower-case word may stand inside a name
// ("Ursula von der Leyen", "Charles de Gaulle").
func nameParticle(l string) bool {
	switch l {
	case "von", "van", "der", "den", "de", "da", "di", "del", "la", "le", "du", "ter", "zu":
		return true
	}
	return false
}

// splitHeadingRole cuts an entry heading into its name and title: at the
// first comma, dash or opening bracket ("Mark Rutte (NAVO)").
func splitHeadingRole(t string) (name, role string) {
	best := -1
	cut := 0
	for _, sep := range []string{", ", " — ", " – ", " - ", " ("} {
		if i := strings.Index(t, sep); i > 0 && (best < 0 || i < best) {
			best, cut = i, len(sep)
		}
	}
	if best < 0 {
		return strings.TrimSpace(t), ""
	}
	return strings.TrimSpace(t[:best]), strings.Trim(t[best+cut:], " ()")
}

// headingRoleText is a heading's title as a role: in capitals it is
// written in lower case, its acronyms kept and its demonyms capitalised
// ("EU FOREIGN POLICY CHIEF" is "EU foreign policy chief", "RUSSIAN
// PRESIDENT" "Russian president").
func headingRoleText(x *extractor, words []string) string {
	caps := true
	for _, w := range words {
		if isCapital(w) && !isAllCaps(w) {
			caps = false
			break
		}
	}
	if !caps {
		return cleanRole(strings.Join(words, " "))
	}
	out := make([]string, len(words))
	for i, w := range words {
		l := lowerString(w)
		_, body := x.lx.bodies[l]
		switch {
		case x.lx.acronyms[l] || body && utf8.RuneCountInString(w) <= 4:
			out[i] = w // "EU", "NATO"
		case body:
			out[i] = titleCase(w) // "KREMLIN"
		case demonymAdjectives()[l]:
			out[i] = titleCase(w)
		default:
			out[i] = l
		}
	}
	return cleanRole(strings.Join(out, " "))
}
