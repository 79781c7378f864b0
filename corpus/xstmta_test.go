package corpus

import (
	"strings"
	"testing"
)

// ownerCase is a statement whose words must go to one speaker and to no
// other: the rules tested here fix words sent to the wrong person.
type ownerCase struct {
	name, text, speaker, fragment string
}

func checkOwners(t *testing.T, cases []ownerCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.text), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, s := range d.Statements {
				if !strings.Contains(s.Text, c.fragment) {
					continue
				}
				if strings.Contains(s.Speaker, c.speaker) {
					found = true
				} else {
					t.Errorf("%q given to %q, want %q", c.fragment, s.Speaker, c.speaker)
				}
			}
			if !found {
				t.Errorf("no statement of %q with %q; got %+v", c.speaker, c.fragment, d.Statements)
			}
		})
	}
}

// langDoc wraps a body in front matter naming its language.
func langDoc(lang, body string) string {
	return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
}

// TestFootnoteMarksEndSentences checks that a reference mark after a full
// stop ("….[3] Next …", "….² Next …") ends the sentence, so the next
// sentence's speaker is not read as part of the words before it.
func TestFootnoteMarksEndSentences(t *testing.T) {
	checkOwners(t, []ownerCase{
		{"pt bracket marks", langDoc("pt", "O ministro Tomás Vilaverde afirmou que a cimeira foi inútil.[3] A deputada Inês Carmona declarou que o acordo pode esperar.[4]"), "Inês Carmona", "o acordo pode esperar"},
		{"en bracket mark", langDoc("en", "Senator Hal Brixton said the summit was a waste of time.[12] Governor Mae Ostrander said the deal could wait."), "Mae Ostrander", "the deal could wait"},
		{"fr superscript", langDoc("fr", "Le député Aurèle Fontanet a déclaré que le sommet était inutile.² La sénatrice Odile Barrère a affirmé que l'accord pouvait attendre."), "Odile Barrère", "l'accord pouvait attendre"},
		{"es wiki tag", langDoc("es", "El diputado Ramiro Esteve dijo que la cumbre fue inútil.[5]{{cita requerida}} La senadora Noelia Prats afirmó que el acuerdo podía esperar."), "Noelia Prats", "el acuerdo podía esperar"},
	})
	for _, c := range []struct {
		in   string
		want int
	}{
		{"A.[3] B", 2}, {"A.[a][7] B", 2}, {"A.¹ B", 2}, {"A [...] b. C", 2}, {"A.[…] b", 1}, {"A.[sic] b", 1},
	} {
		if got := len(sentences(c.in)); got != c.want {
			t.Errorf("sentences(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

// TestViewPhraseOfTheSentencesSubject checks that a view phrase set inside
// a clause of reported speech ("…, in his view, …") belongs to the
// subject of that speech verb, not to the person the text named before.
func TestViewPhraseOfTheSentencesSubject(t *testing.T) {
	checkOwners(t, []ownerCase{
		{"en in his view", langDoc("en", "Mayor Ilse Varga spoke first. Later, Senator Tobias Renwick told a radio host that Friday was, in his view, too early for an answer."), "Tobias Renwick", "Friday was, in his view, too early"},
		{"fr à son avis", langDoc("fr", "La maire Ilse Varga a parlé en premier. Plus tard, le sénateur Tobias Renwick a déclaré que vendredi était, à son avis, trop tôt pour répondre."), "Tobias Renwick", "vendredi était, à son avis, trop tôt"},
		{"it a suo avviso", langDoc("it", "La sindaca Ilse Varga ha parlato per prima. Più tardi, il senatore Tobias Renwick ha detto che venerdì era, a suo avviso, troppo presto per rispondere."), "Tobias Renwick", "venerdì era, a suo avviso, troppo presto"},
		{"es en su opinión", langDoc("es", "La alcaldesa Ilse Varga habló primero. Más tarde, el senador Tobias Renwick dijo que el viernes era, en su opinión, demasiado pronto para responder."), "Tobias Renwick", "el viernes era, en su opinión, demasiado pronto"},
		// a view phrase with no speech verb of its own is still the last person's
		{"en view alone", langDoc("en", "Senator Tobias Renwick spoke on Friday. The draft, in his view, is dead."), "Tobias Renwick", "is dead"},
	})
}

// TestForPartPhraseIsNoSubject checks that a "for his part" phrase ending
// in a pronoun, set between the auxiliary and the verb or between the verb
// and what was said, is not read as the subject.
func TestForPartPhraseIsNoSubject(t *testing.T) {
	checkOwners(t, []ownerCase{
		{"fr quant à lui", langDoc("fr", "La ministre Ilse Varga a parlé de l'aide. Le porte-parole du gouvernement, Bastien Lafargue, a quant à lui indiqué que Paris n'avait reçu aucun texte."), "Bastien Lafargue", "Paris n'avait reçu aucun texte"},
		{"fr quant à elle", langDoc("fr", "Le ministre Bastien Lafargue a parlé de l'aide. La porte-parole du parti, Ilse Varga, a quant à elle affirmé que rien n'était signé."), "Ilse Varga", "rien n'était signé"},
		{"it dal canto suo", langDoc("it", "La ministra Ilse Varga ha parlato degli aiuti. Il portavoce del governo, Bastiano Lafarga, ha dal canto suo detto che Roma non aveva ricevuto alcun testo."), "Bastiano Lafarga", "Roma non aveva ricevuto alcun testo"},
	})
}

// TestConditionalIsNoReport checks that a speech or act verb inside a
// condition or an indirect question ("if X refused", "si X refusait") is
// not read as X's statement, so the sentence's own attribution gives it.
func TestConditionalIsNoReport(t *testing.T) {
	checkOwners(t, []ownerCase{
		{"en if refused", langDoc("en", "Asked what would happen if Mayor Ilse Varga refused, Senator Tobias Renwick said the city would have to accept it."), "Tobias Renwick", "the city would have to accept it"},
		{"fr si a rejeté", langDoc("fr", "Interrogé sur ce qui arriverait si la maire Ilse Varga a rejeté le texte, le sénateur Tobias Renwick a dit que la ville devrait l'accepter."), "Tobias Renwick", "la ville devrait l'accepter"},
		{"it se rifiutasse", langDoc("it", "Alla domanda su cosa accadrebbe se la sindaca Ilse Varga rifiutasse il testo, il senatore Tobias Renwick ha detto che la città dovrebbe accettarlo."), "Tobias Renwick", "la città dovrebbe accettarlo"},
		{"es si rechazaba", langDoc("es", "Preguntado qué pasaría si la alcaldesa Ilse Varga rechazaba el texto, el senador Tobias Renwick dijo que la ciudad tendría que aceptarlo."), "Tobias Renwick", "la ciudad tendría que aceptarlo"},
	})
}

// TestAffiliationInLowerCase checks that a person named with an
// affiliation in lower case before the verb ("X of the parish council
// said", "X della parrocchia di Y ha detto") is the speaker, not nobody and
// not the place the affiliation ends with.
func TestAffiliationInLowerCase(t *testing.T) {
	checkOwners(t, []ownerCase{
		{"en of the parish", langDoc("en", "Tobias Renwick of the Millbrook parish council said the families were anxious."), "Tobias Renwick", "the families were anxious"},
		{"fr du conseil", langDoc("fr", "Odile Barrère du conseil municipal a déclaré que la ville accueillerait des familles."), "Odile Barrère", "la ville accueillerait des familles"},
		{"it della parrocchia di", langDoc("it", "Bastiano Lafarga della parrocchia di Rovigo ha detto che le famiglie erano preoccupate."), "Bastiano Lafarga", "le famiglie erano preoccupate"},
		{"es de la parroquia de", langDoc("es", "Noelia Prats de la parroquia de Soria dijo que las familias estaban preocupadas."), "Noelia Prats", "las familias estaban preocupadas"},
	})
}

// TestAttributionInsideKeepsTheSentence checks that an attribution set
// inside the words said ("…, he said, …", "…, dijo Renwick, …") stays in the
// statement, so a fragment quoted across it is found as written.
func TestAttributionInsideKeepsTheSentence(t *testing.T) {
	checkOwners(t, []ownerCase{
		{"en he said", langDoc("en", "Senator Tobias Renwick spoke on Friday. The new draft, he said, was far better than the first."), "Tobias Renwick", "The new draft, he said, was far better"},
		{"es dijo", langDoc("es", "El senador Tobias Renwick habló el viernes. El nuevo texto, dijo Renwick, es mucho mejor que el primero."), "Tobias Renwick", "El nuevo texto, dijo Renwick, es mucho mejor"},
		{"it ha detto", langDoc("it", "Il senatore Tobias Renwick ha parlato venerdì. Il nuovo testo, ha detto Renwick, è molto migliore del primo."), "Tobias Renwick", "Il nuovo testo, ha detto Renwick, è molto migliore"},
	})
}

// TestDayPhraseIsNoSpeaker checks that a time phrase opening a sentence
// ("By Monday", "Dès lundi") is never the speaker of what a pronoun later
// in the sentence says, while a surname that is also a day name stays one.
func TestDayPhraseIsNoSpeaker(t *testing.T) {
	for _, c := range []struct {
		name, text, notSpeaker string
	}{
		{"en by monday", langDoc("en", "Senator Tobias Renwick spoke on Sunday. By Monday the mood had turned: several steps, he said, could now be taken."), "By Monday"},
		{"fr dès lundi", langDoc("fr", "Le sénateur Tobias Renwick a parlé dimanche. Dès Lundi le ton avait changé : plusieurs étapes, a-t-il dit, pouvaient être franchies."), "Dès Lundi"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.text), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Statements {
				if strings.Contains(s.Speaker, c.notSpeaker) {
					t.Errorf("statement given to the time phrase %q: %q", s.Speaker, s.Text)
				}
			}
		})
	}
	checkOwners(t, []ownerCase{
		{"es surname Domingo", langDoc("es", "El tenor Plácido Domingo dijo que la paz era urgente."), "Plácido Domingo", "la paz era urgente"},
	})
}

// TestFrenchInciseAnyVerb checks that a French quotation closed by an
// incise with the subject pronoun inverted ("s'amuse-t-il", "a-t-elle
// tranché") goes to the person the pronoun stands for, whatever the verb;
// Italian and Spanish, which write no such inversion, are left to their
// verb lexicons and give the same quotation through a known verb.
func TestFrenchInciseAnyVerb(t *testing.T) {
	checkOwners(t, []ownerCase{
		{"fr reflexive", langDoc("fr", "Le sénateur Tobias Renwick a parlé mardi. « Cet accord ressemble à un menu de cantine », s'amuse-t-il."), "Tobias Renwick", "Cet accord ressemble à un menu de cantine"},
		{"fr inverted auxiliary", langDoc("fr", "La maire Odile Barrère a pris la parole. « Nous ne signerons rien sans les familles », a-t-elle tranché."), "Odile Barrère", "Nous ne signerons rien sans les familles"},
		{"it known verb", langDoc("it", "Il senatore Tobias Renwick ha parlato martedì. «Questo accordo sembra un menù», ha commentato."), "Tobias Renwick", "Questo accordo sembra un menù"},
	})
}

// TestResumedQuoteDroppedSubject checks that a quotation interrupted by a
// verb without its subject and resumed in « » ("«…», ha detto, «…»") goes
// to the person just introduced, both halves kept.
func TestResumedQuoteDroppedSubject(t *testing.T) {
	checkOwners(t, []ownerCase{
		{"it ha detto", langDoc("it", "Il senatore Tobias Renwick ha parlato a lungo. «Il testo è fragile», ha detto, «e nessuno lo firmerà così.»"), "Tobias Renwick", "e nessuno lo firmerà così"},
		{"es dijo", langDoc("es", "La alcaldesa Noelia Prats habló con calma. «El texto es frágil», dijo, «y nadie lo firmará así.»"), "Noelia Prats", "y nadie lo firmará así"},
		{"pt disse", langDoc("pt", "O senador Tomás Vilaverde falou longamente. «O texto é frágil», disse, «e ninguém o assinará assim.»"), "Tomás Vilaverde", "e ninguém o assinará assim"},
	})
}

// TestQualifiedTitleBackReference checks that a title opening with a
// possessive or an adjective before the name in apposition ("Ukraine's
// ambassador to Washington, X, …", "Il nuovo ambasciatore, X, …") is
// learnt, so a later "the ambassador said" is that person.
func TestQualifiedTitleBackReference(t *testing.T) {
	checkOwners(t, []ownerCase{
		{"en possessive", langDoc("en", "Moldova's ambassador to Berlin, Ilse Varga, spoke for an hour. \"We will not trade our villages for promises,\" the ambassador said."), "Ilse Varga", "We will not trade our villages for promises"},
		{"it adjective", langDoc("it", "Il nuovo ambasciatore, Bastiano Lafarga, ha parlato a lungo. «Non cederemo nessun villaggio», ha detto l'ambasciatore."), "Bastiano Lafarga", "Non cederemo nessun villaggio"},
		{"es adjective", langDoc("es", "La nueva embajadora, Noelia Prats, habló durante una hora. «No cederemos ninguna aldea», dijo la embajadora."), "Noelia Prats", "No cederemos ninguna aldea"},
	})
}

// TestComplementIsNoName checks that the complement of a noun the
// lexicon does not know as a title ("Il titolare della Farnesina", "El
// inquilino de la Moncloa") is not made a speaker's name ("Della
// Farnesina"), while sources of a body keep the body.
func TestComplementIsNoName(t *testing.T) {
	for _, c := range []struct{ name, text, notSpeaker string }{
		{"it titolare della", langDoc("it", "Il titolare della Farnesina ha poi precisato che l'Italia non invierà truppe."), "Della"},
		{"es inquilino de la", langDoc("es", "El inquilino de la Moncloa aseguró que España no enviará tropas."), "De la"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.text), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Statements {
				if strings.HasPrefix(s.Speaker, c.notSpeaker) {
					t.Errorf("a complement made a name: %q", s.Speaker)
				}
			}
		})
	}
	checkOwners(t, []ownerCase{
		{"it fonti della", langDoc("it", "Ieri fonti della Farnesina hanno detto che l'Italia lavora a una proposta europea."), unnamedSpeaker, "l'Italia lavora a una proposta europea"},
	})
}
