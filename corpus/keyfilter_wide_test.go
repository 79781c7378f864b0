package corpus

import "testing"

// TestFiltersHoldTheirSets checks that the filters asked before a map
// never turn away a word of the map: the speech cues' wide filter, the
// role filter behind inRoleWords, and lowerSet on words of other scripts.
func TestFiltersHoldTheirSets(t *testing.T) {
	lx := lexiconData()
	for _, set := range []map[string]bool{lx.sayVerbs, lx.actVerbs, lx.according, lx.viewCues, lx.participles, lx.asideVerbs, lx.introVerbs, lx.hearsayParts} {
		for w := range set {
			if !lx.speechCues.has(wordKey(w)) {
				t.Errorf("speechCues turns away %q", w)
			}
		}
	}
	for w := range lx.roleWords {
		if !lx.inRoleWords(w) {
			t.Errorf("inRoleWords(%q) = false", w)
		}
	}
	for _, s := range []lowerSet{pointRefSet(), termNounSet()} {
		for w := range s.m {
			if !s.has(w) {
				t.Errorf("lowerSet.has(%q) = false", w)
			}
		}
	}
	// a wide filter with few keys turns most other words away
	f := wideWordFilter(map[string]bool{"said": true})
	if !f.has(wordKey("said")) || f.has(wordKey("plan")) && f.has(wordKey("talks")) && f.has(wordKey("army")) {
		t.Error("wideWordFilter does not tell its word from others")
	}
}
