package corpus

// A numbered list is not always the plan's numbering. A briefing's "12
// takeaways", a committee's numbered findings, a petition's numbered
// demands or a minister's numbered letter count their own items, and each
// item cites the plan's point it is about in its text: "**2.** Пункт 1
// підтверджує суверенітет України.", "**8.** Армія мирного часу — 800
// тисяч (пункт 4).", "3. Punt 13 van het plan beoogt …", "3. We find that
// the draft's treatment of territory (its point 21) …". Released sets Q
// (q02), R (r08), ZF (zf12), ZG (zg09) and ZO (zo11) all number such
// lists. Read as the plan's points, every item took its list number
// (thesis 2 became point 2, not point 1) and items that only report what
// was said became points. Read as prose, each sentence takes the number it
// cites and the items that state no term are left out, as set Q's and
// ZF's lists already were because their lead-ins name no plan.

// minSelectionMismatches is the fewest items whose cited point differs
// from their list number before a list counts as its own numbering: one
// item of a plan's reprint may cite another point ("14. … as set out in
// point 12").
const minSelectionMismatches = 2

// selectionList reports whether a numbered list's items cite points of the
// plan by numbers that are not their own list numbers, in at least two
// items and more often than the cited number agrees with the list's
// ("6. Point 6 reaffirms …" agrees). An item opening with its own point
// label ("1. Bod 6 – …") is not counted: ownPointLabel already gives it
// that number, and such a list is the plan's points, only renumbered.
func selectionList(items []paragraph) bool {
	mismatch, agree := 0, 0
	for _, it := range items {
		if it.number <= 0 || it.letter != 0 || !hasASCIIDigit(it.text) {
			continue
		}
		if own := ownPointLabel(it); own.number != it.number {
			continue
		}
		n, _, ok := pointRefEnd(it.text)
		if !ok || n <= 0 {
			continue
		}
		if n == it.number {
			agree++
		} else {
			mismatch++
		}
	}
	return mismatch >= minSelectionMismatches && mismatch > agree
}
