package index

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"

	"planbot/corpus"
	"planbot/internal/heldout"
)

// relevanceCase is one question of testdata/relevance/questions.json: want
// lists pieces of text any of which the right hit contains (nil: nothing
// relevant must come back); set is "dev" (tuned on) or "heldout" (written
// with the documents, before any tuning, and never tuned on) or
// "heldout-b" (harder questions written after the first tuning round,
// before the second, and never tuned on) or "heldout-c", "heldout-d" and
// "heldout-e" (blind sets of documents and questions written on 2026-12-01 by people
// who had not read the tuning data; reported, not enforced).
type relevanceCase struct {
	Query string      `json:"query"`
	Kind  corpus.Kind `json:"kind"`
	Want  []string    `json:"want"`
	Set   string      `json:"set"`
}

// relevanceScore is top-1, top-3 and negatives over one set of questions.
type relevanceScore struct {
	n, top1, top3, neg, negN int
	// unanswered counts questions with an answer that got no hit at all,
	// deeper those whose answer is not among the three hits shown but
	// among the first twenty: the two say, for a blind set whose misses
	// are not shown, whether its losses are recall (nothing found) or
	// ranking (found, not shown).
	unanswered, deeper int
}

func (s *relevanceScore) add(c relevanceCase, texts []string) {
	if c.Want == nil {
		s.negN++
		if len(texts) == 0 {
			s.neg++
		}
		return
	}
	s.n++
	if len(texts) == 0 {
		s.unanswered++
		return
	}
	for i, t := range texts {
		if containsAny(t, c.Want) {
			if i == 0 {
				s.top1++
			}
			if i < 3 {
				s.top3++
			}
			return
		}
	}
}

func (s relevanceScore) rate(k int) float64 {
	if s.n == 0 {
		return 0
	}
	return float64(k) / float64(s.n)
}

func (s relevanceScore) String() string {
	return fmt.Sprintf("top-1 %.2f  top-3 %.2f  negatives %d/%d  (%d questions; %d unanswered, %d found below the third hit)",
		s.rate(s.top1), s.rate(s.top3), s.neg, s.negN, s.n, s.unanswered, s.deeper)
}

