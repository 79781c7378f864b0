package corpus

import "testing"

// TestMinutesTitleWords: the titles of house committees, clubs and small
// offices that minutes and wire reports put before a name ("Председатель
// Галина Петровна", "Двірник Микола", "Pokladník Karel Novák", "Konduktor
// pociągu … Wasyl Demczuk") are title words (data/roles.json), so the
// title is the role and not part of the name. Before stop 64 the lexicon
// lacked them and the name kept the title (sets ZZA, ZZC) or the person
// spoke with no role (ZZD).
func TestMinutesTitleWords(t *testing.T) {
	checkRelationCases(t, []relationCase{
		{"ru chair", reportDoc("ru", "Председатель Галина Петровна сказала, что лифт починят к пятнице."),
			"Галина Петровна", "председатель", "лифт починят к пятнице"},
		{"ru caretaker", reportDoc("ru", "Дворник Рустам сказал, что соль для дорожек закончится к среде."),
			"Рустам", "дворник", "соль для дорожек закончится"},
		{"uk dispatcher", reportDoc("uk", "Диспетчерка Оксана повідомила, що ліфт у під'їзді 3 стоїть через зламану плату."),
			"Оксана", "диспетчерка", "ліфт у під'їзді 3 стоїть"},
		{"cs treasurer", reportDoc("cs", "Pokladník Karel Novák oznámil, že spolek hospodařil s přebytkem."),
			"Karel Novák", "pokladník", "spolek hospodařil s přebytkem"},
		{"cs member", reportDoc("cs", "Člen Jiří Mráz upozornil, že na posedu je shnilá třetí příčka."),
			"Jiří Mráz", "člen", "na posedu je shnilá třetí příčka"},
		{"pl conductor with a complement", reportDoc("pl", "Konduktor pociągu Kijów–Przemyśl Wasyl Demczuk twierdzi, że w listopadzie pociągi na wschód są pełniejsze niż zwykle."),
			"Wasyl Demczuk", "konduktor", "pociągi na wschód są pełniejsze"},
	})
}

// TestMinutesTitleWordsNegatives: the new title words give their role to
// the person they stand before, never to another speaker of the next
// sentence, and a title word used as a plain noun names nobody's role.
func TestMinutesTitleWordsNegatives(t *testing.T) {
	checkNoRole(t, []noRoleCase{
		{"ru another speaker after", reportDoc("ru", "Председатель Галина Петровна открыла собрание. Иван Сергеевич Котов сказал, что лифт починят к пятнице."), "Иван Сергеевич Котов"},
		{"uk plain noun", reportDoc("uk", "Нового двірника досі не найняли. Олена Мельник сказала, що сіль для доріжок закінчиться до вівторка."), "Олена Мельник"},
		{"cs member of another", reportDoc("cs", "Schůzi řídil předseda Karel Novák. Jiří Mráz upozornil, že na posedu je shnilá třetí příčka."), "Jiří Mráz"},
		{"pl conductor unnamed", reportDoc("pl", "Konduktor sprawdzał bilety. Anna Kowalczyk powiedziała, że pociągi na wschód są pełniejsze niż zwykle."), "Anna Kowalczyk"},
	})
}
