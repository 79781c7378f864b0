package index

import (
	_ "embed"
	"slices"
	"strings"
)

// A record's topics are written beside it as the taxonomy's English words
// (topicWords), and a query word that is one of them counts as matched by
// the record (mark), whatever its text says: "sanctions" finds the
// paragraph on "restrictions", and a Russian point tagged by its own
// language's keywords answers an English question. But most of the
// taxonomy's words are everyday words of any news ("trade", "talks",
// "deadline", "gas", "market", "exchange", "security"), and a question on
// another subject carries them: "nba trade talks deadline" matched three
// words in four of a Russian paragraph on the talks that was tagged with
// the economy, negotiations and deadlines, and "gas price kyiv today" a
// German one on energy that names Kyiv. Such a match is no evidence of
// the subject. So a word a record matches only through its topics
// counts for the relevance rule (relevantFor) and the off-topic guard
// (offTopic) when it is a distinctive word of the subject ("sanctions",
// "prisoners", "ceasefire": a domain word that is no everyday topic word,
// place, filler or frame word), or when the record matches such a
// distinctive word of the query besides ("prisoner exchange": "exchange"
// is evidence beside "prisoner"). It still counts for the ranking,
// which only orders what the rule lets through.

// topicEvidence is what a query word's match through a record's topics
// shows.
type topicEvidence uint8

const (
	// evidenceNone: the word is no topic word, or a place, a filler or a
	// frame word: its topic match is judged as before.
	evidenceNone topicEvidence = iota
	// evidenceEveryday: an everyday word of the taxonomy
	// (topiceveryday.txt): its topic match counts only beside a
	// distinctive word the record matches.
	evidenceEveryday
	// evidenceDistinctive: a domain word of the subject that is no
	// everyday word: evidence by itself, and for the everyday words.
	evidenceDistinctive
)

// topicEverydayData lists the everyday words of the taxonomy.
//
//go:embed topiceveryday.txt
var topicEverydayData string

// topicEverydayWords are the everyday words of the taxonomy, lower case.
var topicEverydayWords = dataWords(topicEverydayData)

// everydayCacheKey is where topicCache keeps the everyday words analysed
// with the English analyzer (no topic ID starts with a NUL).
const everydayCacheKey = "\x00everyday"

// everydayTerms returns the everyday words of the taxonomy as the English
// analyzer reduces them ("talks" -> "talk"), the form mark compares.
func (ix *Index) everydayTerms() map[string]bool {
	if v, ok := ix.topicCache.Load(everydayCacheKey); ok {
		return v.(map[string]bool)
	}
	set := map[string]bool{}
	an := ix.analyzer(analyzerFor(defaultLang))
	for w := range topicEverydayWords {
		for _, t := range terms(an, w) {
			set[t] = true
		}
	}
	ix.topicCache.Store(everydayCacheKey, set)
	return set
}

// topicEvidenceOf classes each query word for the topic evidence rule.
// A word typed as a filler, frame or say word, or a glossary place or
// person, is evidenceNone: what a question is about is not where, when
// or how it is asked.
func (ix *Index) topicEvidenceOf(qts []queryTerm) []topicEvidence {
	out := make([]topicEvidence, len(qts))
	domain := ix.exp.domainOf(qts)
	every := ix.everydayTerms()
	en := analyzerFor(defaultLang)
	for i, qt := range qts {
		raw := strings.ToLower(qt.raw)
		if fillerWords[raw] || frameWords[raw] || grammarWords[raw] || properTerms()[raw] {
			continue
		}
		switch t := qt.byAnalyzer[en]; {
		case topicEverydayWords[raw] || t != "" && every[t]:
			out[i] = evidenceEveryday
		case domain[i]:
			out[i] = evidenceDistinctive
		}
	}
	return out
}

// weakTopics returns which of the matched query words are matched only
// through the record's topics (byTopic) on an everyday word while no
// distinctive word is matched; nil when there are none.
func weakTopics(matched, byTopic []bool, ev []topicEvidence) []bool {
	if byTopic == nil {
		return nil
	}
	for i, ok := range matched {
		if ok && i < len(ev) && ev[i] == evidenceDistinctive {
			return nil
		}
	}
	var out []bool
	for i, t := range byTopic {
		if t && i < len(ev) && ev[i] == evidenceEveryday {
			if out == nil {
				out = make([]bool, len(matched))
			}
			out[i] = true
		}
	}
	return out
}

// evidence is r as the relevance rule and the off-topic guard read it:
// without the words it matches only as weak topic words (weakTopics).
func (r markResult) evidence() markResult {
	if r.weakTopic == nil {
		return r
	}
	r.matched = slices.Clone(r.matched)
	for i, w := range r.weakTopic {
		if w && i < len(r.matched) {
			r.matched[i] = false
		}
	}
	r.weakTopic = nil
	return r
}
