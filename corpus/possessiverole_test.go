package corpus

import "testing"

// TestPossessiveRole: a first-person possessive description before or
// after a name ("Our cellist Mara Lind", "наш завхоз") is that person's
// role, whatever its noun, and a title word alone ("editor") gives way to
// the whole description. Sets ZV, ZX and ZY introduce their own people so.
func TestPossessiveRole(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{"en before the name", reportDoc("en", "Our cellist Mara Lind asked me to add that the quartet plays for the children, not for the politicians."),
			"Mara Lind", "our cellist", "the quartet plays for the children"},
		{"en longer than the title", reportDoc("en", "Our weekend news editor Jonah Pike says no headline should call the draft a deal until it is signed."),
			"Jonah Pike", "our weekend news editor", "no headline should call the draft a deal"},
		{"ru after the name", reportDoc("ru", "Пётр Ларин, наш завхоз, считает, что еды хватит на весь маршрут до перевала."),
			"Пётр Ларин", "наш завхоз", "еды хватит на весь маршрут"},
		{"ru place before the name", reportDoc("ru", "Наш фиксер в Стамбуле Омар Юсуф предупреждает, что билеты на рейсы сильно подорожали."),
			"Омар Юсуф", "наш фиксер в стамбуле", "билеты на рейсы сильно подорожали"},
		{"es before the name", reportDoc("es", "Nuestro tesorero Ramón Vidal dijo que la cuota subirá el año que viene por la calefacción."),
			"Ramón Vidal", "nuestro tesorero", "la cuota subirá el año que viene"},
	})
}

// TestPossessiveRoleNegatives: a third-person possessive ("his rival
// Donald Trump") describes the person only in relation to another and is
// no role of theirs; a possessive that does not open its clause ("in our
// view") learns nothing.
func TestPossessiveRoleNegatives(t *testing.T) {
	checkNoRole(t, []noRoleCase{
		{"en third person", reportDoc("en", "Marek Holub spoke first. His old rival Tomas Brandt said the vote had been rigged from the start."), "Tomas Brandt"},
		{"en possessive inside a phrase", reportDoc("en", "In our small town Tomas Brandt said the vote had been rigged from the start."), "Tomas Brandt"},
	})
}
