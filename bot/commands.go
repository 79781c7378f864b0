package bot

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"

	"planbot/corpus"
)

// maxQueryLen is the longest text option Discord will send us; it keeps
// echoed text and page IDs short.
const maxQueryLen = 100

// The built-in commands. Each holds the Router for its configuration.
type (
	provisionCmd struct{ r *Router }
	statementCmd struct{ r *Router }
	searchCmd    struct{ r *Router }
	compareCmd   struct{ r *Router }
	sourcesCmd   struct{ r *Router }
	helpCmd      struct{ r *Router }
)

func textOption(name, desc string, required, autocomplete bool) *discordgo.ApplicationCommandOption {
	return &discordgo.ApplicationCommandOption{
		Type: discordgo.ApplicationCommandOptionString, Name: name, Description: desc,
		Required: required, Autocomplete: autocomplete, MaxLength: maxQueryLen,
	}
}

// ---- /provision ----

func (c *provisionCmd) Definition() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:        "provision",
		Description: "What the plan's versions say on a topic, with the points and their sources",
		Options: []*discordgo.ApplicationCommandOption{
			textOption("topic", "A topic, e.g. NATO, territory, sanctions, prisoners", true, true),
			textOption("plan", "Only this version of the plan", false, true),
		},
	}
}

func (c *provisionCmd) Handle(ctx context.Context, req Request) (Reply, error) {
	topic, plan, page := req.Options["topic"], req.Options["plan"], 1
	switch req.Kind {
	case KindAutocomplete:
		facet := corpus.FacetTopic
		if req.Focused == "plan" {
			facet = corpus.FacetPlan
		}
		return c.r.autocomplete(ctx, req.GuildID, facet, req.Options[req.Focused])
	case KindComponent:
		_, p, st, err := ParsePageID(req.CustomID, 2)
		if err != nil {
			return Reply{}, err
		}
		topic, plan, page = st[0], st[1], p
	}
	topic = strings.TrimSpace(topic)
	if topic == "" {
		return Reply{}, UserError("Tell me a topic, for example `/provision topic:NATO`.")
	}
	size := c.r.cfg.PageSize
	topicID, err := c.r.knownTopic(ctx, req.GuildID, topic)
	if err != nil {
		return Reply{}, err
	}
	qs := []corpus.Query{{Guild: req.GuildID, Text: topic, Kind: corpus.KindProvision, Plan: plan, Limit: size, Offset: (page - 1) * size}}
	if page == 1 {
		// The statements about it, searched in the same pass.
		qs = append(qs, corpus.Query{Guild: req.GuildID, Text: topic, Kind: corpus.KindStatement, Limit: 2})
	}
	// The passages fromReports answers with when neither matches: the
	// index searches them in this pass anyway, to weigh the provisions
	// against them (a topic or plan filter is not weighed).
	reports := -1
	if page == 1 && plan == "" && topicID == "" {
		reports = len(qs)
		qs = append(qs, reportsQuery(req.GuildID, topic, page, size))
	}
	all, err := c.r.searchTopics(ctx, topicID, qs)
	if err != nil {
		return Reply{}, fmt.Errorf("search provisions and statements for %q: %w", topic, err)
	}
	res := all[0]
	var related []corpus.Hit
	if page == 1 {
		related = all[1].Hits
	}
	if res.Total == 0 && len(related) == 0 {
		msg := fmt.Sprintf("No provision matches “%s”", quote(topic))
		if plan != "" {
			msg += " in the " + quote(plan)
		}
		msg += "."
		if reports >= 0 {
			if reply, ok := c.r.reportsReply(all[reports], topicID, topic, msg, page, "provision", topic, plan); ok {
				return reply, nil
			}
		} else if plan == "" {
			reply, ok, err := c.r.fromReports(ctx, req.GuildID, topicID, topic, msg, page, "provision", topic, plan)
			if err != nil || ok {
				return reply, err
			}
		}
		return c.r.nothingFound(ctx, req.GuildID, msg, topic, corpus.FacetTopic), nil
	}
	title := fmt.Sprintf("Provisions on “%s”", quote(c.r.shownTopic(topic, topicID)))
	if plan != "" {
		title += " in " + quote(plan)
	}
	reply := Reply{Title: title, Pager: pager("provision", page, size, res.Total, topic, plan)}
	for _, h := range res.Hits {
		reply.Entries = append(reply.Entries, hitEntry(h))
	}
	switch {
	case len(res.Hits) == 0:
		reply.Text = "No point of the plan mentions this; here is what was said about it."
	case len(related) > 0:
		reply.Text = "The matching points, then what was said about them."
	}
	for _, h := range related {
		reply.Entries = append(reply.Entries, hitEntry(h))
	}
	reply.Footer = rangeFooter("provisions", page, size, len(res.Hits), res.Total)
	if len(related) > 0 {
		reply.Footer = JoinNonEmpty(" · ", reply.Footer, Plural(len(related), "related statement"))
	}
	return reply, nil
}

