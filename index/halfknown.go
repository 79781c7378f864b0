package index

import (
	"context"
	_ "embed"
)

// A query is answered from the exact search only while the corpus knows
// at least half of its words (unknownShareLimit). At exactly half, with
// two or more words nothing knows ("nhl trade deadline rumours", "oil
// price forecast 2031", "Frist Antwort Steuererklärung Finanzamt"), the
// words the corpus does know are mostly general ones that the glossary or
// a topic also lists ("trade", "deadline", "oil", "Frist"), and a
// paragraph matching them passed the relevance rule's half-and-a-domain-
// word test though the question is about what the corpus lacks. Such a
// query goes to the fuzzy search only, which wants every word
// (atUnknownLimit). One unknown word ("oil bitcoin", a name, a
// misspelling) is judged as before.
//
// The count is of the words that say what the question is about. The
// first form of the rule (stop 30) counted every word, and in a small
// corpus a good question's frame is as unknown as an off-topic subject:
// "frozen assets german text" (a language's name, a word for a text),
// "how big can Ukraine's army be" (a question word, a modal verb). So the
// words of asking are left out of the count (limitFrame): the verbs of
// saying and the grammar words (classSay), every language name
// (languageNames), the words for a text (textNouns, English), the
// question words (questionwords.txt, in the languages the glossary
// covers), and an unknown word next to a word for a text, which says whose the text is
// ("turkish newspaper", "swiss media"). The nouns of a statement or a
// genre ("interview", "podcast", "transcript") are counted: they say what
// is asked for, and "free podcast transcript software" is about software.
//
// A word the corpus lacks but the project's vocabulary lists (a glossary
// or topic term, classDomain; or a word with a synonym or translation in
// the English analyzer's terms, "imports", "pipeline", "Antwort") is no
// sign that the question is about something else: the reports that would
// write it were not ingested yet, or write it in another form. It counts
// as known. Only the English analyzer's terms are asked: a word's stem in
// another analyzer meets a translation's by chance ("menu" in Polish).
// What stays unknown is a word no list of the project holds: "nhl",
// "forecast", "steuererklärung", "2031".

// minUnknownAtLimit is how many unknown words make a query one at the
// limit: one unknown word is a name or a misspelling as often as a
// subject the corpus lacks.
const minUnknownAtLimit = 2

// questionData lists the question words (questionwords.txt).
//
//go:embed questionwords.txt
var questionData string

// questionWords are the question words, lower case as typed.
var questionWords = dataWords(questionData)

// atUnknownLimit reports whether at least minUnknownAtLimit of the query's
// subject words are unknown to the corpus and to the project's
// vocabulary, and they are at least as many as the known ones (see above).
// known is knownTerms' verdict per word of qts.
func (ix *Index) atUnknownLimit(ctx context.Context, qts []queryTerm, known []bool) bool {
	if ix.diag.halfKnownOff {
		return false
	}
	unknown := 0
	for i := range qts {
		if i < len(known) && !known[i] {
			unknown++
		}
	}
	if unknown < minUnknownAtLimit {
		return false // the common case, without classifying
	}
	cls := ix.classify(ctx, qts)
	unknown, counted := 0, 0
	for i, qt := range qts {
		if i >= len(known) || i >= len(cls) || limitFrame(qt.raw, cls[i]) {
			continue
		}
		if !known[i] && nextToTextNoun(qts, i) {
			continue // the outlet's origin: "turkish newspaper"
		}
		counted++
		if !known[i] && cls[i]&classDomain == 0 && !ix.inVocabulary(qt) {
			unknown++
		}
	}
	return unknown >= minUnknownAtLimit && 2*unknown >= counted
}

// limitFrame says whether a query word typed as raw, of class c, is a
// frame word the limit does not count.
//
// A negation ("ohne", "without", "senza") is a grammar word: queryTerms
// keeps it for the languages that index it, but a language that drops it
// as a stop word leaves it unknown to the corpus, and
// "sicherheitsgarantie ohne soldaten wertlos" was counted at the limit
// (two unknown words of four) though only "wertlos" is unknown.
func limitFrame(raw string, c termClass) bool {
	if c&classSay != 0 || textNouns[raw] || questionWords[raw] || negations[raw] {
		return true
	}
	_, lang := languageNames[raw]
	return lang
}

// inVocabulary says whether the glossary, the people's lexicon or the
// translations give qt a synonym among the English analyzer's terms (among
// any analyzer's when no English text is indexed).
func (ix *Index) inVocabulary(qt queryTerm) bool {
	en := analyzerFor(defaultLang)
	if t, ok := qt.byAnalyzer[en]; ok {
		return len(ix.exp.lang(en).synonyms[t]) > 0
	}
	for a, t := range qt.byAnalyzer { // no English text indexed
		if len(ix.exp.lang(a).synonyms[t]) > 0 {
			return true
		}
	}
	return false
}
