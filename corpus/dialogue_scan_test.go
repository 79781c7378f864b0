package corpus

import "testing"

// TestDialogueStart checks where a line of dialogue opens, after the
// jump to dash bytes: at the start, after a sentence, not inside one, in
// Polish and Russian, beside other characters that share no byte with
// the dashes.
func TestDialogueStart(t *testing.T) {
	for _, c := range []struct {
		p    string
		want int
	}{
		{"– Zanim zaczniemy, jedno pytanie.", 0},
		{"Tak było od początku. – Nie chodzi o prestiż.", len("Tak było od początku. ")},
		{"— Мы готовы, — сказал Песков.", 0},
		{"Он сказал: «Да». — Нет, — ответил другой.", len("Он сказал: «Да». ")},
		{"The plan – as drafted – stays.", -1},
		{"“Quoted” text… with ellipsis – and a dash", -1},
		{"No dashes at all.", -1},
		{"Ends with a dash –", -1},
		{"", -1},
	} {
		if got := dialogueStart(c.p); got != c.want {
			t.Errorf("dialogueStart(%q) = %d, want %d", c.p, got, c.want)
		}
	}
}
