// Provisions reported in prose: analyses and wire reports give the points
// of a version in running text ("the counter-proposal says the plant will
// be restarted under IAEA supervision") or quote the document ("“…,”
// Reuters cited the document as saying"). Each becomes a provision of that
// version in the source's own words, so /compare finds it beside the
// numbered points of other documents.

package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

var (
	// "the counter-proposal says (that) …", "The document also says …",
	// "It also says …" (it: the document of the sentence before).
	proseDocSays = regexp.MustCompile(`(?i)(?:^|, )((?:the|this|that|its|their)\s+(?:[\p{L}\d’'-]+\s+){0,3}?(?:counter-proposal|counterproposal|document|draft|plan|text|framework|proposal|paper)|it)\s+(?:also\s+|further\s+|now\s+|still\s+)?(?:says|said|states|stated|reads|provides|stipulates|envisages|foresees|proposes|calls for|requires|specifies|offers|obliges|grants|caps|bars|would|will)\s+(?:that\s+)?(.+)$`)
	// what follows a quotation taken from the document: "Reuters cited
	// the document as saying", "the draft reads"
	proseQuoteSource = regexp.MustCompile(`(?i)^(?:[\p{L}.’' ]{1,40}\s+(?:cited|quoted)\s+the\s+(?:[\p{L}-]+\s+)?(?:document|draft|text|plan|counter-proposal|proposal|framework)|the\s+(?:[\p{L}-]+\s+)?(?:document|draft|text|plan|counter-proposal|proposal|framework)\s+(?:reads|says|states|said|stated))\b`)
	// "According to the document, …"
	proseAccording = regexp.MustCompile(`(?i)^according to (?:the|a copy of the)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:document|draft|text|plan|counter-proposal|proposal|framework),\s+(.+)$`)
	// "Point 3 of the US plan, which said …, was deleted"
	prosePointOf = regexp.MustCompile(`(?i)\b(?:point|clause|article|item|paragraph)\s+(\d{1,6})\s+of\s+(?:the\s+)?([^,]{1,60}?)(?:,|\s+(?:was|were|is|has|had|would|will|on|about)\b)`)
)

// proseCue is a cheap look before the regular expressions: a verb and a
// noun of the patterns above, as they are written in running text.
func proseCue(p string) bool {
	verb := false
	for _, v := range []string{" says", " states", " reads", " said", " would ", " will ", " offers ", " obliges ", " grants ", " caps ", " bars ", "ccording to the", " cited the", " quoted the", "oint ", " provides", " stipulates", " envisages", " foresees", " calls for", " requires", " specifies", " proposes"} {
		if strings.Contains(p, v) {
			verb = true
			break
		}
	}
	if !verb {
		return false
	}
	for _, n := range []string{"roposal", "ocument", "draft", "plan ", "plan,", "text ", "text,", "ramework", "paper", "It "} {
		if strings.Contains(p, n) {
			return true
		}
	}
	return false
}

// proseProvisions finds the provisions a document reports in prose. The
// version is the one the sentence names, else the one the document spoke
// of last in the same way, else the nearest named one above, the front
// matter's, the title's or the caller's.
func proseProvisions(ps []paragraph, src Source, fallback string, next int) []Provision {
	var out []Provision
	lastPlan := ""    // plan of the last provision read from "the document says"
	lastDocPara := -9 // paragraph of that provision, for "It also says"
	for i, p := range ps {
		if p.kind != paraText || !proseCue(p.text) {
			continue
		}
		for _, s := range sentences(p.text) {
			plan, number, text := "", 0, ""
			if !proseCue(s) {
				continue
			}
			if m := pointOf(s); m != nil {
				if name, _ := planFor(m[2]); name != "" {
					plan, text = name, trimSentenceEnd(s)
					number, _ = strconv.Atoi(m[1])
				}
			}
			if text == "" {
				if q, rest, ok := leadingQuotation(s); ok && proseQuoteSource.MatchString(rest) {
					text = q
					plan = lastPlan
				} else if m := according(s); m != nil {
					text, plan = trimSentenceEnd(m[1]), lastPlan
				} else if m := docSays(s); m != nil {
					subject := strings.ToLower(m[1])
					if subject == "it" && lastDocPara < i-1 {
						continue
					}
					text = trimSentenceEnd(m[2])
					if verbIsTerm(s, m) {
						if notATerm(text) {
							continue
						}
						// "the draft would cap the army at 600,000": the
						// verb is part of the term, so the sentence is
						text = trimSentenceEnd(s)
					}
					if name, _ := planFor(subject); name != "" {
						plan = name
					} else {
						plan = lastPlan
					}
				}
				if text == "" || !strings.Contains(text, " ") {
					continue
				}
				if plan == "" {
					plan = planAbove(ps, i, src, fallback)
				}
				lastPlan, lastDocPara = plan, i
			}
			if text == "" {
				continue
			}
			out = append(out, Provision{
				ID:       src.ID + "-p" + strconv.Itoa(next+len(out)+1),
				SourceID: src.ID,
				Plan:     plan,
				Number:   number,
				Text:     text,
				Topics:   tagTopics(text),
				Position: p.index,
			})
		}
	}
	return out
}

