package corpus

import "testing"

// TestPredicateRoles checks that an interview's introduction that says
// with a verb of office what body the guest runs gives the guest's
// labelled answers that role, in English, Italian and Ukrainian, and that
// a verb of office whose object is no body, or a past form, gives none.
func TestPredicateRoles(t *testing.T) {
	for _, c := range []struct{ lang, body, speaker, role string }{
		{"en", "Hilde Marrow spent a decade at the foreign office and now chairs the Baltic Harbour Council. She spoke to us by phone.\n\n**Interviewer:** Is the draft any good?\n\n**Hilde Marrow:** It is a start, and a weak one.", "Hilde Marrow", "chairs the Baltic Harbour Council"},
		{"it", "Ettore Vanni dirige il Centro studi sul Danubio di Trieste. Lo abbiamo sentito dopo il vertice.\n\n**Domanda:** Che cosa pensa del testo?\n\n**Ettore Vanni:** È un testo scritto in fretta.", "Ettore Vanni", "dirige il Centro studi sul Danubio di Trieste"},
		{"uk", "Ярина Осадча очолює Фонд прикордонних громад. Ми поговорили з нею у Львові.\n\n**Питання:** Що змінює цей план?\n\n**Ярина Осадча:** Для наших сіл майже нічого.", "Ярина Осадча", "очолює Фонд прикордонних громад"},
		// what someone does is no office
		{"en", "Hilde Marrow heads to the capital on Monday.\n\n**Interviewer:** Is the draft any good?\n\n**Hilde Marrow:** It is a start, and a weak one.", "Hilde Marrow", ""},
	} {
		wantRoleOf(t, c.lang, c.body, c.speaker, c.role)
	}
}
