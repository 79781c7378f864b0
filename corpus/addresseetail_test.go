package corpus

import (
	"strings"
	"testing"
)

// TestAddresseeTail: a dashed quotation closed by a speech verb with no
// subject and only whom the words were given to after it is the words of
// the person the sentence before was about (addresseetail.go); a role or
// a name after the addressee is the speaker, and with nobody named before
// the quotation stays unread.
func TestAddresseeTail(t *testing.T) {
	cases := []struct {
		name, text, quote, want string // want "" : no statement may hold the quote
	}{
		{"pl medium", "Posłanka Ewa Jabłońska z komisji uważa, że zapis o myśliwcach jest tani i niczego nie daje. – Nic nie kosztuje i nic nie gwarantuje w punktach o armii – powiedziała naszej gazecie.",
			"Nic nie kosztuje i nic nie gwarantuje", "Ewa Jabłońska"},
		{"pl marker", "Dr Anna Wrona z ośrodka uważa, że europejska wersja przywraca planowi minimum realizmu. – Bez Europy żaden z tych punktów nie wejdzie w życie – oceniła w rozmowie z agencją.",
			"Bez Europy żaden z tych punktów", "Anna Wrona"},
		{"cs medium", "Analytik Petr Hrubeš z Ústavu mezinárodních vztahů plán kritizuje. – Tohle je dokument, který nikdo nepodepíše, a všichni to vědí – řekl serveru.",
			"Tohle je dokument, který nikdo nepodepíše", "Petr Hrubeš"},
		{"ru medium", "Депутат Семён Лагутин считает, что торопиться Москве некуда. — Каждый день работает на нас, и в Вашингтоне это понимают, — сказал газете.",
			"Каждый день работает на нас", "Семён Лагутин"},
		{"pl title in quotation marks", "Radna sejmiku Bożena Kiełbasińska (Rzeszów) uważa, że region powinien być przy tym stole. — Lotnisko w Jasionce od trzech lat jest bramą pomocy dla Ukrainy. Jeśli ktoś pisze o samolotach w Polsce, to pisze także o nas — powiedziała „Kurierowi”.",
			"to pisze także o nas", "Bożena Kiełbasińska"},
		{"it marker", "Il deputato Marco Bellini ritiene che l'Europa debba sedere al tavolo dei negoziati. «Senza di noi nessuno di questi punti entrerà mai in vigore», ha detto in un'intervista al Corriere.",
			"Senza di noi nessuno di questi punti", "Marco Bellini"},
		{"pl title then a role (negative for the dropped subject)", "Radna sejmiku Bożena Kiełbasińska (Rzeszów) uważa, że region powinien być przy tym stole. — Lotnisko w Jasionce od trzech lat jest bramą pomocy dla Ukrainy. Jeśli ktoś pisze o samolotach w Polsce, to pisze także o nas — powiedziała „Kurierowi” wojewoda Ewa Leniart.",
			"to pisze także o nas", "Ewa Leniart"},
		{"pl role after medium (negative for the dropped subject)", "Posłanka Ewa Jabłońska z komisji uważa, że zapis o myśliwcach jest tani i niczego nie daje. – Nic nie kosztuje i nic nie gwarantuje w punktach o armii – powiedział gazecie minister Jan Kowalski.",
			"Nic nie kosztuje i nic nie gwarantuje", "Jan Kowalski"},
		{"pl nobody before (negative)", "Plan ma dwadzieścia osiem punktów i wiele niejasności. – Nic nie kosztuje i nic nie gwarantuje w punktach o armii – powiedziała naszej gazecie.",
			"Nic nie kosztuje i nic nie gwarantuje", ""},
		{"pl wrong gender (negative)", "Poseł Adam Nowak z komisji uważa, że Polska powinna być przy stole. – Nic nie kosztuje i nic nie gwarantuje w punktach o armii – powiedziała naszej gazecie.",
			"Nic nie kosztuje i nic nie gwarantuje", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte("# Plan\n\n"+c.text+"\n"), ParseOptions{Name: "probe.md", Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, s := range d.Statements {
				if strings.Contains(s.Text, c.quote) {
					got = s.Speaker
				}
			}
			if got != c.want {
				t.Errorf("speaker of %q = %q, want %q (statements %v)", c.quote, got, c.want, d.Statements)
			}
		})
	}
}
