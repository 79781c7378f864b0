package corpus

import "testing"

// TestTitleWordsBeforeName checks the title words roles.json gained in
// stop 57 (xrole): a local office ("Wójt Elżbieta Grzelak", set ZV), a
// production credit ("Producer Tomasz Wielgosz", ZU), a member of the
// European Parliament in Portuguese ("A eurodeputada …", ZF), the French
// "haut/haute" of "haute représentante" (ZT) and a Serbian chancellor
// (ZD) stand before the name and are the role, not part of the name or
// lost. The same words elsewhere in the sentence are no title: "Au plus
// haut niveau, X a déclaré", a village "Wójtowo".
func TestTitleWordsBeforeName(t *testing.T) {
	for _, c := range []struct{ lang, body, speaker, role string }{
		{"pl", "Wójt Elżbieta Grzelak zapowiedziała, że gmina dołoży pieniędzy do zakupu samochodu.", "Elżbieta Grzelak", "Wójt"},
		{"en", "Producer Tomasz Wielgosz said the team had decided not to blur any faces.", "Tomasz Wielgosz", "Producer"},
		{"pt", "A eurodeputada Inês Vasconcelos Pato disse hoje que qualquer acordo tem de ser aceite pelos europeus.", "Inês Vasconcelos Pato", "eurodeputada"},
		{"fr", "La haute représentante Kaja Kallas a rappelé que tout plan devait avoir l'accord des Européens.", "Kaja Kallas", "haute représentante"},
		{"fr", "Le haut représentant Josep Borrell a rappelé que tout plan devait avoir l'accord des Européens.", "Josep Borrell", "haut représentant"},
		{"sr", "Nemački kancelar Fridrih Merc rekao je da su pravne garancije zaista izvanredne.", "Friedrich Merz", "Nemački kancelar"},
		// the words elsewhere: no role
		{"fr", "Au plus haut niveau, Emmanuel Macron a déclaré que la paix ne peut pas être une capitulation.", "Emmanuel Macron", ""},
		{"en", "At the high end, Jane Doe said the plan was weak.", "Jane Doe", ""},
	} {
		sts := statementsOf(t, "---\ntitle: t\nlang: "+c.lang+"\n---\n\n"+c.body+"\n")
		ok := false
		for _, s := range sts {
			ok = ok || s.Speaker == c.speaker && s.Role == c.role
		}
		if !ok {
			t.Errorf("%s %q: want %s (%s), got %+v", c.lang, c.body, c.speaker, c.role, sts)
		}
	}
}
