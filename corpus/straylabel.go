// A colon label names who speaks in a transcript or a live blog
// ("PESKOV: …", "Tusk: …"), but a document's other lines open with a
// capitalised phrase and a colon too: a programme's headings ("Weitere
// Termine: Europäischer Rat …", "Aktuelle Stunde: Haltung der …"), a
// disclaimer ("Aviso Legal: Este documento …"), a script's cue ("Cue
// Voicer: …"), a cover line ("Our Cover: a torn map …"), a league table
// ("Ashcombe Town: 1 Corrigan · 2 Lyle …"). Read as a name, each gave its
// line to a person who does not exist: 16 extra statements in 9 released
// sets (en de fr es ru sv) at stop 66 (zfp's cause table, docs/design.md).

package corpus

import "strings"

// strayLabel reports whether a label read as a person's name sp is a
// heading's words rather than a name: the name is of two words or more,
// none of them a title, the first no given name (givennames.json), no
// honorific and no known person's, and the name's last word is written
// nowhere else in the document as a name is (capitalised, or in
// capitals: "Cue" and "cover" are words of the text too). A transcript names its speakers in every
// turn, and a live blog or an article introduces the person it labels
// ("Jan Kowalczyk, analityk …"), so a real speaker's name comes back.
func (x *extractor) strayLabel(sp *speaker, label string) bool {
	if x.noStrayLabel || sp == nil || sp.kind != kindPerson || sp.role != "" || sp.name == unnamedSpeaker {
		return false
	}
	words := strings.Fields(sp.name)
	if len(words) < 2 {
		return false
	}
	first := lowerString(strings.Trim(words[0], ".,"))
	if givenNames()[first] || x.lx.honorifics[first] || x.lx.honorifics[first+"."] || addressWords[first] {
		return false
	}
	if _, known := x.lx.people[lowerString(sp.name)]; known {
		return false
	}
	if KnownPersonOf(words[len(words)-1], x.src.Lang) != "" {
		return false
	}
	last := words[len(words)-1]
	upper := strings.ToUpper(last) // "RUPAREL:" over "Dev Anand Ruparel"
	seen := 0
	for _, p := range x.paras {
		seen += strings.Count(p.text, last) + strings.Count(p.text, upper)
		if seen > 1 {
			return false
		}
	}
	return true
}