// ---- /statement ----

// statementWindow is how many of a speaker's statements are fetched to be
// sorted newest first and paged.
const statementWindow = 100

func (c *statementCmd) Definition() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:        "statement",
		Description: "What a person or body said about the plan, newest first, with sources",
		Options: []*discordgo.ApplicationCommandOption{
			textOption("who", "A speaker, e.g. Marco Rubio, Volodymyr Zelensky", true, true),
			textOption("about", "Only statements about this", false, false),
		},
	}
}

func (c *statementCmd) Handle(ctx context.Context, req Request) (Reply, error) {
	who, about, page := req.Options["who"], req.Options["about"], 1
	switch req.Kind {
	case KindAutocomplete:
		return c.r.autocomplete(ctx, req.GuildID, corpus.FacetSpeaker, req.Options[req.Focused])
	case KindComponent:
		_, p, st, err := ParsePageID(req.CustomID, 2)
		if err != nil {
			return Reply{}, err
		}
		who, about, page = st[0], st[1], p
	}
	who, about = strings.TrimSpace(who), strings.TrimSpace(about)
	if who == "" {
		return Reply{}, UserError("Tell me who, for example `/statement who:Marco Rubio`.")
	}
	speaker, err := c.r.resolveSpeaker(ctx, req.GuildID, who)
	if err != nil {
		return Reply{}, err
	}
	if speaker == "" {
		msg := fmt.Sprintf("I know of no speaker called “%s”.", quote(who))
		reply, ok, err := c.r.fromReports(ctx, req.GuildID, "", JoinNonEmpty(" ", who, about), msg, page, "statement", who, about)
		if err != nil || ok {
			return reply, err
		}
		return c.r.nothingFound(ctx, req.GuildID, msg, who, corpus.FacetSpeaker), nil
	}
	q := corpus.Query{Guild: req.GuildID, Text: about, Kind: corpus.KindStatement, Speaker: speaker, Limit: statementWindow}
	res, err := c.r.cfg.Searcher.Search(ctx, q)
	if err != nil {
		return Reply{}, fmt.Errorf("search statements by %q: %w", speaker, err)
	}
	if len(res.Hits) == 0 && about == "" {
		// An index that needs words to match gets the speaker's name.
		q.Text = speaker
		if res, err = c.r.cfg.Searcher.Search(ctx, q); err != nil {
			return Reply{}, fmt.Errorf("search statements by %q: %w", speaker, err)
		}
	}
	if len(res.Hits) == 0 {
		msg := fmt.Sprintf("No statements by %s yet.", EscapeMarkdown(speaker))
		if about != "" {
			msg = fmt.Sprintf("No statement by %s matches “%s”.", EscapeMarkdown(speaker), quote(about))
		}
		reply, ok, err := c.r.fromReports(ctx, req.GuildID, "", JoinNonEmpty(" ", speaker, about), msg, page, "statement", who, about)
		if err != nil || ok {
			return reply, err
		}
		if about != "" {
			return c.r.nothingFound(ctx, req.GuildID, msg, about, corpus.FacetTopic), nil
		}
		return c.r.nothingFound(ctx, req.GuildID, msg, "", corpus.FacetSpeaker), nil
	}
	hits := append([]corpus.Hit(nil), res.Hits...)
	sort.SliceStable(hits, func(i, j int) bool { return hitDate(hits[i]) > hitDate(hits[j]) })
	size := c.r.cfg.PageSize
	from := min((page-1)*size, len(hits))
	shown := hits[from:min(from+size, len(hits))]
	title := "What " + EscapeMarkdown(speaker) + " said"
	if about != "" {
		title += fmt.Sprintf(" about “%s”", quote(about))
	}
	reply := Reply{Title: title, Pager: pager("statement", page, size, len(hits), speaker, about)}
	for _, h := range shown {
		reply.Entries = append(reply.Entries, hitEntry(h))
	}
	if len(shown) == 0 {
		reply.Text = "No more statements."
	}
	reply.Footer = rangeFooter("statements", page, size, len(shown), len(hits)) + ", newest first"
	return reply, nil
}

