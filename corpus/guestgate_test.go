// Tests of the guest label's gate (labelBeforeColon): it must pass every
// text the label regexp matches, so that skipping the regexp where it
// fails changes nothing.

package corpus

import (
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGuestLabelGate holds labelBeforeColon to the label regexp on
// credits lines in eight languages (labels in capitals, after a dot or a
// middle dot, French spacing, a long s folded with s) and on text that
// must be skipped (a colon with no label before it, a label with no colon,
// a label not followed by a space after the colon, a label inside a word
// before the colon is still passed: the gate only has to be necessary).
func TestGuestLabelGate(t *testing.T) {
	g := guestLex()
	cases := []struct {
		text string
		gate bool // what the gate must say
		re   bool // whether the regexp matches
	}{
		{"Host: Mark Ellison. Guest: Dr Alan Whitby, Centre for Sea Studies.", true, true},
		{"GUEST: Anna Berg", true, true},
		{"Prowadzi: Marta Zielonka. Gość: dr Aleksander Wojtaszek", true, true},
		{"Présentation : Luc Darras. Invité : Henri Vasseur, chercheur.", true, true},
		{"Conduce: Sara Neri · Ospite: Paolo Zanardi, analista", true, true},
		{"Moderation: Jan Hahn. Gäste: Eva Roth", true, true},
		{"Ведущий: Иван Петров. Гость: Сергей Смирнов", true, true},
		{"Ведучий: Іван Петренко. ГІСТЬ: Олег Коваль", true, true},
		{"Presenta: Ana Ruiz. Invitados: Luis Gómez", true, true},
		{"GUEſT: Anna Berg", true, true},
		{"Guest:\tAnna Berg", true, true},
		// skipped
		{"The minister said: we will not sign.", false, false},
		{"Our guest believes the answer matters less.", false, false},
		{"Guest:Anna Berg", false, false},
		{"Guest list :", false, false},
		{"Гость пришёл: поздно", false, false},
		{"Invitación: ninguna", false, false},
		{"", false, false},
		{":", false, false},
		// passed by the gate, refused by the regexp (no sentence before the label)
		{"Our special guest: Anna Berg", true, false},
	}
	for _, c := range cases {
		if got := g.labelBeforeColon(c.text); got != c.gate {
			t.Errorf("labelBeforeColon(%q) = %v, want %v", c.text, got, c.gate)
		}
		if got := g.label.MatchString(c.text); got != c.re {
			t.Errorf("label regexp on %q = %v, want %v", c.text, got, c.re)
		}
	}
}

// TestGuestLabelGateNecessary checks that the gate never refuses a text
// the regexp matches: every line and paragraph of the released test
// documents, and random texts pieced from the labels in mixed case,
// colons, spaces, the regexp's sentence marks, letters that fold with
// others (ſ, K, ß) and broken UTF-8.
func TestGuestLabelGateNecessary(t *testing.T) {
	g := guestLex()
	check := func(s string) {
		if g.label.MatchString(s) && !g.labelBeforeColon(s) {
			t.Fatalf("gate refuses %q, which the regexp matches", s)
		}
	}
	err := filepath.WalkDir("testdata", func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() && isBlind(p) {
			return filepath.SkipDir
		}
		if e.IsDir() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		for _, para := range strings.Split(string(data), "\n\n") {
			check(para)
			for _, line := range strings.Split(para, "\n") {
				check(line)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	alphabet := []string{":", " ", "\t", "\n", "\v", ".", "·", "(", "*", "a", "S", "ſ", "K", "ß", "é", "É", "\xc3", "\xff", "Ğ", "x"}
	for _, l := range g.labels {
		alphabet = append(alphabet, l, strings.ToUpper(l), l[:len(l)/2], ". "+l+": ", l+" : ", "·"+l+":\t")
	}
	rng := rand.New(rand.NewPCG(53, 1))
	matched := 0
	for range 50000 {
		s := randomText(rng, alphabet, 12)
		if g.label.MatchString(s) {
			matched++
		}
		check(s)
	}
	if matched < 100 {
		t.Fatalf("only %d random texts matched the regexp: the check tests too little", matched)
	}
}
