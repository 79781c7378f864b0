package index

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"planbot/corpus"
)

// TestRelevanceDiag prints, for the released sets named in
// PLANBOT_RELEVANCE_DIAG (comma-separated, e.g. "heldout-m,heldout-l";
// never a blind set), every question with the first three hits and where
// the answer's paragraph ranks among passages, on the set's own documents
// and the older ones, and with PLANBOT_RELEVANCE_DIAG_ALL=1 also on every
// document up to it. It is a diagnosis aid for search work, skipped
// unless asked for; TestRelevance is the measure.
func TestRelevanceDiag(t *testing.T) {
	wanted := diagWanted(t, "PLANBOT_RELEVANCE_DIAG")
	// A scoring variant to compare: PLANBOT_FOREIGN_BOOST, another weight
	// of the other languages' text.
	if b, err := strconv.ParseFloat(os.Getenv("PLANBOT_FOREIGN_BOOST"), 64); err == nil && b > 0 {
		old := foreignBoost
		foreignBoost = b
		defer func() { foreignBoost = old }()
	}
	ctx := context.Background()
	older := relevanceDocs(t)
	allE := firstStagesDocs(t)
	every := allE
	for _, set := range laterSets {
		docs := setDocs(t, set)
		every = append(append([]*corpus.Document(nil), every...), docs...)
		if !wanted(set) {
			continue
		}
		views := map[string][]*corpus.Document{set: append(append([]*corpus.Document(nil), older...), docs...)}
		if os.Getenv("PLANBOT_RELEVANCE_DIAG_ALL") != "" {
			views[set+"/all"] = every
		}
		cases := setQuestions(t, set)
		ownIDs := map[string]bool{}
		for _, d := range views[set] {
			ownIDs[d.Source.ID] = true
		}
		// The own view first, so that the /all view's losses can be told
		// from the misses both views share (allLosses).
		names := make([]string, 0, len(views))
		for name := range views {
			names = append(names, name)
		}
		slices.Sort(names)
		ownOK := map[string]bool{}
		for _, name := range names {
			vd := views[name]
			var lost allLosses
			ix, err := Open(ctx, Options{}, vd)
			if err != nil {
				t.Fatal(err)
			}
			var sc, alt relevanceScore
			var why missCauses
			for _, c := range cases {
				res, err := asked(ctx, ix, c)
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, h := range res.Hits {
					got = append(got, paragraphOf(vd, h))
				}
				sc.add(c, got)
				if c.Kind == corpus.KindProvision || c.Kind == corpus.KindStatement {
					anyk, err := ix.Search(ctx, corpus.Query{Text: c.Query, Limit: 10})
					if err != nil {
						t.Fatal(err)
					}
					var g2 []string
					for _, h := range anyk.Hits {
						if h.Kind == c.Kind || h.Kind == corpus.KindPassage {
							g2 = append(g2, paragraphOf(vd, h))
						}
					}
					if len(g2) == 0 {
						g2 = got
					}
					alt.add(c, g2)
				} else {
					alt.add(c, got)
				}
				ok := c.Want == nil && len(got) == 0 || c.Want != nil && len(got) > 0 && containsAny(got[0], c.Want)
				mark := "OK  "
				if !ok {
					mark = "MISS"
					why.add(c, res.Hits, vd, ownIDs)
				}
				if name == set && ok {
					ownOK[c.Query] = true
				} else if name != set && !ok && ownOK[c.Query] && c.Want != nil {
					deep, err := ix.Search(ctx, corpus.Query{Text: c.Query, Limit: 30})
					if err != nil {
						t.Fatal(err)
					}
					lost.add(c, res.Hits, deep.Hits, vd, ownIDs)
				}
				t.Logf("%s %s [%s] %q", mark, name, c.Kind, c.Query)
				if ok {
					continue
				}
				for i, h := range res.Hits {
					r := " "
					if c.Want != nil && containsAny(got[i], c.Want) {
						r = "*"
					}
					t.Logf("    %s%d %-9s %-40s %.3f %.90q", r, i+1, h.Kind, h.ID, h.Score, got[i])
				}
				if c.Want == nil {
					continue
				}
				// Where the answer's paragraph is among every kind's hits.
				all, err := ix.Search(ctx, corpus.Query{Text: c.Query, Limit: 30})
				if err != nil {
					t.Fatal(err)
				}
				found := false
				for i, h := range all.Hits {
					if containsAny(paragraphOf(vd, h), c.Want) {
						t.Logf("    answer at %d of any kind: %s %s %.3f", i+1, h.Kind, h.ID, h.Score)
						found = true
						break
					}
				}
				if !found {
					t.Logf("    answer not among %d hits of any kind; want %.80q", len(all.Hits), c.Want[0])
				}
			}
			t.Logf("%s: %s", name, sc)
			t.Logf("%s: joint %s", name, alt)
			t.Logf("%s: misses %s", name, why)
			if name != set {
				t.Logf("%s: lost against the own view %s", name, lost)
			}
			ix.Close()
		}
	}
}

