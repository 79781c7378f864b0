package corpus

import "testing"

// TestRelayChain: a relayed clause after a comma and a joiner (English:
// French, Spanish and Italian joined clauses with a that-word were read
// before), or after a time or place phrase (en, fr, es, it), is its own
// named speaker's; the relayer keeps the words before the comma. Each
// case fails with the switch noRelayChain set but those marked off, the
// guards: the relayer's head, a mere mention and a preposition's object
// read the same with the reader on or off.
func TestRelayChain(t *testing.T) {
	checkSwitchedCases(t, "noRelayChain", func(off bool) ParseOptions { return ParseOptions{noRelayChain: off} }, []switchedCase{
		{"en and, zero that", "en", "Chancellor Friedrich Merz spoke in Berlin. Merz had said then that there was a real chance of peace, and Ruth Calloway had said she would drop the old demand for proper guarantees.",
			"she would drop the old demand", "Ruth Calloway", false},
		{"en and, relayer keeps the head", "en", "Chancellor Friedrich Merz spoke in Berlin. Merz had said then that there was a real chance of peace, and Ruth Calloway had said she would drop the old demand for proper guarantees.",
			"there was a real chance of peace", "Friedrich Merz", true},
		{"en although", "en", "Councillor Tom Pickering spoke to the club. He said the harbour dues would rise in spring, although Governor Anna Vestry said no decision had been taken on the fees.",
			"no decision had been taken on the fees", "Anna Vestry", false},
		{"en time phrase before the subject", "en", "Councillor Tom Pickering spoke to the club. Pickering recalled that after the Moscow meeting Senator Ruth Calloway said no compromise on territory had yet been found.",
			"no compromise on territory had yet been found", "Ruth Calloway", false},
		{"fr time phrase", "fr", "Le député Paul Garnier a parlé longuement. Il a rappelé qu'après la réunion de Moscou le conseiller Iouri Ouchakov avait dit que la paix était encore loin.",
			"la paix était encore loin", "Yuri Ushakov", false},
		{"es time phrase", "es", "El concejal Fernando Salcedo habló en la asamblea. Recordó que tras la reunión de Moscú el asesor Yuri Ushakov había dicho que no había compromiso territorial.",
			"no había compromiso territorial", "Yuri Ushakov", false},
		{"it time phrase", "it", "Il consigliere Paolo Ferri ha parlato a lungo. Ha ricordato che dopo l'incontro di Mosca il consigliere Jurij Ušakov aveva detto che non c'era alcun compromesso sul territorio.",
			"non c'era alcun compromesso sul territorio", "Yuri Ushakov", false},
		{"en mention: as X knows", "en", "Councillor Tom Pickering spoke to the club. He said the harbour dues would rise in spring, and as Anna Vestry knows the fees were always high.",
			"the harbour dues would rise in spring", "Tom Pickering", true},
		{"es object of a preposition", "es", "El concejal Fernando Salcedo habló en la asamblea. Dijo que el plan estaba acordado, y en su mensaje de Año Nuevo añadió que el resto lo contiene todo.",
			"el resto lo contiene todo", "Fernando Salcedo", true},
	})
}
