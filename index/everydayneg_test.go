package index

import (
	"context"
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"planbot/corpus"
)

// everydayCase is one everyday question of the probe
// (testdata/everyday): a search a member might type that shares a word
// with the story ("peace lily plant care", "Gaspreis Vergleich", "pokój do
// wynajęcia") and that nothing in the corpus answers.
type everydayCase struct {
	Query string `json:"query"`
	Lang  string `json:"lang"`
}

// Ceilings of TestEverydayNegatives: how many questions of each half may
// be answered on the index of the relevance documents released up to
// everydayCorpusThrough: stop 45 answered 11 of 46 and 17 of 45 on it,
// before and after the everyday rule (see docs/design.md, "Everyday
// questions that share a word with the story"). Stop 49 raised the
// held-out ceiling to 18: a provision extraction newly reads from a
// released document (a panel's breakout group on the army cap, xprov's
// work) carries the one word "army" an everyday question holds. The
// lead read that one answered question to find the cause (the record is a
// fair one; the gate answers a four-word question on one shared topic
// word), so the held-out half is no longer wholly unread.
const (
	everydayCeilingTune    = 11
	everydayCeilingHeldout = 18
)

// everydayCorpusThrough is the last search set whose documents the
// everyday ceilings were measured with. A ceiling is a count on one
// corpus: every release adds documents, and with them words an everyday
// question may meet by chance (releasing ZH at stop 46 added one answer to
// each half on the whole released corpus: a French "facile" meeting the
// English stem of "facilities"), which would turn CI red with no change of
// code. The ceilings are moved to a newer corpus only when they are
// measured again on it.
const everydayCorpusThrough = "heldout-zg"

// releasedRelevanceDocs is every relevance document released up to
// everydayCorpusThrough: the view "<set>/all" of that search set.
func releasedRelevanceDocs(t testing.TB) []*corpus.Document {
	t.Helper()
	docs := firstStagesDocs(t)
	for _, set := range laterSets {
		if blindSearchSet(set) {
			break
		}
		docs = append(docs, setDocs(t, set)...)
		if set == everydayCorpusThrough {
			break
		}
	}
	return docs
}

var (
	releasedOnce sync.Once
	releasedIx   *Index
	releasedErr  error
)

// releasedIndex is one index of releasedRelevanceDocs, shared by the
// everyday tests of one test binary (building it is most of their cost).
func releasedIndex(t testing.TB) *Index {
	t.Helper()
	releasedOnce.Do(func() {
		releasedIx, releasedErr = Open(context.Background(), Options{}, releasedRelevanceDocs(t))
	})
	if releasedErr != nil {
		t.Fatal(releasedErr)
	}
	return releasedIx
}

// TestEverydayNegatives asks the everyday questions of the probe
// (testdata/everyday/tune.json and heldout.json, in eight languages) of
// the index of the released relevance documents up to
// everydayCorpusThrough, as a member gets them
// (asked), and counts how many are answered at all. Each half has a
// ceiling. The held-out half was written with the tune half and set aside
// before any rule was tuned: its answered questions are printed only when
// PLANBOT_EVERYDAY_SHOW=heldout, so that tuning reads the tune half alone.
// PLANBOT_EVERYDAY_HALF=tune asks the tune half only.
func TestEverydayNegatives(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the index of every released document")
	}
	ctx := context.Background()
	ix := releasedIndex(t)
	only := os.Getenv("PLANBOT_EVERYDAY_HALF")
	show := os.Getenv("PLANBOT_EVERYDAY_SHOW")
	for _, half := range []struct {
		name    string
		ceiling int
	}{{"tune", everydayCeilingTune}, {"heldout", everydayCeilingHeldout}} {
		if only != "" && only != half.name {
			continue
		}
		js, err := os.ReadFile("testdata/everyday/" + half.name + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var cases []everydayCase
		if err := json.Unmarshal(js, &cases); err != nil {
			t.Fatalf("%s: %v", half.name, err)
		}
		answered, byLang := 0, map[string]int{}
		for _, c := range cases {
			res, err := asked(ctx, ix, relevanceCase{Query: c.Query})
			if err != nil {
				t.Fatalf("%q: %v", c.Query, err)
			}
			if len(res.Hits) == 0 {
				continue
			}
			answered++
			byLang[c.Lang]++
			if half.name == "tune" || show == half.name {
				t.Logf("%s answered %q: %s %.100q", half.name, c.Query, res.Hits[0].ID, res.Hits[0].Text)
			}
		}
		var langs []string
		for _, l := range []string{"en", "de", "fr", "it", "es", "ru", "uk", "pl"} {
			if byLang[l] > 0 && (half.name == "tune" || show == half.name) {
				langs = append(langs, l+"="+strconv.Itoa(byLang[l]))
			}
		}
		t.Logf("everyday %s: %d/%d answered %s", half.name, answered, len(cases), strings.Join(langs, " "))
		if answered > half.ceiling {
			t.Errorf("everyday %s: %d/%d answered, ceiling %d", half.name, answered, len(cases), half.ceiling)
		}
	}
}

