package corpus

import (
	"strings"
	"testing"
)

// TestQuoteContextProbes is a battery of invented paragraphs in several
// languages for the context reading of quotations (quotecontext.go): a
// whole-sentence quotation no rule attributed goes to the one person its
// paragraph names, who has spoken before, and to nobody when the
// paragraph names two people, an unnamed source or a document, when the
// quotation asks a question, or when it is a lower-case fragment; an
// unnamed source whose phrase runs on before its verb speaks when the
// paragraph names nobody.
func TestQuoteContextProbes(t *testing.T) {
	for _, tc := range []struct {
		lang, text, said, speaker string // speaker "": anyone's
		want                      bool   // whether the words are given to speaker
	}{
		// positives: the person spoke in the paragraph before, the
		// paragraph names nobody else, the quotation is a whole sentence
		{"en", "Yuri Ushakov said on Tuesday that the talks had been useful.\n\nUshakov, asked about the European text, was dismissive. “Some of it suits us, and much of it we cannot accept at all.”", "Some of it suits us", "Yuri Ushakov", true},
		{"de", "Johann Wadephul sagte am Montag, Europa bleibe am Tisch.\n\nWadephul, der Außenminister, wurde deutlicher. „Entscheidungen über die Allianz fallen in der Allianz und nirgendwo sonst.“", "Entscheidungen über die Allianz", "Johann Wadephul", true},
		{"it", "Antonio Tajani ha detto che l'Italia sostiene Kiev.\n\nIn serata Tajani è tornato sul tema. «La controproposta europea non è contro gli americani, serve a rendere il piano accettabile.»", "La controproposta europea", "Antonio Tajani", true},
		{"ru", "Юрий Ушаков заявил, что встреча была полезной.\n\nУшаков в Кремле был осторожен. «Что-то нас устраивает, что-то вызывает серьёзную критику.»", "Что-то нас устраивает", "Yuri Ushakov", true},
		// two capitalised names (a person and her institute): the title
		// the verb's subject has chooses the person whose title it is
		{"hu", "Kiss Annamária, a szegedi Kelet-Európa Intézet elemzője szerint a tárgyalások elhúzódnak. „Moszkva minden fordulóban egy kicsit többet kér, mint korábban” – mondta az elemző.", "Moszkva minden fordulóban", "Kiss Annamária", true},
		// one person who has spoken beside a capitalised run nobody
		// introduced (her forum)
		{"de", "Katrin Vogt sagte am Montag, die Gespräche würden noch dauern.\n\n„Wir bieten die Räume, nicht die Inhalte“, sagt Katrin Vogt vom Hamburger Ostforum. Dass zwei Texte vorliegen, hält sie für ein gutes Zeichen: „Solange man um Zahlen streitet, streitet man nicht mehr um den Text.“", "Solange man um Zahlen streitet", "Katrin Vogt", true},
		// an unnamed source whose phrase runs on before its verb
		{"en", "Talks went on in Geneva.\n\n\"We are not going to sign anything that cuts Ukraine in half,\" one European diplomat involved in the drafting said, asking not to be named.", "We are not going to sign", unnamedSpeaker, true},
		{"it", "I colloqui sono proseguiti a Ginevra.\n\n«Non firmeremo nulla che divida l'Ucraina a metà», un diplomatico europeo coinvolto nella stesura ha detto ai giornalisti.", "Non firmeremo nulla", unnamedSpeaker, true},
		{"es", "Las conversaciones siguieron en Ginebra.\n\n«No firmaremos nada que divida Ucrania por la mitad», un diplomático europeo implicado en la redacción dijo a los periodistas.", "No firmaremos nada", unnamedSpeaker, true},
		// negatives
		{"en", "Talks went on in Geneva, where Marco Rubio met the delegation.\n\n\"We are not going to sign anything that cuts Ukraine in half,\" one European diplomat involved in the drafting said, asking not to be named. Rubio left at noon.", "We are not going to sign", "", false},
		{"en", "Donald Trump met Vladimir Putin in Alaska on Friday. “This is a very good day for everyone involved in the talks.”", "This is a very good day", "", false},
		{"en", "Yuri Ushakov said on Tuesday that the talks had been useful.\n\nA senior European official was less sure. “We will not sign anything that cuts the country in half.”", "We will not sign anything", "Yuri Ushakov", false},
		{"fr", "Jean-Noël Barrot a parlé lundi à Bruxelles.\n\nLe projet dit : « L'Ukraine ne rejoindra jamais l'OTAN sous aucune condition. »", "L'Ukraine ne rejoindra jamais", "Jean-Noël Barrot", false},
		{"es", "José Manuel Albares habló el lunes en Madrid.\n\nAlbares recibió a la prensa. «¿Aceptará Ucrania ceder el Donbás al final de todo?»", "Aceptará Ucrania", "José Manuel Albares", false},
		{"pl", "Radosław Sikorski mówił w poniedziałek w Brukseli.\n\nSikorski spotkał się potem z Kają Kallas w Kijowie. „Nie podpiszemy niczego, co dzieli ten kraj na pół.”", "Nie podpiszemy niczego", "", false},
		{"uk", "Андрій Сибіга заявив, що Україна готова до діалогу.\n\nЗа даними джерела в делегації, «ми не підпишемо нічого, що ділить країну навпіл».", "ми не підпишемо нічого", "Andrii Sybiha", false},
	} {
		d := parseProbe(t, tc.lang, "2025-12-03", tc.text)
		var got []string
		found := false
		for _, s := range d.Statements {
			got = append(got, s.Speaker+": "+s.Text)
			if strings.Contains(s.Text, tc.said) && (tc.speaker == "" || s.Speaker == tc.speaker) {
				found = true
			}
		}
		if tc.want && !found {
			t.Errorf("%s: %q not given to %s; got %q", tc.lang, tc.said, tc.speaker, got)
		}
		if !tc.want && found {
			t.Errorf("%s: %q must not be given to %q; got %q", tc.lang, tc.said, tc.speaker, got)
		}
	}
}
