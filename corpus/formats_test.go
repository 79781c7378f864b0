package corpus

import "testing"

// fdoc is a document in lang with body as its text.
func fdoc(lang, body string) string {
	return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
}

// TestSynonymOffice checks another word for a head of state with a
// nationality ("el mandatario ucraniano") after the president was named
// without a title: the office's holder (synonymoffice.go).
func TestSynonymOffice(t *testing.T) {
	checkRoles(t, []roleCase{
		{"es mandatario", fdoc("es", "Zelenski dijo en Kiev que la reunión fue útil. El mandatario ucraniano agregó que habrá otra ronda en febrero."), "Zelensky", "mandatario ucraniano", "habrá otra ronda en febrero"},
		{"pt mandatário", fdoc("pt", "Macron disse em Paris que a reunião foi útil. O mandatário francês afirmou que a coalizão está pronta para agir."), "Macron", "mandatário francês", "a coalizão está pronta para agir"},
		{"es another president titled before", fdoc("es", "El presidente estadounidense Donald Trump habló primero. Zelenski, a su vez, dijo que la reunión fue útil. «Habrá otra ronda en febrero», aseguró el mandatario ucraniano a la prensa."), "Zelensky", "mandatario ucraniano", "Habrá otra ronda en febrero"},
		{"it capo dello stato", fdoc("it", "Zelensky ha parlato a Kiev. Il capo dello stato ucraino ha aggiunto che la prossima settimana ci sarà un altro incontro."), "Zelensky", "capo dello stato ucraino", "la prossima settimana ci sarà un altro incontro"},
	})
}

// TestInvertedTitleNationality checks an inverted speaker whose title
// holds a nationality, before or after its noun: the adjective is part of
// the title, so the title names the right person (synonymoffice.go).
func TestInvertedTitleNationality(t *testing.T) {
	checkRoles(t, []roleCase{
		{"pl adjective before the noun", fdoc("pl", "**Niemcy | Johann Wadephul**\n\n„Rozmowy muszą trwać, nawet jeśli są trudne” – mówił niemiecki minister na konferencji."), "Wadephul", "minister", "Rozmowy muszą trwać"},
		{"es inverted synonym", fdoc("es", "El presidente estadounidense Donald Trump habló primero. Zelenski, a su vez, dijo que la reunión fue útil. «No cederemos territorio», subrayó el mandatario ucraniano ante la prensa."), "Zelensky", "mandatario ucraniano", "No cederemos territorio"},
		{"it inverted president", fdoc("it", "Il presidente americano Donald Trump ha parlato per primo. Zelensky ha detto che l'incontro è stato utile. «Non cederemo territorio», ha sottolineato il presidente ucraino a Kiev."), "Zelensky", "presidente ucraino", "Non cederemo territorio"},
	})
}

// TestConvictionCloser checks a dashed quotation closed by a short
// adjective of conviction instead of a speech verb ("— уверена эксперт",
// "— переконаний він"): data/formats.json adds them to sayVerbs.
func TestConvictionCloser(t *testing.T) {
	checkStatements(t, []statementCase{
		{"ru уверена with a back-reference", fdoc("ru", "Экономист Инна Ракова смотрит на дело иначе. «Быстрой отмены пошлин не будет», — уверена эксперт."), "Ракова", "Быстрой отмены пошлин не будет"},
		{"ru убеждён", fdoc("ru", "Аналитик Олег Серов выступил в Москве. «Санкции снимут не скоро», — убеждён аналитик."), "Серов", "Санкции снимут не скоро"},
		{"uk переконаний with a pronoun", fdoc("uk", "Інженер Тарас Мельник вважає, що роботи на станції багато. «Бракує і людей, і запчастин», — переконаний він."), "Мельник", "Бракує і людей, і запчастин"},
	})
}

