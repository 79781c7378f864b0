package index

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"planbot/corpus"
)

// Discord's autocomplete limits: 25 choices of at most 100 characters.
const (
	maxSuggestions = 25
	maxChoiceRunes = 100
)

// facetFields maps a facet to its keyword field.
var facetFields = map[corpus.Facet]string{
	corpus.FacetTopic:   fieldTopics,
	corpus.FacetSpeaker: fieldSpeakerAny, // people, group members and institutions
	corpus.FacetPlan:    fieldPlan,
}

// Suggest returns up to limit values of facet f (at most 25; 0 means 25)
// that start with prefix, or have a word that does ("zel" finds "Volodymyr
// Zelensky"), ignoring case; the most frequent first. A topic also matches
// by the words of its label ("prisoners" finds prisoners-humanitarian, whose
// label is "Prisoners and humanitarian issues"); see TopicLabel. When
// nothing matches, values with a word one typo away from a prefix of four
// letters or more are offered ("zelenksy" finds Zelensky). It matches
// against the field's term dictionary, read once per change of the index
// (see facetCache), so it costs neither a dictionary scan nor a search.
//
// guild is the server asking: only values held by the global collection or
// by that server's own documents are offered, never one that only another
// server's documents hold; "" offers the global collection's alone.
func (ix *Index) Suggest(ctx context.Context, guild string, f corpus.Facet, prefix string, limit int) ([]string, error) {
	field, ok := facetFields[f]
	if !ok {
		return nil, fmt.Errorf("suggest: unknown facet %q", f)
	}
	if limit <= 0 || limit > maxSuggestions {
		limit = maxSuggestions
	}
	p := strings.ToLower(strings.TrimSpace(prefix))
	terms, err := ix.facets.terms(ctx, f, guild, func() ([]facetTerm, error) { return ix.readFacet(f, field) }, ix.readGuildFacets)
	if err != nil {
		return nil, err
	}
	// terms are sorted most frequent first, so each list below is in the
	// order it is offered: values starting with p, then values with a word
	// starting with p, or else values one typo away.
	pr := []rune(p)
	fuzzy := len(pr) >= 4
	starts, inside, near := []string{}, []string(nil), []string(nil)
scan:
	for i, t := range terms {
		if i%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		switch {
		case strings.HasPrefix(t.lower, p):
			if starts = append(starts, t.term); len(starts) == limit {
				break scan
			}
		case len(inside) < limit && wordPrefix(t.lower, p):
			inside = append(inside, t.term)
		case len(starts) == 0 && len(inside) == 0 && fuzzy && len(near) < limit && nearWords(t.words, pr):
			near = append(near, t.term)
		}
	}
	out := append(starts, inside...)
	if len(out) == 0 {
		out = append(out, near...)
	}
	if len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// wordPrefix reports whether a word of s (after a space, hyphen or
// punctuation) starts with p.
func wordPrefix(s, p string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == ' ' || c == '-' || c == '/' || c == '(' || c == '.' {
			if strings.HasPrefix(s[i+1:], p) {
				return true
			}
		}
	}
	return false
}

// wordsOf splits s into its words (runs of letters and digits), as runes.
func wordsOf(s string) [][]rune {
	var out [][]rune
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		out = append(out, []rune(w))
	}
	return out
}

// nearWords reports whether one of words (split by wordsOf) is within one
// typo of pr (one letter added, dropped or changed, or two adjacent letters
// swapped), or starts with such a spelling of pr: "zelenksy" is near
// "zelensky", "zelenksi" near "zelenskiy".
func nearWords(words [][]rune, pr []rune) bool {
	for _, wr := range words {
		for _, n := range []int{len(pr) - 1, len(pr), len(pr) + 1} {
			if n > 0 && n <= len(wr) && oneTypo(wr[:n], pr) {
				return true
			}
		}
	}
	return false
}

// oneTypo reports whether a and b differ by exactly one edit or one swap of
// adjacent letters.
func oneTypo(a, b []rune) bool {
	if len(a) < len(b) {
		a, b = b, a
	}
	// Called for every word of every facet value when a prefix matches
	// none: it allocates nothing.
	switch len(a) - len(b) {
	case 0:
		first, second, n := -1, -1, 0
		for i := range a {
			if a[i] != b[i] {
				if n++; n > 2 {
					return false
				}
				if first < 0 {
					first = i
				} else {
					second = i
				}
			}
		}
		switch n {
		case 1:
			return true
		case 2:
			return second == first+1 && a[first] == b[second] && a[second] == b[first]
		}
		return false
	case 1:
		i := 0
		for i < len(b) && a[i] == b[i] {
			i++
		}
		return slices.Equal(a[i+1:], b[i:])
	}
	return false
}

