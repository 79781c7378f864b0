package digest

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"
	"time"

	"planbot/corpus"
)

// TestLoadReadsOnlyWhatComposeNeeds checks that a digest composed from a
// Catalogue, which parses the new documents alone and knows the earlier
// ones by their point sums, is the digest composed from every document,
// and that it reads no other document.
func TestLoadReadsOnlyWhatComposeNeeds(t *testing.T) {
	now := time.Date(2025, 11, 28, 12, 0, 0, 0, time.UTC)
	old, recent := now.Add(-72*time.Hour), now.Add(-2*time.Hour)
	restated := testDoc(1, old, "Plan A", 3, 0)   // earlier numbered points
	statements := testDoc(2, old, "", 0, 2)       // earlier, nothing numbered
	unnumbered := testDoc(3, old, "Plan B", 1, 0) // earlier, a point without number
	unnumbered.Provisions[0].Number = 0
	otherServer := testDoc(4, old, "Plan A", 2, 0)
	otherServer.Source.Guild = "g2"
	reprint := testDoc(5, recent, "Plan A", 3, 0) // the same points again: restated
	for i := range reprint.Provisions {
		reprint.Provisions[i].Text = restated.Provisions[i].Text
	}
	changed := testDoc(6, recent, "Plan A", 2, 1)
	changed.Provisions[1].Text = "Point 2, revised: the mission reports every thirty days."
	covered := testDoc(7, recent, "Plan C", 1, 0) // new, but already posted
	fresh := testDoc(8, recent, "", 0, 3)
	docs := []*corpus.Document{restated, statements, unnumbered, otherServer, reprint, changed, covered, fresh}
	since := now.Add(-24 * time.Hour)
	notCovered := func(ids []string) (func(string) bool, error) {
		return func(id string) bool { return id != covered.Source.ID }, nil
	}
	for _, c := range []struct {
		name  string
		guild string
		keep  func([]string) (func(string) bool, error)
		// reads are the documents a Catalogue is asked for: the new ones.
		reads []*corpus.Document
	}{
		{"every new document", "", nil, []*corpus.Document{reprint, changed, covered, fresh}},
		{"not yet posted", "", notCovered, []*corpus.Document{reprint, changed, fresh}},
		{"a server's own", "g2", notCovered, []*corpus.Document{reprint, changed, fresh}},
	} {
		t.Run(c.name, func(t *testing.T) {
			lib := &library{}
			lib.add(docs...)
			pEarlier, pFresh, err := Load(plainLibrary{lib}, c.guild, since, c.keep)
			if err != nil {
				t.Fatal(err)
			}
			cEarlier, cFresh, err := Load(lib, c.guild, since, c.keep)
			if err != nil {
				t.Fatal(err)
			}
			d := ComposeAfter(pEarlier, pFresh, since, now)
			if d.Restated == 0 || !slices.ContainsFunc(d.Plans, func(g PlanGroup) bool {
				return slices.ContainsFunc(g.Provisions, func(p ProvisionItem) bool { return p.Changed })
			}) {
				t.Fatalf("the case tells no restated and changed point apart: restated %d", d.Restated)
			}
			want, _ := json.Marshal(d)
			if all := Compose(lib.Documents(), pFresh, since, now); !reflect.DeepEqual(all, d) {
				t.Errorf("Load's digest differs from Compose's over every document")
			}
			got, _ := json.Marshal(ComposeAfter(cEarlier, cFresh, since, now))
			if string(got) != string(want) {
				t.Errorf("digest from the catalogue:\n%s\nfrom every document:\n%s", got, want)
			}
			var ids, wantIDs []string
			for _, d := range cFresh {
				ids = append(ids, d.Source.ID)
			}
			for _, d := range c.reads {
				wantIDs = append(wantIDs, d.Source.ID)
			}
			if !slices.Equal(ids, wantIDs) || lib.gets != len(wantIDs) {
				t.Errorf("read %v (%d gets), want %v", ids, lib.gets, wantIDs)
			}
		})
	}
}
