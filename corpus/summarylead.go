package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

// An article may open or close with its own summary ("Key points:", "Das
// Wichtigste in Kürze:", "Главное:") as a numbered list: "1. Talks resume
// in Miami next week. 2. Europe wants a seat at the table." Beside a story
// that names the plan, the list read as the plan's points. A list under a
// lead-in that is nothing but such a phrase (data/summaryleads.json) sums
// the story up; its items are read as the story's text.

//go:embed data/summaryleads.json
var summaryLeadsJSON []byte

// summaryLeadSet holds data/summaryleads.json's phrases.
var summaryLeadSet = sync.OnceValue(func() map[string]bool {
	var d struct {
		SummaryLeads []string `json:"summaryLeads"`
	}
	mustDecodeJSON("data/summaryleads.json", summaryLeadsJSON, &d)
	return set(d.SummaryLeads)
})

// summaryLead reports whether a list's lead-in or heading is only a
// summary's label.
func summaryLead(s string) bool {
	s = lowerString(strings.Trim(strings.TrimSpace(s), "*#_:–—-. "))
	return s != "" && len(s) < 60 && summaryLeadSet()[s]
}

// itemsNamePoints reports whether a list's items name points of a plan
// ("Point 14 stays open"): then it sums up the plan's points after all.
func itemsNamePoints(items []paragraph) bool {
	for _, it := range items {
		if hasPointRef(it.text) {
			return true
		}
	}
	return false
}
