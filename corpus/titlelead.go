// A title sentence before the name. Features introduce a speaker by title
// and name them in the next sentence: "The chancellor was upbeat. Merz
// said there was now a real chance …", "Der Kanzler gab sich zuversichtlich.
// Merz sagte, …". The title is the role of the person named next when the
// office's holder (data/offices.json) is that person and the document has
// given them no role of its own; without it the statement had none.

package corpus

import (
	"strings"
	"sync"
)

// maxTitleLeadWords bounds the title noteTitleLead reads after the article
// ("The chancellor", "The German chancellor", "Der Bundeskanzler").
const maxTitleLeadWords = 3

// noteTitleLead remembers the title a sentence opens with when it is an
// article and up to three lower-case or title words before a lower-case
// verb, and no name follows: "The chancellor was upbeat."
func (x *extractor) noteTitleLead(s string) {
	w, next := nextWord(s, 0)
	if w == "" || !lowerIn(definiteSingular, w) || !isCapital(w) {
		return
	}
	start := next
	titled := false
	for n := 0; n < maxTitleLeadWords; n++ {
		w, nx := nextWord(s, next)
		if w == "" || containsAny(w, ",;:.\"“”«»„()") {
			return
		}
		if !x.lx.isRole(lowerString(w)) {
			if !titled || isCapital(w) && x.src.Lang != "de" {
				return // a name or no title: "The chancellor Friedrich Merz", "The talks"
			}
			break
		}
		titled, next = true, nx
	}
	if !titled {
		return
	}
	x.titleLead, x.titleLeadAt = strings.TrimSpace(s[start:next]), x.sentenceNo
}

// titleLeadRole gives the person the sentence opened with the title the
// sentence before opened with, when the office is theirs and they have no
// role yet.
func (x *extractor) titleLeadRole() {
	sp := x.openedBy
	if x.titleLead == "" || x.titleLeadAt != x.sentenceNo-1 || sp == nil || sp.kind != kindPerson || sp.role != "" {
		return
	}
	if !x.holdsTitle(sp.name, lowerString(x.titleLead)) {
		return
	}
	sp.role = cleanRole(x.titleLead)
	x.people[sp.name] = sp
}

// officesOf lists, per person, the office titles data/offices.json gives
// them, without the language prefix ("german chancellor", "bundeskanzler").
var officesOf = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for key, name := range officeTitles() {
		if _, t, ok := strings.Cut(key, "\x00"); ok {
			key = t
		}
		out[name] = append(out[name], key)
	}
	return out
})

// holdsTitle reports whether the lower-case title is one of the person's
// offices or the head noun of one: "the chancellor" for the German
// chancellor, not "the president"; in German the head of a compound
// ("Kanzler" of "Bundeskanzler").
func (x *extractor) holdsTitle(name, title string) bool {
	fields := strings.Fields(title)
	if len(fields) > 1 && roleArticles[fields[0]] {
		fields = fields[1:]
	}
	t := strings.Join(fields, " ")
	if t == "" {
		return false
	}
	for _, o := range officesOf()[name] {
		if o == t || strings.HasSuffix(o, " "+t) {
			return true
		}
		if x.src.Lang == "de" && len(fields) == 1 && len(t) >= 5 && strings.HasSuffix(o, t) {
			return true // a German compound's head: "Kanzler" of "Bundeskanzler"
		}
	}
	return false
}
