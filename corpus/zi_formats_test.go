package corpus

import (
	"strings"
	"testing"
)

// ziCase is one short document in a shape set ZI showed (issue 12) and
// what must, or must not, come out of it: a statement whose speaker
// contains speaker, whose role contains role and whose text contains
// fragment; with absent set, no statement's text may contain fragment.
type ziCase struct {
	name, body              string
	speaker, role, fragment string
	absent                  bool
}

// checkZI runs ziCases.
func checkZI(t *testing.T, cases []ziCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ss := statementsOf(t, c.body)
			for _, s := range ss {
				if !strings.Contains(s.Text, c.fragment) {
					continue
				}
				if c.absent {
					t.Fatalf("%q should be nobody's statement; got %+v", c.fragment, s)
				}
				if strings.Contains(s.Speaker, c.speaker) && strings.Contains(s.Role, c.role) {
					return
				}
			}
			if !c.absent {
				t.Errorf("no statement of %q (%q) with %q; got %+v", c.speaker, c.role, c.fragment, ss)
			}
		})
	}
}

func TestDottedInitialsLabel(t *testing.T) {
	checkZI(t, []ziCase{
		{"French: the guest named in full, then by dotted initials",
			"*Entretien avec Claire Moutier, historienne à l'université de Lyon.*\n\n**La Gazette :** Le plan tient-il ?\n\n**Claire Moutier :** Pas encore.\n\n**La Gazette :** Et l'armée ?\n\n**C. M. :** Le chiffre de 800 000 restera.\n",
			"Claire Moutier", "historienne", "Le chiffre de 800 000 restera", false},
		{"Italian: initials without a space between them",
			"Intervista a Paolo Serra, ex ambasciatore a Mosca.\n\n**Domanda:** Il piano regge?\n\n**Paolo Serra:** No.\n\n**Domanda:** Perché?\n\n**P.S.:** Perché nessuno lo ha firmato.\n",
			"Paolo Serra", "", "nessuno lo ha firmato", false},
		{"Portuguese: the guest by initials after a full label",
			"Conversámos com Rita Amaral, investigadora em Coimbra.\n\n**P:** E a Europa?\n\n**Rita Amaral:** Chega tarde.\n\n**P:** Porquê?\n\n**R. A.:** Porque ninguém a convidou para a mesa.\n",
			"Rita Amaral", "", "ninguém a convidou para a mesa", false},
	})
	for _, c := range []struct {
		label, want string
		ok          bool
	}{
		{"H. V.", "HV", true}, {"H.V.", "HV", true}, {"J.-P. M.", "JPM", true},
		{"U.S.", "US", true}, {"EU", "", false}, {"Dr. V.", "", false}, {"H.", "", false},
	} {
		got, ok := dottedInitials(c.label)
		if got != c.want || ok != c.ok {
			t.Errorf("dottedInitials(%q) = %q, %v; want %q, %v", c.label, got, ok, c.want, c.ok)
		}
	}
}

