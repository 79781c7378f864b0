package index

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// farTable writes a table of n rows as one paragraph (lines without a blank
// line between them, as a CSV export or a register is read), with the
// words of special at the rows it names and neutral codes elsewhere.
func farTable(n int, special map[int]string) string {
	var b strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, "r%03d | %d | %d | ", i, 17*i%97, 31*i%89)
		if w, ok := special[i]; ok {
			b.WriteString(w)
		} else {
			fmt.Fprintf(&b, "code %d", 1000+i*7)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// TestFarWordsRanking: a whole table read as one passage matches a
// question's words from unrelated rows; before stop 53 it outranked the
// short paragraph that answers, because it matched one word more (set ZO:
// a CSV export's table came first for a dozen questions). Each document
// holds such a table and a paragraph matching all but one word; the
// paragraph must rank first. A long paragraph whose words stand together
// keeps all of them (the negative: it still outranks a short paragraph
// matching fewer). In en, de, fr and ru.
func TestFarWordsRanking(t *testing.T) {
	doc := func(lang, answer, long string, far map[int]string) string {
		return "---\nlang: " + lang + "\n---\n\n" + answer + "\n\n" + farTable(40, far) + "\n" + long + "\n"
	}
	// A long paragraph whose query words stand in one sentence.
	pad := strings.Repeat("The committee also reviewed minutes, budgets, travel claims and the archive index. ", 14)
	ix := openTexts(t,
		doc("en", "Kessler says the harbour toll will double next spring.",
			pad+"Ombudsman Varga said the lighthouse fee and the quay fee of Dornach would both be abolished.",
			map[int]string{3: "ferries", 15: "kessler", 27: "harbour", 38: "toll"}),
		doc("de", "Brandtner sagt, die Hafenmaut werde im Frühjahr verdoppelt.",
			"", map[int]string{2: "Fähren", 14: "Brandtner", 26: "Hafenmaut", 37: "Frühjahr"}),
		doc("fr", "Duvallon affirme que le péage du port doublera au printemps.",
			"", map[int]string{4: "traversiers", 16: "Duvallon", 28: "péage", 39: "printemps"}),
		doc("ru", "Громыхалов заявил, что портовый сбор вырастет весной.",
			"", map[int]string{5: "паромы", 17: "Громыхалов", 29: "сбор", 36: "весной"}),
		"---\nlang: en\n---\n\nVarga visited Dornach last week.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"kessler harbour toll ferries", "Kessler says"},
		{"brandtner hafenmaut frühjahr fähren", "Brandtner sagt"},
		{"duvallon péage printemps traversiers", "Duvallon affirme"},
		{"громыхалов сбор весной паромы", "Громыхалов заявил"},
		// Negative: words together in a long paragraph all count.
		{"varga lighthouse quay fee dornach", "lighthouse fee"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestWordSpotsFar checks the densest stretch directly: words inside it
// or matched without a place are never far; nil spots (short texts) give
// nil.
func TestWordSpotsFar(t *testing.T) {
	var none *wordSpots
	none.at(3, []int{0})
	none.everywhere(1)
	if got := none.far([]bool{true, true}); got != nil {
		t.Errorf("nil spots: far %v, want nil", got)
	}
	for _, c := range []struct {
		name     string
		pos      []int
		word     []int
		anywhere []int
		matched  []bool
		want     []bool
	}{
		{"together", []int{10, 12, 15}, []int{0, 1, 2}, nil, []bool{true, true, true}, nil},
		{"one far", []int{10, 12, 300}, []int{0, 1, 2}, nil, []bool{true, true, true}, []bool{false, false, true}},
		{"scattered", []int{0, 100, 200, 300}, []int{0, 1, 2, 3}, nil, []bool{true, true, true, true}, []bool{false, true, true, true}},
		{"densest wins", []int{0, 200, 210, 220}, []int{0, 1, 2, 3}, nil, []bool{true, true, true, true}, []bool{true, false, false, false}},
		{"repeated word", []int{0, 200, 210, 400}, []int{0, 1, 0, 2}, nil, []bool{true, true, true}, []bool{false, false, true}},
		{"placeless", []int{10, 300}, []int{0, 1}, []int{1}, []bool{true, true}, nil},
		{"unmatched ignored", []int{10, 300}, []int{0, 1}, nil, []bool{true, false, true}, nil},
	} {
		s := &wordSpots{anywhere: make([]bool, len(c.matched))}
		for i := range c.pos {
			s.at(c.pos[i], []int{c.word[i]})
		}
		for _, w := range c.anywhere {
			s.everywhere(w)
		}
		if got := s.far(c.matched); !slices.Equal(got, c.want) {
			t.Errorf("%s: far %v, want %v", c.name, got, c.want)
		}
	}
	r := markResult{matched: []bool{true, true, true}, far: []bool{false, true, false}}
	if got := r.near().matched; !slices.Equal(got, []bool{true, false, true}) {
		t.Errorf("near: %v", got)
	}
	if r.matched[1] != true {
		t.Errorf("near changed the receiver's matched")
	}
}
