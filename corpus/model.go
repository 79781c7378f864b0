package corpus

// Kind says what a searchable record is.
type Kind string

// The kinds of record the corpus holds.
const (
	KindProvision Kind = "provision"
	KindStatement Kind = "statement"
	KindPassage   Kind = "passage"
	KindSource    Kind = "source"
)

// Source is one ingested document. Its ID is derived from the content hash,
// so ingesting the same text twice (even under another URL) yields the same
// Source and is detected as a duplicate.
type Source struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
	Published string `json:"published"` // ISO date "2006-01-02", "" when unknown
	Lang      string `json:"lang"`      // ISO 639-1 code, "en" by default
	Plan      string `json:"plan,omitempty"`
	Hash      string `json:"hash"`  // hex sha256 of the normalised body text
	Added     string `json:"added"` // RFC 3339 time the document entered the corpus
	// Guild is the Discord server whose moderators added the document:
	// only that server's members see it. Empty for the global collection
	// (the seed and what the operator ingests from the command line),
	// which every server sees.
	Guild string `json:"guild,omitempty"`
}

// VisibleIn reports whether a source belongs to what a server sees: the
// global collection plus the server's own documents. guild "" is the
// global view (the command line without --guild, direct messages).
func (s Source) VisibleIn(guild string) bool { return s.Guild == "" || s.Guild == guild }

// Provision is one point of one version of the plan.
type Provision struct {
	ID       string   `json:"id"`
	SourceID string   `json:"source_id"`
	Plan     string   `json:"plan"`   // e.g. "US 28-point draft", "Geneva framework"
	Number   int      `json:"number"` // point number as the source gives it, 0 when none
	Text     string   `json:"text"`
	Topics   []string `json:"topics"`
	Position int      `json:"position"` // paragraph index in the source body
}

// Statement is something a person or body said, directly or as reported.
type Statement struct {
	ID       string `json:"id"`
	SourceID string `json:"source_id"`
	Speaker  string `json:"speaker"` // canonical full name or body
	Role     string `json:"role"`
	// Members are the people of a group speaker ("European leaders,
	// including A, B and C"), canonical names, so a search by any of them
	// finds the group's statement; empty for a single speaker.
	Members []string `json:"members,omitempty"`
	Text    string   `json:"text"`
	// ReportedBy is the outlet the words were given to when it is not the
	// source itself ("told the Financial Times", "quoted by The Washington
	// Post", "in an interview with Deutsche Welle"): where it was reported,
	// never who said it. Empty otherwise.
	ReportedBy string   `json:"reported_by,omitempty"`
	Direct     bool     `json:"direct"` // a quotation rather than reported speech
	Date       string   `json:"date"`   // ISO date, "" when unknown
	Topics     []string `json:"topics"`
	Position   int      `json:"position"`
	// reading is the extraction reading that gave the statement its
	// speaker (the function and line that emitted it, and the emit-time
	// readings that replaced the speaker, "+backref", "+newcomer" …) and
	// runnerUp the speaker before the first such replacement: filled only
	// when ParseOptions.trace asks, for the reading table
	// (readingtable_diag_test.go); never stored or served.
	reading, runnerUp string
}

// Passage is one paragraph of a source, kept whatever extraction made of
// it, so that nothing a document says is unsearchable: a provision or a
// statement at the same Position is the classified form of (part of) it.
type Passage struct {
	ID       string   `json:"id"`
	SourceID string   `json:"source_id"`
	Text     string   `json:"text"`
	Lang     string   `json:"lang"` // the source's language
	Topics   []string `json:"topics"`
	Position int      `json:"position"` // paragraph index in the source body
}

// Document is everything extracted from one source document, plus the body
// text it was extracted from (kept so the store can rewrite and re-extract).
type Document struct {
	Source     Source      `json:"source"`
	Provisions []Provision `json:"provisions"`
	Statements []Statement `json:"statements"`
	Passages   []Passage   `json:"passages"`
	Body       string      `json:"-"`
}
