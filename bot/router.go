package bot

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"

	"planbot/corpus"
)

// Searcher is the search the built-in commands need; *index.Index satisfies
// it. Declared here so that bot never imports index.
type Searcher interface {
	Search(ctx context.Context, q corpus.Query) (corpus.Results, error)
	// Suggest offers values of facet f starting with prefix that server
	// guild sees: held by the global collection or by that server's own
	// documents ("" for the global collection alone).
	Suggest(ctx context.Context, guild string, f corpus.Facet, prefix string, limit int) ([]string, error)
}

// Library lists the documents behind the answers; *corpus.Store satisfies
// it. A Library that also has a Generation() uint64 method, changing
// whenever its sources do (as *corpus.Store has), is sorted once per change
// rather than on every command that lists it.
type Library interface {
	Sources() []corpus.Source
}

// Config configures a Router. Searcher is required; the rest have defaults.
type Config struct {
	Searcher Searcher
	Library  Library     // nil: /sources says no documents are loaded
	Logger   *zap.Logger // nil: logs nothing
	// PageSize is how many hits one answer shows; defaults to 5.
	PageSize int
	// Now is the clock; defaults to time.Now. It times Observations.
	Now func() time.Time
	// Observe, when set, is called once per answered request (for logs and
	// metrics). It runs on the answering goroutine, so it must be quick.
	Observe func(Observation)
	// CachedAnswers is how many search answers the router keeps for
	// commands that ask the same again, when the Searcher has a
	// Generation() uint64 method changing with its index (*index.Index
	// has): an answer is kept for one generation only, so a new document
	// is never missed. 0 means defaultCachedAnswers; negative keeps none.
	CachedAnswers int
}

// defaultCachedAnswers bounds the answers kept between two changes of the
// index.
const defaultCachedAnswers = 4096

// maxCachedHits bounds the hits the kept answers hold together (a
// /statement answer holds up to 100): some 20 MB of texts and snippets.
const maxCachedHits = 20000

// Observation describes one answered request.
type Observation struct {
	Request Request
	// Outcome is OutcomeOK, OutcomeEmpty, OutcomeUserError or OutcomeError.
	Outcome string
	Took    time.Duration
	// Hits is how many entries (or autocomplete choices) the answer shows.
	Hits int
}

// The outcomes of an Observation.
const (
	OutcomeOK        = "ok"
	OutcomeEmpty     = "empty" // nothing found: a suggestion or an empty choice list
	OutcomeUserError = "user_error"
	OutcomeError     = "error"
)

// Router dispatches parsed requests to commands and renders their replies.
// It holds no per-interaction state (paging state lives in button custom
// IDs), so one Router serves any number of transports concurrently.
type Router struct {
	cfg      Config
	log      *zap.Logger
	commands map[string]Command
	order    []string
	topics   topicNames
	sources  sourcesCache
}

