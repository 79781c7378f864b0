// A point named by its ordinal alone, the point word left out: coverage
// that goes through a version's points names the next ones by their
// ordinal with an article and no "point" ("The fourth keeps the army at
// 800,000 in peacetime, and the fifth promises security guarantees …",
// "Le neuvième prévoit des fonds importants pour la reconstruction", "El
// undécimo la compromete a seguir siendo un estado no nuclear", "il
// passaggio più letto è il diciassettesimo: un comitato umanitario …",
// "Nel ventesimo, il cessate il fuoco immediato", "l'undicesimo, l'Ucraina
// resta uno stato non nucleare", "— семнадцатый: США и Россия продлевают
// …"). The readers above know an ordinal only before a point word, so
// such a clause gave no provision, or one with the context's version and
// no number or another version's (stop 70, zprov: sets Z, ZV, ZW, ZZF,
// ZZH, ZZJ, ZZL). An ordinal (plans.json ordinals) after an article of
// plans.json bareOrdinalArticles, or, in a language without articles,
// closed by a colon or a dash, with no point word after it, heads a clause
// that runs to the next such ordinal or the sentence's end; the clause is
// that point when the catalogue (planterms.json) numbers a term it holds
// with the ordinal's number in some version, and that version is the
// point's. A provision that already holds the clause takes the number and
// version; else the clause is a new provision. The catalogue gate keeps
// "the first round of talks", "the second day" and "a fifth of Donetsk"
// out: no term there is numbered so.

package corpus

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// bareOrdinalWords is plans.json's bareOrdinalArticles as a set, and the
// ordinals as a lookSet for the cheap first look at a paragraph.
type bareOrdinalWords struct {
	articles map[string]bool
	ordinals *lookSet
}

var bareOrdinalData = sync.OnceValue(func() bareOrdinalWords {
	var f struct {
		Articles []string `json:"bareOrdinalArticles"`
	}
	mustDecode("data/plans.json", &f) // fixed at build time; TestBareOrdinal reads it
	w := bareOrdinalWords{articles: map[string]bool{}}
	for _, a := range f.Articles {
		w.articles[lowerString(a)] = true
	}
	var ords []string
	for o := range lexiconData().ordinals {
		ords = append(ords, o)
	}
	w.ordinals = newLookSet(ords)
	return w
})

// ordinalClause is a clause headed by a bare ordinal: the point's number
// and the clause's text (from after the ordinal and its punctuation).
type ordinalClause struct {
	number int
	text   string
}

// wordSpan is a word of a lower-case sentence and where it stands.
type wordSpan struct {
	w          string
	start, end int
}

// sentenceWords splits low into words: runs of letters and digits, a
// hyphen inside a word kept ("dix-septième"); apostrophes split ("l'ottavo"
// is "l" and "ottavo").
func sentenceWords(low string) []wordSpan {
	var out []wordSpan
	start := -1
	for i := 0; i < len(low); {
		r, n := utf8.DecodeRuneInString(low[i:])
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' && start >= 0 && i+n < len(low) && isWordByte(low[i+n])
		if word && start < 0 {
			start = i
		} else if !word && start >= 0 {
			out = append(out, wordSpan{low[start:i], start, i})
			start = -1
		}
		i += n
	}
	if start >= 0 {
		out = append(out, wordSpan{low[start:], start, len(low)})
	}
	return out
}

// bareOrdinalClauses finds the clauses of s (a sentence) headed by a bare
// ordinal, as above (before the catalogue gate).
func bareOrdinalClauses(lx *lexicon, w bareOrdinalWords, s string) []ordinalClause {
	low := lowerString(s)
	if len(low) != len(s) || !w.ordinals.in(low) {
		return nil // (offsets in the lowered text must be s's)
	}
	words := sentenceWords(low)
	type head struct{ n, at, from int } // number, where the article or ordinal starts, where the clause text starts
	var heads []head
	for k, ws := range words {
		n, ok := lx.ordinals[ws.w]
		if !ok || n <= 0 {
			continue
		}
		if k+1 < len(words) && (lx.pointWords[words[k+1].w] || lx.pointRefs[words[k+1].w]) {
			continue // "the fifth point": the readers above
		}
		if k+1 < len(words) && lx.ordinals[words[k+1].w] > 0 || k > 0 && lx.ordinals[words[k-1].w] > 0 {
			continue // "el vigésimo octavo": a compound ordinal, not the twentieth
		}
		after := strings.TrimLeft(low[ws.end:], " ")
		closed := strings.HasPrefix(after, ":") || strings.HasPrefix(after, "—") || strings.HasPrefix(after, "–")
		at := ws.start
		switch {
		case k > 0 && w.articles[words[k-1].w] && onlySpaceOrApostrophe(low[words[k-1].end:ws.start]):
			at = words[k-1].start
		case closed:
		default:
			continue
		}
		from := ws.end
		for from < len(low) && strings.ContainsRune(" :,—–", rune(low[from])) || from+2 < len(low) && (low[from:from+3] == "—" || low[from:from+3] == "–") {
			if low[from] < 0x80 {
				from++
			} else {
				from += 3
			}
		}
		heads = append(heads, head{n, at, from})
	}
	var out []ordinalClause
	for i, h := range heads {
		end := len(s)
		if i+1 < len(heads) {
			end = clauseEndBefore(low, h.from, heads[i+1].at)
		}
		if t := strings.TrimRight(strings.TrimSpace(s[h.from:end]), " .,;:"); t != "" {
			out = append(out, ordinalClause{h.n, t})
		}
	}
	return out
}

