// The titles fullerRoles compares, kept once each (fullerroles.go).

package corpus

// titleBook holds the titles a document gave each person, each title once
// in the order first given, and the answers of fullerTitle already asked.
//
// fullerRoles listed a person's title once per statement and mention, and
// asked fullerTitle for every statement: a speaker quoted fifty times
// under one title had each of fifty statements compared with fifty copies
// of it (4% of extraction on the mixed fixtures). A title given twice
// changes no answer (fullerTitle keeps the first of equally long ones),
// and the answer for one person and title is the same at every statement.
type titleBook struct {
	byPerson map[string][]string
	seen     map[[2]string]bool
	answers  map[[2]string]string
}

func newTitleBook() titleBook {
	return titleBook{byPerson: map[string][]string{}, seen: map[[2]string]bool{}, answers: map[[2]string]string{}}
}

// add notes that person was given title, unless it was already. The
// title's article is no part of it ("il ministro degli Esteri" as a
// mention wrote it is not fuller than "ministro degli Esteri").
func (b *titleBook) add(person, title string) {
	title = cleanRole(title)
	k := [2]string{person, title}
	if b.seen[k] {
		return
	}
	b.seen[k] = true
	b.byPerson[person] = append(b.byPerson[person], title)
}

// fuller is fullerTitle(short, the person's titles), asked once per person
// and title. The book is complete before the first question.
func (b *titleBook) fuller(person, short string) string {
	k := [2]string{person, short}
	if r, ok := b.answers[k]; ok {
		return r
	}
	r := fullerTitle(short, b.byPerson[person])
	b.answers[k] = r
	return r
}