// facetTerm is one value of a facet field as Suggest matches it.
type facetTerm struct {
	term  string
	count uint64 // records holding it
	// lower is the value in lower case; a topic's is followed by its label's.
	lower string
	words [][]rune // lower's words, for the one-typo match
}

// facetCache keeps each facet's term dictionary in memory between writes
// to the index. The dictionaries are small (the distinct speakers, topics
// and plans: hundreds), but reading one through bleve costs a scan of the
// field's FST on every call, and the bot calls Suggest several times per
// command. Every batch written to the index calls changed, so a dictionary
// read before a write is never served after it.
//
// A facet's dictionary counts the records of every collection. What one
// server sees is derived from it and the per-server counts of
// fieldGuildFacet (read once per generation too), and kept per server
// until the next write.
type facetCache struct {
	gen atomic.Uint64 // bumped by every write to the index
	mu  sync.Mutex    // one reader of a dictionary at a time; guards snap
	// snap holds what was read at one generation.
	snap *facetSnapshot

	// srvMu guards whether the index held server records at srvGen (see
	// hasServers); apart from mu, so searches never wait for a dictionary
	// read of Suggest.
	srvMu    sync.Mutex
	srvGen   uint64
	srvKnown bool
	srvHas   bool
	// srvSticky is set, for good, before the first server record is
	// written (sawServers): from then on the filter is always applied,
	// whatever a cached dictionary read said.
	srvSticky bool
}

// facetSnapshot is the dictionaries read at one index generation, and the
// views of them computed so far.
type facetSnapshot struct {
	gen        uint64
	all        map[corpus.Facet][]facetTerm // every collection's records counted
	guilds     guildCounts
	guildsRead bool
	views      map[facetView][]facetTerm
}

// facetView names what one server (guild, "" for the global view) sees of
// one facet.
type facetView struct {
	facet corpus.Facet
	guild string
}

// maxViews bounds the per-server views kept between two writes; past it
// they are computed afresh (each costs one pass over a dictionary).
const maxViews = 4096

// guildCounts counts, per facet, per value and per server, the records of
// that server's own documents holding the value.
type guildCounts map[corpus.Facet]map[string]map[string]uint64

// changed marks every cached dictionary stale. The index calls it after
// each batch, whether or not the batch succeeded (a failed one may have
// written part of its records).
func (c *facetCache) changed() { c.gen.Add(1) }

