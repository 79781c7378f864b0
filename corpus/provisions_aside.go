package corpus

import (
	"bytes"
	"strconv"
	"strings"
)

// pointAside reads a bracketed aside that labels a point and gives its
// terms: "(pt 26: full amnesty for all parties …)", "(point 7: no NATO
// membership, ever)", "(Punkt 21: Front eingefroren)". It returns the
// number and the terms; ok is false for any other bracket, and for one
// whose terms are under three words (a reference, not a term).
func pointAside(s string) (number int, terms string, ok bool) {
	lx := lexiconData()
	for at := 0; at < len(s); {
		i := strings.IndexAny(s[at:], "([")
		if i < 0 {
			return 0, "", false
		}
		i += at
		at = i + 1
		closer := byte(')')
		if s[i] == '[' {
			closer = ']'
		}
		end := strings.IndexByte(s[i+1:], closer)
		if end < 0 {
			return 0, "", false
		}
		inner := s[i+1 : i+1+end]
		head, body, found := strings.Cut(inner, ": ")
		if !found || strings.Count(body, " ") < 2 {
			continue
		}
		f := strings.Fields(head)
		if len(f) != 2 {
			continue
		}
		w := lowerString(f[0])
		if !lx.pointAbbrs[w] && !lx.pointWords[w] && !lx.pointRefs[w] {
			continue
		}
		n, err := strconv.Atoi(strings.TrimPrefix(f[1], "№"))
		if err != nil || n <= 0 {
			continue
		}
		return n, strings.TrimSpace(body), true
	}
	return 0, "", false
}

// asideProvisions gives the points that bracketed asides label with their
// terms, in any paragraph that is not itself a point of a list: a
// reporter's thread or a wire writes "asked whether the amnesty clause
// (pt 26: full amnesty for all parties …) was still in". The version is
// the one the paragraph names, else the nearest above. A point already
// given (same version and number) is not given again.
func asideProvisions(ps []paragraph, src Source, fallback string, have []Provision, planFor func(string) (string, bool)) []Provision {
	var out []Provision
	var taken map[int]bool    // positions of what was given, made when first needed:
	var known map[refKey]bool // most documents hold no aside
	for i, p := range ps {
		if p.kind == paraHeading || strings.IndexByte(p.text, ':') < 0 || !containsAny(p.text, "([") {
			continue
		}
		n, terms, ok := pointAside(p.text)
		if !ok {
			continue
		}
		if taken == nil {
			taken = make(map[int]bool, len(have))
			known = make(map[refKey]bool, len(have))
			for _, p := range have {
				taken[p.Position] = true
				if p.Number > 0 {
					known[refKey{p.Plan, p.Number}] = true
				}
			}
		}
		if taken[p.index] {
			continue
		}
		plan := versionIn(p.text)
		if plan == "" {
			plan = planAbove(ps, i-1, src, fallback, planFor)
		}
		if known[refKey{plan, n}] {
			continue
		}
		known[refKey{plan, n}] = true
		out = append(out, newProvision(src, len(have)+len(out)+1, plan, n, terms, p.index))
	}
	return out
}

// speechBullet reports whether an unnumbered bullet opens by saying who
// said it ("— Путин сказал, что …", "- Merz said the draft …", "• По
// словам президента, …", "- According to the minister, …"): a digest of
// statements under a heading that names the plan ("О плане США"), not a
// point of it. A term with an attribution after it ("Kyiv would cap its
// army at 600,000, officials said") still opens with the term.
func speechBullet(lx *lexicon, t string) bool {
	clause := t
	if i := strings.Index(clause, ", "); i > 0 {
		clause = clause[:i]
	}
	// the attribution opens the bullet or not at all: its first five words
	head := clause
	for i, words := 0, 0; i < len(head); i++ {
		if head[i] == ' ' {
			if words++; words == 5 {
				head = head[:i]
				break
			}
		}
	}
	var buf [128]byte // lower-cased on the stack: most bullets say nothing of anyone
	low := appendLower(buf[:0], head)
	according, says := false, false
	for i := 0; i < len(low); {
		j := i
		for j < len(low) && low[j] != ' ' {
			j++
		}
		w := bytes.Trim(low[i:j], ",.;:*—–-")
		according = according || lx.according[string(w)] || string(w) == "according"
		says = says || lx.sayVerbs[string(w)]
		i = j + 1
	}
	if according {
		// "Selon le document, …", "According to the draft, …": the
		// document's own terms
		return !namesDocument(lx, clause)
	}
	return says && attributesSpeech(lx, head)
}

// namesDocument reports whether a text speaks of a plan or a document:
// a version, a plan word or a document noun ("le document", "the draft").
func namesDocument(lx *lexicon, s string) bool {
	if name, generic := planFor(s); name != "" || generic {
		return true
	}
	for w := range strings.FieldsSeq(s) {
		if lx.isProseNoun(strings.Trim(w, ",.;:*")) {
			return true
		}
	}
	return false
}
