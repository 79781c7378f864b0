// Quotation lists: a revision sheet, a "who said what" box or a digest
// lists quotations one bullet each, the speaker's name first (often in
// bold), then when or where it was said, then a colon and the words:
// "**Donald Trump**, 22 nov. : le projet n'est « pas mon offre finale ».",
// "Marco Rubio (Genf, 23.11.): …", "Песков, 2 декабря: …". The label
// readers (labels.go, threadlabels.go) take a name and a title or a
// channel before the colon, not a date or a place, and French sets a
// space before the colon ("Maria Zakharova : …"), which left the name with
// a space the known-name look-up did not expect.

package corpus

import (
	"strings"
	"unicode"
)

// maxListAsideWords is the most words the date or place between a
// quotation list's name and its colon may have ("22 nov.", "Genève",
// "Davos, 21 janv.", "am 2. Dezember in Moskau").
const maxListAsideWords = 5

// quoteListItem reads a bullet "Name[, when or where | (when or where)] :
// words" as the words of the person named, and reports whether it did.
// The name must be one the document or the lexicon knows (channelLabel)
// and the aside must say when or where (a digit, a capitalised place or a
// circumstance the relay lexicon knows), so that "Point 6, version de
// Genève : …" or "Le plan, en bref : …" are left to the other readers.
func (x *extractor) quoteListItem(p paragraph) bool {
	i := strings.Index(p.text, ": ")
	if i <= 0 || i > 80 {
		return false
	}
	label := strings.TrimSpace(p.text[:i])
	name, aside := label, ""
	if j := strings.Index(label, ", "); j > 0 {
		name, aside = label[:j], label[j+2:]
	} else if j := strings.Index(label, " ("); j > 0 && strings.HasSuffix(label, ")") {
		name, aside = label[:j], label[j+2:len(label)-1]
	}
	name = strings.TrimSpace(name)
	if name == "" || (aside == "" && name == p.text[:i]) || !x.channelLabel(name) {
		return false // no space before the colon, no aside: itemLabel's
	}
	if aside != "" && !listAside(aside) {
		if f := strings.Fields(lowerString(aside)); name != label && !strings.Contains(aside, ",") && !strings.HasSuffix(label, ")") && x.roleLike(f) {
			// "Умеров, секретарь СНБО: …", "Ушаков, помічник Путіна:
			// …": the name's title, which colonLabel keeps as its role
			return x.personLabelled(label+": "+strings.TrimSpace(p.text[i+2:]), p.index)
		}
		return false
	}
	return x.personLabelled(name+": "+strings.TrimSpace(p.text[i+2:]), p.index) // (threadlabels.go)
}

// listAside reports whether the words between a quotation list's name and
// its colon say when or where: a short aside holding a digit ("22 nov.",
// "2. Dezember"), opening with a capital (a place: "Genève", "Davos") or
// one commaCircumstance knows ("just now", "сегодня в Москве").
func listAside(aside string) bool {
	f := strings.Fields(aside)
	if len(f) == 0 || len(f) > maxListAsideWords || containsAny(aside, ":«»“”\"") {
		return false
	}
	if strings.IndexFunc(aside, unicode.IsDigit) >= 0 || commaCircumstance(f) {
		return true
	}
	return len(f) <= 2 && isCapital(f[0])
}
