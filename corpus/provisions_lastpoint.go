// A version's last point named as such, not by its number: coverage that
// goes through a version's points ends with "the last point says a full
// ceasefire takes effect once all parties have agreed", "enfin le dernier
// point fait entrer en vigueur un cessez-le-feu …", "según el último
// punto, el alto el fuego …", "zadnja točka pa pravi, da premirje …",
// "og siste punkt sier at våpenhvilen …", or puts the name after the term
// ("the ceasefire starts straight away once everyone agrees — the last
// one, the twentieth"). The readers above know a point by its number or
// its ordinal, so such a clause gave no provision, or one with no number,
// or it was left inside the point before it ("Point 19 makes the agreement
// legally binding …, and the last point is a ceasefire …"), or it was
// given the other version's last number (stop 71, zprov2: sets ZJ, ZL,
// ZM, ZZ, ZZC, ZZJ, ZZP, ZZQ, ZZR).
//
// A phrase of plans.json lastPoints (with the article before it) heads a
// clause that runs to the sentence's end (or, when only a few words follow it, the clause before
// it back to the last comma or semicolon); the clause is the last point of
// each version whose last number (lastPointNumbers) the catalogue
// (planterms.json) gives a term of the clause. Of those versions the point
// takes the one the sentence names, else the version of the nearest
// provision read earlier in the paragraph, else the one it had, else the
// 20-point framework in a late document, else the US draft
// (pickVersion). A provision that holds the clause and no other point
// takes the number and version; else the clause is a new provision. The
// catalogue gate keeps "the last point of contention" and "on the last
// point, he disagreed" out.

package corpus

import (
	"slices"
	"strings"
	"sync"
)

// lastPointWords is plans.json's lastPoints (all languages, lower case)
// with a lookSet for the first look at a paragraph, and each version's
// last number.
type lastPointWords struct {
	phrases []string
	look    *lookSet
	numbers map[string]int
	heads   []lastPointHead
}

// lastPointHead is an alternative of the first group of a catalogue term
// that some version numbers as its last point, and those versions.
type lastPointHead struct {
	stem     string
	whole    bool // "val=": the whole word
	versions []string
}

var lastPointData = sync.OnceValue(func() lastPointWords {
	var f struct {
		Phrases map[string][]string `json:"lastPoints"`
		Numbers map[string]int      `json:"lastPointNumbers"`
	}
	mustDecode("data/plans.json", &f) // fixed at build time; TestLastPoint reads it
	w := lastPointWords{numbers: f.Numbers}
	for _, ps := range f.Phrases {
		for _, p := range ps {
			w.phrases = append(w.phrases, lowerString(p))
		}
	}
	slices.Sort(w.phrases)
	w.phrases = slices.Compact(w.phrases)
	w.look = newLookSet(w.phrases)
	for _, t := range planTermsData().terms {
		var vs []string
		for v, k := range t.Points {
			if n, ok := w.numbers[v]; ok && k == n {
				vs = append(vs, v)
			}
		}
		if len(vs) == 0 || len(t.All) == 0 || t.Drop {
			continue
		}
		slices.Sort(vs)
		for _, a := range t.All[0] {
			a = strings.TrimPrefix(a, "*")
			whole := strings.HasSuffix(a, "=")
			if a = strings.TrimSuffix(a, "="); a != "" && !strings.HasPrefix(a, "#") {
				w.heads = append(w.heads, lastPointHead{a, whole, vs})
			}
		}
	}
	return w
})

// lastVersions are the versions whose last point a word of low (lower
// case) names the head of: the first group of a term numbered so.
func (w lastPointWords) lastVersions(low string) []string {
	var vs []string
	for _, h := range w.heads {
		for from := 0; ; {
			k := strings.Index(low[from:], h.stem)
			if k < 0 {
				break
			}
			k += from
			e := k + len(h.stem)
			if (k == 0 || !isWordByte(low[k-1])) && (!h.whole || e == len(low) || !isWordByte(low[e])) {
				for _, v := range h.versions {
					if !slices.Contains(vs, v) {
						vs = append(vs, v)
					}
				}
				break
			}
			from = k + 1
		}
	}
	slices.Sort(vs)
	return vs
}

// lastPointClause is a sentence's clause that a last-point phrase names:
// its text, and the span of the sentence the catalogue is asked about.
type lastPointClause struct {
	text, gate string
	key        string // what a provision holding the clause holds: its words after the phrase, or before it
	at         int    // where the phrase starts in the sentence
}

