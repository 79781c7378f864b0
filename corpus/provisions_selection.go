package corpus

import "strconv"

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

// selectedItem is an item of a selection list closing on its point label,
// with the positions of the list's first and last items: a sibling item
// the prose reading gave tells the version when the list's lead-in names
// none ("Here are some of the big ideas in the newer plan:").
type selectedItem struct {
	Provision
	from, to int
}

// labelledSelection appends to sel the items of a selection list that
// close on their point's label ("2. Other countries promise to protect
// Ukraine (point 5).", "4. Обмін усіх на всіх (пункт 17)."): the bracket
// names the point the item states, as a label opening an item does, so
// the item is that point whether or not its words are in the terms'
// vocabulary the prose reading needs. Items citing a point inside a
// sentence ("3. We find that its point 21 …") or citing two, and items
// opening on who said them, are left to the prose reading alone.
func labelledSelection(sel []selectedItem, items []paragraph, plan string) []selectedItem {
	for _, it := range items {
		if it.number <= 0 || it.letter != 0 || countPointRefs(it.text) != 1 {
			continue
		}
		n, rest, ok := trailingPointLabel(it.text)
		if !ok || n == it.number || speechBullet(lexiconData(), rest) {
			continue // (an item opening on who said it reports a statement: "3. Peskov said Moscow is studying it (point 5).")
		}
		sel = append(sel, selectedItem{Provision{Plan: plan, Number: n, Text: rest, Position: it.index}, items[0].index, items[len(items)-1].index})
	}
	return sel
}

// addSelected appends the selection items of sel that no reading gave, as
// a point of the same number and version or as any provision of the same
// paragraph: the prose reading's own text and version, where it found the
// item, stand. An item of a list whose lead-in named no version takes the
// version the prose reading gave a sibling item.
func addSelected(out []Provision, sel []selectedItem, srcID string, topics topicMemo) []Provision {
	for _, s := range sel {
		p := s.Provision
		if p.Plan == "" || p.Plan == unnamedPlan {
			for _, q := range out {
				if q.Position >= s.from && q.Position <= s.to && q.Plan != "" && q.Plan != unnamedPlan {
					p.Plan = q.Plan
					break
				}
			}
		}
		dup := false
		for _, q := range out {
			if q.Position == p.Position || q.Number == p.Number && q.Plan == p.Plan {
				dup = true
				break
			}
		}
		if dup {
			continue
		}
		p.SourceID, p.ID, p.Topics = srcID, srcID+"-p"+strconv.Itoa(len(out)+1), topics.tag(p.Text)
		out = append(out, p)
	}
	return out
}
