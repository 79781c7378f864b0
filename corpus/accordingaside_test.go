package corpus

import "testing"

// TestAccordingAsideBetweenNameAndVerb checks an according-to phrase set
// off by commas between a named speaker and the speech verb ("Giorgia
// Meloni, secondo il notiziario, ha detto che …"): the channel that
// relayed the words is no role and the words stay the named person's, in
// several languages; an unnamed title or a thing before the phrase gives
// no named speaker.
func TestAccordingAsideBetweenNameAndVerb(t *testing.T) {
	doc := func(lang, body string) string { return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body }
	checkStatements(t, []statementCase{
		{"it secondo", doc("it", "Abbiamo navigato tutto il giorno. Giorgia Meloni, secondo il notiziario, ha detto che serve una pace giusta e duratura."), "Giorgia Meloni", "serve una pace giusta e duratura"},
		{"uk за словами", doc("uk", "Богдан вів стрім. Зеленський, за словами Богдана, дав зрозуміти: питання території без людей не вирішуватиметься."), "Volodymyr Zelensky", "питання території без людей не вирішуватиметься"},
		{"fr selon", doc("fr", "Nous avons voté. Emmanuel Macron, selon la radio, a déclaré que les garanties seraient robustes."), "Emmanuel Macron", "les garanties seraient robustes"},
		{"es según", doc("es", "Se aprobó el acta. Pedro Sánchez, según la radio, dijo que España estaba dispuesta a participar en una fuerza."), "Pedro Sánchez", "España estaba dispuesta a participar"},
		{"pl według", doc("pl", "Zebranie trwało godzinę. Donald Tusk, według radia, powiedział, że polscy żołnierze nie pojadą na Ukrainę."), "Donald Tusk", "polscy żołnierze nie pojadą na Ukrainę"},
		{"pt segundo", doc("pt", "Votámos a ata. Marco Rubio, segundo a rádio, disse que a reunião foi muito produtiva."), "Marco Rubio", "a reunião foi muito produtiva"},
		{"en according to", doc("en", "We met on Monday. Donald Trump, according to the radio, said that the talks were going well."), "Donald Trump", "the talks were going well"},
	})
	for _, c := range []struct{ name, text string }{
		{"uk an unnamed chair", doc("uk", "Засідання тривало годину. Голова комітету, за словами учасників, запропонував наступного тижня заслухати міністра закордонних справ.")},
		{"it a document", doc("it", "Abbiamo letto il testo. Il documento, secondo il notiziario, prevede che le truppe restino al confine.")},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsOf(t, c.text) {
				if s.Speaker != unnamedSpeaker {
					t.Errorf("no named speaker here, got %+v", s)
				}
			}
		})
	}
}