// resolveSpeaker maps what the user typed ("rubio") to a canonical speaker
// name, or "" when no speaker matches.
func (r *Router) resolveSpeaker(ctx context.Context, guild, who string) (string, error) {
	cands, err := r.cfg.Searcher.Suggest(ctx, guild, corpus.FacetSpeaker, who, 10)
	if err != nil {
		return "", fmt.Errorf("suggest speakers for %q: %w", who, err)
	}
	for _, c := range cands {
		if strings.EqualFold(c, who) {
			return c, nil // picked from autocomplete: the common case
		}
	}
	all, err := r.cfg.Searcher.Suggest(ctx, guild, corpus.FacetSpeaker, "", LimitChoices)
	if err != nil {
		return "", fmt.Errorf("list speakers: %w", err)
	}
	cands = append(cands, all...)
	lw := strings.ToLower(who)
	for _, c := range cands {
		for _, w := range strings.Fields(strings.ToLower(c)) {
			if strings.HasPrefix(w, lw) {
				return c, nil
			}
		}
	}
	for _, c := range cands {
		if strings.Contains(strings.ToLower(c), lw) {
			return c, nil
		}
	}
	return r.speakerByRole(ctx, guild, who)
}

// speakerByRole finds the speaker whose role names what was typed: an
// institution finds its spokesperson ("kremlin" -> the Kremlin spokesman).
// Only a whole word of the role counts, and only when one speaker has it.
func (r *Router) speakerByRole(ctx context.Context, guild, who string) (string, error) {
	words := strings.Fields(strings.ToLower(who))
	if len(words) == 0 {
		return "", nil
	}
	res, err := r.cfg.Searcher.Search(ctx, corpus.Query{Text: who, Kind: corpus.KindStatement, Guild: guild, Limit: 20})
	if err != nil {
		return "", fmt.Errorf("search statements for %q: %w", who, err)
	}
	found := ""
	for _, h := range res.Hits {
		role := " " + strings.Join(strings.FieldsFunc(strings.ToLower(h.Role), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }), " ") + " "
		if h.Speaker == "" || !strings.Contains(role, " "+strings.Join(words, " ")+" ") {
			continue
		}
		if found != "" && found != h.Speaker {
			return "", nil // two speakers fit: do not guess
		}
		found = h.Speaker
	}
	return found, nil
}

// ---- /search ----

func (c *searchCmd) Definition() *discordgo.ApplicationCommand {
	kind := &discordgo.ApplicationCommandOption{
		Type: discordgo.ApplicationCommandOptionString, Name: "kind", Description: "Provisions, statements, passages of the reports, or all (default)",
		Choices: []*discordgo.ApplicationCommandOptionChoice{
			{Name: "provisions", Value: string(corpus.KindProvision)},
			{Name: "statements", Value: string(corpus.KindStatement)},
			{Name: "passages", Value: string(corpus.KindPassage)},
			{Name: "all", Value: "all"},
		},
	}
	return &discordgo.ApplicationCommand{
		Name:        "search",
		Description: "Search every provision, statement and passage of the reports",
		Options:     []*discordgo.ApplicationCommandOption{textOption("query", "Words to look for", true, true), kind},
	}
}

