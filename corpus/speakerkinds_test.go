package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// speakerKindCase is one case of the speaker-kinds matrix: who a
// statement must be given to when the words around the speaker are not a
// plain name: a source the report does not name, an institution or a
// place inside the phrase that names the person. speaker must be a
// substring of the statement's speaker, role (when set) of its role, and
// notSpeaker (when set) must not be the speaker of the fragment.
type speakerKindCase struct {
	class, lang, text, speaker, role, notSpeaker, fragment string
	// open marks a case the rules do not read yet: logged, not failed
	open bool
	// title is the document's title ("t" when empty)
	title string
}

// speakerKindCases are written for this matrix (invented people and
// institutions), in several languages per class. Classes:
//   - eponym: an institution named after a person ("im. Jana Zamoyskiego",
//     "имени …") after the speaker's name; the eponym is no speaker.
//   - origin: in a head-final language of cases the institution or place
//     the speaker comes from follows the name in the elative ("Tartu
//     Ülikoolist", "Tallinnast"); it is no part of the name.
//   - freerel: a free relative clause is the unnamed source ("assicura chi
//     le ha parlato", "asegura quien habló con ella").
//   - people: "two people familiar with …" in a language whose word for
//     person the unnamed nouns lacked.
//   - samesrc: "the same source" after the verb of an inserted clause
//     ("A Roma, spiega la stessa fonte, …") is the source just cited.
//   - second: a paragraph opening with a phrase of place and a second
//     person ("Unos metros más allá, Pedro Sanz, jubilado, lee …") gives
//     its quotations with a dropped subject or a pronoun to that person,
//     not to the one the paragraph before quoted.
//   - whisper: verbs of saying the lists lacked ("sussurra", "susurra",
//     "flüstert", "whispers") after a quotation.
//   - review: in a press review (told by its title) the newspaper whose
//     view is quoted ("écrit le quotidien", "meint das Blatt") speaks,
//     under the name the paragraph gave it; outside one it never does.
//   - relplace: a place phrase between a relative pronoun and its
//     verb ("who from Nairobi had said", "che da Nairobi aveva detto") is
//     where, and the clause is the antecedent's; the place never speaks.
//   - relay: but where a person or title stands before that clause ("La
//     premier, spiegano le stesse fonti, ha espresso …") the sources only
//     relay, and the words are never theirs.
var speakerKindCases = []speakerKindCase{
	{class: "eponym", lang: "pl", text: "Dr Anna Kowalczyk z Instytutu Studiów Wschodnich im. Jana Zamoyskiego w Krakowie oceniła, że plan jest niejasny.", speaker: "Anna Kowalczyk", notSpeaker: "Zamoyskiego", fragment: "plan jest niejasny"},
	{class: "eponym", lang: "pl", text: "Prof. Piotr Zieliński z Akademii im. Marii Dąbrowskiej powiedział, że rozmowy potrwają do wiosny.", speaker: "Piotr Zieliński", notSpeaker: "Dąbrowskiej", fragment: "rozmowy potrwają do wiosny"},
	{class: "eponym", lang: "ru", text: "Аналитик Игорь Семёнов из Центра им. Петра Лаврова заявил, что план размыт.", speaker: "Игорь Семёнов", notSpeaker: "Лаврова", fragment: "план размыт"},
	{class: "eponym", lang: "uk", text: "Олег Бондар з Інституту ім. Івана Франка заявив, що план нечіткий.", speaker: "Олег Бондар", notSpeaker: "Франка", fragment: "план нечіткий"},
	{class: "origin", lang: "et", text: "Kaitseekspert Priit Saar Rahvusvahelisest Kaitseuuringute Keskusest ütles, et plaan on ebamäärane.", speaker: "Priit Saar", role: "aitseekspert", notSpeaker: "Keskusest", fragment: "plaan on ebamäärane"},
	{class: "origin", lang: "et", text: "Analüütik Mart Kask Tartu Ülikoolist hoiatas, et see lause puudutab ka Lätit.", speaker: "Mart Kask", notSpeaker: "Ülikoolist", fragment: "see lause puudutab ka Lätit"},
	{class: "origin", lang: "et", text: "Ajaloolane Liis Tamm Tallinnast ütles, et läbirääkimised venivad.", speaker: "Liis Tamm", notSpeaker: "Tallinnast", fragment: "läbirääkimised venivad"},
	{class: "origin", lang: "fi", text: "Tutkija Mikko Laine Ulkopoliittisesta Instituutista sanoi, että suunnitelma on epäselvä.", speaker: "Mikko Laine", notSpeaker: "Instituutista", fragment: "suunnitelma on epäselvä"},
	{class: "freerel", lang: "it", text: "Il vertice è finito tardi. «Il ministro non ha cambiato idea», assicura chi gli ha parlato ieri sera.", speaker: unnamedSpeaker, role: "chi gli ha parlato", fragment: "Il ministro non ha cambiato idea"},
	{class: "freerel", lang: "es", text: "La cumbre terminó tarde. «La ministra no ha cambiado de opinión», asegura quien habló con ella anoche.", speaker: unnamedSpeaker, role: "quien habló con ella", fragment: "La ministra no ha cambiado de opinión"},
	{class: "freerel", lang: "pt", text: "A cimeira terminou tarde. «O ministro não mudou de ideia», garante quem falou com ele ontem.", speaker: unnamedSpeaker, role: "quem falou com ele", fragment: "O ministro não mudou de ideia"},
	{class: "freerel", lang: "fr", text: "Le sommet a fini tard. « Le ministre n'a pas changé d'avis », assure quelqu'un qui lui a parlé hier soir.", speaker: unnamedSpeaker, role: "quelqu'un qui lui a parlé", fragment: "Le ministre n'a pas changé d'avis"},
	{class: "people", lang: "it", text: "Secondo tre persone informate, il ministro avrebbe sentito il collega tedesco venerdì.", speaker: unnamedSpeaker, role: "persone informate", fragment: "il ministro avrebbe sentito il collega tedesco"},
	{class: "people", lang: "es", text: "Según dos personas conocedoras de la reunión, la ministra llamó a su colega alemán el viernes.", speaker: unnamedSpeaker, role: "personas conocedoras", fragment: "la ministra llamó a su colega alemán"},
	{class: "people", lang: "fr", text: "Selon deux personnes proches du dossier, la ministre a appelé son homologue allemand vendredi.", speaker: unnamedSpeaker, role: "personnes proches", fragment: "la ministre a appelé son homologue allemand"},
	{class: "samesrc", lang: "it", text: "Secondo un diplomatico, il testo non cambia nulla. A Bruxelles, spiega la stessa fonte, la versione europea «è più prudente, ma il risultato è identico».", speaker: unnamedSpeaker, role: "diplomatico", fragment: "è più prudente, ma il risultato è identico"},
	{class: "samesrc", lang: "es", text: "Según un diplomático, el texto no cambia nada. En Bruselas, explica la misma fuente, la versión europea «es más prudente, pero el resultado es idéntico».", speaker: unnamedSpeaker, role: "diplomático", fragment: "es más prudente, pero el resultado es idéntico"},
	{class: "samesrc", lang: "fr", text: "Selon un diplomate, le texte ne change rien. À Bruxelles, explique la même source, la version européenne « est plus prudente, mais le résultat est identique ».", speaker: unnamedSpeaker, role: "diplomate", fragment: "est plus prudente, mais le résultat est identique"},
	{class: "second", lang: "es", text: "En la plaza, Ana Lobos, maestra de 40 años, lee el texto en el móvil. «Lo he leído entero y no me gusta nada», dice Lobos.\n\nUnos metros más allá, Pedro Sanz, jubilado de 70 años, lee otro apartado. El punto 9 habla de la OTAN. «Eso no es poco, es verdad», admite.", speaker: "Pedro Sanz", role: "jubilado", notSpeaker: "Ana Lobos", fragment: "Eso no es poco"},
	{class: "second", lang: "it", text: "In piazza, Anna Greco, insegnante di 40 anni, legge il testo sul telefono. «L'ho letto tutto e non mi piace», dice Greco.\n\nQualche metro più in là, Paolo Serra, pensionato di 70 anni, legge un altro punto. Il punto 9 parla della Nato. «Non è poco, questo è vero», ammette.", speaker: "Paolo Serra", notSpeaker: "Anna Greco", fragment: "Non è poco"},
	{class: "second", lang: "en", text: "In the square, Ann Grey, a teacher of 40, reads the text on her phone. \"I read all of it and I do not like it,\" Grey says.\n\nA few tables away, Paul Stone, a retired driver, reads another clause. Point 9 is about NATO. \"That is not nothing, that much is true,\" he admits.", speaker: "Paul Stone", role: "retired driver", notSpeaker: "Ann Grey", fragment: "That is not nothing"},
	{class: "second", lang: "fr", text: "Sur la place, Anne Morel, enseignante de 40 ans, lit le texte sur son téléphone. « Je l'ai lu en entier et il ne me plaît pas », dit Morel.\n\nDeux tables plus loin, Paul Garnier, retraité de 70 ans, lit un autre point. Le point 9 parle de l'OTAN. « Ce n'est pas rien, c'est vrai », admet-il.", speaker: "Paul Garnier", notSpeaker: "Anne Morel", fragment: "Ce n'est pas rien"},
	{class: "whisper", lang: "it", text: "«Quella clausola l'abbiamo scritta noi a Bruxelles», sussurra un alto funzionario del ministero.", speaker: unnamedSpeaker, role: "alto funzionario", fragment: "Quella clausola l'abbiamo scritta noi"},
	{class: "whisper", lang: "es", text: "«Esa cláusula la escribimos nosotros en Bruselas», susurra un alto funcionario del ministerio.", speaker: unnamedSpeaker, role: "alto funcionario", fragment: "Esa cláusula la escribimos nosotros"},
	{class: "whisper", lang: "de", text: "„Diese Klausel haben wir in Brüssel geschrieben“, flüstert ein hoher Beamter des Ministeriums.", speaker: unnamedSpeaker, role: "hoher Beamter", fragment: "Diese Klausel haben wir in Brüssel geschrieben"},
	{class: "whisper", lang: "en", text: "\"We wrote that clause in Brussels ourselves,\" whispers a senior official at the ministry.", speaker: unnamedSpeaker, role: "senior official", fragment: "We wrote that clause in Brussels ourselves"},
	{class: "review", lang: "fr", title: "Revue de presse du jeudi", text: "Pour Le Courrier de la Brenne, le sommet a échoué. « Les Européens ont attendu trop longtemps avant de parler », écrit le quotidien.", speaker: "Le Courrier de la Brenne", fragment: "Les Européens ont attendu trop longtemps"},
	{class: "review", lang: "de", title: "Die Presseschau am Donnerstag", text: "Der Saalfelder Bote sieht das anders. „Die Europäer haben viel zu lange gewartet“, meint das Blatt.", speaker: "Der Saalfelder Bote", fragment: "Die Europäer haben viel zu lange gewartet"},
	{class: "review", lang: "it", title: "Rassegna stampa del giovedì", text: "Per La Voce del Tanaro il vertice è fallito. «Gli europei hanno aspettato troppo prima di parlare», scrive il quotidiano.", speaker: "La Voce del Tanaro", fragment: "Gli europei hanno aspettato troppo"},
	{class: "review", lang: "en", title: "Press review: Thursday", text: "The Fenland Courier is less kind. \"The Europeans waited far too long before they spoke up,\" the paper writes.", speaker: "The Fenland Courier", fragment: "The Europeans waited far too long"},
	{class: "review", lang: "fr", title: "Le sommet vu de Bruxelles", text: "Pour Le Courrier de la Brenne, le sommet a échoué. « Les Européens ont attendu trop longtemps avant de parler », écrit le quotidien.", notSpeaker: "Courrier", fragment: "Les Européens ont attendu trop longtemps"},
	{class: "relplace", lang: "en", text: "The host showed the words of Prime Minister Anna Rossi, who from Nairobi had said that the plan contains useful elements.", speaker: "Anna Rossi", fragment: "the plan contains useful elements"},
	{class: "relplace", lang: "es", text: "El presentador mostró las palabras de la primera ministra Anna Rossi, quien desde Nairobi había dicho que el plan contiene elementos útiles.", speaker: "Anna Rossi", fragment: "el plan contiene elementos útiles"},
	{class: "relplace", lang: "it", text: "Il conduttore ha mostrato le parole della presidente del Consiglio Anna Rossi, che da Nairobi aveva detto che il piano contiene elementi condivisibili.", speaker: "Anna Rossi", notSpeaker: "Nairobi", open: true, fragment: "il piano contiene elementi condivisibili"},
	{class: "relplace", lang: "fr", text: "L'animateur a montré les mots de la présidente du Conseil Anna Rossi, qui depuis Nairobi avait déclaré que le plan contient des éléments utiles.", speaker: "Anna Rossi", open: true, fragment: "le plan contient des éléments utiles"},
	{class: "relay", lang: "it", text: "Secondo fonti di governo, il testo cambia poco. La premier, spiegano le stesse fonti, ha espresso apprezzamento per i progressi registrati a Ginevra.", notSpeaker: unnamedSpeaker, fragment: "ha espresso apprezzamento"},
	{class: "relay", lang: "es", text: "Según fuentes del Gobierno, el texto cambia poco. El presidente, explican las mismas fuentes, ha expresado su satisfacción por los avances logrados en Ginebra.", notSpeaker: unnamedSpeaker, fragment: "ha expresado su satisfacción"},
}