func TestNewsletterHeadingQuote(t *testing.T) {
	checkZI(t, []ziCase{
		{"Spanish: a numbered entry, the name and when before the quotation",
			"# Boletín\n\n### 1. Ortega, tras la cumbre de Roma: «Queda mucho por negociar»\n\nEl ministro Luis Ortega habló con la prensa en Roma.\n",
			"Ortega", "", "Queda mucho por negociar", false},
		{"English: a numbered entry, the name and after what",
			"# Morning briefing\n\n### 2. Hale, after the Geneva round: \"The map is still open\"\n\nSenator Tom Hale spoke to reporters on Sunday.\n",
			"Hale", "", "The map is still open", false},
		{"German: a numbered entry with a closing bracket",
			"# Der Morgen\n\n### 3) Brandt, nach dem Gipfel: „Europa sitzt am Tisch“\n\nDie Ministerin Anke Brandt äußerte sich in Brüssel.\n",
			"Brandt", "", "Europa sitzt am Tisch", false},
	})
	for _, c := range []struct{ in, want string }{
		{"1. Rubio: «x y»", "Rubio: «x y»"}, {"12 – Merz: „x“", "Merz: „x“"},
		{"2025 plan", "2025 plan"}, {"7th point", "7th point"}, {"Rubio: «x»", "Rubio: «x»"},
	} {
		if got := headingItemNumber(c.in); got != c.want {
			t.Errorf("headingItemNumber(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestRelativeClauseAfterTitledName(t *testing.T) {
	checkZI(t, []ziCase{
		{"Spanish: name, title, then a relative clause naming another person",
			"Luis Ortega, secretario del Consejo, que sustituye a Pedro Gil al frente de la delegación, dijo que las conversaciones habían sido útiles.",
			"Luis Ortega", "secretario del Consejo", "las conversaciones habían sido útiles", false},
		{"Italian: name, title, relative clause",
			"Marco Ferri, viceministro degli Esteri, che guida la delegazione, ha detto che il testo è cambiato.",
			"Marco Ferri", "viceministro", "il testo è cambiato", false},
		{"Ukrainian: an object relative pronoun after the name, a verb in the present",
			"Колишній посол Остап Гнатюк, якого ми попросили порівняти тексти, зауважує, що від плану мало що лишилося.",
			"Остап Гнатюк", "посол", "від плану мало що лишилося", false},
		{"Russian: an object relative pronoun after the name",
			"Олег Смирнов, которого мы попросили сравнить документы, заявил, что от плана мало что осталось.",
			"Олег Смирнов", "", "от плана мало что осталось", false},
	})
}

func TestConsentNoticeAndEmptyReports(t *testing.T) {
	checkZI(t, []ziCase{
		{"English: a cookie banner quoting its buttons under a byline",
			"# Talks resume\n\nBy Jane Okoro, Vienna\n\nThe delegations met again on Monday.\n\nWe use cookies to improve your visit. By clicking \"Accept all\", you agree to our use of cookies.\nAccept all\nReject all\n",
			"", "", "use of cookies", true},
		{"German: a cookie banner quoting its button",
			"# Gespräche in Wien\n\nVon Jana Kurz\n\nDie Delegationen trafen sich am Montag.\n\nWir verwenden Cookies. Mit „Alle akzeptieren“ stimmen Sie zu.\nAlle akzeptieren\n",
			"", "", "Cookies", true},
		{"Polish: an answer of one word after a dash",
			"Premier Jan Nowak rozmawiał wczoraj z dziennikarzami.\n\n## Ile punktów ma plan?\n\nWedług Nowaka – dwanaście. Premier powiedział, że tekst jest krótszy niż wcześniej.\n",
			"", "", "dwanaście", true},
		{"German: a teaser cut off after the pronoun and its verb",
			"Der Minister Karl Hofer sprach von einer schweren Woche. Hofer versprach, er werde",
			"", "", "er werde", true},
		{"English: a clause cut off after he and would",
			"Senator Tom Hale spoke on Sunday. Hale said he would",
			"", "", "he would", true},
		{"Russian: a short whole claim is kept",
			"Глава фонда Олег Смирнов написал в соцсетях, что диалог продолжается.",
			"Олег Смирнов", "", "диалог продолжается", false},
	})
}

func TestPassiveThenActiveCue(t *testing.T) {
	checkZI(t, []ziCase{
		{"English: the one asked is no speaker; the trailing cue names who spoke",
			"Ukraine was asked to give up the eastern region, Kremlin spokesman Oleg Mirny said.",
			"Oleg Mirny", "Kremlin spokesman", "Ukraine was asked to give up the eastern region", false},
		{"English: told, then an unnamed official",
			"Kyiv was told to answer by Thursday, a senior European official said.",
			"unnamed source", "senior European official", "Kyiv was told to answer by Thursday", false},
	})
}

func TestDescribedTitledName(t *testing.T) {
	checkZI(t, []ziCase{
		{"Polish: what the person is at the event, then title and name",
			"Gospodarz szczytu, fiński premier Jari Laine, zapewnił, że pomoc dla Ukrainy nie osłabnie.",
			"Jari Laine", "premier", "pomoc dla Ukrainy nie osłabnie", false},
		{"English: host, then title and name",
			"The host of the talks, Swiss President Anna Keller, said the venue was ready.",
			"Anna Keller", "President", "the venue was ready", false},
		{"French: host, then title and name",
			"L'hôte du sommet, le Premier ministre Jean Roux, a déclaré que la salle était prête.",
			"Jean Roux", "Premier ministre", "la salle était prête", false},
	})
}

func TestAddresseeAfterVerb(t *testing.T) {
	checkZI(t, []ziCase{
		{"Italian: the outlet told after 'a' is not who spoke",
			"---\ntitle: x\nlang: it\n---\n\nIl senatore Marco Ferri ha criticato il governo. «Senza l'Europa non c'è pace», ha dichiarato a Voce Lagunare.\n",
			"Marco Ferri", "senatore", "Senza l'Europa non c'è pace", false},
		{"Spanish: the radio told after 'a'",
			"---\ntitle: x\nlang: es\n---\n\nEl ministro Luis Ortega habló ayer. «No firmaremos nada», dijo a Radio Centro.\n",
			"Luis Ortega", "ministro", "No firmaremos nada", false},
	})
}

func TestBareStaffLabel(t *testing.T) {
	checkZI(t, []ziCase{
		{"Russian captions: the correspondent's job as the label, then an unnamed source",
			"ВЕДУЩИЙ: Добрый вечер.\n\nКОРРЕСПОНДЕНТ: Источник в делегации рассказал нашему каналу, что американцы привезли новый текст.\n\nСМИРНОВ: Время работает на нас.\n",
			"unnamed source", "", "американцы привезли новый текст", false},
		{"English script: the anchor's job as the label relays a named minister",
			"ANCHOR: Good evening.\n\nREPORTER: Foreign minister Anna Berg told us that the border would stay closed.\n\nBERG: We will not move.\n",
			"Anna Berg", "Foreign minister", "the border would stay closed", false},
		{"the correspondent's label is no part of what was said",
			"ВЕДУЩИЙ: Добрый вечер.\n\nКОРРЕСПОНДЕНТ: Разговор, по словам Олега Смирнова, был полезным и содержательным.\n\nСМИРНОВ: Время работает на нас.\n",
			"", "", "КОРРЕСПОНДЕНТ", true},
	})
}

func TestPublishedWorkTitle(t *testing.T) {
	checkZI(t, []ziCase{
		{"French: a book credit under an interview",
			"*Claire Moutier a publié « Les traités oubliés de l'Est » (Éditions du Lac, 2023).*",
			"", "", "Les traités oubliés", true},
		{"English: a book credit",
			"Tom Hale published \"The Long Winter Peace\" last year.",
			"", "", "The Long Winter Peace", true},
		{"Italian: a quotation with its speaker is still read",
			"Marco Ferri: «Il testo europeo resta una base negoziale».",
			"Marco Ferri", "", "Il testo europeo resta una base negoziale", false},
	})
}

func TestItalicStandfirstAndFrontedAdjective(t *testing.T) {
	checkZI(t, []ziCase{
		{"Ukrainian: the title before the name in an italic standfirst carries to the person's statements",
			"---\ntitle: x\nlang: uk\n---\n\n# Рамковий документ\n\n*Міністр Олег Гнатюк на зустрічі з журналістами вперше зачитав проєкт документа. Газета публікує переказ усіх пунктів. Текст подаємо за стенограмою.*\n\nГнатюк назвав документ «основою для подальших переговорів» між сторонами.\n",
			"Олег Гнатюк", "Міністр", "основою для подальших переговорів", false},
		{"English: the same in an English standfirst",
			"---\ntitle: x\nlang: en\n---\n\n# The draft\n\n*Foreign minister Anna Berg read the draft to reporters for the first time on Tuesday. We publish a summary of all its points. The text follows the transcript.*\n\nBerg called the document a basis for further talks between the sides.\n",
			"Anna Berg", "Foreign minister", "a basis for further talks", false},
		{"Ukrainian: a fronted adjective before a known surname is no given name",
			"---\ntitle: x\nlang: uk\n---\n\nМіністр Олег Гнатюк виступив у Раді.\n\nНайважливішими Гнатюк назвав питання кордону та виборів.\n",
			"Олег Гнатюк", "", "питання кордону", false},
		{"Russian: the same",
			"---\ntitle: x\nlang: ru\n---\n\nМинистр Олег Смирнов выступил на форуме.\n\nГлавным Смирнов назвал вопрос о границе.\n",
			"Олег Смирнов", "", "вопрос о границе", false},
	})
}
