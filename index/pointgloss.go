package index

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"
)

// A numbered point of a known version is searchable by what that point is
// about, whatever language its reprint is in. Reports reprint the plan's
// points in German, Italian, Russian or Polish; an English question ("army
// size", "who chairs the peace council") shares no word with "23. Russland
// wird …" and the glossary carries only the words it lists. Extraction
// already tells which point of which version a numbered item is, so the
// index adds that point's English keywords (pointgloss.json, written for
// planbot in its own words) after the provision's text, where the point
// words "point 6" already go, behind glossSep. A word matched there counts
// as a word matched through a translation (mark): it makes the record
// relevant but ranks it behind a record whose own text says what was typed,
// so "frozen assets" still shows the English point first and the German
// reprint after it.

// glossSep starts a record's point gloss in its indexed text, after its
// meta words (an invisible separator, which no text keeps: withGloss
// takes it out of what comes before).
const glossSep = "\u2063"

// withGloss is indexed text s followed by gloss, when there is one.
func withGloss(s, gloss string) string {
	s = strings.ReplaceAll(s, glossSep, " ")
	if gloss == "" {
		return s
	}
	return s + glossSep + " " + gloss
}

// glossStart is the byte offset at which text's point gloss starts, or -1.
func glossStart(text string) int { return strings.Index(text, glossSep) }

//go:embed pointgloss.json
var pointGlossJSON []byte

// pointGlossData is the decoded gloss: plan label → point number → words.
var pointGlossData = sync.OnceValue(func() map[string]map[int]string {
	g, err := decodePointGloss(pointGlossJSON)
	if err != nil {
		panic(err)
	}
	return g
})

// glossFallback names the version whose entries stand for a point another
// version did not rewrite: the European counter-proposal keeps the US
// numbering and most of its points.
var glossFallback = map[string]string{"European counter-proposal": "US 28-point draft"}

// decodePointGloss reads pointgloss.json: an object of plans, each an
// object from point number (as a string) to keywords; "_comment" keys are
// skipped.
func decodePointGloss(b []byte) (map[string]map[int]string, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("decode pointgloss.json: %w", err)
	}
	out := map[string]map[int]string{}
	for plan, body := range raw {
		if plan == "_comment" {
			continue
		}
		var points map[string]string
		if err := json.Unmarshal(body, &points); err != nil {
			return nil, fmt.Errorf("decode pointgloss.json: plan %q: %w", plan, err)
		}
		out[plan] = make(map[int]string, len(points))
		for k, v := range points {
			n, err := strconv.Atoi(k)
			if err != nil || n <= 0 {
				return nil, fmt.Errorf("decode pointgloss.json: plan %q: point %q is not a positive number", plan, k)
			}
			out[plan][n] = v
		}
	}
	return out, nil
}

// pointGlossFor is pointGloss for a provision written in lang: none for
// English text, whose own words already say what the point is about and
// would only be diluted (a gloss's "troops" made the army-size point
// answer "nato troops stationed in ukraine").
func pointGlossFor(lang, plan string, n int) string {
	if lang == defaultLang {
		return ""
	}
	return pointGloss(plan, n)
}

// pointGloss is the keywords of point n of plan, or "" when the point is
// unnumbered or the version is not one the gloss knows.
func pointGloss(plan string, n int) string {
	if n <= 0 {
		return ""
	}
	g := pointGlossData()
	if w, ok := g[plan][n]; ok {
		return w
	}
	if f, ok := glossFallback[plan]; ok {
		return g[f][n]
	}
	return ""
}