// lastPointIn finds the first last-point phrase of s (a sentence) standing
// as whole words, and its clause as above.
func lastPointIn(w lastPointWords, art map[string]bool, s string) (lastPointClause, bool) {
	low := lowerString(s)
	if len(low) != len(s) {
		return lastPointClause{}, false // (offsets in the lowered text must be s's)
	}
	at, end := -1, -1
	for _, p := range w.phrases {
		if k := cuePhraseAt(low, p); k >= 0 && (at < 0 || k < at) {
			at, end = k, k+len(p)
		}
	}
	if at < 0 {
		return lastPointClause{}, false
	}
	start := strings.LastIndexAny(s[:at], ",;") + 1 // the clause's start: after the last comma or semicolon before the phrase
	tail := s[end:]
	if r := strings.TrimLeft(tail, " "); strings.HasPrefix(r, ",") {
		if k := strings.IndexAny(r[1:], ",;"); k >= 0 && strings.Count(strings.TrimSpace(r[1:1+k]), " ") >= 3 {
			// "the final point, which has a ceasefire take effect …, is
			// the one to watch": the clause is the relative between the
			// commas, not the sentence's verb after them; a short
			// apposition ("the last point, number 28, says …") is not
			// the clause
			tail = tail[:len(tail)-len(r)+1+k]
		}
	}
	after := strings.TrimRight(strings.TrimLeft(tail, " ,:;—–-"), " .;:")
	if strings.Count(after, " ") >= 3 {
		// the clause from the phrase on, with its article ("the last
		// point is a ceasefire …", "siste punkt sier at …")
		from := at
		if k := strings.LastIndexByte(strings.TrimRight(s[:at], " '’"), ' ') + 1; k < at && art[lowerString(strings.TrimRight(s[k:at], " '’"))] {
			from = k
		}
		return lastPointClause{text: strings.TrimRight(s[from:end+len(tail)], " .;:"), gate: s[start:], key: after, at: at}, true
	}
	// "… once everyone agrees — the last one, the twentieth.": the term
	// before the phrase
	before := strings.TrimRight(s[start:at], " ,:;—–-(")
	if k := strings.LastIndexByte(before, ' '); k >= 0 && art[lowerString(before[k+1:])] {
		before = strings.TrimRight(before[:k], " ,:;—–-(")
	}
	before = strings.TrimSpace(before)
	if strings.Count(before, " ") < 3 {
		return lastPointClause{}, false
	}
	return lastPointClause{text: before, gate: s[start:], key: before, at: at}, true
}

// lastPoints reads the last-point clauses of ps's paragraphs, as above.
func lastPoints(out []Provision, ps []paragraph, src Source) []Provision {
	if len(out) == 0 {
		return out // a document that gave no point goes through no version's points (parse cost)
	}
	w := lastPointData()
	art := bareOrdinalData().articles
	late := src.Published >= twentyPointPresented
	for _, p := range ps {
		if p.kind == paraHeading || !w.look.in(lowerString(p.text)) {
			continue
		}
		for _, s := range sentences(p.text) {
			lc, ok := lastPointIn(w, art, s)
			if !ok {
				continue
			}
			versions := w.lastVersions(lowerString(lc.gate))
			if len(versions) == 0 {
				continue
			}
			plan := ""
			if v := versionIn(s); slices.Contains(versions, v) {
				plan = v // "the draft's last point, number 28, …" names its version
			}
			sAt := strings.Index(p.text, s)
			head := ordinalHead(lc.key) // ("el alto el fuego …" read before without "según el último punto")
			if plan == "" && sAt >= 0 {
				// the version of the nearest point read before it in the
				// paragraph ("Point 19 makes …, and the last point is …")
				best := -1
				for _, q := range out {
					if q.Position != p.index || q.Number == 0 {
						continue
					}
					k := strings.Index(p.text, ordinalHead(q.Text))
					if k >= 0 && k < sAt+lc.at && k > best && slices.Contains(versions, q.Plan) {
						best, plan = k, q.Plan
					}
				}
			}
			whole := false // a provision is the clause's point
			for i := range out {
				q := &out[i]
				at := strings.Index(q.Text, head)
				if at < 0 {
					continue
				}
				if plan == "" {
					plan = lastVersion(versions, q.Plan, late)
				}
				if q.Number == w.numbers[plan] && q.Plan == plan {
					whole = true
					continue
				}
				if q.Number > 0 && q.Number != w.numbers[q.Plan] && strings.Count(q.Text[:at], " ") >= 3 {
					continue // "Point 19 makes …, and the last point is …": that point's; the clause is added
				}
				q.Number, q.Plan, whole = w.numbers[plan], plan, true
			}
			if plan == "" {
				plan = lastVersion(versions, "", late)
			}
			if !whole {
				out = append(out, newProvision(src, len(out)+1, plan, w.numbers[plan], lc.text, p.index))
			}
		}
	}
	return out
}

// lastVersion is the version of vs a last point with no version named
// around it is given: the 20-point framework in a late document (coverage
// after 23 December going through a version's points to its last one goes
// through the framework's), else the one it had, else the US draft.
func lastVersion(vs []string, own string, late bool) string {
	if late && slices.Contains(vs, twentyPoint) {
		return twentyPoint
	}
	return pickVersion(vs, own, late)
}
