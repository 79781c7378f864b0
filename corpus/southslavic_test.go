package corpus

import "testing"

// TestSerbianOrCroatian: Latin-script bodies written for this test, each
// detected as Croatian first; the ekavian and Serbian forms make one
// Serbian, the ijekavian and Croatian forms keep the other Croatian, and
// a text with too few cues of either keeps what detection said.
func TestSerbianOrCroatian(t *testing.T) {
	cases := []struct {
		name, lang, body, want string
	}{
		{"sr ekavian wire", "hr", "NOVI SAD, 3. decembra - Ministar je posle sastanka ocenio da je rešenje za bezbednost regiona moguće. Prema sedmoj tački plana, deo predloga ostaje otvoren, saopštilo je ministarstvo spoljnih poslova.", "sr"},
		{"hr ijekavian wire", "hr", "SPLIT, 3. prosinca - Ministar je poslije sastanka ocijenio da je rješenje za sigurnost regije moguće. Prema sedmoj točki plana, dio prijedloga ostaje otvoren, priopćilo je ministarstvo vanjskih poslova.", "hr"},
		{"too few cues", "hr", "Ministar je rekao da je plan dobar i da se razgovori nastavljaju u Ženevi.", "hr"},
		{"other language untouched", "sl", "Minister je po sestanku ocenil, da je rešitev za varnost mogoča.", "sl"},
	}
	for _, c := range cases {
		if got := serbianOrCroatian(c.lang, c.body); got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestThreadCounter: a reprinted thread's post counters, read only when
// two posts share the total; a fraction opening one paragraph stays.
func TestThreadCounter(t *testing.T) {
	cases := []struct {
		name string
		in   []string
		want []string
	}{
		{"bold counters", []string{"**1/3** Here is the plan.", "**2/3** Point 4 sets up a dialogue.", "**3/3** My read."},
			[]string{"Here is the plan.", "Point 4 sets up a dialogue.", "My read."}},
		{"bracketed, Polish", []string{"(1/2) Punkt 5 daje gwarancje.", "(2/2) Punkt 8: bez wojsk NATO."},
			[]string{"Punkt 5 daje gwarancje.", "Punkt 8: bez wojsk NATO."}},
		{"a fraction alone", []string{"1/3 of the territory is occupied.", "Point 21 freezes the line."},
			[]string{"1/3 of the territory is occupied.", "Point 21 freezes the line."}},
		{"a year is no counter", []string{"2025/2026 talks go on.", "2025/2026 budget."},
			[]string{"2025/2026 talks go on.", "2025/2026 budget."}},
	}
	for _, c := range cases {
		ps := make([]paragraph, len(c.in))
		for i, s := range c.in {
			ps[i] = paragraph{text: s, kind: paraText}
		}
		out := withoutThreadCounters(ps)
		for i := range out {
			if out[i].text != c.want[i] {
				t.Errorf("%s: paragraph %d: got %q, want %q", c.name, i, out[i].text, c.want[i])
			}
		}
	}
}