// onlySpaceOrApostrophe reports whether gap (between an article and the
// ordinal) is a space or an apostrophe ("l'ottavo", "l’undicesimo").
func onlySpaceOrApostrophe(gap string) bool {
	return gap == " " || gap == "'" || gap == "’"
}

// clauseEndBefore is where the clause that starts at from ends before the
// next ordinal's head at next: at the comma or semicolon before it, and
// before a conjunction word between ("…, and the fifth").
func clauseEndBefore(low string, from, next int) int {
	if k := strings.LastIndexAny(low[from:next], ",;"); k >= 0 {
		return from + k
	}
	return next
}

// bareOrdinals reads the bare-ordinal clauses of ps's paragraphs, as
// above: each whose number the catalogue gives a term of the clause
// numbers a provision already holding the clause, or is added.
func bareOrdinals(out []Provision, ps []paragraph, src Source) []Provision {
	w := bareOrdinalData()
	return numberedClauses(out, ps, src, w.ordinals.in, func(lx *lexicon, s string) []ordinalClause { return bareOrdinalClauses(lx, w, s) })
}

// numberedClauses gives the clauses find reads in the sentences of the
// paragraphs whose lower-cased text passes look (a cheap first look) their
// points, as bareOrdinals says; pointCardinals shares it
// (provisions_pointcardinal.go).
func numberedClauses(out []Provision, ps []paragraph, src Source, look func(string) bool, find func(*lexicon, string) []ordinalClause) []Provision {
	if len(out) == 0 {
		return out // a document that gave no point goes through no version's points (and most documents are off the plan: parse cost)
	}
	lx := lexiconData()
	c := planTermsData()
	var sc termScan
	late := src.Published >= twentyPointPresented
	for _, p := range ps {
		if p.kind == paraHeading || !look(lowerASCII(p.text)) {
			continue
		}
		for _, s := range sentences(p.text) {
			clauses := find(lx, s)
			for _, oc := range clauses {
				versions := ordinalVersions(c, &sc, oc)
				if len(versions) == 0 {
					continue
				}
				plan := pickVersion(versions, "", late)
				held := false
				for i := range out {
					q := &out[i]
					at := strings.Index(q.Text, ordinalHead(oc.text))
					if at < 0 {
						continue
					}
					held = true
					if q.Number == oc.number && slices.Contains(versions, q.Plan) {
						plan = q.Plan // its point already, in a version numbering it so
						continue
					}
					if holdsOtherClause(q.Text, clauses, oc) || q.Number > 0 && (strings.ContainsRune(q.Text[:at], ';') || statesNumber(c, Provision{Text: q.Text[:at]}, q.Number) || namesOwnFigure(q.Text, q.Number)) {
						continue // a provision of two points (another item before a semicolon, or a term of its own number) keeps its number: the clause is added
					}
					plan = pickVersion(versions, q.Plan, late)
					q.Number, q.Plan = oc.number, plan // "il ventesimo: entrerebbe in vigore subito …" read with the context's version and another number or none
				}
				if !held || heldWhole(out, oc, plan) < 0 { // (a provision of two points holds it: the clause is its own)
					out = append(out, newProvision(src, len(out)+1, plan, oc.number, oc.text, p.index))
				}
			}
		}
	}
	return out
}

// ordinalVersions are the versions that number a term of oc's text with
// its number.
func ordinalVersions(c *termCatalogue, sc *termScan, oc ordinalClause) []string {
	var vs []string
	for _, h := range c.matchTerms(sc, lowerString(oc.text)) {
		for v, k := range c.terms[h.term].Points {
			if k == oc.number && !slices.Contains(vs, v) {
				vs = append(vs, v)
			}
		}
	}
	return vs
}

// pickVersion is the version of vs a bare ordinal's point is given: the
// one it had (own), the 20-point framework in a late document, else the US
// draft, whose points coverage goes through most, else the first by name.
func pickVersion(vs []string, own string, late bool) string {
	if slices.Contains(vs, own) {
		return own
	}
	if late && slices.Contains(vs, twentyPoint) {
		return twentyPoint
	}
	if slices.Contains(vs, usDraft) {
		return usDraft
	}
	return slices.Min(vs)
}

// ordinalHead is the first words of a clause's text, what a provision
// holding the clause holds.
func ordinalHead(t string) string {
	if len(t) <= 30 {
		return t
	}
	k := 30
	for k < len(t) && !utf8.RuneStart(t[k]) {
		k++
	}
	return t[:k]
}

// holdsOtherClause reports whether text holds another clause of the
// sentence than oc: a provision of two points keeps its own number.
func holdsOtherClause(text string, clauses []ordinalClause, oc ordinalClause) bool {
	for _, o := range clauses {
		if o != oc && strings.Contains(text, ordinalHead(o.text)) {
			return true
		}
	}
	return false
}

// heldWhole is the index of a provision of out that is oc's point (its
// number and version), -1 when none.
func heldWhole(out []Provision, oc ordinalClause, plan string) int {
	for i, q := range out {
		if q.Number == oc.number && q.Plan == plan && strings.Contains(q.Text, ordinalHead(oc.text)) {
			return i
		}
	}
	return -1
}

// namesOwnFigure reports whether text names its own point n by its figure
// ("…, and in point 15 both sides promise …"): a provision of that point,
// which a clause of another point inside it does not renumber.
func namesOwnFigure(text string, n int) bool {
	m, _, ok := pointRefEnd(text)
	return ok && m == n
}
