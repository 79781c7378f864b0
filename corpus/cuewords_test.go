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