// TestExplainQuery prints how the exact search sees one question of a
// released set: PLANBOT_EXPLAIN="heldout-m|query|kind" (several such
// lines of one set share one index; PLANBOT_EXPLAIN_ALL=1 explains them
// in the set's /all view). It repeats
// Search's steps (query words, known words, classes, the fetched hits
// with the words each matches and the relevance rule's verdict).
func TestExplainQuery(t *testing.T) {
	spec := os.Getenv("PLANBOT_EXPLAIN")
	if spec == "" {
		t.Skip("PLANBOT_EXPLAIN not set")
	}
	specs := strings.Split(spec, "\n")
	set := strings.Split(specs[0], "|")[0]
	if blindSearchSet(set) {
		t.Fatalf("%s is still blind: its documents are not explained", set)
	}
	ctx := context.Background()
	docs := append(append([]*corpus.Document(nil), relevanceDocs(t)...), setDocs(t, set)...)
	if os.Getenv("PLANBOT_EXPLAIN_ALL") != "" {
		// The set's /all view: every document up to and including it.
		docs = allViewDocs(t, set)
	}
	ix, err := Open(ctx, Options{}, docs)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	// Several questions of one set, one a line, share the index.
	for _, one := range specs {
		parts := strings.Split(one, "|")
		if len(parts) < 2 || parts[0] != set {
			continue
		}
		t.Logf("=== %q", parts[1])
		kind := corpus.Kind("")
		if len(parts) > 2 {
			kind = corpus.Kind(parts[2])
		}
		explainOne(ctx, t, ix, parts[1], kind)
	}
}

// explainOne prints TestExplainQuery's account of one question.
func explainOne(ctx context.Context, t *testing.T, ix *Index, text string, kind corpus.Kind) {
	query := text
	als := ix.analyzersInUse()
	text, qts, ex, respelt := respeltTerms(ctx, t, ix, als, text)
	if respelt {
		t.Logf("respelt: %q", text)
	}
	cls := ix.classify(ctx, qts)
	for i, qt := range qts {
		t.Logf("word %d %q known=%v class=%07b terms=%v", i, qt.raw, ex.known[i], cls[i], qt.byAnalyzer)
	}
	t.Logf("phrases %v boosts %v topics %v", ex.phrases, ex.boost, ex.topics)
	tq := ix.textQuery(retrievalText(text, qts, cls), kind, als, ex.phrases, ex.boost, ex.topics, false)
	size := 40
	if n, err := strconv.Atoi(os.Getenv("PLANBOT_EXPLAIN_SIZE")); err == nil && n > 0 {
		size = n // how deep to look for the answer
	}
	sr := diagFetch(ctx, t, ix, als, tq, filters(corpus.Query{Kind: kind}, false, ix.hasServers()), size)
	m := ix.markTermsFor(als, text, qts, ex.phrases)
	for i, h := range sr.Hits {
		mr := ix.mark(h, als, m)
		// evidence: the words that count once a weak topic match is set
		// aside (topicevidence.go), which is what relevantFor reads.
		t.Logf("%2d %.3f %-30s matched=%v evidence=%v typed=%d rel=%v %.80q", i+1, h.Score, h.ID, mr.matched, mr.evidence().matched, mr.typed, relevantFor(mr, cls, kind), storedText(h, als))
	}
	if os.Getenv("PLANBOT_EXPLAIN_FALLBACK") != "" {
		explainFallback(ctx, t, ix, query, size)
	}
	keys := map[string]string{}
	ix.diag.rankTrace = func(id, k string) { keys[id] = k }
	res, _ := ix.Search(ctx, corpus.Query{Text: query, Kind: kind, Limit: 6})
	ix.diag.rankTrace = nil
	for _, h := range res.Hits {
		t.Logf("result %s [%s] %s %.80q", h.ID, h.Plan, keys[h.ID], h.Text)
	}
}

