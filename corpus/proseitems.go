package corpus

// A briefing numbers its stories, not a plan's points: "**1. The long
// meeting.** Steve Witkoff … Yuri Ushakov told reporters afterwards that
// …". A numbered item no provision was read from is the writer's prose,
// and its attributed speech is read as a summary bullet's is; an item
// that gave a provision stays the plan's text.

// markPoints marks each paragraph a provision was read from (provs'
// positions are paragraph indexes), so statement extraction can tell a
// plan's numbered point from a numbered story.
func markPoints(ps []paragraph, provs []Provision) {
	if len(provs) == 0 {
		return
	}
	at := make(map[int]bool, len(provs))
	for _, p := range provs {
		at[p.Position] = true
	}
	for i := range ps {
		if at[ps[i].index] {
			ps[i].point = true
		}
	}
}

// proseItem reads a numbered item that gave no provision as prose and
// reports whether p was such an item (read, whether or not it spoke).
func (x *extractor) proseItem(p paragraph) bool {
	if p.kind != paraItem || p.number == 0 || p.point {
		return false
	}
	x.pos = p.index
	x.summaryBullet(p)
	return true
}