// TestEverydayDiag prints how everydayQuery reads questions, on the index
// of every released relevance document: with PLANBOT_EVERYDAY_DIAG=tune
// the tune half of the probe, with =released every released question it
// calls everyday (an answerable one is a question the rule would lose),
// with any other value the questions it lists ("q1|q2|…"); parts may be
// joined by commas ("tune,released"). A diagnosis
// aid, skipped unless asked for.
func TestEverydayDiag(t *testing.T) {
	spec := os.Getenv("PLANBOT_EVERYDAY_DIAG")
	if spec == "" {
		t.Skip("PLANBOT_EVERYDAY_DIAG not set")
	}
	ctx := context.Background()
	ix := releasedIndex(t)
	for _, part := range strings.Split(spec, ",") {
		everydayDiag(ctx, t, ix, part)
	}
}

// everydayDiag is one part of TestEverydayDiag's spec.
func everydayDiag(ctx context.Context, t *testing.T, ix *Index, spec string) {
	var cases []relevanceCase
	switch spec {
	case "tune":
		js, err := os.ReadFile("testdata/everyday/tune.json")
		if err != nil {
			t.Fatal(err)
		}
		var ev []everydayCase
		if err := json.Unmarshal(js, &ev); err != nil {
			t.Fatal(err)
		}
		for _, c := range ev {
			cases = append(cases, relevanceCase{Query: c.Query, Set: "everyday-" + c.Lang})
		}
	case "released":
		for _, c := range relevanceCases(t) {
			if !blindSearchSet(baseSet(c.Set)) {
				cases = append(cases, c)
			}
		}
	default:
		for _, q := range strings.Split(spec, "|") {
			cases = append(cases, relevanceCase{Query: q})
		}
	}
	answerable, negatives, caught := 0, 0, 0
	for _, c := range cases {
		qts, v, err := ix.everydayRead(ctx, corpus.Query{Text: c.Query, Kind: c.Kind})
		if err != nil {
			t.Fatal(err)
		}
		if c.Want == nil && spec == "released" {
			negatives++
		} else if spec == "released" {
			answerable++
		}
		if spec == "released" && !v.everyday() {
			continue
		}
		if v.everyday() {
			caught++
		}
		var ws []string
		for i, qt := range qts {
			w := qt.raw
			switch {
			case i < len(v.strange) && v.strange[i]:
				w += "/STRANGE"
			case i < len(v.specific) && v.specific[i]:
				w += "/specific"
			case i < len(v.subject) && v.subject[i]:
				w += "/subject"
			}
			ws = append(ws, w)
		}
		t.Logf("%-5v %-14s neg=%-5v %q %v", v.everyday(), c.Set, c.Want == nil, c.Query, ws)
	}
	t.Logf("everyday: %d of %d questions (released: %d answerable, %d negatives)", caught, len(cases), answerable, negatives)
}