// ownView is a later set a diagnosis test was asked for, with the
// documents of its own view: every older fixture and the set's own.
type ownView struct {
	set  string
	docs []*corpus.Document
}

// wantedOwnViews are the own views of the later sets named in env (read
// by diagWanted, so it skips the test when env is unset and fails it on a
// blind set), in laterSets' order: the loop every own-view diagnosis
// opens with.
func wantedOwnViews(t *testing.T, env string) []ownView {
	wanted := diagWanted(t, env)
	var older []*corpus.Document
	var views []ownView
	for _, set := range laterSets {
		if !wanted(set) {
			continue
		}
		if older == nil {
			older = relevanceDocs(t)
		}
		views = append(views, ownView{set, append(append([]*corpus.Document(nil), older...), setDocs(t, set)...)})
	}
	return views
}

// diagWanted reads the comma-separated sets a diagnosis test was asked for
// in the environment variable env, skipping the test when it is unset. The
// function it returns says whether a set was asked for and fails the test
// when that set is still blind: a diagnosis prints questions and hits.
func diagWanted(t *testing.T, env string) func(set string) bool {
	t.Helper()
	want := os.Getenv(env)
	if want == "" {
		t.Skip(env + " not set")
	}
	return func(set string) bool {
		if !strings.Contains(","+want+",", ","+set+",") {
			return false
		}
		if blindSearchSet(set) {
			t.Fatalf("%s is still blind: its misses are not shown", set)
		}
		return true
	}
}

