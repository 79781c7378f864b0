package index

import (
	"slices"
	"testing"

	"planbot/corpus"
)

// topicDocs parses each text and gives every passage the topics listed
// for its document, as the other-language keywords tag a finished record
// (corpus/topics_lang.go) whatever the text's words say.
func topicDocs(t *testing.T, texts []string, topics [][]string) []*corpus.Document {
	t.Helper()
	docs := parseTexts(t, texts)
	for i, d := range docs {
		for j := range d.Passages {
			d.Passages[j].Topics = topics[i]
		}
		for j := range d.Provisions {
			d.Provisions[j].Topics = topics[i]
		}
		for j := range d.Statements {
			d.Statements[j].Topics = topics[i]
		}
	}
	return docs
}

// TestTopicEvidence: a question on another subject whose words are the
// taxonomy's everyday words ("trade", "talks", "deadline", "gas",
// "market", "exchange") is not answered by a foreign record that holds
// them only as its topics; one with a distinctive word of the subject
// ("sanctions", "prisoners") still is. Each "" case answered the record
// before the rule.
func TestTopicEvidence(t *testing.T) {
	docs := topicDocs(t, []string{
		"---\nlang: de\n---\n\nDie Unterhändler trafen sich in Kiew zu einem weiteren Gespräch.\n",
		"---\nlang: it\n---\n\nI negoziatori hanno parlato a lungo ieri sera a Roma.\n",
		"---\nlang: pl\n---\n\nDelegacje spotkały się ponownie w Warszawie po południu.\n",
	}, [][]string{
		{"sanctions-economy", "negotiations", "implementation-monitoring"},
		{"sanctions-economy", "negotiations", "implementation-monitoring"},
		{"prisoners-humanitarian", "negotiations"},
	})
	ix := openDocs(t, docs)
	for _, c := range []struct{ query, want string }{
		// everyday topic words only: no evidence of the subject
		{"hockey trade talks deadline", ""},
		{"gas bill kyiv today", ""},
		{"warszawa currency exchange", ""},
		{"roma market deadline", ""},
		// a distinctive word of the subject makes them evidence
		{"kiew sanctions trade deadline", "Unterhändler"},
		{"warszawa prisoner exchange", "Delegacje"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestWeakTopics checks the rule word by word: an everyday word matched
// only through topics is weak unless a distinctive word is matched (by
// any route), and evidence() drops only weak words.
func TestWeakTopics(t *testing.T) {
	const (
		n = evidenceNone
		e = evidenceEveryday
		d = evidenceDistinctive
	)
	for _, c := range []struct {
		name             string
		matched, byTopic []bool
		ev               []topicEvidence
		want             []bool
	}{
		{"everyday by topic alone", []bool{true, true, false}, []bool{true, true, false}, []topicEvidence{e, e, n}, []bool{true, true, false}},
		{"everyday beside a distinctive word", []bool{true, true}, []bool{true, false}, []topicEvidence{e, d}, nil},
		{"distinctive word by topic too", []bool{true, true}, []bool{true, true}, []topicEvidence{e, d}, nil},
		{"distinctive word not matched", []bool{true, false}, []bool{true, false}, []topicEvidence{e, d}, []bool{true, false}},
		{"everyday in the text", []bool{true, true}, []bool{false, true}, []topicEvidence{e, n}, nil},
		{"no topic match", []bool{true}, nil, []topicEvidence{e}, nil},
	} {
		got := weakTopics(c.matched, c.byTopic, c.ev)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: weak %v, want %v", c.name, got, c.want)
		}
		r := markResult{matched: slices.Clone(c.matched), weakTopic: got}.evidence()
		for i, ok := range r.matched {
			if ok != (c.matched[i] && (got == nil || !got[i])) {
				t.Errorf("%s: evidence matched %v", c.name, r.matched)
				break
			}
		}
	}
}

// TestTopicEverydayWords: every everyday word is a word of the taxonomy
// (a label or keyword of corpus/data/topics.json), so the list does not
// outlive the taxonomy, and no distinctive word of the subject is listed.
func TestTopicEverydayWords(t *testing.T) {
	ix := openTexts(t, "---\nlang: en\n---\n\nThe talks went on.\n")
	en := ix.analyzer(analyzerFor(defaultLang))
	taxonomy := map[string]bool{}
	for _, tp := range corpus.Topics() {
		for _, w := range terms(en, topicWords([]string{tp.ID})) {
			taxonomy[w] = true
		}
	}
	for w := range topicEverydayWords {
		for _, term := range terms(en, w) {
			if !taxonomy[term] {
				t.Errorf("everyday word %q (%q) is no word of the taxonomy", w, term)
			}
		}
	}
	for _, w := range []string{"sanctions", "prisoners", "ceasefire", "nato", "referendum", "nuclear", "hostages"} {
		if ix.everydayTerms()[terms(en, w)[0]] {
			t.Errorf("%q is listed as everyday", w)
		}
	}
}
