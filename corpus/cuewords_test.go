package corpus

import "testing"

// TestCueWordMatchesSets checks that the merged cue sets answer as the
// sets asked one by one, for verbs, view words, readAs grammar words and
// plain words, in several languages.
func TestCueWordMatchesSets(t *testing.T) {
	lx := lexiconData()
	slow := func(x *extractor, w string) bool {
		return x.lx.sayVerbs[w] || x.lx.sayVerbs[readAsWords[x.src.Lang][w]] || x.lx.actVerbs[w] || w == "according" || w == "quoted" || w == "continued" || x.lx.according[w] || x.lx.viewCues[w] || x.lx.participles[w] || x.lx.asideVerbs[w] || x.lx.introVerbs[w] || x.lx.hearsayParts[w]
	}
	words := []string{"said", "told", "according", "continued", "quoted", "view", "sagte", "заявил", "powiedział", "house", "the", "", "weather"}
	for _, m := range readAsWords {
		for w := range m {
			words = append(words, w)
		}
	}
	for _, lang := range []string{"en", "de", "pt", "nl", "ru", "xx"} {
		x := &extractor{lx: lx, src: Source{Lang: lang}}
		for _, w := range words {
			got, ok := x.cueWord(w)
			if !ok {
				t.Fatalf("cueWord(%q) cannot answer for the loaded lexicon", w)
			}
			if want := slow(x, w); got != want {
				t.Errorf("lang %s: cueWord(%q) = %v, want %v", lang, w, got, want)
			}
		}
	}
	other := &extractor{lx: &lexicon{}, src: Source{Lang: "en"}}
	if _, ok := other.cueWord("said"); ok {
		t.Error("cueWord answers for a lexicon it was not built from")
	}
}

// TestHasSpeechCueMemo checks that the remembered answer is only ever the
// one for the same sentence, asked in turn with others, in two languages.
func TestHasSpeechCueMemo(t *testing.T) {
	x := &extractor{lx: lexiconData(), src: Source{Lang: "en"}}
	cases := []struct {
		s    string
		want bool
	}{
		{"The envoy said the talks would go on.", true},
		{"The weather in Geneva was cold.", false},
		{"Der Sprecher sagte, man prüfe den Text.", true},
		{"Der Text liegt vor.", false},
	}
	for round := 0; round < 2; round++ {
		for _, c := range cases {
			for k := 0; k < 2; k++ { // asked twice in a row, as the gaps retry does
				if got := x.hasSpeechCue(c.s); got != c.want {
					t.Errorf("hasSpeechCue(%q) = %v, want %v", c.s, got, c.want)
				}
				if got := x.scanSpeechCue(c.s); got != c.want {
					t.Errorf("scanSpeechCue(%q) = %v, want %v", c.s, got, c.want)
				}
			}
		}
	}
}

// TestSpeechCueFilterHoldsVerbs checks what sentence's early skip of a
// token relies on: every say, act and intro verb of every language, and
// "continued", passes the speech-cue filter; so does every word of
// lx.according (closeGaps and accordingTrailing skip by it too).
func TestSpeechCueFilterHoldsVerbs(t *testing.T) {
	lx := lexiconData()
	for name, set := range map[string]map[string]bool{"sayVerbs": lx.sayVerbs, "actVerbs": lx.actVerbs, "introVerbs": lx.introVerbs, "according": lx.according, "continued": {"continued": true}} {
		n := 0
		for w := range set {
			n++
			if !lx.speechCues.has(wordKey(w)) {
				t.Errorf("%s: %q does not pass the speech-cue filter", name, w)
			}
		}
		if n == 0 {
			t.Errorf("%s is empty", name)
		}
	}
	if lx.speechCues.has(wordKey("zzqx")) && lx.speechCues.has(wordKey("qqqqqq")) && lx.speechCues.has(wordKey("xylophone")) {
		t.Error("the filter lets everything through")
	}
}

// TestSpeakOfAndHearsayFilters checks that the filters pass every word of
// their sets, so speakOfVerb and hearsayModal answer as the maps do, in
// German, Italian and English words.
func TestSpeakOfAndHearsayFilters(t *testing.T) {
	x := &extractor{lx: lexiconData()}
	for w := range speakOfWords.verbs {
		if !speakOfVerb(w) {
			t.Errorf("speakOfVerb(%q) = false for a speakOf verb", w)
		}
	}
	for w := range x.lx.hearsayModals {
		if !x.hearsayModal(w) {
			t.Errorf("hearsayModal(%q) = false for a hearsay modal", w)
		}
	}
	for _, w := range []string{"", "the", "plan", "soll", "sprach", "parlato", "sagte"} {
		if got, want := speakOfVerb(w), speakOfWords.verbs[w]; got != want {
			t.Errorf("speakOfVerb(%q) = %v, want %v", w, got, want)
		}
		if got, want := x.hearsayModal(w), x.lx.hearsayModals[w]; got != want {
			t.Errorf("hearsayModal(%q) = %v, want %v", w, got, want)
		}
	}
	if len(speakOfWords.verbs) == 0 || len(x.lx.hearsayModals) == 0 {
		t.Error("the sets are empty: the test checks nothing")
	}
}
