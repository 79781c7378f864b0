package bot

import "time"

// Reply is what a handler returns, before rendering. The renderer turns it
// into a Discord interaction response and is the only code that knows
// Discord's limits, so handlers never need to count characters.
type Reply struct {
	Title     string   // e.g. `Provisions matching "nato"`
	Text      string   // lead paragraph; plain text, may use **bold**
	Entries   []Entry  // one per hit, in rank order
	Footer    string   // e.g. "3 of 12 results"
	Ephemeral bool     // only the invoking user sees it
	Pager     *Pager   // previous/next buttons, nil when everything fits
	Choices   []Choice // KindAutocomplete answers
	Update    bool     // KindComponent: edit the message the button is on
}

// Entry is one hit in a Reply: what it is, the snippet, and its citation.
type Entry struct {
	Heading  string // Markdown: "Geneva framework, point 5"; document text in it escaped (EscapeMarkdown)
	Body     string // Markdown: the snippet with matches in **bold** (EscapeSnippet)
	Citation string // plain text, escaped by the renderer: "Title, Outlet, 2025-11-23"
	URL      string // the source's URL as stored; the renderer links it only if LinkURL accepts it
}

// Pager holds the custom IDs of the paging buttons; an empty ID means the
// button is shown disabled.
type Pager struct {
	PrevID string
	NextID string
}

// Choice is one autocomplete suggestion.
type Choice struct {
	Name  string
	Value string
}

// Discord's deadlines for answering an interaction, shared by every
// transport: an answer must start within 3 s or be deferred, and a deferred
// answer must be completed while the interaction token lives (15 min).
const (
	// DeferAfter is how long a handler may run before the transport defers
	// its answer, leaving a margin under Discord's 3 s.
	DeferAfter = 2 * time.Second
	// FollowupWithin bounds a deferred answer, under the token's 15 min.
	FollowupWithin = 14 * time.Minute
)
