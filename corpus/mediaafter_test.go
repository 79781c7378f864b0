package corpus

import (
	"strings"
	"testing"
)

// TestMediumAfter checks, in Russian, Polish, Ukrainian and German, that a
// medium named right after the speech verb is read past to the speaker
// the sentence names after it, that an outlet is never a speaker, and
// that each case fails with the readings disabled.
func TestMediumAfter(t *testing.T) {
	found := []statementCase{
		{"ru газете", "---\ntitle: t\nlang: ru\n---\n\nВстреча прошла в Минске. «Этот план нельзя принимать в таком виде», — сказал газете Северный вестник депутат Олег Смирнов.", "Олег Смирнов", "Этот план нельзя принимать"},
		{"pl gazecie", "---\ntitle: t\nlang: pl\n---\n\nSpotkanie trwało godzinę. „Ten plan nie ma szans bez zgody Kijowa” – powiedział gazecie Głos Pomorza minister Adam Wrona.", "Adam Wrona", "Ten plan nie ma szans"},
		{"uk виданню", "---\ntitle: t\nlang: uk\n---\n\nЗустріч тривала годину. «Цей план не має шансів без згоди Києва», — сказав виданню Голос Поділля депутат Олег Коваль.", "Олег Коваль", "Цей план не має шансів"},
	}
	outlet := []struct{ name, text, outlet string }{
		{"de der Zeitung, ein Abgeordneter", "---\ntitle: t\nlang: de\n---\n\nDas Treffen dauerte eine Stunde. „Der Plan hat keine Chance ohne Kiew“, sagte der Zeitung Nordkurier ein Abgeordneter.", "Nordkurier"},
		{"de er der Zeitung", "---\ntitle: t\nlang: de\n---\n\nDer Abgeordnete Jan Brand kam spät. „Der Plan hat keine Chance ohne Kiew“, sagte er der Zeitung Nordkurier.", "Nordkurier"},
	}
	fails := func() (n int) {
		for _, c := range found {
			ok := false
			for _, s := range statementsOf(t, c.text) {
				ok = ok || s.Speaker == c.speaker && strings.Contains(s.Text, c.fragment)
			}
			if !ok {
				n++
				if !mediaAfterOff {
					t.Errorf("%s: no statement of %q with %q", c.name, c.speaker, c.fragment)
				}
			}
		}
		for _, c := range outlet {
			for _, s := range statementsOf(t, c.text) {
				if strings.Contains(s.Speaker, c.outlet) {
					n++
					if !mediaAfterOff {
						t.Errorf("%s: the outlet is the speaker: %q", c.name, s.Speaker)
					}
				}
			}
		}
		return n
	}
	fails()
	mediaAfterOff = true
	defer func() { mediaAfterOff = false }()
	if n := fails(); n != len(found)+len(outlet) {
		t.Errorf("without the readings %d of %d cases fail; each should", n, len(found)+len(outlet))
	}
}
