package corpus

import "strings"

// A round-up puts each person in a heading and writes the paragraphs under
// it with the title alone: "**Niemcy | Johann Wadephul**" over "Minister
// spraw zagranicznych Niemiec stwierdził, że …", "**Kaja Kallas**" over
// "The EU's top diplomat said …". A subject that is only a title, in the
// section under a heading naming one person, is that person.

// maxHeadingNameWords bounds the name read from a section heading.
const maxHeadingNameWords = 4

// noteHeadingPerson remembers the person a heading names, or forgets the
// last one at any other heading, so a title is read as the person of its
// own section only.
func (x *extractor) noteHeadingPerson(p paragraph) {
	if h, ok := wikiHeading(p.text); ok {
		p.kind, p.text = paraHeading, h // "== Юрий Ушаков ==" (wikiheading.go)
	}
	if p.kind != paraHeading {
		return
	}
	x.headPerson, x.headFromPost, x.postAnonymous = x.headingName(p.text), false, false
	x.headAt = p.index // headingReferent (wikiheading.go)
}

// headingName is the person a heading names: its last field after " | "
// (a country, an outlet or a date may come first), or the whole heading,
// when that is two to four capitalised words a person's name is made of
// and, unless the fields are separated, a person the lexicon knows. nil
// when the heading names no one ("Komentarz eksperta", "What comes next").
func (x *extractor) headingName(text string) *speaker {
	if len(text) > maxHeadingLen {
		return nil
	}
	return x.labelName(text, false)
}

// labelName is headingName's reading of a heading's or a run-in label's
// text. A run-in label (runIn) whose name the lexicon does not know is
// still a person's when the document also writes the surname alone
// (surnameAlone): "Rubio insisted", "по словам Смирнова"; a place is not
// split so ("Abu Dhabi", "Den Haag").
func (x *extractor) labelName(text string, runIn bool) *speaker {
	t := strings.Trim(strings.TrimSpace(text), "*_# ")
	fields := strings.Split(t, " | ")
	last := strings.TrimSpace(fields[len(fields)-1])
	words := strings.Fields(last)
	if len(words) < 2 || len(words) > maxHeadingNameWords || containsAny(last, ".!?:;,\"“”«»()") {
		return nil
	}
	for _, w := range words {
		l := lowerString(w)
		if !isCapital(w) || isAllCaps(w) || x.lx.isRole(l) || x.lx.bodyWords[l] || x.lx.notSpeakers[l] || x.lx.groupNouns[l] {
			return nil
		}
	}
	if _, known := lowerIn2(x.lx.people, last); !known && len(fields) < 2 && x.lx.spelledPerson(words) == "" && (!runIn || !x.surnameAlone(words)) {
		return nil // a title-case heading is as often a topic as a name
	}
	sp := x.person(words, "")
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	return sp
}

// byHeadingPerson returns the person the section's heading named when the
// subject (words, lows in lower case) is a title alone: it holds a title
// word and no name, its capitalised words being acronyms ("szef MSZ") or a
// complement further on ("Minister spraw zagranicznych Niemiec"), never a
// word right after the title ("Minister Kowalski"), a name the document
// gives in full elsewhere, or two capitalised words in a row.
func (x *extractor) byHeadingPerson(words, lows []string) *speaker {
	if x.headPerson == nil || len(words) == 0 || len(words) > 8 || x.runInSpokenOver() {
		return nil
	}
	title := false
	for i, w := range words {
		l := lows[i]
		if x.lx.isRole(l) || x.isBackRef(l) {
			title = true
		}
		if i == 0 || !isCapital(w) || isAllCaps(w) {
			continue
		}
		if x.headFromPost && complementBefore(lows[:i]) && !x.knownName(w) {
			continue // "The secretary of the National Security Council" under a post's head: its complement (digestpost.go)
		}
		if i == 1 || x.knownName(w) || x.fullNameOf(w) != "" || isCapital(words[i-1]) && !isAllCaps(words[i-1]) {
			return nil // a name right after the title, one the document names, or two capitalised words that may be one
		}
	}
	if !title {
		return nil
	}
	sp := x.headPerson
	if sp.role == "" {
		sp.role = cleanRole(strings.Join(words, " "))
	}
	return sp
}