// New returns a Router holding the built-in commands (/provision,
// /statement, /search, /compare, /sources, /help) and the extra ones other
// packages provide (/digest, /ingest...). An extra command whose name is
// taken replaces the built-in one.
func New(cfg Config, extra ...Command) *Router {
	if cfg.Logger == nil {
		cfg.Logger = zap.NewNop()
	}
	if cfg.PageSize <= 0 {
		cfg.PageSize = 5
	}
	if cfg.PageSize > LimitEmbedFields-3 {
		cfg.PageSize = LimitEmbedFields - 3
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.CachedAnswers == 0 {
		cfg.CachedAnswers = defaultCachedAnswers
	}
	if g, ok := cfg.Searcher.(generational); ok && cfg.CachedAnswers > 0 {
		cfg.Searcher = &answerCache{Searcher: cfg.Searcher, gen: g, max: cfg.CachedAnswers}
	}
	r := &Router{cfg: cfg, log: cfg.Logger, commands: map[string]Command{}, topics: newTopicNames(corpus.Topics())}
	builtins := []Command{
		&provisionCmd{r: r}, &statementCmd{r: r}, &searchCmd{r: r},
		&compareCmd{r: r}, &sourcesCmd{r: r}, &helpCmd{r: r},
	}
	for _, c := range append(builtins, extra...) {
		name := c.Definition().Name
		if _, ok := r.commands[name]; !ok {
			r.order = append(r.order, name)
		}
		r.commands[name] = c
	}
	return r
}

// Definitions returns the registration payloads of every command, in a
// stable order, for a bulk overwrite.
func (r *Router) Definitions() []*discordgo.ApplicationCommand {
	out := make([]*discordgo.ApplicationCommand, 0, len(r.order))
	for _, n := range r.order {
		out = append(out, r.commands[n].Definition())
	}
	return out
}

// Command returns the command registered under name.
func (r *Router) Command(name string) (Command, bool) {
	c, ok := r.commands[name]
	return c, ok
}

// Handle runs the command a request is for and returns its raw reply and
// error, without rendering. Transports use Respond instead.
func (r *Router) Handle(ctx context.Context, req Request) (reply Reply, err error) {
	defer func() {
		// A bug in one command must not take the bot down with it.
		if p := recover(); p != nil {
			reply, err = Reply{}, fmt.Errorf("command %q panicked: %v", req.Name, p)
		}
	}()
	name := req.Name
	if req.Kind == KindComponent {
		name, _, _ = strings.Cut(req.CustomID, "/")
		if name == "noop" {
			return Reply{}, UserError("That button does nothing.")
		}
	}
	c, ok := r.commands[name]
	if !ok {
		return Reply{}, UserError(fmt.Sprintf("Unknown command %q. Try /help.", name))
	}
	return c.Handle(ctx, req)
}

// Respond answers a request with a response Discord will accept: the
// rendered reply, a UserError's text shown as is (ephemerally), or, for any
// other error, a generic apology while the error is logged in full. An
// autocomplete that fails answers with no choices.
func (r *Router) Respond(ctx context.Context, req Request) *discordgo.InteractionResponse {
	start := r.cfg.Now()
	reply, err := r.Handle(ctx, req)
	if r.cfg.Observe != nil {
		r.cfg.Observe(observe(req, reply, err, r.cfg.Now().Sub(start)))
	}
	if err != nil {
		reply = r.errorReply(req, err)
	}
	if req.Kind == KindComponent && err == nil {
		reply.Update = true
	}
	return Render(req.Kind, reply)
}

func observe(req Request, reply Reply, err error, took time.Duration) Observation {
	o := Observation{Request: req, Took: took, Hits: len(reply.Entries) + len(reply.Choices)}
	var ue UserError
	switch {
	case errors.As(err, &ue):
		o.Outcome = OutcomeUserError
	case err != nil:
		o.Outcome = OutcomeError
	case o.Hits == 0 && (req.Kind == KindAutocomplete || reply.Ephemeral):
		o.Outcome = OutcomeEmpty
	default:
		o.Outcome = OutcomeOK
	}
	return o
}

// errorReply turns a handler error into what the user sees.
func (r *Router) errorReply(req Request, err error) Reply {
	if req.Kind == KindAutocomplete {
		if !errors.Is(err, context.Canceled) {
			r.log.Warn("autocomplete failed", zap.String("command", req.Name), zap.String("option", req.Focused), zap.Error(err))
		}
		return Reply{}
	}
	var ue UserError
	if errors.As(err, &ue) {
		return Reply{Text: string(ue), Ephemeral: true}
	}
	r.log.Error("command failed", zap.String("command", req.Name), zap.String("sub", req.Sub),
		zap.String("custom_id", req.CustomID), zap.String("guild", req.GuildID), zap.Error(err))
	return Reply{Text: "Sorry, something went wrong while answering. Please try again in a moment.", Ephemeral: true}
}

// RespondInteraction parses and answers a Discord interaction; a PING gets
// a PONG.
func (r *Router) RespondInteraction(ctx context.Context, i *discordgo.Interaction) *discordgo.InteractionResponse {
	if i.Type == discordgo.InteractionPing {
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}
	}
	return r.Respond(ctx, RequestFromInteraction(i))
}

// generational is a Library that says when its sources change
// (*corpus.Store does); the router then sorts them once per change instead
// of on every /sources and /compare.
type generational interface {
	Generation() uint64
}

