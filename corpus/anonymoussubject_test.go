package corpus

import (
	"strings"
	"testing"
)

// anonymousSubjectCases are unnamed sources whose noun no list of unnamed
// nouns holds (an underwriter, a grain broker, a builder, a deputy): only
// the aside that says they asked not to be named marks them as sources.
var anonymousSubjectCases = []statementCase{
	{"en underwriter, who asked not to be named", langDoc("en", "Premiums rose again. A marine war-risk underwriter in London, who asked not to be named, said rates for Danube ports had eased in March."), unnamedSpeaker, "rates for Danube ports had eased"},
	{"en one executive, speaking on condition of anonymity", langDoc("en", "Airlines wait. One leasing executive, speaking on condition of anonymity, said lessors would keep their jets out of the region until spring."), unnamedSpeaker, "lessors would keep their jets"},
	{"es un corredor, que pidió no ser identificado", langDoc("es", "El mercado espera. Un corredor de aceite de Jaén, que pidió no ser identificado, aseguró que los compradores esperan a la firma."), unnamedSpeaker, "los compradores esperan a la firma"},
	{"de ein Bauunternehmer, der anonym bleiben möchte", langDoc("de", "Die Kammer lud ein. Ein Dachdecker aus dem Hunsrück, der anonym bleiben möchte, berichtete, er habe schon 2023 in Lwiw gearbeitet."), unnamedSpeaker, "schon 2023 in Lwiw gearbeitet"},
	{"ru один депутат, попросивший не называть", langDoc("ru", "В Думе спорят. Один депутат от правящей коалиции, попросивший не называть его имени, сказал, что пункт о санкциях никто не читал."), unnamedSpeaker, "пункт о санкциях никто не читал"},
}

func TestAnonymousSubject(t *testing.T) {
	checkStatements(t, anonymousSubjectCases)
	checkNoSpeakerWith(t, ParseOptions{noAnonymousSubject: true}, anonymousSubjectCases)
	checkNoSpeakerWith(t, ParseOptions{}, []statementCase{
		// an aside that says something else of the subject: no source
		{"en another aside", langDoc("en", "Prices fell on Monday. A marine war-risk underwriter in London, who had expected a deal by spring, said rates had been priced far too early."), unnamedSpeaker, "rates had been priced far too early"},
	})
	// a named subject stays the speaker, whoever else asked for anonymity
	d := parseCaseWith(t, langDoc("en", "Prices fell on Monday. Anna Berglund, who met a broker who asked not to be named, said rates had been priced far too early."), ParseOptions{})
	for _, s := range d.Statements {
		if s.Speaker == unnamedSpeaker {
			t.Errorf("named subject given to an unnamed source: %+v", s)
		}
	}
}

// checkNoSpeakerWith parses each case's text with opts and fails if a
// statement of the case's speaker holds its fragment: with a switch set,
// the reader's positives must not be given to that speaker (other readers
// may still read the words, with another speaker).
func checkNoSpeakerWith(t *testing.T, opts ParseOptions, cases []statementCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range parseCaseWith(t, c.text, opts).Statements {
				if s.Speaker == c.speaker && strings.Contains(s.Text, c.fragment) {
					t.Errorf("got statement %+v, want none of %q with %q", s, c.speaker, c.fragment)
				}
			}
		})
	}
}