// TestSpeakerKindsMatrix checks the speaker-kinds matrix: every case must
// give its fragment to the case's speaker and never to notSpeaker.
func TestSpeakerKindsMatrix(t *testing.T) {
	per := map[string][2]int{}
	var classes []string
	for _, c := range speakerKindCases {
		id := c.class + "/" + c.lang + ": " + c.fragment
		title := c.title
		if title == "" {
			title = "t"
		}
		d, err := Parse([]byte("---\ntitle: "+title+"\nlang: "+c.lang+"\n---\n\n"+c.text+"\n"), ParseOptions{})
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		ok, wrong := c.speaker == "", "" // a case without a speaker only forbids notSpeaker
		for _, s := range d.Statements {
			if !strings.Contains(s.Text, c.fragment) {
				continue
			}
			if c.notSpeaker != "" && strings.Contains(s.Speaker, c.notSpeaker) {
				wrong = s.Speaker
			}
			if strings.Contains(s.Speaker, c.speaker) && (c.role == "" || strings.Contains(s.Role, c.role)) {
				ok = true
			}
		}
		if _, seen := per[c.class]; !seen {
			classes = append(classes, c.class)
		}
		n := per[c.class]
		n[1]++
		if ok && wrong == "" {
			n[0]++
		} else if c.open {
			t.Logf("open %s: want %q (%s); got %s", id, c.speaker, c.role, statementsRoles(d.Statements))
		} else {
			t.Errorf("%s: want %q (%s), not %q; got %s", id, c.speaker, c.role, wrong, statementsRoles(d.Statements))
		}
		per[c.class] = n
	}
	var line []string
	for _, c := range classes {
		line = append(line, fmt.Sprintf("%s %d/%d", c, per[c][0], per[c][1]))
	}
	t.Logf("speaker kinds: %s", strings.Join(line, ", "))
}