func (c *searchCmd) Handle(ctx context.Context, req Request) (Reply, error) {
	query, kind, page := req.Options["query"], req.Options["kind"], 1
	switch req.Kind {
	case KindAutocomplete:
		return c.r.autocomplete(ctx, req.GuildID, corpus.FacetTopic, req.Options[req.Focused])
	case KindComponent:
		_, p, st, err := ParsePageID(req.CustomID, 2)
		if err != nil {
			return Reply{}, err
		}
		kind, query, page = st[0], st[1], p
	}
	query = strings.TrimSpace(query)
	if query == "" {
		return Reply{}, UserError("Tell me what to look for, for example `/search query:prisoners`.")
	}
	k, err := corpus.ParseKind(kind)
	if err != nil {
		return Reply{}, UserError("kind must be provisions, statements, passages or all.")
	}
	// The page ID carries the kind in its one spelling.
	kind = string(k)
	if k == "" {
		kind = "all"
	}
	size := c.r.cfg.PageSize
	topicID, err := c.r.knownTopic(ctx, req.GuildID, query)
	if err != nil {
		return Reply{}, err
	}
	res, err := c.r.searchTopic(ctx, topicID, corpus.Query{Guild: req.GuildID, Text: query, Kind: k, Limit: size, Offset: (page - 1) * size})
	if err != nil {
		return Reply{}, fmt.Errorf("search %q: %w", query, err)
	}
	what := "results"
	if k != "" {
		what = string(k) + "s"
	}
	shown := c.r.shownTopic(query, topicID)
	if len(res.Hits) == 0 && page == 1 {
		return c.r.nothingFound(ctx, req.GuildID, fmt.Sprintf("Nothing matches “%s”.", quote(shown)), query, corpus.FacetTopic, corpus.FacetSpeaker), nil
	}
	reply := Reply{
		Title: fmt.Sprintf("Results for “%s”", quote(shown)),
		Pager: pager("search", page, size, res.Total, kind, query),
	}
	if k != "" {
		reply.Title = fmt.Sprintf("%s matching “%s”", capitalize(what), quote(shown))
	}
	if k == corpus.KindPassage {
		reply.Title = fmt.Sprintf("Passages of the reports matching “%s”", quote(shown))
	}
	for _, h := range res.Hits {
		reply.Entries = append(reply.Entries, hitEntry(h))
	}
	if len(res.Hits) == 0 {
		reply.Text = "No more results."
	}
	reply.Footer = rangeFooter(what, page, size, len(res.Hits), res.Total)
	return reply, nil
}

// ---- passages: what the reports say ----

// HeadingFromReports titles an answer made of passages because no
// provision or statement matched: it says what the reports say, not what
// the plan or a speaker does.
const HeadingFromReports = "From the reports"

// fromReports answers from passages when /provision or /statement found no
// provision or statement: the paragraphs of the reports matching text,
// cited like any hit, under HeadingFromReports. ok is false when no passage
// matches either. command and state make the paging buttons, which come
// back to the same command (and so to this fallback again).
func (r *Router) fromReports(ctx context.Context, guild, topicID, text, lead string, page int, command string, state ...string) (reply Reply, ok bool, err error) {
	res, err := r.searchTopic(ctx, topicID, reportsQuery(guild, text, page, r.cfg.PageSize))
	if err != nil {
		return Reply{}, false, fmt.Errorf("search passages for %q: %w", text, err)
	}
	reply, ok = r.reportsReply(res, topicID, text, lead, page, command, state...)
	return reply, ok, nil
}

// reportsQuery is fromReports' search: the passages matching text, a page
// of size.
func reportsQuery(guild, text string, page, size int) corpus.Query {
	return corpus.Query{Text: text, Kind: corpus.KindPassage, Guild: guild, Limit: size, Offset: (page - 1) * size}
}

// reportsReply is fromReports' answer given res, the passages matching
// text (reportsQuery's answer, as searchTopic gives it); ok is false when
// there is none. /provision asks for them in the pass of its own search.
func (r *Router) reportsReply(res corpus.Results, topicID, text, lead string, page int, command string, state ...string) (reply Reply, ok bool) {
	size := r.cfg.PageSize
	if res.Total == 0 {
		return Reply{}, false
	}
	reply = Reply{
		Title: fmt.Sprintf("%s: “%s”", HeadingFromReports, quote(text)),
		Text:  lead + " Here is what the reports say; these are not points of the plan or attributed statements.",
		Pager: pager(command, page, size, res.Total, state...),
	}
	if topicID != "" {
		reply.Title = fmt.Sprintf("%s: “%s”", HeadingFromReports, quote(r.shownTopic(text, topicID)))
	}
	for _, h := range res.Hits {
		reply.Entries = append(reply.Entries, hitEntry(h))
	}
	if len(res.Hits) == 0 {
		reply.Text = "No more passages."
	}
	reply.Footer = rangeFooter("passages", page, size, len(res.Hits), res.Total)
	return reply, true
}