// terms returns what server guild sees of facet f's dictionary, reading it
// with read (and the per-server counts with readGuilds) when the index
// changed since it was last read. The generation is taken before reading,
// so a write landing during the read makes the next call read again.
func (c *facetCache) terms(ctx context.Context, f corpus.Facet, guild string, read func() ([]facetTerm, error), readGuilds func() (guildCounts, error)) ([]facetTerm, error) {
	g := c.gen.Load()
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.snap == nil || c.snap.gen != g {
		c.snap = &facetSnapshot{gen: g, all: map[corpus.Facet][]facetTerm{}, views: map[facetView][]facetTerm{}}
	}
	s := c.snap
	key := facetView{f, guild}
	if v, ok := s.views[key]; ok {
		return v, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	all, ok := s.all[f]
	if !ok {
		var err error
		if all, err = read(); err != nil {
			return nil, err
		}
		s.all[f] = all
	}
	if !s.guildsRead {
		gc, err := readGuilds()
		if err != nil {
			return nil, err
		}
		s.guilds, s.guildsRead = gc, true
	}
	v := visibleTerms(all, s.guilds[f], guild)
	if len(s.views) >= maxViews {
		clear(s.views)
	}
	s.views[key] = v
	return v, nil
}

// visibleTerms is what server guild sees of a facet's dictionary all:
// each value counted over the global collection and the server's own
// records (its count less every other server's records), values no such
// record holds left out, most frequent first. byValue is the facet's
// per-server counts.
func visibleTerms(all []facetTerm, byValue map[string]map[string]uint64, guild string) []facetTerm {
	if len(byValue) == 0 {
		return all // no server has documents of its own: all is everyone's
	}
	out := make([]facetTerm, 0, len(all))
	for _, t := range all {
		per, ok := byValue[t.term]
		if !ok {
			out = append(out, t)
			continue
		}
		n := int64(t.count)
		for g, k := range per {
			if g != guild {
				n -= int64(k)
			}
		}
		if n <= 0 {
			continue
		}
		t.count = uint64(n)
		out = append(out, t)
	}
	sortTerms(out)
	return out
}

// serverMarker is the fieldGuild value every record of a server's own
// documents has, beside guildTerm of its server. Records of the global
// collection have no fieldGuild: a search excludes the records of other
// servers (few) rather than matching the global ones (nearly all), which
// would cost every search a walk along the largest posting list.
const serverMarker = "server"

// guildTerm is a server's own fieldGuild value: "g:" and its ID, so that no
// server ID can pass for serverMarker.
func guildTerm(guild string) string { return "g:" + guild }

// sawServers records that server records are about to be written.
func (c *facetCache) sawServers() {
	c.srvMu.Lock()
	c.srvSticky = true
	c.srvMu.Unlock()
}

// hasServers reports whether any record belongs to a server's collection
// (deleted ones may count until bleve merges them away). When none does,
// searches need no collection filter at all. It is read once per write to
// the index, like the facet dictionaries; on error it answers true, which
// only costs the filter.
func (ix *Index) hasServers() bool {
	c := &ix.facets
	g := c.gen.Load()
	c.srvMu.Lock()
	defer c.srvMu.Unlock()
	if c.srvSticky || c.srvKnown && c.srvGen == g {
		return c.srvHas || c.srvSticky
	}
	has := true
	if dict, err := ix.idx.FieldDict(fieldGuild); err == nil {
		e, err := dict.Next()
		has = err != nil || e != nil
		dict.Close()
	}
	c.srvGen, c.srvKnown, c.srvHas = g, true, has
	return has
}

// guildFacetSep separates the parts of a fieldGuildFacet value.
const guildFacetSep = "\x1f"

// guildFacetTerms returns the fieldGuildFacet values of a record of server
// guild's document with the given fields: server, facet and value, for
// every facet value the record holds.
func guildFacetTerms(guild string, fields map[string]interface{}) []string {
	var out []string
	for _, f := range []corpus.Facet{corpus.FacetTopic, corpus.FacetSpeaker, corpus.FacetPlan} {
		var vals []string
		switch v := fields[facetFields[f]].(type) {
		case string:
			vals = []string{v}
		case []string:
			vals = v
		}
		for _, v := range vals {
			if v != "" {
				out = append(out, guild+guildFacetSep+string(f)+guildFacetSep+v)
			}
		}
	}
	return out
}

// readGuildFacets reads the per-server facet counts from the term
// dictionary of fieldGuildFacet: one scan for every facet and server.
func (ix *Index) readGuildFacets() (guildCounts, error) {
	dict, err := ix.idx.FieldDict(fieldGuildFacet)
	if err != nil {
		return nil, fmt.Errorf("suggest: read server facets: %w", err)
	}
	defer dict.Close()
	gc := guildCounts{}
	for {
		e, err := dict.Next()
		if err != nil {
			return nil, fmt.Errorf("suggest: read server facets: %w", err)
		}
		if e == nil {
			return gc, nil
		}
		guild, rest, ok1 := strings.Cut(e.Term, guildFacetSep)
		f, val, ok2 := strings.Cut(rest, guildFacetSep)
		if !ok1 || !ok2 || e.Count == 0 {
			continue
		}
		byValue := gc[corpus.Facet(f)]
		if byValue == nil {
			byValue = map[string]map[string]uint64{}
			gc[corpus.Facet(f)] = byValue
		}
		if byValue[val] == nil {
			byValue[val] = map[string]uint64{}
		}
		byValue[val][guild] += e.Count
	}
}

// readFacet reads the term dictionary of facet f's field, skipping values
// Discord could not show as a choice.
func (ix *Index) readFacet(f corpus.Facet, field string) ([]facetTerm, error) {
	dict, err := ix.idx.FieldDict(field)
	if err != nil {
		return nil, fmt.Errorf("suggest %s: %w", f, err)
	}
	defer dict.Close()
	var terms []facetTerm
	for {
		e, err := dict.Next()
		if err != nil {
			return nil, fmt.Errorf("suggest %s: %w", f, err)
		}
		if e == nil {
			break
		}
		if utf8.RuneCountInString(e.Term) > maxChoiceRunes || e.Term == "" {
			continue
		}
		lt := strings.ToLower(e.Term)
		if f == corpus.FacetTopic {
			lt += " " + strings.ToLower(TopicLabel(e.Term))
		}
		terms = append(terms, facetTerm{term: e.Term, count: e.Count, lower: lt, words: wordsOf(lt)})
	}
	sortTerms(terms)
	return terms, nil
}

// sortTerms orders facet values most frequent first, then by value.
func sortTerms(terms []facetTerm) {
	sort.Slice(terms, func(i, j int) bool {
		if terms[i].count != terms[j].count {
			return terms[i].count > terms[j].count
		}
		return terms[i].term < terms[j].term
	})
}