// sourcesCache holds the library's sources sorted, and the plans they
// declare, as of one library generation, and what each server asking
// since sees of them.
type sourcesCache struct {
	mu     sync.Mutex
	valid  bool
	gen    uint64
	all    sourceList            // every collection
	shared bool                  // every source is global: all is what everyone sees
	views  map[string]sourceList // by server, computed when first asked
}

// sourceList is sources sorted newest first and the plans they declare.
type sourceList struct {
	sorted []corpus.Source
	plans  []string // distinct non-empty Source.Plan, in sorted's order
}

// maxSourceViews bounds the per-server lists kept for one generation; past
// it they are filtered afresh.
const maxSourceViews = 1024

// sortedSources returns the sources server guild sees (the global
// collection and its own; "" the global one alone), newest first. The
// slice is shared between requests: callers must not modify it.
func (r *Router) sortedSources(guild string) []corpus.Source {
	src, _ := r.librarySources(guild)
	return src
}

// librarySources returns sortedSources and the distinct plans those
// sources declare. The library is sorted once per library generation when
// it reports one (and on every call when it does not); each server's view
// is then filtered from it once per generation.
func (r *Router) librarySources(guild string) ([]corpus.Source, []string) {
	if r.cfg.Library == nil {
		return nil, nil
	}
	gl, ok := r.cfg.Library.(generational)
	if !ok {
		l := visibleSources(sortSources(r.cfg.Library.Sources()), guild)
		return l.sorted, l.plans
	}
	c := &r.sources
	// The generation is read before the sources, so a document added in
	// between makes the next call sort again rather than be missed.
	g := gl.Generation()
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.valid || c.gen != g {
		c.all = sortSources(r.cfg.Library.Sources())
		c.shared = true
		for _, s := range c.all.sorted {
			c.shared = c.shared && s.Guild == ""
		}
		c.gen, c.valid, c.views = g, true, map[string]sourceList{}
	}
	if c.shared {
		return c.all.sorted, c.all.plans
	}
	v, ok := c.views[guild]
	if !ok {
		v = visibleSources(c.all, guild)
		if len(c.views) >= maxSourceViews {
			clear(c.views)
		}
		c.views[guild] = v
	}
	return v.sorted, v.plans
}

// visibleSources keeps of l what server guild sees, in l's order.
func visibleSources(l sourceList, guild string) sourceList {
	var out []corpus.Source
	for _, s := range l.sorted {
		if s.VisibleIn(guild) {
			out = append(out, s)
		}
	}
	return sourceList{sorted: out, plans: plansOf(out)}
}

// sortSources sorts a copy of src newest first (then by title) and lists
// the plans they declare.
func sortSources(src []corpus.Source) sourceList {
	src = append([]corpus.Source(nil), src...)
	sort.SliceStable(src, func(i, j int) bool {
		if src[i].Published != src[j].Published {
			return src[i].Published > src[j].Published
		}
		return src[i].Title < src[j].Title
	})
	return sourceList{sorted: src, plans: plansOf(src)}
}

// plansOf lists the distinct plans src declare, in src's order.
func plansOf(src []corpus.Source) []string {
	seen := map[string]bool{}
	var plans []string
	for _, s := range src {
		if s.Plan != "" && !seen[s.Plan] {
			seen[s.Plan] = true
			plans = append(plans, s.Plan)
		}
	}
	return plans
}

// answerCache is the Searcher the router asks when its searcher says when
// its index changes: a query asked again at the same generation gets the
// answer kept from the first time. Commands repeat queries (members run
// the same /compare, paging buttons re-run the first page's, /provision
// and /statement fall back to the same passages), and an answer costs a
// walk over the postings of the words asked.
type answerCache struct {
	Searcher
	gen generational
	max int

	mu   sync.Mutex
	at   uint64 // the generation of m's and sug's answers
	m    map[corpus.Query]corpus.Results
	hits int // in m's answers
	// sug keeps Suggest's answers: a command that finds nothing asks for
	// ever shorter prefixes of every word typed, in two facets.
	sug map[suggestKey][]string
}