// plans lists the versions of the plan in the corpus: the index's plan facet
// and the plans the library's sources declare.
func (r *Router) plans(ctx context.Context, guild string) ([]string, error) {
	got, err := r.cfg.Searcher.Suggest(ctx, guild, corpus.FacetPlan, "", LimitChoices)
	if err != nil {
		return nil, fmt.Errorf("list plans: %w", err)
	}
	_, declared := r.librarySources(guild)
	got = append(got, declared...)
	seen := map[string]bool{}
	var out []string
	for _, p := range got {
		if p != "" && !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	sort.Strings(out)
	if len(out) > comparePlans {
		out = out[:comparePlans]
	}
	return out, nil
}

// ---- /sources ----

func (c *sourcesCmd) Definition() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{Name: "sources", Description: "The documents behind the answers, with date, outlet and link"}
}

func (c *sourcesCmd) Handle(ctx context.Context, req Request) (Reply, error) {
	page := 1
	if req.Kind == KindComponent {
		_, p, _, err := ParsePageID(req.CustomID, 0)
		if err != nil {
			return Reply{}, err
		}
		page = p
	}
	src := c.r.sortedSources(req.GuildID)
	if len(src) == 0 {
		return Reply{Text: "No documents are loaded yet.", Ephemeral: true}, nil
	}
	size := c.r.cfg.PageSize * 2
	from := min((page-1)*size, len(src))
	shown := src[from:min(from+size, len(src))]
	reply := Reply{Title: "Sources", Pager: pager("sources", page, size, len(src))}
	for _, s := range shown {
		body := EscapeMarkdown(JoinNonEmpty(" · ", s.Outlet, s.Published, s.Plan))
		if body == "" {
			body = "Source " + EscapeMarkdown(s.ID)
		}
		reply.Entries = append(reply.Entries, Entry{Heading: EscapeMarkdown(s.Title), Body: body, URL: s.URL})
	}
	reply.Footer = rangeFooter("documents", page, size, len(shown), len(src))
	return reply, nil
}

// ---- /help ----

// HelpExamples are the command lines /help shows as examples, in the order
// shown, each under the command it starts with. Every one answers with a
// public answer on the seed corpus (cmd/planbot's test runs each), so a
// member who copies one never meets "nothing found". (/help itself answers
// privately, so it is not one.)
var HelpExamples = []string{
	"/provision topic:NATO",
	"/provision topic:territory plan:US 28-point draft",
	"/statement who:Marco Rubio",
	"/statement who:Zelensky about:territories",
	"/search query:security guarantees",
	"/search query:Geneva kind:statements",
	"/search query:Geneva kind:passages",
	"/compare topic:army size",
	"/sources",
}

func (c *helpCmd) Definition() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{Name: "help", Description: "What planbot can do, with examples"}
}

func (c *helpCmd) Handle(ctx context.Context, req Request) (Reply, error) {
	reply := Reply{
		Title: "planbot: the peace plan, point by point, with sources",
		Text: "I keep a record of the versions of the plan and of who said what about it, as reported. " +
			"Every answer cites its source. Start typing an option and I suggest topics and speakers.",
		Ephemeral: true,
	}
	// Moderator commands are shown only to those who may run them: Discord
	// hides them from everyone else, so listing them would only confuse.
	moderator := RequireModerator(req) == nil
	mods := 0
	for _, d := range c.r.Definitions() {
		forMods := d.DefaultMemberPermissions != nil && *d.DefaultMemberPermissions != 0
		if forMods && !moderator {
			continue
		}
		heading := "/" + d.Name
		for _, o := range d.Options {
			switch {
			case o.Type == discordgo.ApplicationCommandOptionSubCommand || o.Type == discordgo.ApplicationCommandOptionSubCommandGroup:
				heading += " " + o.Name + "|"
			case o.Required:
				heading += " " + o.Name + ":"
			default:
				heading += " [" + o.Name + ":]"
			}
		}
		heading = strings.TrimSuffix(heading, "|")
		if forMods {
			heading += " (moderators)"
			mods++
		}
		body := d.Description
		var ex []string
		for _, e := range HelpExamples {
			if e == "/"+d.Name || strings.HasPrefix(e, "/"+d.Name+" ") {
				ex = append(ex, "`"+e+"`")
			}
		}
		if len(ex) > 0 {
			body += "\n" + strings.Join(ex, " · ")
		}
		reply.Entries = append(reply.Entries, Entry{Heading: heading, Body: body})
	}
	reply.Footer = Plural(len(reply.Entries), "command")
	if mods > 0 {
		reply.Footer += fmt.Sprintf(", %d for moderators", mods)
	}
	return reply, nil
}

