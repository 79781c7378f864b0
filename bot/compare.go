package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"planbot/corpus"
)

// ---- /compare ----

// comparePlans caps how many versions are compared in one answer.
const comparePlans = 10

// MultiSearcher is a Searcher that answers several queries at once, each
// as Search would; *index.Index is one, answering queries that share
// their text in one pass over the index. /compare asks for every version's
// provisions that way. A Searcher without it is asked one query at a time.
type MultiSearcher interface {
	SearchAll(ctx context.Context, qs []corpus.Query) ([]corpus.Results, error)
}

func (c *compareCmd) Definition() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:        "compare",
		Description: "How each version of the plan treats a topic, side by side",
		Options:     []*discordgo.ApplicationCommandOption{textOption("topic", "A topic, e.g. NATO, army size, elections", true, true)},
	}
}

func (c *compareCmd) Handle(ctx context.Context, req Request) (Reply, error) {
	if req.Kind == KindAutocomplete {
		return c.r.autocomplete(ctx, req.GuildID, corpus.FacetTopic, req.Options[req.Focused])
	}
	topic := strings.TrimSpace(req.Options["topic"])
	if topic == "" {
		return Reply{}, UserError("Tell me a topic, for example `/compare topic:NATO`.")
	}
	plans, err := c.r.plans(ctx, req.GuildID)
	if err != nil {
		return Reply{}, err
	}
	if len(plans) == 0 {
		return Reply{Text: "No version of the plan is in the corpus yet.", Ephemeral: true}, nil
	}
	topicID, err := c.r.knownTopic(ctx, req.GuildID, topic)
	if err != nil {
		return Reply{}, err
	}
	qs := make([]corpus.Query, len(plans))
	for i, p := range plans {
		qs[i] = corpus.Query{Guild: req.GuildID, Text: topic, Kind: corpus.KindProvision, Plan: p, Limit: 2}
	}
	all, err := c.r.searchTopics(ctx, topicID, qs)
	if err != nil {
		return Reply{}, fmt.Errorf("search %q in %d versions: %w", topic, len(plans), err)
	}
	reply := Reply{Title: fmt.Sprintf("“%s” across the versions of the plan", quote(c.r.shownTopic(topic, topicID)))}
	found := 0
	for i, p := range plans {
		res := all[i]
		if len(res.Hits) == 0 {
			reply.Entries = append(reply.Entries, Entry{Heading: EscapeMarkdown(p), Body: "*Not addressed in this version.*"})
			continue
		}
		found++
		var lines []string
		for _, h := range res.Hits {
			line := hitBody(h)
			if h.Number > 0 {
				line = fmt.Sprintf("**Point %d:** %s", h.Number, line)
			}
			lines = append(lines, line)
		}
		e := hitEntry(res.Hits[0])
		entry := Entry{Heading: EscapeMarkdown(p), Body: strings.Join(lines, "\n"), Citation: e.Citation, URL: e.URL}
		if !sameSource(res.Hits) {
			// Points of one version reported by different sources: each
			// line names its own, so no point is credited to the wrong one.
			for i, h := range res.Hits {
				lines[i] += " — *" + EscapeMarkdown(hitEntry(h).Citation) + "*"
			}
			entry = Entry{Heading: EscapeMarkdown(p), Body: strings.Join(lines, "\n")}
		}
		reply.Entries = append(reply.Entries, entry)
	}
	if found == 0 {
		return c.r.nothingFound(ctx, req.GuildID, fmt.Sprintf("No version of the plan addresses “%s”.", quote(topic)), topic, corpus.FacetTopic), nil
	}
	if len(plans) == 1 {
		reply.Text = "Only one version of the plan is in the corpus so far."
	}
	reply.Footer = fmt.Sprintf("%s compared, %d addressing it", Plural(len(plans), "version"), found)
	return reply, nil
}

// searchAll answers qs with the searcher's SearchAll when it has one, else
// one query at a time.
func (r *Router) searchAll(ctx context.Context, qs []corpus.Query) ([]corpus.Results, error) {
	if ms, ok := r.cfg.Searcher.(MultiSearcher); ok && len(qs) > 1 {
		out, err := ms.SearchAll(ctx, qs)
		if err == nil && len(out) != len(qs) {
			err = fmt.Errorf("%d answers to %d queries", len(out), len(qs))
		}
		return out, err
	}
	out := make([]corpus.Results, len(qs))
	for i, q := range qs {
		res, err := r.cfg.Searcher.Search(ctx, q)
		if err != nil {
			return nil, err
		}
		out[i] = res
	}
	return out, nil
}

// searchTopics is searchTopic for several queries typed with the same
// text, each answered as searchTopic answers it alone, asking the searcher
// all the queries still unanswered at each step at once.
func (r *Router) searchTopics(ctx context.Context, topicID string, qs []corpus.Query) ([]corpus.Results, error) {
	if topicID == "" {
		return r.searchAll(ctx, qs)
	}
	words := topicWords(topicID)
	steps := []func(q corpus.Query) corpus.Query{
		func(q corpus.Query) corpus.Query { q.Text, q.Topic = words, topicID; return q },
		func(q corpus.Query) corpus.Query { q.Text, q.Topic = "", topicID; return q },
		func(q corpus.Query) corpus.Query { q.Text = words; return q },
	}
	out := make([]corpus.Results, len(qs))
	pending := make([]int, len(qs))
	for i := range pending {
		pending[i] = i
	}
	for _, step := range steps {
		if len(pending) == 0 {
			break
		}
		batch := make([]corpus.Query, len(pending))
		for j, i := range pending {
			batch[j] = step(qs[i])
		}
		got, err := r.searchAll(ctx, batch)
		if err != nil {
			return nil, err
		}
		var still []int
		for j, i := range pending {
			out[i] = got[j]
			if got[j].Total == 0 {
				still = append(still, i)
			}
		}
		pending = still
	}
	return out, nil
}
