package corpus

// Query is one search request, the same for every front end. It lives in
// corpus, not index, so bot can declare a Searcher without importing index.
type Query struct {
	Text    string // what the user typed; never parsed as query syntax
	Kind    Kind   // "" for every kind: provisions, statements and passages
	Speaker string // exact canonical speaker filter, optional
	Plan    string // exact plan filter, optional
	Topic   string // exact topic filter, optional
	// Guild is the server asking: hits come from the global collection
	// plus that server's own documents, never another server's. "" is the
	// global collection alone.
	Guild  string
	Limit  int // hits wanted; 0 means 10
	Offset int // for paging
}

// Results is the ranked answer to a Query. Its JSON is the contract of
// `planbot search --json` (DESIGN.md).
type Results struct {
	Query string `json:"query"`
	Total int    `json:"total"`
	Hits  []Hit  `json:"hits"` // never nil: no relevant hit is []
}

// Hit is one matching provision, statement or passage (Kind says which)
// with what is needed to cite it.
type Hit struct {
	ID      string  `json:"id"`
	Kind    Kind    `json:"kind"`
	Score   float64 `json:"score"`
	Text    string  `json:"text"`    // full text of the record
	Snippet string  `json:"snippet"` // highlighted extract, matches in **bold**
	Speaker string  `json:"speaker"`
	Role    string  `json:"role"`
	// ReportedBy is, for a statement, the outlet the words were given to
	// when it is not the source ("told the Financial Times"); see
	// Statement.ReportedBy.
	ReportedBy string    `json:"reported_by,omitempty"`
	Plan       string    `json:"plan"`
	Number     int       `json:"number"`
	Date       string    `json:"date"`
	Topics     []string  `json:"topics"`
	Source     SourceRef `json:"source"`
}

// SourceRef is the citation part of a Hit.
type SourceRef struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url"`
	Published string `json:"published"`
}

// Facet names a keyword field offered by autocomplete.
type Facet string

// The facets autocomplete can suggest from.
const (
	FacetTopic   Facet = "topic"
	FacetSpeaker Facet = "speaker"
	FacetPlan    Facet = "plan"
)
