package digest

import (
	"context"
	"sort"
	"strings"
	"time"

	"planbot/corpus"
)

// Library is what the digest needs from the corpus: every document, oldest
// Added first. *corpus.Store satisfies it.
type Library interface {
	Documents() []*corpus.Document
}

// Catalogue is a Library that describes its documents without parsing
// them (*corpus.Store satisfies it): with one, a digest parses its new
// documents alone, and knows the earlier ones by the PointSums of their
// numbered provisions (corpus.Entry.Points).
type Catalogue interface {
	Library
	// Entries describes every document, in Documents order.
	Entries() []corpus.Entry
	// Get returns one document, false when it is gone.
	Get(sourceID string) (*corpus.Document, bool)
}

// Earlier is what a digest needs of the documents before its new ones:
// their numbered provisions, to tell a changed provision (same plan and
// point number, other text) from a restated one.
type Earlier struct {
	keys map[[8]byte]bool         // plan and number
	full map[corpus.PointSum]bool // plan, number and text
}

// add records one numbered provision.
func (e *Earlier) add(s corpus.PointSum) {
	if e.keys == nil {
		e.keys, e.full = map[[8]byte]bool{}, map[corpus.PointSum]bool{}
	}
	e.keys[s.Key] = true
	e.full[s] = true
}

// Load returns what a digest for server guild (see Visible) needs from
// lib: fresh, the documents added at or after since that keep lets
// through, in the library's order, and what it knows of every other
// visible document. keep is given the IDs of every document added at or
// after since at once (a state store answers for a batch) and returns
// which to keep; nil keeps all.
//
// From a Catalogue only the fresh documents are parsed; the others are
// known by their entries' point sums. Any other Library is read whole.
func Load(lib Library, guild string, since time.Time, keep func(ids []string) (func(id string) bool, error)) (earlier *Earlier, fresh []*corpus.Document, err error) {
	cat, ok := lib.(Catalogue)
	if !ok {
		all := Visible(lib.Documents(), guild)
		fresh = Select(all, since, nil)
		if keep != nil {
			ids := make([]string, len(fresh))
			for i, d := range fresh {
				ids[i] = d.Source.ID
			}
			k, err := keep(ids)
			if err != nil {
				return nil, nil, err
			}
			fresh = Select(fresh, time.Time{}, k)
		}
		return earlierOf(all, fresh), fresh, nil
	}
	entries := cat.Entries()
	var cands []string
	for _, e := range entries {
		if e.Source.VisibleIn(guild) && !AddedAt(e.Source).Before(since) {
			cands = append(cands, e.Source.ID)
		}
	}
	var k func(string) bool
	if keep != nil {
		if k, err = keep(cands); err != nil {
			return nil, nil, err
		}
	}
	isFresh := make(map[string]bool, len(cands))
	var want []string
	for _, id := range cands {
		if k == nil || k(id) {
			isFresh[id] = true
			want = append(want, id)
		}
	}
	earlier = &Earlier{}
	for _, e := range entries {
		if e.Points != "" && e.Source.VisibleIn(guild) && !isFresh[e.Source.ID] {
			for _, s := range corpus.DecodePoints(e.Points) {
				earlier.add(s)
			}
		}
	}
	fresh = corpus.LoadAll(context.Background(), len(want), func(i int) *corpus.Document {
		d, _ := cat.Get(want[i])
		return d
	})
	return earlier, fresh, nil
}

// earlierOf is what Compose knows of the documents of all not in fresh.
func earlierOf(all, fresh []*corpus.Document) *Earlier {
	isFresh := make(map[string]bool, len(fresh))
	for _, doc := range fresh {
		if doc != nil {
			isFresh[doc.Source.ID] = true
		}
	}
	e := &Earlier{}
	for _, doc := range all {
		if doc == nil || isFresh[doc.Source.ID] {
			continue
		}
		for _, p := range doc.Provisions {
			if p.Number > 0 {
				e.add(corpus.PointSumOf(p))
			}
		}
	}
	return e
}

// Digest is what a digest says, before rendering.
type Digest struct {
	// Since is the lower bound of the sources' Added times; Until is when
	// the digest was composed.
	Since time.Time `json:"since"`
	Until time.Time `json:"until"`
	// Sources are the new sources that bring something new, in date order:
	// oldest Published first, undated ones last, ties in Added order.
	Sources []corpus.Source `json:"sources"`
	// Unchanged lists the IDs of new sources left out because they hold
	// nothing new (every provision restated word for word, no statement):
	// a reprint. Posting the digest still counts them as covered.
	Unchanged []string `json:"unchanged,omitempty"`
	// Plans groups the new or changed provisions by plan, in first-seen order.
	Plans []PlanGroup `json:"plans"`
	// Speakers groups the new statements by speaker, busiest first.
	Speakers []SpeakerGroup `json:"speakers"`
	// Restated counts provisions left out because an earlier source already
	// gave the same point of the same plan with the same text.
	Restated int `json:"restated"`
}

// PlanGroup is the new provisions of one version of the plan.
type PlanGroup struct {
	Plan       string          `json:"plan"`
	Provisions []ProvisionItem `json:"provisions"`
}

// ProvisionItem is one provision with its source.
type ProvisionItem struct {
	corpus.Provision
	Changed bool          `json:"changed"` // an earlier source gave this point with other text
	Source  corpus.Source `json:"-"`
}

// SpeakerGroup is the new statements of one speaker.
type SpeakerGroup struct {
	Speaker    string          `json:"speaker"`
	Role       string          `json:"role"`
	Statements []StatementItem `json:"statements"`
}