// ---- shared helpers ----

// knownTopic returns the index's topic ID when text names one (as it does
// when the user picked an autocomplete choice, "security-guarantees"), else "".
func (r *Router) knownTopic(ctx context.Context, guild, text string) (string, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return "", nil
	}
	if id := r.topicByLabel(text); id != "" {
		return id, nil // a suggestion, typed back as shown
	}
	got, err := r.cfg.Searcher.Suggest(ctx, guild, corpus.FacetTopic, text, LimitChoices)
	if err != nil {
		return "", fmt.Errorf("suggest topics for %q: %w", text, err)
	}
	for _, g := range got {
		if strings.EqualFold(g, text) {
			return g, nil
		}
	}
	return "", nil
}

// searchTopic runs q, whose Text the user typed. When that text is a known
// topic ID, the records tagged with the topic are what the user means: first
// those that also match the words (so snippets are highlighted), then all
// the tagged ones, and only then the words alone.
func (r *Router) searchTopic(ctx context.Context, topicID string, q corpus.Query) (corpus.Results, error) {
	if topicID == "" {
		return r.cfg.Searcher.Search(ctx, q)
	}
	words := topicWords(topicID)
	tries := []corpus.Query{q, q, q}
	tries[0].Text, tries[0].Topic = words, topicID
	tries[1].Text, tries[1].Topic = "", topicID
	tries[2].Text = words
	var res corpus.Results
	var err error
	for _, t := range tries {
		if res, err = r.cfg.Searcher.Search(ctx, t); err != nil || res.Total > 0 {
			return res, err
		}
	}
	return res, nil
}

// topicWords turns a topic ID into words: "security-guarantees" ->
// "security guarantees".
func topicWords(id string) string { return strings.NewReplacer("-", " ", "_", " ").Replace(id) }

// autocomplete answers an autocomplete request from one facet.
func (r *Router) autocomplete(ctx context.Context, guild string, f corpus.Facet, prefix string) (Reply, error) {
	prefix = strings.TrimSpace(prefix)
	got, err := r.cfg.Searcher.Suggest(ctx, guild, f, prefix, LimitChoices)
	if err != nil {
		return Reply{}, fmt.Errorf("suggest %s for %q: %w", f, prefix, err)
	}
	if f == corpus.FacetTopic && prefix != "" {
		// Members type the words they read ("humanitarian"), not IDs.
		byLabel, err := r.topicsByLabelWords(ctx, guild, prefix)
		if err != nil {
			return Reply{}, err
		}
		got = append(got, byLabel...)
	}
	// A typo ("Marco Rubbio", "zelenksy") matches no value: drop letters
	// from the end, down to half of what was typed, until one does.
	rs := []rune(prefix)
	for n := len(rs) - 1; len(got) == 0 && n >= max(3, (len(rs)+1)/2); n-- {
		if got, err = r.cfg.Searcher.Suggest(ctx, guild, f, string(rs[:n]), LimitChoices); err != nil {
			return Reply{}, fmt.Errorf("suggest %s for %q: %w", f, string(rs[:n]), err)
		}
	}
	reply := Reply{Choices: make([]Choice, 0, len(got))}
	for _, s := range got {
		name := plainText(s)
		if f == corpus.FacetTopic {
			name = r.topicLabel(s) // the ID stays the value, so the search can filter on it
		}
		reply.Choices = append(reply.Choices, Choice{Name: name, Value: s})
	}
	return reply, nil
}

