package corpus

import (
	"strings"
	"testing"
)

// TestTitleAndRelationReferences checks people named by what they are
// rather than by name (stop 47, xrefer): pool-report acronyms and other
// titles resolve to the holder the document names (offices.json), a title
// of another country never goes to the person just named (titlegate.go),
// a relation ("his spokesman", "Помощник Путина") is the person data
// knows in it, or an unnamed speaker, never the person it is a relation
// to (relations.go), and a nationality before a title stays in the role.
// speaker "" with not set: the statement may be missing or anyone's but
// not's.
func TestTitleAndRelationReferences(t *testing.T) {
	for _, c := range []struct{ lang, body, frag, speaker, role, not string }{
		// acronyms and titles for the holder the document names
		{"en", "Donald Trump spoke to the pool on Friday. POTUS said the plan was not his final offer.", "not his final offer", "Donald Trump", "", ""},
		{"en", "JD Vance flew to Abu Dhabi. Later VPOTUS told reporters that the 28 points were a starting point.", "starting point", "JD Vance", "", ""},
		{"en", "Marco Rubio flew to Geneva on Sunday. SecState said the talks had been the most productive so far.", "most productive", "Marco Rubio", "", ""},
		{"en", "Keir Starmer met Zelensky in London. The PM said Europe would not accept the 28-point plan as written.", "would not accept", "Keir Starmer", "", ""},
		{"en", "Keir Starmer and Giorgia Meloni met Zelensky in London. The PM said Europe would not accept the plan.", "would not accept", "", "", "Keir Starmer"},
		// a title of another country is not the person just named
		{"en", "Zelensky spoke on Sunday. The British prime minister said the plan needed changes.", "needed changes", "", "", "Volodymyr Zelensky"},
		{"en", "Zelensky spoke on Sunday about the plan. The German chancellor said Europe had its own counter-proposal.", "own counter-proposal", "", "", "Volodymyr Zelensky"},
		{"ru", "Владимир Зеленский выступил в воскресенье. Американский президент заявил, что план не окончательный.", "не окончательный", "", "", "Volodymyr Zelensky"},
		{"ru", "Дональд Трамп выступил в воскресенье. Американский президент заявил, что план не окончательный.", "не окончательный", "Donald Trump", "", ""},
		{"de", "Selenskyj sprach am Sonntag. Der britische Premier sagte, der Plan müsse geändert werden.", "geändert werden", "", "", "Volodymyr Zelensky"},
		{"it", "Zelensky ha parlato domenica. Il premier britannico ha detto che il piano va cambiato.", "va cambiato", "", "", "Volodymyr Zelensky"},
		{"uk", "Володимир Зеленський зустрівся з Віткоффом. Український президент заявив, що Україна не погодиться на план.", "не погодиться", "Volodymyr Zelensky", "", ""},
		// relations
		{"en", "Vladimir Putin met Witkoff in Moscow. His spokesman said the Kremlin had not received the text.", "not received the text", "Dmitry Peskov", "", ""},
		{"en", "Vladimir Putin met Witkoff in Moscow. The Kremlin's spokesman said no text had arrived.", "no text had arrived", "Dmitry Peskov", "", ""},
		{"en", "Putin's adviser said the European counter-proposal was not constructive. Yuri Ushakov later spoke on television.", "not constructive", "Yuri Ushakov", "", ""},
		{"en", "Vladimir Putin met Witkoff in Moscow. His adviser said the talks were constructive.", "were constructive", unnamedSpeaker, "", "Vladimir Putin"},
		{"en", "Emmanuel Macron hosted the talks. His adviser said France backed the 20-point framework.", "backed the 20-point", unnamedSpeaker, "", "Emmanuel Macron"},
		{"en", "Spokesman Dmitry Peskov said the Kremlin had seen only media reports.", "only media reports", "Dmitry Peskov", "Spokesman", ""},
		{"de", "Wladimir Putin empfing Witkoff im Kreml. Sein Sprecher sagte, Moskau habe den Text nicht erhalten.", "nicht erhalten", "Dmitry Peskov", "", ""},
		{"fr", "Vladimir Poutine a reçu Witkoff. Son conseiller a déclaré que les discussions étaient constructives.", "constructives", unnamedSpeaker, "", "Vladimir Putin"},
		{"it", "Vladimir Putin ha ricevuto Witkoff e Yuri Ushakov. Il suo consigliere ha detto che i colloqui erano costruttivi.", "costruttivi", "Yuri Ushakov", "", ""},
		{"es", "Vladímir Putin recibió a Witkoff. Su portavoz dijo que el Kremlin no había recibido el texto.", "no había recibido", "Dmitry Peskov", "", ""},
		{"es", "Vladímir Putin recibió a Witkoff. Su asesor dijo que las conversaciones fueron constructivas.", "constructivas", unnamedSpeaker, "", "Vladimir Putin"},
		{"ru", "Владимир Путин принял Уиткоффа. Его пресс-секретарь заявил, что текст не получен.", "текст не получен", "Dmitry Peskov", "", ""},
		{"ru", "Владимир Путин принял Уиткоффа. Его помощник заявил, что переговоры были конструктивными.", "конструктивными", unnamedSpeaker, "", "Vladimir Putin"},
		{"ru", "Помощник Путина заявил, что переговоры были конструктивными. Юрий Ушаков позже дал интервью.", "конструктивными", "Yuri Ushakov", "", ""},
		{"uk", "Володимир Путін прийняв Віткоффа. Його речник заявив, що переговори були конструктивними.", "конструктивними", "Dmitry Peskov", "", ""},
		{"uk", "Помічник Путіна підкреслив, що припинення вогню можливе лише після виведення військ.", "припинення вогню", unnamedSpeaker, "", "Vladimir Putin"},
		{"en", "Donald Trump spoke in Florida. The president's spokeswoman said the deadline was flexible.", "deadline was flexible", "Karoline Leavitt", "", ""},
		{"en", "Trump met Witkoff and Kellogg. Trump's envoy said the talks were productive.", "were productive", unnamedSpeaker, "", "Donald Trump"},
		{"it", "Vladimir Putin ha parlato al Consiglio di sicurezza. Il portavoce del presidente russo ha detto che il Cremlino non ha ricevuto il testo.", "non ha ricevuto", "Dmitry Peskov", "", ""},
		{"fr", "Youri Ouchakov a parlé à la télévision. Le conseiller diplomatique du président russe a reconnu qu'aucun compromis n'était trouvé. Vladimir Poutine se tait.", "aucun compromis", "Yuri Ushakov", "", ""},
		{"ru", "Владимир Путин выступил в Бишкеке, Юрий Ушаков тоже. Помощник российского лидера уточнил, что не знаком с формулировками поправок.", "не знаком", "Yuri Ushakov", "", ""},
		{"ru", "Владимир Путин выступил в Бишкеке. Пресс-секретарь президента России заявил, что текст не получен.", "текст не получен", "Dmitry Peskov", "", ""},
		{"ru", "Помощник президента России Юрий Ушаков выступил в Кремле. Помощник президента заявил, что текст не получен.", "текст не получен", "Yuri Ushakov", "", ""},
		{"en", "A spokesman for the Ukrainian delegation said further meetings were expected.", "further meetings", unnamedSpeaker, "", ""},
		// after the verb
		{"it", "Vladimir Putin ha ricevuto Witkoff. «Non abbiamo ricevuto nulla», ha detto il suo portavoce.", "Non abbiamo ricevuto", "Dmitry Peskov", "", ""},
		{"es", "Vladímir Putin recibió a Witkoff. «No hemos recibido nada», dijo su portavoz.", "No hemos recibido", "Dmitry Peskov", "", ""},
		{"ru", "Владимир Путин принял Уиткоффа. «Мы ничего не получали», — заявил его пресс-секретарь.", "ничего не получали", "Dmitry Peskov", "", ""},
		{"fr", "Vladimir Poutine a reçu Witkoff. « Nous n'avons rien reçu », a déclaré son porte-parole.", "rien reçu", "Dmitry Peskov", "", ""},
		{"de", "Wladimir Putin empfing Witkoff. «Wir haben nichts erhalten», sagte sein Sprecher.", "nichts erhalten", "Dmitry Peskov", "", ""},
		{"uk", "Володимир Путін прийняв Віткоффа. «Ми нічого не отримали», — заявив його речник.", "нічого не отримали", "Dmitry Peskov", "", ""},
		{"en", "Vladimir Putin met Witkoff in Moscow. \"We have received nothing official,\" said his adviser, Kirill Dmitriev.", "nothing official", "Kirill Dmitriev", "", ""},
		// the nationality before the title is the role's
		{"de", "Der britische Premier Keir Starmer sagte, Europa werde den Plan nicht hinnehmen.", "nicht hinnehmen", "Keir Starmer", "britische Premier", ""},
		{"fr", "Le secrétaire d'État américain Marco Rubio a déclaré que les discussions avançaient.", "avançaient", "Marco Rubio", "secrétaire d'État américain", ""},
	} {
		sts := statementsOf(t, "---\ntitle: \"t\"\nlang: "+c.lang+"\n---\n\n"+c.body)
		var got *Statement
		for i := range sts {
			if strings.Contains(sts[i].Text, c.frag) {
				got = &sts[i]
				break
			}
		}
		switch {
		case got == nil && c.speaker != "":
			t.Errorf("%s %.50q: no statement with %q; got %+v", c.lang, c.body, c.frag, sts)
		case got == nil:
		case c.not != "" && got.Speaker == c.not:
			t.Errorf("%s %.50q: %q given to %q", c.lang, c.body, c.frag, c.not)
		case c.speaker != "" && got.Speaker != c.speaker:
			t.Errorf("%s %.50q: speaker %q (%q), want %q", c.lang, c.body, got.Speaker, got.Role, c.speaker)
		case c.role != "" && got.Role != c.role:
			t.Errorf("%s %.50q: role %q, want %q", c.lang, c.body, got.Role, c.role)
		}
	}
}
