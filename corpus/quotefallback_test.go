package corpus

import "testing"

// TestQuoteFallback checks that a quotation in a language whose speech
// verbs the lexicon does not hold is attributed to the one person its
// short attribution names, in the quotation marks of several languages.
func TestQuoteFallback(t *testing.T) {
	checkStatements(t, []statementCase{
		{"hu dash quote", "---\ntitle: t\nlang: hu\n---\n\n– A tűzszünet csak az első lépés lehet – mondta Szalai Ferenc külügyi államtitkár.", "Szalai Ferenc", "A tűzszünet csak az első lépés lehet"},
		{"hu low-high quotes", "---\ntitle: t\nlang: hu\n---\n\n„Senki sem akar gyenge megállapodást” – nyilatkozta Szalai Ferenc.", "Szalai Ferenc", "Senki sem akar gyenge megállapodást"},
		{"tr name before quote", "---\ntitle: t\nlang: tr\n---\n\nBakan Mehmet Aydınlı, “Barış için her türlü katkıya hazırız” dedi.", "Mehmet Aydınlı", "Barış için her türlü katkıya hazırız"},
		{"fi same-mark quotes", "---\ntitle: t\nlang: fi\n---\n\n”Suomi tukee Ukrainaa loppuun asti”, sanoi ulkoministeri Aino Lahtela.", "Aino Lahtela", "Suomi tukee Ukrainaa loppuun asti"},
		{"lt quotes, short name later", "---\ntitle: t\nlang: lt\n---\n\nMinistras Tomas Vaitkus lankėsi Kyjive. „Mes liksime su Ukraina iki galo“, – pabrėžė Vaitkus.", "Tomas Vaitkus", "Mes liksime su Ukraina iki galo"},
		{"el guillemets", "---\ntitle: t\nlang: el\n---\n\n«Η ειρήνη δεν μπορεί να είναι συνθηκολόγηση», δήλωσε ο Νίκος Παπαδάκης.", "Νίκος Παπαδάκης", "Η ειρήνη δεν μπορεί να είναι συνθηκολόγηση"},
	})
}

// TestQuoteFallbackStandsBack checks that the fallback attributes nothing
// when its attribution cannot say who spoke: two people, an outlet or an
// institution, a person named beside the speaker, a sentence too long to
// be an attribution, a quotation too short to be a statement.
func TestQuoteFallbackStandsBack(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"two people", "---\ntitle: t\nlang: hu\n---\n\n„A tűzszünet csak az első lépés lehet” – Szalai Ferenc szerint Kovács Bélának."},
		{"outlet", "---\ntitle: t\nlang: hu\n---\n\n„A tűzszünet csak az első lépés lehet” – írta a Financial Times."},
		{"institution", "---\ntitle: t\nlang: tr\n---\n\n“Barış için her türlü katkıya hazırız” açıklaması Dışişleri Bakanlığı tarafından yapıldı."},
		{"beside", "---\ntitle: t\nlang: fr\n---\n\n« Aucune paix ne tiendra sans garanties » : entretien avec Hélène Marchand"},
		{"long rest", "---\ntitle: t\nlang: hu\n---\n\nA parlament tegnap hosszan vitatkozott a „tűzszünet csak az első lépés” jelszóról, amelyet Szalai Ferenc kampányában sokszor használt a választások előtt."},
		{"short quote", "---\ntitle: t\nlang: hu\n---\n\nSzalai Ferenc „gyenge” tervnek nevezte."},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsOf(t, c.text) {
				t.Errorf("statement %q by %q: the attribution does not say who spoke", s.Text, s.Speaker)
			}
		})
	}
}