// containsAny says whether text holds any of want, ignoring case.
//
// A want copied from a numbered list ("19. La central nuclear …") is
// looked for without its list marker: the corpus keeps a list item's
// paragraph without it (the number is the provision's), for planbot and
// plain bleve alike.
func containsAny(text string, want []string) bool {
	lt := strings.ToLower(text)
	for _, w := range want {
		if m := listMarker.FindString(w); m != "" {
			w = w[len(m):]
		}
		if strings.Contains(lt, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// listMarker is a list item's number at the start of a want.
var listMarker = regexp.MustCompile(`^\d{1,3}\.\s+`)

// relevanceDocs parses the documents of the relevance set that the dev,
// heldout and heldout-b questions were written against.
func relevanceDocs(t testing.TB) []*corpus.Document {
	t.Helper()
	return parseRelevanceDocs(t, "testdata/relevance/docs/*.txt", 30)
}

// heldoutCDocs parses the documents written with the heldout-c questions.
// They live apart because the older sets' answers name fragments of the
// older documents only: a new document that answers an old question as
// well would be scored as a miss.
func heldoutCDocs(t testing.TB) []*corpus.Document {
	t.Helper()
	return parseRelevanceDocs(t, "testdata/relevance/docs/heldout-c/*.txt", 12)
}

// heldoutDDocs parses the documents written with the heldout-d questions,
// kept apart for the same reason as heldout-c's.
func heldoutDDocs(t testing.TB) []*corpus.Document {
	t.Helper()
	return parseRelevanceDocs(t, "testdata/relevance/docs/heldout-d/*.txt", 12)
}

// heldoutEDocs parses the documents written with the heldout-e questions,
// kept apart for the same reason as heldout-c's.
func heldoutEDocs(t testing.TB) []*corpus.Document {
	t.Helper()
	return parseRelevanceDocs(t, "testdata/relevance/docs/heldout-e/*.txt", 10)
}

// laterSets are the blind sets that come with their own documents and
// are scored twice: on their own and the older documents, as their writers
// saw only these (other sets' reports of the same events are not in their
// answer keys), and, as "<set>/all", on every document.
var laterSets = []string{"heldout-f", "heldout-g", "heldout-h", "heldout-i", "heldout-j", "heldout-k", "heldout-l", "heldout-m", "heldout-n", "heldout-o", "heldout-p", "heldout-q", "heldout-r", "heldout-s", "heldout-t", "heldout-u", "heldout-v", "heldout-w", "heldout-x", "heldout-y", "heldout-z", "heldout-za", "heldout-zb", "heldout-zc", "heldout-zd", "heldout-ze", "heldout-zf", "heldout-zg", "heldout-zh", "heldout-zi", "heldout-zj", "heldout-zk", "heldout-zl", "heldout-zm", "heldout-zn", "heldout-zo", "heldout-zp", "heldout-zq", "heldout-zr", "heldout-zs", "heldout-zt", "heldout-zu", "heldout-zv", "heldout-zw", "heldout-zx", "heldout-zy", "heldout-zz", "heldout-zza", "heldout-zzb", "heldout-zzc", "heldout-zzd", "heldout-zze", "heldout-zzf", "heldout-zzg", "heldout-zzh", "heldout-zzi"}

// firstBlindSearch is the suffix of the first search set not yet
// released: its questions and documents, and every later set's, are read
// by nobody who changes the code, so the relevance test prints their
// figures only (blindSearchSet). N was released at the start of stop 27, O
// at the start of stop 28, P at the start of stop 29, Q at the start of
// stop 30, R at the start of stop 31, S at the start of stop 32, T at the
// start of stop 33 (stop 32 changed no code, so its figures still held),
// U at the start of stop 34 (its blind figures were taken at the end of
// stop 33 and no code changed since), V at the start of stop 35 (the
// same: its blind figures were taken at the end of stop 34), W at the
// start of stop 36 (its blind figures were taken at the end of stop 35
// and no code changed since), X at the start of stop 37 (the same: its
// blind figures were taken at the end of stop 36), Y at the start of stop
// 38 (its blind figures were taken at the end of stop 37 and no code
// changed since), Z at the start of stop 39 (the same: its blind figures
// were taken at the end of stop 38), ZA at the start of stop 40 (its
// blind figures were taken at the end of stop 39 and no code changed
// since), ZB, ZC and ZD at the start of stop 42 (their blind figures were
// taken at the end of stop 41; only a crash fix on a lone quotation mark
// changed since), ZE at the start of stop 43 (its blind figures were
// taken at the end of stop 42 and no code changed since), ZF at the start
// of stop 44 (its blind figures were taken at the end of stop 43 and no
// code changed since), ZG at the start of stop 45 (its blind figures were
// taken at the end of stop 44 and no code changed since), ZH at the start
// of stop 46 (its blind figures were taken at the end of stop 45 and no
// code changed since), ZI at the start of stop 47 (its blind figures were
// taken at the end of stop 46 and no code changed since), ZJ at the start
// of stop 48 (its blind figures were taken at the end of stop 47 and no
// code changed since), ZK at the start of stop 49 (its blind figures were
// taken at the end of stop 48 and no code changed since), ZL at the start
// of stop 50 (its blind figures were taken at the end of stop 49; only a
// refactor that left every quality figure identical changed since), ZM at
// the start of stop 51 (its blind figures were taken at the end of stop 50;
// only test refactors and a behaviour-preserving corpus refactor changed
// since), ZN at the start of stop 52 (its blind figures were taken at the
// end of stop 51; only behaviour-preserving refactors and test refactors
// changed since), ZO at the start of stop 53 (its blind figures were taken
// at the end of stop 52; only test refactors (checkBattery) and docs changed
// since), ZP at the start of stop 54 (its blind figures were taken at the
// end of stop 53; only test refactors and docs changed since), ZQ at the
// start of stop 55 (its blind figures were taken at the end of stop 54; only
// behaviour-preserving corpus refactors (verbSecond, mustDecode, pointRefEnd,
// readPositionTurns) and test refactors changed since), ZR at the start of
// stop 56 (its blind figures were taken at the end of stop 55; only
// behaviour-preserving corpus refactors (renumber, elidedData, speechOrThat)
// and docs changed since), ZS at the start of stop 57 (its blind figures
// were taken at the end of stop 56; only behaviour-preserving corpus
// refactors (unknownNameClosesTitle, sayVerbAt), a Cyrillic language check
// that changes no relevance document's extraction, and index test helpers
// changed since), ZT at the start of stop 58 (its blind figures were taken
// at the end of stop 57; only test refactors (statementLines, wantFirst
// reads roles) and docs changed since), ZU at the start of stop 59 (its
// blind figures were taken at the end of stop 58; only behaviour-preserving
// corpus refactors (planItemCount, withoutQuotations in quoteprev) and test
// refactors changed since), ZV at the start of stop 60 (its blind figures
// were taken at the end of stop 59; only a behaviour-preserving corpus
// refactor (personHead) and test refactors (checkExactRoles, holdsTerm,
// runStatementTable) changed since), ZW at the start of stop 61 (its blind
// figures were taken at the end of stop 60; only behaviour-preserving corpus
// refactors (onlyGapMarks, lowerEach and set in the list loaders), test
// refactors (checkNoRole) and mapping version 15, which rebuilds older
// indexes and changes no figure, changed since), ZX at the start of stop 62
// (its blind figures were taken at the end of stop 61; only a
// behaviour-preserving corpus refactor (dropTermlessTalk) and test
// refactors (releasedDocuments) changed since), ZY at the start of stop 63
// (its blind figures were taken at the end of stop 62; only a
// behaviour-preserving corpus refactor (personOfGender) and test refactors
// (parseCase, checkTermCases, provision diagnostics' shared helpers) changed
// since), ZZ at the start of stop 64 (its blind figures were taken at the
// end of stop 63; only test refactors (eachMissedProvision, wantedOwnViews)
// and a behaviour-preserving corpus refactor (wordIndex the one whole-word
// finder) changed since), ZZA at the start of stop 65 (its blind figures
// were taken at the end of stop 64; only behaviour-preserving corpus
// refactors (parse options replacing package switches, relayedAccording's
// relayer check) and corpus test refactors changed since), ZZB at the start
// of stop 66 (its blind figures were taken at the end of stop 65; only
// corpus test refactors (checkFirstRoles) and docs changed since), ZZC at
// the start of stop 67 (its blind figures were taken at the end of stop 66;
// only test refactors (checkNoStatements, openFixtureIndex, checkTermCases)
// and docs changed since), ZZD at the start of stop 68 (its blind figures
// were taken at the end of stop 67; only corpus test refactors
// (checkNoStatementsWith, parseCaseWith) and docs changed since), ZZE at the
// start of stop 69 (its blind figures were taken at the end of stop 68; only
// behaviour-preserving corpus refactors (bracketSpans, langSets, the
// statements.go split, point copulas as data), a corpus fix that left the
// extraction dump byte-identical, test refactors (talksHead) and docs changed
// since), ZZF at the start of stop 70 (its blind figures were taken at the
// end of stop 69; only behaviour-preserving corpus refactors (anonymityIn;
// authorsLead's sentence filter, extraction dump byte-identical), corpus test
// refactors (checkSwitchedSpeakers) and docs changed since), ZZG at the start
// of stop 71 (its blind figures were taken at the end of stop 70; only
// behaviour-preserving corpus refactors (clauseModals set, relationData
// requests, slices.Min in pickVersion, appositive single pass; extraction
// dump byte-identical), corpus test refactors (holdsMostWords) and docs
// changed since), ZZH at the start of stop 72 (its blind figures were taken
// at the end of stop 71; only behaviour-preserving corpus refactors
// (lastPointIn calls cuePhraseAt, nameMentions; extraction dump
// byte-identical), corpus test refactors (checkSwitchedCases, the gold roles
// count) and docs changed since). Search sets after
// ZZ have three-letter names (heldout-zza, ...), which heldout.Blind orders
// after every two-letter one.
const firstBlindSearch = "zzi"

// measuredLaterSets is the part of laterSets TestRelevance measures:
// every set, unless CI=true (which CI sets) and PLANBOT_RELEVANCE_FULL is
// unset, when only the newest set is. The sets after heldout-b are
// reported, never enforced, and asking all their questions in three views
// took most of the index package's 640 s in CI at stop 48, on the way to
// CI's limit as a set is added each stop. Under CI the floors (dev,
// heldout, heldout-b, checked either way) still fail the build, and the
// newest set keeps the own, /all and /alone views exercised; its /all
// view then holds the older documents and its own only, so CI's figures
// for it are not the reported ones. The measurement is the full run,
// `go test ./index -run 'TestRelevance$' -v`, outside CI.
func measuredLaterSets() []string {
	if os.Getenv("CI") == "true" && os.Getenv("PLANBOT_RELEVANCE_FULL") == "" {
		return laterSets[len(laterSets)-1:]
	}
	return laterSets
}

// blindSearchSet reports whether set ("heldout-n") is still blind.
func blindSearchSet(set string) bool {
	return heldout.Blind(set, firstBlindSearch)
}

// baseSet is the question set a view's figure belongs to: "heldout-s"
// for "heldout-s", "heldout-s/all" and "heldout-s/alone".
func baseSet(view string) string {
	set, _, _ := strings.Cut(view, "/")
	return set
}

// setDocs parses the documents written with one of laterSets' questions,
// kept apart for the same reason as heldout-c's.
func setDocs(t testing.TB, set string) []*corpus.Document {
	t.Helper()
	return parseRelevanceDocs(t, "testdata/relevance/docs/"+set+"/*.txt", 10)
}

func parseRelevanceDocs(t testing.TB, pattern string, least int) []*corpus.Document {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil || len(files) < least {
		t.Fatalf("relevance set %s: %d documents (%v), want at least %d", pattern, len(files), err, least)
	}
	var docs []*corpus.Document
	for _, f := range files {
		d, err := parsedDocs.get(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// openFixtureIndex opens an index over the fixture documents matching
// pattern (at least least of them), closed when the test ends: the setup
// of every ranking test built on a small testdata folder.
func openFixtureIndex(t testing.TB, pattern string, least int) *Index {
	t.Helper()
	ix, err := Open(context.Background(), Options{}, parseRelevanceDocs(t, pattern, least))
	if err != nil {
		t.Fatalf("open index over %s: %v", pattern, err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// offTopicAsNil gives every off-topic question a nil want. Most writers
// write one as "want": null or leave want out, some as "want": [] (the
// heldout-zb writer): both mean "nothing should answer", and the scoring
// tells off-topic questions by a nil want, so an empty list left as it is
// would be scored as a question nobody can get right.
func offTopicAsNil(cases []relevanceCase) []relevanceCase {
	for i := range cases {
		if len(cases[i].Want) == 0 {
			cases[i].Want = nil
		}
	}
	return cases
}

// relevanceCases reads the questions of every set: questions.json holds
// the sets up to heldout-e, questions-f.json to questions-j.json the
// blind sets heldout-f to heldout-j, each kept in its own file as its
// writer delivered it.
func relevanceCases(t testing.TB) []relevanceCase {
	t.Helper()
	var cases []relevanceCase
	files := []string{"testdata/relevance/questions.json"}
	for _, set := range laterSets {
		files = append(files, "testdata/relevance/questions-"+strings.TrimPrefix(set, "heldout-")+".json")
	}
	for _, f := range files {
		js, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var more []relevanceCase
		if err := json.Unmarshal(js, &more); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		cases = append(cases, offTopicAsNil(more)...)
	}
	neg := 0
	for _, c := range cases {
		if c.Want == nil {
			neg++
		}
	}
	if len(cases) < 80 || neg < 10 {
		t.Fatalf("relevance set: %d questions, %d off-topic; want at least 80 and 10", len(cases), neg)
	}
	return cases
}

// plainBleve is the baseline: bleve's default mapping, one document per
// paragraph of every document, queried with a match query.
func plainBleve(t testing.TB, docs []*corpus.Document) bleve.Index {
	t.Helper()
	idx, err := newPlainBleve(t, docs)
	if err != nil {
		t.Fatal(err)
	}
	return idx
}

// newPlainBleve is plainBleve for any goroutine: it returns its error
// rather than failing the test.
func newPlainBleve(t testing.TB, docs []*corpus.Document) (bleve.Index, error) {
	idx, err := bleve.NewMemOnly(bleve.NewIndexMapping())
	if err != nil {
		return nil, err
	}
	t.Cleanup(func() { idx.Close() })
	return idx, plainBatch(idx, docs)
}

// plainAdd indexes docs' paragraphs into plain bleve, in one batch.
func plainAdd(t testing.TB, idx bleve.Index, docs []*corpus.Document) {
	t.Helper()
	if err := plainBatch(idx, docs); err != nil {
		t.Fatal(err)
	}
}

// plainBatch is plainAdd returning its error.
func plainBatch(idx bleve.Index, docs []*corpus.Document) error {
	b := idx.NewBatch()
	for _, d := range docs {
		for _, p := range d.Passages {
			if err := b.Index(p.ID, map[string]interface{}{"text": p.Text}); err != nil {
				return err
			}
		}
	}
	return idx.Batch(b)
}

// TestRelevance scores planbot and plain bleve on the relevance set, dev
// and held-out questions apart, and fails under the floors. Run it with -v
// to see the scores and every question planbot gets wrong.
func TestRelevance(t *testing.T) {
	t.Parallel() // builds and reads its own indexes only: it may run beside the other parallel tests, after the serial ones that switch package-level scorers
	ctx := context.Background()
	cases := relevanceCases(t)
	// The older sets are scored on the documents they were written for;
	// heldout-c on its own and the older documents, as when it was first
	// reported (so its figures stay comparable); heldout-d on every
	// document, its own, heldout-c's and the older ones together;
	// heldout-e likewise on every document, heldout-d's and its own too;
	// heldout-f on its own and the older documents (as its writer saw
	// only these, other sets' reports of the same events are not in its
	// answer key), and, as "heldout-f/all", on every document; heldout-g
	// to heldout-j the same two ways. "<set>/alone" asks the same
	// questions of the set's own documents only: from heldout-k on, the
	// writers never saw the older documents, so when an older document
	// states the same fact first (the English 28-point posts against a
	// set's Italian reprint), the own view counts a miss their answer key
	// could not foresee; the alone view shows how much of a set's figure
	// that is (stop 30, srank's finding on set Q).
	//
	// Those views are stages of one growing document list: the older
	// documents, then heldout-c's, heldout-d's and heldout-e's added, then
	// each of laterSets' in turn ("<set>/all" is every document up to that
	// set's own, as each was first reported). The questions come stage by
	// stage, so one index (and one plain bleve index) grows with them
	// (views, relevance_views_test.go) instead of one being built per
	// view: rankings do not depend on how an index was filled
	// (TestDeterministic, TestDeterministicAcrossChunkings).
	older := relevanceDocs(t)
	stages := [][]*corpus.Document{older, heldoutCDocs(t), heldoutDDocs(t), heldoutEDocs(t)}
	stageOf := map[string]int{"heldout-c": 1, "heldout-d": 2, "heldout-e": 3}
	ownDocs := map[string][]*corpus.Document{}
	later := measuredLaterSets()
	for _, set := range later {
		docs := setDocs(t, set)
		stageOf[set] = len(stages)
		stages = append(stages, docs)
		ownDocs[set] = append(append([]*corpus.Document(nil), older...), docs...)
		ownDocs[set+"/alone"] = docs
	}
	vs := newRelevanceViews(ctx, t, stages)

	ours, theirs := map[string]*relevanceScore{}, map[string]*relevanceScore{}
	sets := []string{"dev", "heldout", "heldout-b", "heldout-c", "heldout-d", "heldout-e"}
	for _, set := range later {
		sets = append(sets, set, set+"/all", set+"/alone")
	}
	// heldout-c to heldout-j are the blind sets written on 2026-12-01
	// with their own documents: their scores are printed to be reported,
	// not enforced, so that they stay measurements nobody tunes against.
	enforced := map[string]bool{"dev": true, "heldout": true, "heldout-b": true}
	for _, set := range sets {
		ours[set], theirs[set] = &relevanceScore{}, &relevanceScore{}
	}
	// Every question is asked of its view (or views) first, in lanes that
	// run side by side (answerRelevance), then counted and reported here
	// in question order.
	var asks []relevanceAsk
	for _, c := range cases {
		if slices.Contains(laterSets, c.Set) && !slices.Contains(later, c.Set) {
			continue // a set left out of this run (measuredLaterSets)
		}
		if ours[c.Set] == nil {
			t.Fatalf("question %q: unknown set %q", c.Query, c.Set)
		}
		switch {
		case c.Set == "heldout-c" || c.Set == "heldout-d" || c.Set == "heldout-e":
			asks = append(asks, relevanceAsk{set: c.Set, c: c, stage: stageOf[c.Set]})
		case slices.Contains(later, c.Set):
			asks = append(asks, relevanceAsk{set: c.Set, c: c, own: c.Set},
				relevanceAsk{set: c.Set + "/all", c: c, stage: stageOf[c.Set]},
				relevanceAsk{set: c.Set + "/alone", c: c, own: c.Set + "/alone"})
		default:
			asks = append(asks, relevanceAsk{set: c.Set, c: c, stage: 0})
		}
	}
	answers, err := answerRelevance(ctx, t, vs, ownDocs, asks)
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range asks {
		set, c, got := a.set, a.c, answers[i].ours
		// A blind set's misses would show its questions and documents to
		// whoever runs the test: only its figures are printed.
		blind := blindSearchSet(baseSet(set))
		ours[set].add(c, got)
		if answers[i].deeper {
			ours[set].deeper++
		}
		if !blind && (len(got) > 0 && c.Want == nil || c.Want != nil && (len(got) == 0 || !containsAny(got[0], c.Want))) {
			first := "(nothing)"
			if len(got) > 0 {
				first = got[0]
			}
			t.Logf("%s miss: %q -> %.100q", set, c.Query, first)
		}
		if !blind && c.Want != nil && !slices.ContainsFunc(got[:min(3, len(got))], func(s string) bool { return containsAny(s, c.Want) }) {
			t.Logf("%s top-3 miss: %q", set, c.Query)
		}
		theirs[set].add(c, answers[i].theirs)
	}
	for _, set := range sets {
		t.Logf("%-8s planbot     %s", set, ours[set])
		t.Logf("%-8s plain bleve %s", set, theirs[set])
	}
	for _, set := range sets {
		if !enforced[set] {
			continue
		}
		o, p := ours[set], theirs[set]
		if o.rate(o.top1) < relevanceFloorTop1 || o.rate(o.top3) < relevanceFloorTop3 || o.neg < o.negN ||
			o.rate(o.top1)-p.rate(p.top1) < relevanceFloorGain {
			t.Errorf("%s: planbot %s, plain bleve %s; floors: top-1 %.2f, top-3 %.2f, every negative, top-1 %.2f above plain bleve",
				set, o, p, relevanceFloorTop1, relevanceFloorTop3, relevanceFloorGain)
		}
	}
}

// asked is what a member gets for c's question: the top three hits of its
// kind, and for a provision or statement question that finds none, the top
// three passages, as the bot answers /provision and /statement from the
// reports when no provision or statement matches (bot.Router.fromReports).
// Only a question with no hit of either kind answers nothing.
func asked(ctx context.Context, ix *Index, c relevanceCase) (corpus.Results, error) {
	q := corpus.Query{Text: c.Query, Kind: c.Kind, Limit: 3}
	res, err := ix.Search(ctx, q)
	if err != nil || len(res.Hits) > 0 || (c.Kind != corpus.KindProvision && c.Kind != corpus.KindStatement) {
		return res, err
	}
	q.Kind = corpus.KindPassage
	return ix.Search(ctx, q)
}

// paragraphOf is the paragraph a hit comes from, so that planbot's hits
// (a statement's text is what was said, without "he said") are judged on
// the same text as plain bleve's paragraphs.
func paragraphOf(docs []*corpus.Document, h corpus.Hit) string {
	for _, d := range docs {
		if d.Source.ID != h.Source.ID {
			continue
		}
		for _, p := range d.Passages {
			if strings.Contains(p.Text, h.Text) {
				return p.Text
			}
		}
	}
	return h.Text + " — " + h.Speaker
}

// Floors of TestRelevance, on each set.
const (
	relevanceFloorTop1 = 0.82
	relevanceFloorTop3 = 0.93
	relevanceFloorGain = 0.03
)
