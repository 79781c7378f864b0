// The fuller title. A report introduces a person with the whole title
// ("народна депутатка Оксана Лісовик", "the deputy foreign minister Anna
// Berg") and later shortens it at the statement ("Депутатка Лісовик
// сказала", "Berg, the minister, said"). The short form is the same title
// cut down, so the statement carries the fuller one the document gave the
// same person: the longer title that ends with, or holds as whole words,
// the shorter.

package corpus

import "strings"

// fullerRoles replaces a person's title at a statement by a longer title
// the document gave the same person that contains it as whole words.
func (x *extractor) fullerRoles() {
	var titles titleBook // person -> every title given them, each once (fullerroles_book.go)
	for i := range x.out {
		st := &x.out[i]
		if st.Role == "" || st.Speaker == unnamedSpeaker {
			continue
		}
		if titles.byPerson == nil {
			titles = newTitleBook()
			for _, m := range x.docMentions() {
				if m.kind == kindPerson && m.role != "" {
					titles.add(m.name, m.role)
				}
			}
			for _, sp := range x.speakers {
				if sp.kind == kindPerson && sp.role != "" {
					titles.add(sp.name, sp.role)
				}
			}
			for _, o := range x.out {
				if o.Role != "" {
					titles.add(o.Speaker, o.Role)
				}
			}
		}
		if r := titles.fuller(st.Speaker, st.Role); r != "" {
			st.Role = r
		}
	}
}

// fullerTitle returns the longest of titles that holds short as whole
// words and is longer by at most three words, or "" for none: "народна
// депутатка" for "Депутатка". A title that is far longer is another
// description ("депутатка, яка очолювала делегацію …"), not the title.
func fullerTitle(short string, titles []string) string {
	s := " " + lowerString(strings.TrimSpace(short)) + " "
	n := len(strings.Fields(short))
	best := ""
	for _, t := range titles {
		f := strings.Fields(t)
		if len(f) <= n || len(f) > n+3 || containsAny(t, ",;:") {
			continue
		}
		if strings.Contains(" "+lowerString(strings.Join(f, " "))+" ", s) && len(t) > len(best) {
			best = strings.Join(f, " ")
		}
	}
	return best
}