// setQuestions reads the questions of one of laterSets.
func setQuestions(t *testing.T, set string) []relevanceCase {
	t.Helper()
	js, err := os.ReadFile("testdata/relevance/questions-" + strings.TrimPrefix(set, "heldout-") + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []relevanceCase
	if err := json.Unmarshal(js, &cases); err != nil {
		t.Fatal(err)
	}
	return offTopicAsNil(cases)
}

// missCauses tallies what stands first on TestRelevanceDiag's misses:
// a document outside the set's own view (another set's report, which
// only the /all view holds: the same event told elsewhere, which the
// set's answer key cannot name), and of those, one in another language
// than the document holding the answer; a hit of another kind than the
// question asks for (a passage answering a statement question).
type missCauses struct {
	misses, elsewhere, otherLang, otherKind int
	// Of otherLang: the answer English and the first hit not, and the
	// other way round (which side of foreignBoost wins).
	enAnswer, enWinner int
}

// add counts one miss: c's question, hits its answer, vd the view's
// documents and own the source IDs of the set's own view.
func (m *missCauses) add(c relevanceCase, hits []corpus.Hit, vd []*corpus.Document, own map[string]bool) {
	if c.Want == nil || len(hits) == 0 {
		return
	}
	m.misses++
	h := hits[0]
	if h.Kind != c.Kind && c.Kind != "" {
		m.otherKind++
	}
	if own[h.Source.ID] {
		return
	}
	m.elsewhere++
	lang := ""
	for _, d := range vd {
		if d.Source.ID == h.Source.ID {
			lang = langOf(d)
		}
	}
	for _, d := range vd {
		if !own[d.Source.ID] {
			continue
		}
		for _, p := range d.Passages {
			if containsAny(p.Text, c.Want) {
				if langOf(d) != lang {
					m.otherLang++
					switch {
					case langOf(d) == "en":
						m.enAnswer++
					case lang == "en":
						m.enWinner++
					}
				}
				return
			}
		}
	}
}

func (m missCauses) String() string {
	return fmt.Sprintf("%d answered wrongly: first hit from another set's document %d (in another language than the answer's %d: English answer %d, English first hit %d), of another kind %d",
		m.misses, m.elsewhere, m.otherLang, m.enAnswer, m.enWinner, m.otherKind)
}

// explainFallback prints how the plain fallback (fallback.go) sees one
// question: each word's document frequency and whether it is
// distinctive, whether the query may fall back at all, and each plainly
// fetched hit with the words it matches and the fallback gate's verdict.
func explainFallback(ctx context.Context, t *testing.T, ix *Index, query string, size int) {
	text := normalizeQuery(query)
	als := ix.analyzersInUse()
	qts := ix.queryTerms(als, text)
	cls := ix.classify(ctx, qts)
	f, err := ix.wordFreqs(ctx, als, qts)
	if err != nil {
		t.Fatal(err)
	}
	for i, qt := range qts {
		t.Logf("fallback word %d %q df=%d distinctive=%v content=%v", i, qt.raw, f.df[i], distinctive(f, cls, i), contentWord(cls, neutral(cls), i))
	}
	t.Logf("fallback worth=%v searchable=%d records=%d", fallbackWorth(cls, f), f.searchable, f.records)
	tq := ix.textQuery(text, "", als, nil, nil, nil, false)
	sr := diagFetch(ctx, t, ix, als, tq, filters(corpus.Query{}, false, ix.hasServers()), size)
	m := ix.markTermsFor(als, text, qts, nil)
	typedIn := ix.typedLanguages(als, qts)
	for i, h := range sr.Hits {
		mr := ix.mark(h, als, m).evidence()
		a := hitAnalyzer(h, als)
		own := typedIn[a] && !withSynonyms(a)
		k, pass := fallbackAnswers(mr, cls, f, own, gateForms(typedIn[a], own, qts, f, h, a))
		// What the gate would say if a word the corpus never holds did
		// not veto the hit (as in a language without the glossary).
		k2, pass2 := fallbackAnswers(mr, cls, f, true, nil)
		t.Logf("fb %2d %.3f %-30s matched=%v rare=%d n=%d pass=%v unvetoed=%v(%d,%d) %.600q", i+1, h.Score, h.ID, mr.matched, k.rare, k.matched, pass, pass2, k2.rare, k2.matched, storedText(h, als))
	}
}

// allLosses sorts the questions a set's own view answers first and its
// /all view (every set's documents) does not: unanswered there, the
// answer fetched but below another hit (first hit from another set's
// document or not), or the answer not among thirty hits of any kind; and
// framed, those whose question names the answer's document by its frame,
// a word of its title, outlet or address (a shop, a club, a town) that the
// answer's paragraph lacks.
type allLosses struct {
	lost, unanswered, below, belowElsewhere, notFetched, framed, framedNotFetched int
}

func (l *allLosses) add(c relevanceCase, hits, deep []corpus.Hit, vd []*corpus.Document, own map[string]bool) {
	l.lost++
	framed, notFetched := false, false
	switch {
	case len(hits) == 0:
		l.unanswered++
	case slices.ContainsFunc(deep, func(h corpus.Hit) bool { return containsAny(paragraphOf(vd, h), c.Want) }):
		l.below++
		if !own[hits[0].Source.ID] {
			l.belowElsewhere++
		}
	default:
		l.notFetched++
		notFetched = true
	}
	for _, d := range vd {
		if !own[d.Source.ID] {
			continue
		}
		for _, p := range d.Passages {
			if containsAny(p.Text, c.Want) {
				framed = framed || namesFrame(c.Query, d, p.Text)
			}
		}
	}
	if framed {
		l.framed++
		if notFetched || len(hits) == 0 {
			l.framedNotFetched++
		}
	}
}

// namesFrame says whether query holds a word of four letters or more that
// d's title, outlet or address holds and text (the answer's paragraph)
// does not, compared lower-case on the word's first five letters (a
// crude stem: "valdoria", "ferry" / "ferries", "fishermen" / "fishing").
func namesFrame(query string, d *corpus.Document, text string) bool {
	stems := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r)
		}) {
			if r := []rune(w); len(r) >= 4 {
				m[string(r[:min(5, len(r))])] = true
			}
		}
		return m
	}
	frame := stems(d.Source.Title + " " + d.Source.Outlet + " " + d.Source.URL)
	inText := stems(text)
	for w := range stems(query) {
		if frame[w] && !inText[w] {
			return true
		}
	}
	return false
}

func (l allLosses) String() string {
	return fmt.Sprintf("%d: unanswered %d, answer below another hit %d (first hit from another set's document %d), answer not among 30 hits %d; naming the answer's document by its frame %d (of which unanswered or not fetched %d)",
		l.lost, l.unanswered, l.below, l.belowElsewhere, l.notFetched, l.framed, l.framedNotFetched)
}
