package corpus

import "testing"

// TestHonorificSurname: a gold speaker written as a courtesy title and a
// surname is the full name extraction gives, and only that name (stop 67,
// zfreshs; sets ZT, ZX, ZZB, ZZC, ZZG, ZZI).
func TestHonorificSurname(t *testing.T) {
	for _, c := range []struct {
		gold, sp string
		want     bool
	}{
		{"Mr Falk", "gideon falk", true},
		{"mme barthe", "lucienne barthe", true},
		{"Mr. Zhanbyrbayev", "daulet zhanbyrbayev", true},
		{"Dr Nandakumar", "priya nandakumar", true},
		{"Sir Clive Ambersley", "clive ambersley", true},
		{"the Mr Falk", "gideon falk", true},
		// not a title before the name, or the surname is not the last word
		{"Gideon Falk", "anna falk", false},
		{"Mr Falk", "falkenberg", false},
		{"Mr Falk", "gideon falkner", false},
		{"Mr Falk", "falk institute spokesman", false},
		{"Mr", "gideon falk", false},
		{"", "gideon falk", false},
		{"Starosta Šindelář", "miroslav šindelář", false},
	} {
		if got := honorificSurname(c.gold, c.sp); got != c.want {
			t.Errorf("honorificSurname(%q, %q) = %v, want %v", c.gold, c.sp, got, c.want)
		}
	}
}
