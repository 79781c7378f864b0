package corpus

// A briefing numbers its stories, not a plan's points: "**1. The long
// meeting.** Steve Witkoff … Yuri Ushakov told reporters afterwards that
// …". A numbered item no provision was read from is the writer's prose,
// and its attributed speech is read as a summary bullet's is; an item
// that gave a provision stays the plan's text, with only the words of a
// person quoted on it read as statements (pointSpeech).

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
	if p.kind != paraItem || p.number == 0 {
		return false
	}
	if p.point {
		return x.pointSpeech(p)
	}
	x.pos = p.index
	if x.expertItem(p) {
		return true // "1. Dr X – Reader in Law *Quote:* \"…\"" (expertitem.go)
	}
	x.summaryBullet(p)
	x.quoteFirst(p, len(x.out)) // "10. Uma fonte diplomática … resumiu: «…»" (colonunnamed.go)
	return true
}

// pointSpeech reads the words of people inside a numbered item that gave
// a provision ("21. Territories. Crimea … would be recognised. Zelensky
// said the clause was unacceptable."): a plan's point read as a point
// still holds what someone said of it, in any layout the list rules take
// for a plan's. The parties a point binds ("Ukraine agrees to …", "NATO
// will …") are no speakers, so only a person's statements are kept. It
// reports false, so the paragraph goes on to the rules for its kind.
func (x *extractor) pointSpeech(p paragraph) bool {
	if !speechIn(p.text) {
		// no verb of saying, according-word, view phrase or quotation
		// mark: the parties' act verbs ("guarantees", "agrees to") that
		// make a bullet read are not a person's speech; most points
		// stop here, unread
		return true
	}
	x.pos = p.index
	x.personsOnly = true
	x.summaryBullet(p)
	x.personsOnly = false
	return true
}