// pointOf, according and docSays run their expressions only on sentences
// holding their literal words: most sentences that pass proseCue hold none.
func pointOf(s string) []string {
	if !strings.Contains(s, "oint ") && !strings.Contains(s, "lause ") && !strings.Contains(s, "rticle ") && !strings.Contains(s, "tem ") && !strings.Contains(s, "aragraph ") {
		return nil
	}
	return prosePointOf.FindStringSubmatch(s)
}

func according(s string) []string {
	if !strings.HasPrefix(s, "According to ") && !strings.HasPrefix(s, "according to ") {
		return nil
	}
	return proseAccording.FindStringSubmatch(s)
}

func docSays(s string) []string {
	for _, v := range []string{" says ", " said ", " states ", " stated ", " reads ", " provides ", " stipulates ", " envisages ", " foresees ", " proposes ", " calls for ", " requires ", " specifies ", " offers ", " obliges ", " grants ", " caps ", " bars ", " would ", " will "} {
		if strings.Contains(s, v) {
			return proseDocSays.FindStringSubmatch(s)
		}
	}
	return nil
}

// planAbove is the version a document is speaking of at paragraph i: the
// nearest named one in that paragraph or above, else the front matter's,
// the title's, the caller's.
func planAbove(ps []paragraph, i int, src Source, fallback string) string {
	for k := i; k >= 0; k-- {
		if name, _ := planFor(ps[k].text); name != "" {
			return name
		}
	}
	if src.Plan != "" {
		return src.Plan
	}
	if name, _ := planFor(src.Title); name != "" {
		return name
	}
	return firstNonEmpty(fallback, unnamedPlan)
}

// leadingQuotation splits a sentence that opens with a quotation into the
// quotation and what follows it.
func leadingQuotation(s string) (quote, rest string, ok bool) {
	r, n := utf8.DecodeRuneInString(s)
	if !isOpenQuote(r) {
		return "", "", false
	}
	for i, c := range s[n:] {
		if closesQuote(r, c) {
			_, cn := utf8.DecodeRuneInString(s[n+i:])
			rest = strings.TrimLeft(s[n+i+cn:], " ,")
			return trimQuote(s[n : n+i]), rest, true
		}
	}
	return "", "", false
}

// verbIsTerm reports whether the verb of a docSays match sets out the term
// itself ("would cap", "offers a lifting") rather than introducing it
// ("says that").
func verbIsTerm(s string, m []string) bool {
	head := strings.TrimSuffix(s, m[2])
	for _, v := range []string{"would ", "will ", "offers ", "obliges ", "grants ", "caps ", "bars "} {
		if strings.HasSuffix(head, v) {
			return true
		}
	}
	return false
}

// notATerm tells "the plan would be discussed next week" (news about the
// document) from a term of it.
func notATerm(rest string) bool {
	for _, p := range []string{"be discussed", "be presented", "be signed", "be published", "be shared", "be sent", "be submitted", "be finalised", "be finalized", "be ready", "be released", "be announced", "be reviewed", "be debated", "be handed", "be delivered", "take ", "need ", "go ", "come ", "fail", "succeed", "not ", "have to be"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}
