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

// TestFormerTitleHeads checks that a word marking a former holder
// (titlequalifiers.json formerLeads) leaves the title after it the role's
// head, so a later back reference by the bare title is that person's
// ("l'ex ambasciatrice Ludovica Serra", set ZN; "dell'ex ambasciatore
// Carlo Vendramin … ha detto l'ambasciatore", set F), while a title word
// before the reference still makes it a complement or another office
// ("deputy minister" is not "the minister", "помощник президента" not
// "президент").
func TestFormerTitleHeads(t *testing.T) {
	x := &extractor{lx: lexiconData()}
	for _, c := range []struct {
		role, ref string
		want      bool
	}{
		{"former ambassador", "ambassador", true},
		{"ex ambasciatore", "ambasciatore", true},
		{"ex embajador", "embajador", true},
		{"ehemalige Botschafterin", "botschafterin", true},
		{"бывший посол", "посол", true},
		{"Deputy Minister", "minister", false},
		{"помощник президента", "президента", false},
		{"former deputy minister", "minister", false},
	} {
		if got := x.titleHeads(c.role, c.ref); got != c.want {
			t.Errorf("titleHeads(%q, %q) = %v, want %v", c.role, c.ref, got, c.want)
		}
	}
	for _, c := range []struct{ lang, body, speaker, role string }{
		{"it", "Più duro il giudizio dell'ex ambasciatore Carlo Vendramin. «Il punto 3 chiede alla NATO di rinunciare», ha detto l'ambasciatore. «Nessun governo europeo potrà sottoscriverlo così com'è.»", "Carlo Vendramin", "ex ambasciatore"},
		{"es", "Más duro fue el ex embajador Carlos Vendrame. «El punto 3 pide a la OTAN renunciar a una política de puertas abiertas», dijo el embajador.", "Carlos Vendrame", "ex embajador"},
		{"en", "Harder still was the former ambassador Carl Vendram. \"Point 3 asks NATO to give up an open door,\" the ambassador said.", "Carl Vendram", "former ambassador"},
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