// StatementItem is one statement with its source.
type StatementItem struct {
	corpus.Statement
	Source corpus.Source `json:"-"`
}

// Empty reports whether there is nothing to tell.
func (d *Digest) Empty() bool { return len(d.Sources) == 0 }

// Counts returns how many provisions and statements the digest holds.
func (d *Digest) Counts() (provisions, statements int) {
	for _, g := range d.Plans {
		provisions += len(g.Provisions)
	}
	for _, g := range d.Speakers {
		statements += len(g.Statements)
	}
	return provisions, statements
}

// SourceIDs lists the IDs of the sources the digest covers: those it
// shows, then those it left out as unchanged.
func (d *Digest) SourceIDs() []string {
	ids := make([]string, 0, len(d.Sources)+len(d.Unchanged))
	for _, s := range d.Sources {
		ids = append(ids, s.ID)
	}
	return append(ids, d.Unchanged...)
}

// AddedAt parses a Source's Added stamp; a source with none or a bad one
// counts as added at the zero time, so it is never silently dropped by a
// floor but is by any explicit --since window.
func AddedAt(s corpus.Source) time.Time {
	for _, layout := range []string{time.RFC3339Nano, time.RFC3339, "2006-01-02"} {
		if t, err := time.Parse(layout, s.Added); err == nil {
			return t
		}
	}
	return time.Time{}
}

// Visible returns the documents of docs that server guild sees: the global
// collection and the server's own ("" the global collection alone), in
// docs' order. A digest for a channel draws on these only, so a server's
// documents never reach another server's channels.
func Visible(docs []*corpus.Document, guild string) []*corpus.Document {
	out := make([]*corpus.Document, 0, len(docs))
	for _, d := range docs {
		if d != nil && d.Source.VisibleIn(guild) {
			out = append(out, d)
		}
	}
	return out
}

// Select returns the documents added at or after since whose source ID
// passes keep (nil keeps all), in the library's order.
func Select(docs []*corpus.Document, since time.Time, keep func(id string) bool) []*corpus.Document {
	var out []*corpus.Document
	for _, d := range docs {
		if d == nil || AddedAt(d.Source).Before(since) {
			continue
		}
		if keep != nil && !keep(d.Source.ID) {
			continue
		}
		out = append(out, d)
	}
	return out
}

// Compose builds the digest of the fresh documents. all is the whole library,
// used to tell a changed provision (same plan and point number, other text,
// in an earlier source) from a restated one.
func Compose(all, fresh []*corpus.Document, since, until time.Time) Digest {
	return ComposeAfter(earlierOf(all, fresh), fresh, since, until)
}

// ComposeAfter is Compose with the earlier documents given by what Load
// knows of them.
func ComposeAfter(earlier *Earlier, fresh []*corpus.Document, since, until time.Time) Digest {
	d := Digest{Since: since, Until: until}
	if earlier == nil {
		earlier = &Earlier{}
	}
	planIdx := map[string]int{}
	speakerIdx := map[string]int{}
	for _, doc := range fresh {
		if doc == nil {
			continue
		}
		news := len(doc.Statements)
		for _, p := range doc.Provisions {
			item := ProvisionItem{Provision: p, Source: doc.Source}
			if p.Number > 0 {
				if ps := corpus.PointSumOf(p); earlier.keys[ps.Key] {
					if earlier.full[ps] {
						d.Restated++
						continue
					}
					item.Changed = true
				}
			}
			news++
			plan := p.Plan
			if plan == "" {
				plan = "Other provisions"
			}
			i, ok := planIdx[planKey(plan)]
			if !ok {
				i = len(d.Plans)
				planIdx[planKey(plan)] = i
				d.Plans = append(d.Plans, PlanGroup{Plan: plan})
			}
			d.Plans[i].Provisions = append(d.Plans[i].Provisions, item)
		}
		for _, s := range doc.Statements {
			name := s.Speaker
			if name == "" {
				name = "Unattributed"
			}
			i, ok := speakerIdx[name]
			if !ok {
				i = len(d.Speakers)
				speakerIdx[name] = i
				d.Speakers = append(d.Speakers, SpeakerGroup{Speaker: name, Role: s.Role})
			}
			if d.Speakers[i].Role == "" {
				d.Speakers[i].Role = s.Role
			}
			d.Speakers[i].Statements = append(d.Speakers[i].Statements, StatementItem{Statement: s, Source: doc.Source})
		}
		// A report with no provision or statement at all still brings new
		// text (its passages are searchable); one whose every provision was
		// restated brings nothing a member has not been told.
		if news > 0 || len(doc.Provisions) == 0 && len(doc.Passages) > 0 {
			d.Sources = append(d.Sources, doc.Source)
		} else {
			d.Unchanged = append(d.Unchanged, doc.Source.ID)
		}
	}
	sort.SliceStable(d.Sources, func(a, b int) bool {
		pa, pb := d.Sources[a].Published, d.Sources[b].Published
		if (pa == "") != (pb == "") {
			return pb == "" // undated last
		}
		return pa < pb
	})
	for i := range d.Plans {
		ps := d.Plans[i].Provisions
		sort.SliceStable(ps, func(a, b int) bool {
			na, nb := ps[a].Number, ps[b].Number
			if (na == 0) != (nb == 0) {
				return nb == 0 // numbered points first
			}
			return na < nb
		})
	}
	sort.SliceStable(d.Speakers, func(a, b int) bool {
		return len(d.Speakers[a].Statements) > len(d.Speakers[b].Statements)
	})
	return d
}

func planKey(plan string) string { return strings.ToLower(strings.TrimSpace(plan)) }
