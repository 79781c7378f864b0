package corpus

// extractPassages keeps every paragraph with content as a Passage, so that
// what extraction does not classify is still searchable and citable.
// Hashtag lines carry no content and are left out, and so are lines of
// symbols alone (a rule "---", a "* * *" break), which no search can find.
func extractPassages(ps []paragraph, src Source, provisionTopics topicMemo) []Passage {
	out := make([]Passage, 0, len(ps))
	prefix := src.ID + "-g"
	ids := newIDBuilder(len(ps), len(prefix)) // the IDs cut from one string
	for _, p := range ps {
		if p.kind == paraTags || p.text == "" || !hasLetter(p.text) && !hasDigit(p.text) {
			continue
		}
		var topics []string
		if p.kind == paraItem {
			topics = provisionTopics.tag(p.text) // most often a provision already
		} else {
			topics = tagTopics(p.text)
		}
		ids.add(prefix, p.index+1)
		out = append(out, Passage{
			SourceID: src.ID,
			Text:     p.text,
			Lang:     src.Lang,
			Topics:   topics,
			Position: p.index,
		})
	}
	for i, id := range ids.ids() {
		out[i].ID = id
	}
	return out
}
