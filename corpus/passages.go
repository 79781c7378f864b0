package corpus

import "strconv"

// extractPassages keeps every paragraph with content as a Passage, so that
// what extraction does not classify is still searchable and citable.
// Hashtag lines carry no content and are left out.
func extractPassages(ps []paragraph, src Source, provisionTopics topicMemo) []Passage {
	out := make([]Passage, 0, len(ps))
	for _, p := range ps {
		if p.kind == paraTags || p.text == "" {
			continue
		}
		var topics []string
		if p.kind == paraItem {
			topics = provisionTopics.tag(p.text) // most often a provision already
		} else {
			topics = tagTopics(p.text)
		}
		out = append(out, Passage{
			ID:       src.ID + "-g" + strconv.Itoa(p.index+1),
			SourceID: src.ID,
			Text:     p.text,
			Lang:     src.Lang,
			Topics:   topics,
			Position: p.index,
		})
	}
	return out
}
