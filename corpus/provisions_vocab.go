package corpus

import (
	"math/bits"
	"strings"
)

// A numbered list near a plan is not always the plan's: a "what happens
// next" list of dates, a memo's scenarios, a council's pledges all sit in
// articles that name a version a paragraph above. What tells a plan's
// points from them in any language is what they speak of: every version
// of the plan sets out the same few terms (the army's size, NATO, the
// territories, sanctions, elections, prisoners), and the catalogue of
// data/planterms.json holds their words in every language the corpus
// reads. A list taken as a plan only on weak evidence (no lead-in or
// heading of its own that speaks of a plan, no numbering going on from
// a plan's list) is kept when half of its items speak that vocabulary.

// minOnPlanShare is the share of a list's items that must hold the plan's
// vocabulary (onPlanItem) for a list taken on weak evidence to be the
// plan's: one in minOnPlanShare, half, so that a reprint whose points are
// partly procedural ("The agreement enters into force on signature")
// still passes, while a list that speaks of other things (dates,
// scenarios, a town's pledges) and meets a plan's word once ("ceasefire")
// does not. Of the released sets' lists taken on weak evidence, the
// plans' held 5 of 5 and 11 of 12 items, the others 0 of 3.
const minOnPlanShare = 2

// onPlanItem reports whether a text holds the plan's vocabulary: one of
// the catalogue's terms in full, or two groups of one term ("army" and
// "capped" without the figure, "NATO" and "constitution"). One word alone
// ("army" in "Army Secretary", "EU" in "EU-Africa summit") is not enough.
func onPlanItem(c *termCatalogue, sc *termScan, text string) bool {
	if len(c.matchTerms(sc, lowerString(text))) > 0 {
		return true
	}
	for _, ti := range sc.touched {
		if bits.OnesCount8(sc.seen[ti].groups) >= 2 {
			return true
		}
	}
	return false
}

// planItemCount counts a run's top-level items (lettered and deeper
// items are a point's sub-points and are not counted) and those of them
// that hold the plan's vocabulary (onPlanItem), in one scan of the
// catalogue for both tests below.
func planItemCount(items []paragraph) (n, on int) {
	c := planTermsData()
	var sc termScan
	for _, it := range items {
		if it.letter != 0 {
			continue
		}
		n++
		if onPlanItem(c, &sc, it.text) {
			on++
		}
	}
	return n, on
}

// offPlanList reports whether a run of items taken as a plan's speaks of
// something else: fewer than half of its n top-level items (after the
// lines groupItems drops) hold the plan's vocabulary, on of them do.
func offPlanList(n, on int) bool {
	return n > 0 && on*minOnPlanShare < n
}

// sectionOverList reports whether a run of numbered items opens with a
// section's numbered title over a list that counts from one ("3.
// Scenarios" then "1. …", "2. …"): a plan's points never count back to
// one, so the first item is the title of what follows, read as a heading.
func sectionOverList(items []paragraph) bool {
	return len(items) >= 3 && items[0].number > 1 && items[0].letter == 0 && items[1].number == 1 && items[2].number == 2
}

// leadSpeaksOfPlan reports whether a list's lead-in or heading speaks of a
// plan, named or not ("The draft provides:", "Was der Plan vorsieht"):
// strong evidence that the list below sets out its points.
func leadSpeaksOfPlan(lead, heading string, planFor func(string) (string, bool)) bool {
	for _, s := range [2]string{lead, heading} {
		if s == "" {
			continue
		}
		if name, generic := planFor(s); name != "" || generic {
			return true
		}
	}
	return false
}

// asideLead reports whether the plan is named only by the paragraph before
// a list, a paragraph of two sentences or more that does not open the list
// (it ends with no colon), and not by the heading above it: a news flash
// naming the 20-point text followed by the next songs of a playlist, a
// slide's remarks before the next slide's bullets. A one-sentence lead-in
// ("The 28-point plan in full.", "Ecco il piano in 28 punti.") presents the
// list below however it ends. Such a lead vouches only for a list some
// item of which holds the plan's vocabulary (planItemCount's on), a
// stricter test than offPlanList's half.
func asideLead(lead, heading string, planFor func(string) (string, bool)) bool {
	if lead == "" || strings.HasSuffix(strings.TrimSpace(lead), ":") || len(sentences(lead)) < 2 {
		return false
	}
	if heading != "" {
		if name, generic := planFor(heading); name != "" || generic {
			return false
		}
	}
	return true
}