// TestContinueAside checks a "continues" verb set inside a sentence with
// its speaker ("Этот план, продолжает Зимин, выгоден …", "El acuerdo,
// prosigue Ramos, llega tarde"): the sentence is the speaker's, as with
// any speech verb in that place.
func TestContinueAside(t *testing.T) {
	checkStatements(t, []statementCase{
		{"ru продолжает", fdoc("ru", "Социолог Павел Рудин изучил опросы. Эта договорённость, продолжает Рудин, нужна прежде всего Кремлю."), "Рудин", "нужна прежде всего Кремлю"},
		{"pl kontynuuje", fdoc("pl", "Socjolog Paweł Rudnicki zbadał sondaże. Ten układ, kontynuuje Rudnicki, jest potrzebny przede wszystkim Kremlowi."), "Rudnicki", "jest potrzebny przede wszystkim Kremlowi"},
		{"it prosegue", fdoc("it", "Il sociologo Paolo Rinaldi ha studiato i sondaggi. Questo accordo, prosegue Rinaldi, serve soprattutto al Cremlino."), "Rinaldi", "serve soprattutto al Cremlino"},
		{"es prosigue", fdoc("es", "La socióloga Marta Ibarra estudió los sondeos. Ese acuerdo, prosigue Ibarra, llega demasiado tarde para Kiev."), "Ibarra", "llega demasiado tarde para Kiev"},
	})
}

// TestViewInsideKept checks that a view phrase set between commas inside
// a paraphrase stays in the statement's text: the fragment a reader
// quotes is the report's sentence as written.
func TestViewInsideKept(t *testing.T) {
	checkStatements(t, []statementCase{
		{"ru по его словам", fdoc("ru", "Министр Игорь Зотов выступил в Думе. Часть предложений, по его словам, вполне приемлема."), "Зотов", "Часть предложений, по его словам, вполне приемлема"},
		{"en in her view", fdoc("en", "Senator Clara Hume spoke on Monday. The second draft, in her view, is weaker than the first."), "Hume", "The second draft, in her view, is weaker"},
		{"pl jego zdaniem", fdoc("pl", "Minister Adam Zawada przemawiał w Sejmie. Część propozycji, jego zdaniem, jest do przyjęcia."), "Zawada", "Część propozycji, jego zdaniem, jest do przyjęcia"},
	})
}

// TestViaPerson checks a body speaking through a named person set between
// commas ("Il Cremlino, tramite il consigliere X, ha fatto sapere che"):
// the person is the speaker, with the title beside the name (viaperson.go).
func TestViaPerson(t *testing.T) {
	checkRoles(t, []roleCase{
		{"it tramite", fdoc("it", "Il ministero, tramite il portavoce Marco Fadda, ha fatto sapere che la missione partirà a marzo."), "Marco Fadda", "portavoce", "la missione partirà a marzo"},
		{"fr par la voix de", fdoc("fr", "L'Élysée, par la voix de sa porte-parole Claire Vautrin, a indiqué que la mission partirait en mars."), "Claire Vautrin", "porte-parole", "la mission partirait en mars"},
		{"ru устами", fdoc("ru", "Министерство, устами представителя Игоря Зорина, заявило, что миссия начнётся в марте."), "Игорь Зорин", "представител", "миссия начнётся в марте"},
	})
}

// TestMannerAside checks a short aside on how the speaker spoke between
// the speaker and the verb ("X, mais cauteloso, disse que"): the speaker
// is the subject before it (viaperson.go).
func TestMannerAside(t *testing.T) {
	checkRoles(t, []roleCase{
		{"pt mais cauteloso", fdoc("pt", "O ministro Rui Figueiredo, mais cauteloso, disse que o acordo ainda vai demorar."), "Figueiredo", "ministro", "o acordo ainda vai demorar"},
		{"es más prudente", fdoc("es", "La ministra Ana Ibarra, más prudente, dijo que el acuerdo tardará meses."), "Ibarra", "ministra", "el acuerdo tardará meses"},
		{"ru как обычно", fdoc("ru", "Министр Игорь Зотов, как обычно, заявил, что переговоры продолжатся."), "Зотов", "министр", "переговоры продолжатся"},
		{"en more cautious", fdoc("en", "Chancellor Anna Keller, more cautious, said the talks would take months."), "Keller", "chancellor", "the talks would take months"},
	})
}

