package index

import (
	"strings"

	"planbot/corpus"
)

// The relevance rule for a hit of the exact search (relevantFor). BM25 scores do not
// tell relevance apart (see the package doc), so the rule is about the
// query's words: a hit must match at least half of them (as typed, through
// a glossary synonym, or through its topics' words), and when it matches
// fewer than three in four, at least one it matches must be a domain word:
// a term of the glossary (synonyms.txt) or a keyword of the topic taxonomy. So "nato
// bitcoin" is answered with NATO records, while "weather in paris" is not
// answered by a report that mentions Paris, nor "world cup final" by the
// "final settlement", nor "term limits for congress" by a passage naming
// Congress.
//
// A verb of saying ("say", "gesagt") neither counts for a hit nor against
// it (see classSay); a frame noun ("interview") only counts for a hit that
// has it. And when statements are asked for (kind) by a query that names a
// speaker and also says what about ("merz kapitulation", "what did tusk
// say about fighter jets"), a statement that matches the name alone is not
// an answer, as /statement who:merz about:kapitulation does not answer
// with Merz's other statements (the bot then answers from the reports).
// Other kinds keep such a hit: "rubio geneva" may well be answered by what
// Rubio told reporters at the Geneva talks.
//
// A statement or a provision is a specific answer, so when one is asked
// for (kind) by a query that names no speaker, it must also cover most of
// what the query is about: more than half of its words other than frame
// words, when there are two or more. A statement on sanctions against
// banks does not answer "sanctions relief", nor the provision on
// restarting the Zaporizhzhia plant "zaporizhzhia plant kakhovka dam"; the
// bot then answers from the reports, where a paragraph extraction did not
// classify (an explainer's prose) may say it all. A query that names the
// speaker already asks for that speaker's statements (byNamed), and half
// of its other words is enough: "orlov no text received" is answered by
// Orlov saying Moscow had seen no text, but "trump reasonably good
// meeting" not by Trump telling his envoy to meet Putin.
func relevantFor(m markResult, cls []termClass, kind corpus.Kind) bool {
	return relevanceVerdict(m, cls, kind) == verdictRelevant
}

// A relevance verdict: which clause of relevantFor decided a hit. The
// diagnoses print it for the hits they show.
type relevanceClause uint8

const (
	verdictRelevant relevanceClause = iota
	// verdictNoAbout: a statement question's subject words, none matched.
	verdictNoAbout
	// verdictKindHalf: a statement or provision question whose hit covers
	// half its subject words or fewer.
	verdictKindHalf
	// verdictNone: nothing matched.
	verdictNone
	// verdictUnderHalf: fewer than half the words matched.
	verdictUnderHalf
	// verdictNoDomain: half to three in four matched, no domain word among them.
	verdictNoDomain
)

func (c relevanceClause) String() string {
	return [...]string{"relevant", "no-about", "kind-half", "none", "under-half", "no-domain"}[c]
}

// relevanceVerdict is relevantFor's rule with the clause that decided it.
func relevanceVerdict(m markResult, cls []termClass, kind corpus.Kind) relevanceClause {
	m = m.evidence() // a weak topic match is no evidence (topicevidence.go)
	skip := neutral(cls)
	n, total := 0, 0
	about, aboutMatched := false, false
	aboutN, aboutM, named := 0, 0, false
	for i, ok := range m.matched {
		if i < len(skip) && skip[i] {
			continue
		}
		var c termClass
		if i < len(cls) {
			c = cls[i]
		}
		named = named || c&className != 0
		if c&(className|classFrame) == 0 {
			about = true
			aboutMatched = aboutMatched || ok
			aboutN++
			if ok {
				aboutM++
			}
		}
		if ok {
			n++
		}
		if ok || c&classFrame == 0 {
			total++ // "interview" in "savchuk interview": not held against a hit
		}
	}
	if kind == corpus.KindStatement && about && !aboutMatched {
		return verdictNoAbout
	}
	if (kind == corpus.KindStatement || kind == corpus.KindProvision) && aboutN >= 2 &&
		(!named && 2*aboutM <= aboutN || named && 2*aboutM < aboutN) {
		return verdictKindHalf
	}
	if n == 0 {
		return verdictNone
	}
	if n == total {
		return verdictRelevant
	}
	if 2*n < total {
		return verdictUnderHalf
	}
	if 4*n >= 3*total {
		return verdictRelevant // three words in four: "ukrainian ports grain exports"
	}
	for i, ok := range m.matched {
		if ok && i < len(cls) && cls[i]&classDomain != 0 {
			return verdictRelevant
		}
	}
	return verdictNoDomain
}

// domainOf says which query words are domain words, in any analyzer.
func (e *expander) domainOf(qts []queryTerm) []bool {
	out := make([]bool, len(qts))
	for i, qt := range qts {
		for a, t := range qt.byAnalyzer {
			if e.lang(a).domain[t] {
				out[i] = true
				break
			}
		}
	}
	return out
}

// domainTerms are the texts whose words are domain words: every term of
// the glossary groups and every topic keyword.
func domainTerms(groups []synonymGroup) []string {
	var out []string
	for _, g := range groups {
		if g.general {
			continue // translations.txt: see glossaries.go
		}
		out = append(out, g.from...)
		if !g.twoWay {
			out = append(out, g.to...)
		}
	}
	for _, t := range corpus.Topics() {
		for _, k := range t.Keywords {
			out = append(out, strings.TrimSuffix(k, "*"))
		}
	}
	return out
}
