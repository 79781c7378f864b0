package corpus

import (
	"fmt"
	"testing"
)

// A point the 20-point framework numbers as the US draft did (sovereignty
// 1, non-aggression 2), in a report from after the framework was
// presented, between points only the framework holds, is the framework's;
// before that day, or beside a point that names the draft, it stays.
// "The last point" that states its number 20 is the framework's 20th; the
// 28th stated in words stays the draft's. Stop 63, zprovp.
func TestSharedPointNeighbours(t *testing.T) {
	for _, tt := range []struct {
		name, published, lang, text string
		number                      int
		want, notWant               string
	}{
		{"en between framework points", "2026-01-24", "en", "I have read the framework everyone is arguing about. Its point 7 says Ukraine would become a member of the European Union by a defined date. Point 17 sets up a humanitarian committee, with an all-for-all prisoner exchange and the return of deported children. Point 2 proposes a non-aggression agreement between Russia and Ukraine, watched by monitoring from space, and point 13 asks for school programmes that teach tolerance.", 2, twentyPoint, usDraft},
		{"uk list of the framework", "2026-01-25", "uk", "Арсен читав. Перший пункт підтверджує суверенітет України. За п'ятим пунктом двадцятипунктного плану США, НАТО та європейські країни дають Україні гарантії, дзеркальні статті 5. У пункті 19 угода буде юридично обов'язковою, а виконання контролюватиме Рада миру на чолі з Трампом.", 1, twentyPoint, usDraft},
		{"en slide lines", "2026-01-10", "en", "SOVEREIGNTY\n\n1. Ukraine's sovereignty is reaffirmed\n\n2. Non-aggression agreement between Russia, Ukraine and Europe, monitored partly from space\n\nPoint 6 is the one to watch: Russia would enshrine a policy of non-aggression towards Europe and Ukraine in its laws.\n\nPoint 4: armed forces of 800,000 in peacetime", 2, twentyPoint, usDraft},
		{"en final point number 20", "2026-01-24", "en", "I have read the framework. Point 17 sets up a humanitarian committee with an all-for-all prisoner exchange. And its final point, number 20, says everything takes effect once all parties agree to it.", 20, twentyPoint, usDraft},
		{"uk last twentieth point", "2026-01-25", "uk", "Арсен читав. Гуманітарний комітет проведе обмін полоненими «всіх на всіх» (пункт 17). Останній, двадцятий пункт — припинення вогню одразу після згоди всіх сторін.", 20, twentyPoint, usDraft},
		// negatives: a report from before the framework; a neighbour that
		// names the draft; the last point stated as the 28th
		{"en early", "2025-11-26", "en", "The American 28-point plan is out. Its point 9 says European fighter jets will be stationed in Poland. Point 2 proposes a non-aggression agreement between Russia, Ukraine and Europe.", 2, usDraft, twentyPoint},
		{"en late beside the draft", "2026-01-24", "en", "The US draft's point 9 put European fighter jets in Poland. Point 2 proposes a non-aggression agreement between Russia, Ukraine and Europe.", 2, "", twentyPoint},
		{"es last stated 28th", "2026-01-24", "es", "Leyó el plan estadounidense de 28 puntos. Y el último, el vigésimo octavo, establece que el alto el fuego entra en vigor en cuanto las partes se retiren a los puntos acordados.", 20, "", twentyPoint},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ps := parseDatedProbe(t, tt.published, tt.lang, tt.text)
			var got []string
			found := false
			for _, p := range ps {
				got = append(got, fmt.Sprintf("%s %d", p.Plan, p.Number))
				if p.Number == tt.number && p.Plan == tt.notWant {
					t.Errorf("point %d given %q: %v", tt.number, tt.notWant, got)
				}
				found = found || p.Number == tt.number && p.Plan == tt.want
			}
			if tt.want != "" && !found {
				t.Errorf("no point %d of %q: %v", tt.number, tt.want, got)
			}
		})
	}
}

// lastPointStated reads the number stated beside the word for "last".
func TestLastPointStated(t *testing.T) {
	for _, tt := range []struct {
		text string
		want int
	}{
		{"And its final point, number 20, says everything takes effect", 20},
		{"Останній, двадцятий пункт — припинення вогню", 20},
		{"L'ultimo punto, il 20, prevede il cessate il fuoco", 20},
		{"Der letzte Punkt, Nummer 20, sieht eine Waffenruhe vor", 20},
		{"Y el último, el vigésimo octavo, establece que el alto el fuego", 28},
		{"The final point provides that a ceasefire takes effect", 0},
		{"Последний пункт предусматривает прекращение огня сразу после согласия сторон, а 20 дней спустя", 0},
	} {
		if got := lastPointStated(tt.text); got != tt.want {
			t.Errorf("lastPointStated(%q) = %d, want %d", tt.text, got, tt.want)
		}
	}
}