// nothingFound is the short, private answer when nothing matches: msg, then
// topics or speakers from the index close to text to try instead.
func (r *Router) nothingFound(ctx context.Context, guild, msg, text string, facets ...corpus.Facet) Reply {
	if s := r.suggestions(ctx, guild, text, facets...); len(s) > 0 {
		for i := range s {
			s[i] = "**" + EscapeMarkdown(s[i]) + "**"
		}
		// A member can type a suggestion back as shown: topics are shown
		// by their labels, which knownTopic reads.
		msg += " Try " + strings.Join(s, ", ") + "."
	} else {
		msg += " Try a broader word, or see /help for examples."
	}
	return Reply{Text: msg, Ephemeral: true}
}

// suggestions finds up to three facet values close to text: those starting
// with its longest word, then with ever shorter prefixes of it.
func (r *Router) suggestions(ctx context.Context, guild, text string, facets ...corpus.Facet) []string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	sort.SliceStable(words, func(i, j int) bool { return len([]rune(words[i])) > len([]rune(words[j])) })
	var out []string
	seen := map[string]bool{strings.ToLower(text): true}
	for _, w := range words {
		rs := []rune(w)
		// Dropping letters from the end gets past a typo ("natto",
		// "Volodimir"); prefixes shorter than half the word suggest
		// unrelated ones.
		for n := len(rs); n >= max(3, (len(rs)+1)/2) && len(out) < 3; n-- {
			for _, f := range facets {
				got, err := r.cfg.Searcher.Suggest(ctx, guild, f, string(rs[:n]), 3)
				if err != nil {
					r.log.Debug("suggest failed", zap.Error(err))
					continue
				}
				for _, g := range got {
					if f == corpus.FacetTopic {
						g = r.topicLabel(g) // in words, never an internal ID
					}
					if !seen[strings.ToLower(g)] && len(out) < 3 {
						seen[strings.ToLower(g)] = true
						out = append(out, g)
					}
				}
			}
		}
		if len(out) > 0 {
			break
		}
	}
	return out
}

// hitEntry renders one hit as an entry: who or which point, the snippet and
// the citation.
func hitEntry(h corpus.Hit) Entry {
	var heading string
	switch h.Kind {
	case corpus.KindStatement:
		heading = EscapeMarkdown(JoinNonEmpty(", ", h.Speaker, h.Role))
		if h.ReportedBy != "" && h.ReportedBy != h.Source.Outlet {
			// where the words were given, never who said them
			heading = JoinNonEmpty(" ", heading, "(to "+EscapeMarkdown(h.ReportedBy)+")")
		}
	case corpus.KindPassage:
		// Not a point of the plan nor an attributed statement: said so, so
		// that a member never takes a report's sentence for either.
		heading = LabelPassage
	default:
		heading = EscapeMarkdown(h.Plan)
		if h.Number > 0 {
			heading = JoinNonEmpty(", ", heading, fmt.Sprintf("point %d", h.Number))
		}
	}
	if heading == "" {
		heading = EscapeMarkdown(h.Source.Title)
	}
	return Entry{
		Heading:  heading,
		Body:     hitBody(h),
		Citation: JoinNonEmpty(", ", h.Source.Title, h.Source.Outlet, hitDate(h)),
		URL:      h.Source.URL,
	}
}

// LabelPassage heads a passage hit: a paragraph of a report, cited like
// any other hit.
const LabelPassage = "From the report"

// hitBody is a hit's snippet, or its text when it has none, escaped.
func hitBody(h corpus.Hit) string {
	if strings.TrimSpace(h.Snippet) != "" {
		return EscapeSnippet(h.Snippet)
	}
	return EscapeMarkdown(h.Text)
}

// hitDate is when a hit was said or published.
func hitDate(h corpus.Hit) string {
	if h.Date != "" {
		return h.Date
	}
	return h.Source.Published
}

// quote prepares user text to be echoed: markdown neutralised, shortened.
func quote(s string) string { return EscapeMarkdown(Truncate(strings.TrimSpace(s), 80)) }

// JoinNonEmpty joins the parts that are not blank, trimmed, with sep.
func JoinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// sameSource reports whether every hit comes from one source.
func sameSource(hits []corpus.Hit) bool {
	for _, h := range hits[1:] {
		if h.Source.ID != hits[0].Source.ID {
			return false
		}
	}
	return true
}

// Plural says "1 source", "3 sources": n and the word, with an s unless n
// is 1.
func Plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
