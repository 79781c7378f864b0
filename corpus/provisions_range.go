// Point ranges: a summary may give several points in one line, a range
// then as many short items ("punkty od 10. do 12. — gwarancje
// amerykańskie, członkostwo w UE i fundusz odbudowy", "Points 10 to 12:
// US guarantees, EU membership and a reconstruction fund"). When the
// items are as many as the range's points, each is its point, in order.

package corpus

import (
	"strconv"
	"strings"
)

// rangeJoins join the last two items of an enumeration.
var rangeJoins = []string{" and ", " i ", " oraz ", " et ", " y ", " e ", " und ", " и ", " і ", " a ", " en ", " och ", " și ", " és "}

// rangeLinks stand between the two numbers of a range.
var rangeLinks = map[string]bool{"to": true, "do": true, "à": true, "a": true, "al": true, "bis": true, "до": true, "по": true, "tot": true, "till": true, "–": true, "-": true, "—": true}

// rangeFroms may open a range ("od 10. do 12.", "from 10 to 12").
var rangeFroms = map[string]bool{"from": true, "od": true, "de": true, "von": true, "dal": true, "del": true, "от": true, "з": true, "van": true}

// pointRange reads a range label at the start of s: its first and last
// point and the text after its dash or colon. ok is false for any other
// text.
func pointRange(s string) (first, last int, rest string, ok bool) {
	lx := lexiconData()
	head, body, found := "", "", false
	for _, sep := range []string{" — ", " – ", ": ", " - "} {
		if h, b, ok := strings.Cut(s, sep); ok && len(h) < 40 {
			head, body, found = h, b, true
			break
		}
	}
	if !found {
		return 0, 0, "", false
	}
	f := strings.Fields(lowerString(strings.Trim(head, "*_ ")))
	if len(f) < 2 || !lx.pointPlurals[f[0]] && !lx.pointWords[f[0]] {
		return 0, 0, "", false
	}
	var nums []int
	for _, w := range f[1:] {
		if a, b, ok := strings.Cut(w, "–"); ok { // "10–12"
			f2, e1 := strconv.Atoi(strings.TrimSuffix(a, "."))
			l2, e2 := strconv.Atoi(strings.TrimSuffix(b, "."))
			if e1 != nil || e2 != nil {
				return 0, 0, "", false
			}
			nums = append(nums, f2, l2)
			continue
		}
		if n, err := strconv.Atoi(strings.TrimSuffix(w, ".")); err == nil {
			nums = append(nums, n)
			continue
		}
		if !rangeLinks[w] && !rangeFroms[w] {
			return 0, 0, "", false
		}
	}
	if len(nums) != 2 || nums[0] < 1 || nums[1] <= nums[0] || nums[1]-nums[0] > 5 {
		return 0, 0, "", false
	}
	return nums[0], nums[1], strings.TrimSpace(body), true
}

// rangeItems cuts an enumeration into its items: at commas, and at the
// join before the last one ("a, b i c").
func rangeItems(s string) []string {
	s = strings.TrimRight(strings.TrimSpace(s), ".;")
	parts := strings.Split(s, ", ")
	last := parts[len(parts)-1]
	for _, j := range rangeJoins {
		if a, b, ok := strings.Cut(last, j); ok {
			parts = append(parts[:len(parts)-1], a, b)
			break
		}
	}
	return parts
}

// splitRanges cuts each provision of out from index from on whose text is
// a range label over as many items as points into one provision a point.
func splitRanges(out []Provision, from int) []Provision {
	for k := from; k < len(out); k++ {
		p := out[k]
		if p.Number != 0 {
			continue
		}
		first, last, rest, ok := pointRange(strings.TrimLeft(p.Text, "-–—•* "))
		if !ok {
			continue
		}
		items := rangeItems(rest)
		if len(items) != last-first+1 {
			continue
		}
		var split []Provision
		for i, it := range items {
			q := p
			q.Number, q.Text, q.Topics = first+i, strings.TrimSpace(it), tagTopics(it)
			split = append(split, q)
		}
		out = append(out[:k], append(split, out[k+1:]...)...)
		k += len(split) - 1
	}
	return out
}
