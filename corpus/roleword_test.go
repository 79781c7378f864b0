package corpus

import "testing"

// TestRoleHoldsWord checks that a title is matched on whole words: "the
// president" is not the aide whose title holds "президента" (an aide to
// the president), in the back-reference readers; and the plain cases
// still hold.
func TestRoleHoldsWord(t *testing.T) {
	cases := []struct {
		role, phrase string
		want         bool
	}{
		{"помощник президента РФ", "президент", false},
		{"помощник президента РФ", "помощник", true},
		{"Президент України", "президент", true},
		{"former State Department official", "official", true},
		{"doradca prezydenta", "prezydent", false},
		{"Kremlin spokesman", "spokesman", true},
	}
	for _, c := range cases {
		if got := roleHoldsWord(c.role, c.phrase); got != c.want {
			t.Errorf("roleHoldsWord(%q, %q) = %v, want %v", c.role, c.phrase, got, c.want)
		}
	}
	body := "---\ntitle: t\nlang: ru\n---\n\nПомощник президента РФ Юрий Ушаков сообщил журналистам, что компромисс пока не найден.\n\n" +
		"«Мы воевать с Европой не собираемся», — предупредил президент.\n"
	for _, s := range statementsOf(t, body) {
		if s.Speaker == "Yuri Ushakov" && s.Text == "Мы воевать с Европой не собираемся" {
			t.Errorf("the president's words given to his aide")
		}
	}
}
