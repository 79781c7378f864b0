package index

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestLaterSetsListed checks that every search set in testdata (a
// questions-X.json file or a docs/heldout-X folder) is in laterSets: a set
// left out is silently never measured, which is how the blind ZZA went
// unscored in stop 64's first full run.
func TestLaterSetsListed(t *testing.T) {
	qs, err := filepath.Glob("testdata/relevance/questions-*.json")
	if err != nil {
		t.Fatal(err)
	}
	dirs, err := filepath.Glob("testdata/relevance/docs/heldout-*")
	if err != nil {
		t.Fatal(err)
	}
	if len(qs) == 0 || len(dirs) == 0 {
		t.Fatalf("no search sets found (%d question files, %d folders): the fixtures moved?", len(qs), len(dirs))
	}
	var sets []string
	for _, q := range qs {
		sets = append(sets, "heldout-"+strings.TrimSuffix(strings.TrimPrefix(filepath.Base(q), "questions-"), ".json"))
	}
	for _, d := range dirs {
		sets = append(sets, filepath.Base(d))
	}
	// heldout-c to heldout-e keep their questions in questions.json and
	// are read by heldoutCDocs, heldoutDDocs and heldoutEDocs
	early := []string{"heldout-c", "heldout-d", "heldout-e"}
	for _, s := range sets {
		if !slices.Contains(laterSets, s) && !slices.Contains(early, s) {
			t.Errorf("%s is in testdata but not in laterSets: it would never be measured", s)
		}
	}
}