// TestExTitleMention checks a title with the closed-up prefix of a
// former holder in a sentence that only names the person ("Primera en
// intervenir fue la exdiplomática X."): the role stays with the person
// for the quotation that follows (extitle.go).
func TestExTitleMention(t *testing.T) {
	checkRoles(t, []roleCase{
		{"es exdiplomática", fdoc("es", "Primera en hablar fue la exdiplomática Lucía Arrieta. «Hay cifras pero no hay mapa», advirtió."), "Arrieta", "exdiplomática", "Hay cifras pero no hay mapa"},
		{"it exministra", fdoc("it", "Prima a parlare è stata l'exministra Carla Fontana. «Abbiamo sentito cifre ma nessuna mappa», ha avvertito."), "Fontana", "exministra", "Abbiamo sentito cifre"},
		{"pt exembaixador", fdoc("pt", "O primeiro a falar foi o exembaixador Rui Tavares. «Ouvimos números, mas nenhum mapa», advertiu."), "Tavares", "exembaixador", "Ouvimos números"},
	})
}

// TestViewAfterNewcomer checks a view phrase without a pronoun ("A su
// juicio", "A suo avviso", "À son avis") right after a sentence that
// opened with a new person who did not speak yet: the view is theirs,
// not the guest's who spoke before.
func TestViewAfterNewcomer(t *testing.T) {
	checkStatements(t, []statementCase{
		{"es a su juicio", fdoc("es", "La analista Marta Soler dijo que el plan está muerto.\n\nEl general retirado Luis Prado discrepó. A su juicio, la novedad es que ya hay garantías por escrito."), "Prado", "la novedad es que ya hay garantías"},
		{"it a suo avviso", fdoc("it", "L'analista Marta Soldi ha detto che il piano è morto.\n\nIl generale Luigi Prati non è d'accordo. A suo avviso, la novità è che ci sono garanzie scritte."), "Prati", "la novità è che ci sono garanzie scritte"},
		{"fr à son avis", fdoc("fr", "L'analyste Marthe Solier a dit que le plan était mort.\n\nLe général Louis Prat n'est pas d'accord. À son avis, la nouveauté est que des garanties écrites existent."), "Prat", "la nouveauté est que des garanties écrites existent"},
	})
}

// TestViewForTitle checks "Para la exembajadora, …", a view opened by a
// title that refers back to someone named before, and a title of the
// same kind as theirs (viewfortitle.go, titlefamily.go).
func TestViewForTitle(t *testing.T) {
	checkStatements(t, []statementCase{
		{"es same kind of title", fdoc("es", "Habló primero la exdiplomática Lucía Arrieta. «Hay cifras pero no hay mapa», advirtió. Para la exembajadora, el problema sigue siendo el territorio."), "Arrieta", "el problema sigue siendo el territorio"},
		{"pt office with nationality", fdoc("pt", "Zelensky comemorou em Kiev. Para o presidente ucraniano, agora existem textos assinados, \"não só promessas\"."), "Zelensky", "agora existem textos assinados"},
		{"it same title", fdoc("it", "Ha parlato il generale Luigi Prati. «Senza controlli la tregua non regge», ha detto. Per il generale, la missione dovrà durare anni."), "Prati", "la missione dovrà durare anni"},
	})
}

// TestSameKindTitle checks a quotation closed by a title of the same kind
// as the last speaker's ("el coronel X" … "subrayó el militar").
func TestSameKindTitle(t *testing.T) {
	checkStatements(t, []statementCase{
		{"es exembajadora after exdiplomática", fdoc("es", "La exdiplomática Lucía Arrieta dijo que faltan mapas. «No hay ningún mapa», insistió la exembajadora."), "Arrieta", "No hay ningún mapa"},
		{"de Diplomat after Botschafterin", fdoc("de", "Die frühere Botschafterin Eva Roth sagte, der Plan sei tot. „Es gibt Zahlen, aber keine Karte“, sagte die Diplomatin."), "Roth", "Es gibt Zahlen, aber keine Karte"},
		{"pl wojskowy after pułkownik", fdoc("pl", "Pułkownik Jan Wrona powiedział, że brakuje gwarancji. „Bez kontroli rozejm nie przetrwa” – podkreślił wojskowy."), "Wrona", "Bez kontroli rozejm nie przetrwa"},
	})
}

