package bot

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"planbot/corpus"
)

// topicNames maps the taxonomy's topic IDs to the words members read, and
// back: an ID ("prisoners-humanitarian") is what the index filters on, a
// label ("prisoners and humanitarian issues") is all a member ever sees.
type topicNames struct {
	label map[string]string // ID -> label as shown
	id    map[string]string // lower-case label -> ID
}

func newTopicNames(topics []corpus.Topic) topicNames {
	n := topicNames{label: map[string]string{}, id: map[string]string{}}
	for _, t := range topics {
		l := strings.TrimSpace(t.Label)
		if l == "" {
			continue
		}
		l = lowerFirst(l)
		n.label[t.ID] = l
		n.id[strings.ToLower(l)] = t.ID
	}
	return n
}

// lowerFirst lower-cases the first letter of a label unless the first word
// is an acronym ("NATO and alliances", "EU membership"), so that a label
// reads well inside a sentence.
func lowerFirst(s string) string {
	first, _, _ := strings.Cut(s, " ")
	r, n := utf8.DecodeRuneInString(first)
	if n == 0 || strings.ToUpper(first) == first && utf8.RuneCountInString(first) > 1 {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// topicLabel is how a topic ID is shown: its taxonomy label, or for an ID
// the taxonomy does not know, its words ("army-size" -> "army size").
func (r *Router) topicLabel(id string) string {
	if l, ok := r.topics.label[id]; ok {
		return l
	}
	return topicWords(id)
}

// topicByLabel returns the ID of the topic whose label (or label words) is
// text, "" when none.
func (r *Router) topicByLabel(text string) string {
	return r.topics.id[strings.ToLower(strings.Join(strings.Fields(text), " "))]
}

// shownTopic is what an answer calls a topic the member asked about: what
// they typed, unless that was an ID (picked from autocomplete, whose value
// is the ID), which is then shown in words.
func (r *Router) shownTopic(typed, id string) string {
	if id != "" && strings.EqualFold(strings.TrimSpace(typed), id) && strings.ContainsAny(id, "-_") {
		return r.topicLabel(id)
	}
	return typed
}

// topicsByLabelWords returns the IDs of the index's topics whose label has
// a word starting with each word typed ("humanit" -> the prisoners and
// humanitarian issues topic), in the index's order.
func (r *Router) topicsByLabelWords(ctx context.Context, guild, typed string) ([]string, error) {
	words := strings.Fields(strings.ToLower(typed))
	if len(words) == 0 {
		return nil, nil
	}
	all, err := r.cfg.Searcher.Suggest(ctx, guild, corpus.FacetTopic, "", LimitChoices)
	if err != nil {
		return nil, fmt.Errorf("list topics: %w", err)
	}
	var out []string
	for _, id := range all {
		label := strings.Fields(strings.ToLower(r.topicLabel(id)))
		every := true
		for _, w := range words {
			found := false
			for _, l := range label {
				found = found || strings.HasPrefix(l, w)
			}
			every = every && found
		}
		if every {
			out = append(out, id)
		}
	}
	return out, nil
}
