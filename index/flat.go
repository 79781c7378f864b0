package index

import (
	"context"
	"fmt"
	"math"
	"sort"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bleveindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// A query's synonyms bring in many records that only a weak word matches:
// "negotiations" expands to "talks", held by a quarter of the corpus, and
// a word's synonyms in the other languages are a dozen more clauses, most
// of them absent from the field. Bleve's searchers score each such record
// through a tree of searchers, a document match per clause and level, and
// that walk was most of a search. The flat scorer walks the terms'
// postings itself and computes each record's score with bleve's own
// arithmetic, in bleve's order: BM25 of each term (scorer.TermQueryScorer),
// times the term's query weight; a disjunction adds its matching clauses in
// clause order and multiplies by the share of its clauses that matched; a
// conjunction adds its clauses; clauses are ordered as bleve orders them
// (by their count of postings, sort.Sort). So every score is the same bits
// as bleve's, every match is counted, and the page is the same.
//
// It applies only to the forms whose rules it follows: a query of match,
// term, conjunction and disjunction queries (textQuery's, and the must
// clause request wraps it in), scored with BM25, filtered by bitmaps or
// not at all, whose disjunctions bleve runs as slices (see the init in
// fetch.go). Fuzzy queries, source titles and anything else go to bleve's
// collector. TestFlatScoresSame compares the two on every query of the
// test tables, so a bleve upgrade that changes its rules is caught there.

// flatKind is what a node of the flat scorer's model is.
type flatKind int

const (
	flatNone flatKind = iota // bleve's match-none searcher
	flatLeaf
	flatOr
	flatAnd
)

// flatNode is a node of the model of a query: a term searcher, or a
// disjunction or conjunction of its kids in bleve's order.
type flatNode struct {
	kind  flatKind
	kids  []*flatNode
	live  []*flatNode // the kids that can match, in order
	count uint64      // bleve's Count of the searcher
	term  *flatTerm
	mask  uint64 // the bits of the postings its live leaves read (flatmask.go)
	// liveMasks are the masks of live, in order.
	liveMasks []uint64
	// liveLeaves are, in the order of live, the terms of the leaves a bit
	// of their own identifies (sureLeaf), nil for the other kids.
	liveLeaves []*flatTerm
}

// flatTerm is one term searcher: its postings and its scoring constants.
type flatTerm struct {
	field, text string
	boost       float64
	idf, avg    float64
	weight      float64 // queryWeight: 1 until a query norm is set
	// ub bounds the term's score for any document: BM25's saturation
	// tf·k1/(tf+K) stays below k1 (see skipper).
	ub float64
	p  *flatPostings
}

// flatPostings are the postings of one term of one field, shared by the
// term searchers of a query that look for it ("negotiator" is looked for
// as a word, in a synonym's clause and in a phrase): each posting is read
// once.
type flatPostings struct {
	count uint64 // postings, as bleve's term field reader counts them
	// The postings lists and iterators per segment of the snapshot (nil
	// where none), each segment's first document number, and the
	// documents of each list once read (bitmap).
	lists   []segment.PostingsList
	its     []segment.PostingsIterator
	offsets []uint64
	bitmaps []*roaring.Bitmap
	// The walk's place (see walk): the segment walked and its iterator;
	// whether it is on a posting (at) and which document that is (cur),
	// or done with the segment.
	seg  int
	it   segment.PostingsIterator
	at   bool
	cur  uint64
	done bool
	freq uint64
	// post is the posting it is on, valid until the next move; its norm
	// (a square root) is read when a term scores it (normOf), not for
	// the documents the filter turns away.
	post     segment.Posting
	norm     float64
	normRead bool
	// ub is the highest bound (flatTerm.ub) of the terms reading these
	// postings; lazy marks postings the skipper no longer counts on
	// (lazyBound).
	ub   float64
	lazy bool
	// The term and its field, and its decoded postings per segment where
	// kept (decoded.go): the walk reads dec, at index i, instead of it.
	field, text string
	decs        []*decodedPostings
	dec         *decodedPostings
	i           int
	// bit is the postings' bit in the walk's set of postings found on a
	// candidate (flatmask.go).
	bit uint64
	// avg is the field's average length (flatTerm.avg); facs are the
	// scoring factors of dec for it (flatlength.go), nil when not decoded.
	avg  float64
	facs []postingFactors
}

// flatModel is a query's model over one snapshot.
type flatModel struct {
	root     *flatNode
	offsets  []uint64 // each segment's first document number
	terms    []*flatTerm
	distinct []*flatPostings // each distinct term's postings, once
	// withBits counts the distinct postings lists given a bit so far: those
	// with any postings (flatmask.go).
	withBits int
	// noSkip turns walk's skipping off: a bound is not a positive number.
	noSkip bool
	// snap lists fuzzy words' candidates while the model is built;
	// unordered are the fuzzy disjunctions whose order bleve takes from a
	// map (flatfuzzy.go).
	snap      fuzzySnapshot
	unordered []unorderedKids
}

// close is a no-op kept for symmetry with bleve's searchers: postings
// iterators hold nothing that needs releasing.
func (m *flatModel) close() {}

// postings opens the postings of every distinct term of m on the segments
// of snap, as bleve's IndexSnapshot.TermFieldReader does (without deleted
// records), but without its per-posting wrapping: the term field reader was a
// fifth of the flat scorer's time. Bleve's fields deleted by a mapping
// update (which planbot never makes) are not handled.
func (m *flatModel) postings(snap *scorch.IndexSnapshot) error {
	segs := snap.Segments()
	offsets := segmentOffsets(segs)
	m.offsets = offsets
	dicts := map[string][]segment.TermDictionary{}
	open := map[[2]string]*flatPostings{}
	for _, t := range m.terms {
		if p := open[[2]string{t.field, t.text}]; p != nil {
			t.p = p
			continue
		}
		ds := dicts[t.field]
		if ds == nil {
			ds = make([]segment.TermDictionary, len(segs))
			for i, s := range segs {
				d, err := s.Segment().Dictionary(t.field)
				if err != nil {
					return fmt.Errorf("terms of %s: %w", t.field, err)
				}
				ds[i] = d
			}
			dicts[t.field] = ds
		}
		p := &flatPostings{field: t.field, text: t.text, offsets: offsets, its: make([]segment.PostingsIterator, len(segs)), lists: make([]segment.PostingsList, len(segs))}
		for i, s := range segs {
			pl, err := ds[i].PostingsList([]byte(t.text), s.Deleted(), nil)
			if err != nil {
				return fmt.Errorf("term %q in %s: %w", t.text, t.field, err)
			}
			if n := pl.Count(); n > 0 {
				p.count += n
				p.lists[i] = pl
			}
		}
		open[[2]string{t.field, t.text}] = p
		t.p = p
		m.addDistinct(p)
	}
	return nil
}

// addDistinct adds p, whose count is known, to m's distinct postings
// lists. Only lists with postings get a bit (flatmask.go): the others are
// pruned and never on a candidate, and a question's forms in twenty
// languages are mostly absent.
func (m *flatModel) addDistinct(p *flatPostings) {
	if p.count > 0 {
		p.bit = maskBit(m.withBits)
		m.withBits++
	}
	m.distinct = append(m.distinct, p)
}

// flatModelOf returns the model of q (the scored part of a request,
// without its filter) for the flat scorer, or nil when it does not apply.
func (ix *Index) flatModelOf(ctx context.Context, snap *scorch.IndexSnapshot, q query.Query, fts search.FieldTermSynonymMap, st *search.BM25Stats) (*flatModel, error) {
	if st == nil || ix.im.ScoringModel != bleveindex.BM25Scoring || searcher.DisjunctionHeapTakeover < math.MaxInt {
		return nil, nil
	}
	m := &flatModel{snap: snap}
	root, ok := ix.flatNodeOf(q, fts, m)
	m.snap = nil
	if !ok || root.kind == flatLeaf || root.kind == flatNone {
		// bleve runs a lone term with no query norm, and a scored part
		// that matches nothing under a filter as the filter's records.
		return nil, nil
	}
	m.root = root
	if err := m.postings(snap); err != nil {
		return nil, err
	}
	for _, t := range m.terms {
		// bleve's bm25ScoreMetrics and TermQueryScorer.computeIDF.
		count := uint64(st.DocCount)
		card, ok := st.FieldCardinality[t.field]
		if !ok || count == 0 {
			m.close()
			return nil, nil
		}
		t.avg = math.Ceil(float64(card) / float64(count))
		if t.avg <= 0 {
			m.close()
			return nil, nil
		}
		t.p.avg = t.avg
		docTerm := t.p.count
		t.idf = math.Log(1 + (float64(count)-float64(docTerm)+0.5)/
			(float64(docTerm)+0.5))
	}
	root.order()
	if !m.fuzzyOrderFixed() {
		m.close()
		return nil, nil
	}
	// The root searcher's query norm (computeQueryNorm), set on every
	// term searcher below it.
	fw := root.weight()
	if !(fw > 0) {
		m.close()
		return nil, nil
	}
	norm := 1.0 / math.Sqrt(fw)
	for _, t := range m.terms {
		// TermQueryScorer.SetQueryNorm.
		t.weight = t.boost * t.idf * norm
		t.ub = t.idf * search.BM25_k1
		if t.weight != 1.0 {
			t.ub *= t.weight
		}
		if !(t.ub > 0) || math.IsInf(t.ub, 0) {
			m.noSkip = true
		}
		t.p.ub = max(t.p.ub, t.ub)
	}
	segs := snap.Segments()
	if err := m.tightenBounds(func(seg int) error { return m.decode(segs[seg].Segment(), seg) }, len(segs)); err != nil {
		return nil, err
	}
	root.prune()
	root.setMasks()
	return m, nil
}

// flatGroup is the node of a disjunction or conjunction (kind) of
// clauses; a group of none matches nothing.
func (ix *Index) flatGroup(kind flatKind, clauses []query.Query, fts search.FieldTermSynonymMap, m *flatModel) (*flatNode, bool) {
	n := &flatNode{kind: kind}
	for _, c := range clauses {
		k, ok := ix.flatNodeOf(c, fts, m)
		if !ok {
			return nil, false
		}
		n.kids = append(n.kids, k)
	}
	if len(n.kids) == 0 {
		return &flatNode{kind: flatNone}, true
	}
	return n, true
}

// flatNodeOf adds the terms of q to m and returns its node; ok is false
// for a form the model does not know.
func (ix *Index) flatNodeOf(q query.Query, fts search.FieldTermSynonymMap, m *flatModel) (*flatNode, bool) {
	switch q := q.(type) {
	case *query.DisjunctionQuery:
		if q.Min > 1 {
			return nil, false
		}
		return ix.flatGroup(flatOr, q.Disjuncts, fts, m)
	case *query.ConjunctionQuery:
		// A boolean query's must clause is one.
		return ix.flatGroup(flatAnd, q.Conjuncts, fts, m)
	case *query.FuzzyQuery:
		return m.fuzzyNode(q, fts)
	case *query.TermQuery:
		if q.FieldVal == "" {
			return nil, false
		}
		return m.term(fts, q.FieldVal, q.Term, q.BoostVal.Value()), true
	case *query.MatchQuery:
		if q.Fuzziness != 0 || q.FieldVal == "" {
			return nil, false
		}
		if autoFuzzy(q) {
			return nil, false
		}
		name := q.Analyzer
		if name == "" {
			name = ix.im.AnalyzerNameForPath(q.FieldVal)
		}
		a := ix.im.AnalyzerNamed(name)
		if a == nil {
			return nil, false
		}
		n := &flatNode{kind: flatOr}
		if q.Operator == query.MatchQueryOperatorAnd {
			n.kind = flatAnd
		}
		for _, t := range a.Analyze([]byte(q.Match)) {
			n.kids = append(n.kids, m.term(fts, q.FieldVal, string(t.Term), q.BoostVal.Value()))
		}
		if len(n.kids) == 0 {
			return &flatNode{kind: flatNone}, true
		}
		return n, true
	}
	return nil, false
}

// term is the node of one term searcher: the term, or with synonyms the
// disjunction of it and each synonym at half its boost (bleve's
// NewSynonymSearcher).
func (m *flatModel) term(fts search.FieldTermSynonymMap, field, text string, boost float64) *flatNode {
	leaf := func(t string, b float64) *flatNode {
		ft := &flatTerm{field: field, text: t, boost: b}
		m.terms = append(m.terms, ft)
		return &flatNode{kind: flatLeaf, term: ft}
	}
	syns, ok := fts[field][text]
	if !ok {
		return leaf(text, boost)
	}
	n := &flatNode{kind: flatOr, kids: []*flatNode{leaf(text, boost)}}
	for _, s := range syns {
		n.kids = append(n.kids, leaf(s, boost/2))
	}
	return n
}

// byCount orders searchers as bleve's OrderedSearcherList does.
type byCount []*flatNode

func (b byCount) Len() int           { return len(b) }
func (b byCount) Less(i, j int) bool { return b[i].count < b[j].count }
func (b byCount) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

// order sets the count of every node and sorts the kids of each
// disjunction and conjunction as bleve's searchers sort theirs.
func (n *flatNode) order() {
	switch n.kind {
	case flatLeaf:
		n.count = n.term.p.count
	case flatOr, flatAnd:
		n.count = 0
		for _, k := range n.kids {
			k.order()
			n.count += k.count
		}
		sort.Sort(byCount(n.kids))
	}
}

// weight is bleve's Weight of the node's searcher, summed in its order.
func (n *flatNode) weight() float64 {
	switch n.kind {
	case flatLeaf:
		sum := n.term.boost * n.term.idf
		return sum * sum
	case flatOr, flatAnd:
		var rv float64
		for _, k := range n.kids {
			rv += k.weight()
		}
		return rv
	}
	return 0
}

// prune sets live: the kids that have postings at all, in order. It
// reports whether n can match.
func (n *flatNode) prune() bool {
	switch n.kind {
	case flatLeaf:
		return n.term.p.count > 0
	case flatOr, flatAnd:
		n.live = n.live[:0]
		for _, k := range n.kids {
			if k.prune() {
				n.live = append(n.live, k)
			} else if n.kind == flatAnd {
				n.live = nil
				return false
			}
		}
		return len(n.live) > 0
	}
	return false
}

// score is the node's score for the document doc, and whether it matches.
func (n *flatNode) score(doc uint64) (float64, bool) {
	switch n.kind {
	case flatLeaf:
		t := n.term
		if p := t.p; p.done || !p.at || p.cur != doc {
			return 0, false
		}
		return t.score(), true
	case flatOr:
		var sum float64
		countMatch := 0
		for _, k := range n.live {
			if s, ok := k.score(doc); ok {
				sum += s
				countMatch++
			}
		}
		if countMatch == 0 {
			return 0, false
		}
		// DisjunctionQueryScorer.Score.
		coord := float64(countMatch) / float64(len(n.kids))
		return sum * coord, true
	case flatAnd:
		if len(n.live) != len(n.kids) {
			return 0, false
		}
		var sum float64
		for _, k := range n.live {
			s, ok := k.score(doc)
			if !ok {
				return 0, false
			}
			sum += s
		}
		return sum, true
	}
	return 0, false
}

// score is TermQueryScorer.Score of the posting t is on.
func (t *flatTerm) score() float64 {
	p := t.p
	if p.facs != nil {
		return t.scoreFactors(p.facs[p.i])
	}
	return t.scoreOf(p.freq, p.normOf())
}

// scoreOf is TermQueryScorer.Score of a posting of t with frequency freq
// and norm norm.
func (t *flatTerm) scoreOf(freq uint64, norm float64) float64 {
	tf := sqrtFreq(freq)
	score := t.idf * (tf * search.BM25_k1) / bm25Den(tf, norm, t.avg)
	if t.weight != 1.0 {
		score = score * t.weight
	}
	return score
}

// normOf is the norm of the posting p is on.
func (p *flatPostings) normOf() float64 {
	if !p.normRead {
		p.norm, p.normRead = p.post.Norm(), true
	}
	return p.norm
}