// suggestKey is the arguments of one Suggest call.
type suggestKey struct {
	guild  string
	facet  corpus.Facet
	prefix string
	limit  int
}

// Suggest implements Searcher.
func (c *answerCache) Suggest(ctx context.Context, guild string, f corpus.Facet, prefix string, limit int) ([]string, error) {
	g := c.gen.Generation()
	k := suggestKey{guild, f, prefix, limit}
	c.mu.Lock()
	got, ok := c.sug[k]
	ok = ok && c.at == g
	c.mu.Unlock()
	if ok {
		return append([]string(nil), got...), nil
	}
	got, err := c.Searcher.Suggest(ctx, guild, f, prefix, limit)
	if err != nil {
		return got, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.renew(g) {
		c.sug[k] = append([]string(nil), got...)
	}
	return got, nil
}

// renew makes the cache hold generation g's answers, emptying it when g is
// newer than what it holds or it is full; false when g is older (an answer
// read before a change, not to be kept). c.mu is held.
func (c *answerCache) renew(g uint64) bool {
	if c.m != nil && g < c.at {
		return false
	}
	if c.m == nil || g != c.at || len(c.m)+len(c.sug) >= c.max || c.hits >= maxCachedHits {
		c.m, c.sug, c.at, c.hits = make(map[corpus.Query]corpus.Results, 256), make(map[suggestKey][]string, 256), g, 0
	}
	return true
}

// Search implements Searcher.
func (c *answerCache) Search(ctx context.Context, q corpus.Query) (corpus.Results, error) {
	// The generation is read before the search: a document added while
	// it runs makes the answer stale at once rather than kept.
	g := c.gen.Generation()
	if res, ok := c.get(g, q); ok {
		return res, nil
	}
	res, err := c.Searcher.Search(ctx, q)
	if err != nil {
		return res, err
	}
	c.put(g, q, res)
	return res, nil
}

// SearchAll implements MultiSearcher: the queries not kept are asked
// together.
func (c *answerCache) SearchAll(ctx context.Context, qs []corpus.Query) ([]corpus.Results, error) {
	g := c.gen.Generation()
	out := make([]corpus.Results, len(qs))
	var miss []int
	for i, q := range qs {
		res, ok := c.get(g, q)
		if !ok {
			miss = append(miss, i)
		}
		out[i] = res
	}
	if len(miss) == 0 {
		return out, nil
	}
	ask := make([]corpus.Query, len(miss))
	for j, i := range miss {
		ask[j] = qs[i]
	}
	var got []corpus.Results
	var err error
	if ms, ok := c.Searcher.(MultiSearcher); ok && len(ask) > 1 {
		got, err = ms.SearchAll(ctx, ask)
		if err == nil && len(got) != len(ask) {
			err = fmt.Errorf("%d answers to %d queries", len(got), len(ask))
		}
	} else {
		got = make([]corpus.Results, len(ask))
		for j, q := range ask {
			if got[j], err = c.Searcher.Search(ctx, q); err != nil {
				break
			}
		}
	}
	if err != nil {
		return nil, err
	}
	for j, i := range miss {
		out[i] = got[j]
		c.put(g, ask[j], got[j])
	}
	return out, nil
}

// get returns a copy of the answer kept for q at generation g.
func (c *answerCache) get(g uint64, q corpus.Query) (corpus.Results, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	res, ok := c.m[q]
	if !ok || c.at != g {
		return corpus.Results{}, false
	}
	// The hits are the caller's to reorder (/statement sorts them).
	res.Hits = append(make([]corpus.Hit, 0, len(res.Hits)), res.Hits...)
	return res, true
}

// put keeps a copy of the answer to q read at generation g; a newer
// generation empties the cache first, an older one is not kept.
func (c *answerCache) put(g uint64, q corpus.Query, res corpus.Results) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.renew(g) {
		return
	}
	res.Hits = append(make([]corpus.Hit, 0, len(res.Hits)), res.Hits...)
	if old, ok := c.m[q]; ok {
		c.hits -= len(old.Hits)
	}
	c.m[q] = res
	c.hits += len(res.Hits)
}
