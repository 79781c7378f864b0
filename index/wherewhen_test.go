package index

import "testing"

// TestOffTopicWhereWhen: a question whose own subject matches nothing is
// not answered by a hit that matches only its cities and months, in
// English, German and Italian; one place alone (two spellings of it are
// one), or the places with a word the question is about, still answers.
func TestOffTopicWhereWhen(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: en\n---\n\nEnvoys from Warsaw and Kyiv met in Miami in December to go over the prisoner exchange.\n",
		"---\nlang: de\n---\n\nIn Berlin beginnen im Dezember neue Gespräche über den Getreidekorridor.\n",
		"---\nlang: it\n---\n\nA Roma, a gennaio, i negoziatori discuteranno lo scambio di prigionieri.\n",
		// The subjects the questions ask about are words the corpus knows
		// elsewhere, as a large corpus does: not unknown words, which go
		// to the fuzzy search.
		"---\nlang: en\n---\n\nBad weather kept the grain ships in port; the crews took cheap flights home.\n",
		"---\nlang: de\n---\n\nSchlechtes Wetter hielt die Schiffe im Hafen.\n",
		"---\nlang: it\n---\n\nIl meteo ha fermato le navi nel porto.\n",
		"---\nlang: en\n---\n\nShelling damaged the house of the harbour master.\n",
		"---\nlang: en\n---\n\nThe negotiators changed their style after the summit.\n",
		"---\nlang: en\n---\n\nA note on spelling: this paper writes Kyiv, where older reports wrote Kiev.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"miami weather december", ""},
		{"cheap flights kyiv warsaw", ""},
		{"wetter berlin dezember", ""},
		{"meteo roma gennaio", ""},
		{"miami prisoner exchange december", "prisoner exchange"},
		{"warsaw envoys", "Warsaw"},
		{"berlin getreidekorridor dezember", "Getreidekorridor"},
		{"roma scambio prigionieri", "scambio"},
		{"kiev or kyiv house style", "spelling"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestWhereWhenClass: cities, months, weekdays and years are words of
// where and when; the subject matter's places and plain words are not.
func TestWhereWhenClass(t *testing.T) {
	for w, want := range map[string]bool{
		"miami": true, "warszawa": true, "dezember": true, "gennaio": true, "piątek": true, "2026": true,
		"zaporizhzhia": false, "crimea": false, "weather": false, "600000": false, "17": false, "may": false,
	} {
		if got := whereWhenClass(w) == classWhere; got != want {
			t.Errorf("whereWhenClass(%q) is where: %v, want %v", w, got, want)
		}
	}
}

// TestWhereWhenClasses: a second spelling of a place the query already
// names is not a second word of where.
func TestWhereWhenClasses(t *testing.T) {
	qts := []queryTerm{{raw: "kiev"}, {raw: "or"}, {raw: "kyiv"}, {raw: "warsaw"}}
	cls := make([]termClass, len(qts))
	whereWhenClasses(qts, cls)
	for i, want := range []bool{true, false, false, true} {
		if got := cls[i]&classWhere != 0; got != want {
			t.Errorf("%q is where: %v, want %v", qts[i].raw, got, want)
		}
	}
}