// TestEnvoyTitle checks the Russian and Ukrainian "спец-" envoy titles in
// apposition, with another person's name inside ("спецпредставитель
// Путина"): without them as titles the apposition was no role and the
// statement was lost.
func TestEnvoyTitle(t *testing.T) {
	checkRoles(t, []roleCase{
		{"ru спецпредставитель", fdoc("ru", "Олег Травин, спецпредставитель Путина по торговле, написал, что встреча была полезной."), "Олег Травин", "спецпредставитель", "встреча была полезной"},
		{"ru спецпосланник", fdoc("ru", "Олег Травин, спецпосланник Кремля, заявил, что встреча была полезной."), "Олег Травин", "спецпосланник", "встреча была полезной"},
		{"uk спецпредставник", fdoc("uk", "Олег Травін, спецпредставник Путіна, написав, що зустріч була корисною."), "Олег Травін", "спецпредставник", "зустріч була корисною"},
	})
}

// TestAccordingToInterlocutor checks "according to the interlocutor" in
// the case the phrase governs, right after an unnamed source spoke: the
// words are an unnamed source's, not lost for want of a name.
func TestAccordingToInterlocutor(t *testing.T) {
	checkStatements(t, []statementCase{
		{"uk співрозмовника", fdoc("uk", "Джерело в міській раді, яке попросило не називати його імені, повідомило, що наказів не було. За словами співрозмовника, мер дізнається все з телевізора."), unnamedSpeaker, "мер дізнається все з телевізора"},
		{"ru собеседника", fdoc("ru", "Источник в мэрии, попросивший не называть его имени, сообщил, что приказов не было. По словам собеседника, мэр узнаёт всё из телевизора."), unnamedSpeaker, "мэр узнаёт всё из телевизора"},
		{"ru plural собеседников", fdoc("ru", "Два источника в мэрии, попросившие не называть их имён, сообщили, что приказов не было. По словам собеседников, мэр узнаёт всё из телевизора."), unnamedSpeaker, "мэр узнаёт всё из телевизора"},
	})
}

// TestBareReply checks a reported clause that is only a bare yes or no
// ("Ruiz cree que no, al menos hasta la primavera"): the statement is the
// whole sentence, not the reply word (barereply.go).
func TestBareReply(t *testing.T) {
	checkStatements(t, []statementCase{
		{"es cree que no", fdoc("es", "La analista Carmen Ruiz dijo que el plan es bueno. Ferrero preguntó si Moscú aceptará. Ruiz cree que no, al menos hasta la primavera."), "Ruiz", "Ruiz cree que no, al menos"},
		{"it pensa di no", fdoc("it", "L'analista Carla Rossi ha detto che il piano è buono. Rossi pensa di no, almeno fino alla primavera."), "Rossi", "Rossi pensa di no, almeno"},
		{"en said no", fdoc("en", "Analyst Carla Ruiz said the plan was good. Asked whether Moscow would accept, Ruiz said no, not before spring."), "Ruiz", "Ruiz said no, not before spring"},
	})
}

// TestCitedRelativeSpokeOf checks a cited person's German relative clause
// that closes on a verb of speaking of something with a quotation inside
// ("zitiert X, der von „…“ gesprochen hatte"), and that the same verb
// without a quotation ("der mit Y gesprochen hatte", a talk) says nothing.
func TestCitedRelativeSpokeOf(t *testing.T) {
	checkStatements(t, []statementCase{
		{"de gesprochen hatte", fdoc("de", "Der Kanal zitiert Paul Brenner, der auf X von „großer Bewegung“ gesprochen hatte."), "Brenner", "großer Bewegung"},
		{"de sprach", fdoc("de", "Die Zeitung zitiert Anna Weber, die von „echter Bewegung“ sprach."), "Weber", "echter Bewegung"},
	})
	d, err := Parse([]byte(fdoc("de", "Der Kanal zitiert Paul Brenner, der mit dem Kanzler gesprochen hatte.")), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Statements) > 0 {
		t.Errorf("a talk read as speech: %+v", d.Statements)
	}
}
