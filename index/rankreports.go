package index

import (
	"context"
	"slices"
	"sync/atomic"

	"planbot/corpus"
)

// A question asked of the provisions or the statements ("/provision army
// ceiling", "/statement farnesina") is answered by the records of that
// kind, and from the reports' paragraphs only when no record of the kind
// is relevant (bot.Router.fromReports). In an index of one document set
// that rarely matters; in a community's corpus, which holds many reports
// and reprints of the same points, some other document's provision or
// statement nearly always matches part of the question through the
// glossary or the translations, and the report paragraph that holds every
// word the member typed was never shown. So a record of the kind must
// answer as well as the best paragraph of the reports: when the best
// passage matches more of the question's words, or as many with more of
// them as typed, the search of the kind answers nothing and the bot
// answers from the reports.
//
// Only a question with no filter but its kind is weighed so (a speaker,
// plan or topic filter says the member wants those records): /compare
// and /statement who: rank as before. So does a question for statements
// that names a person ("cosa ha detto yermak a ginevra"): it asks for
// what that person said (byNamed), and a report paragraph naming both
// says no more of it than the statement, whose quote need not repeat the
// place; but not when the best paragraph matches namedMargin more of the
// question's words than the statement does (stop 61). The words compared
// are those the hits match, a named version's naming words counted for
// its own records
// (rankplan.go): "kinburn european version" is not answered by a
// paragraph that names the European version in passing rather than by
// the European version's point.

// namedMargin is how many more of the question's words the best
// paragraph of the reports must match than a named person's statement to
// answer instead of it (stop 61, zrank). The statement's quote need not
// repeat the place or the occasion, one word; a statement that misses two
// more of the question's words than a paragraph is about something else
// that person said (the aide on the meeting's tone, asked what he said of
// the territory, while a report paragraph holds the name, the meeting and
// the territory). Counted on the provision and statement questions of
// ten released sets (ZN-ZW, /all), the paragraph
// answering for a named question whose best passage matches more words
// gained 37 first answers and lost 14 (ZR lost three); two more words
// gained 15 and lost 3, no set losing.
const namedMargin = 2

// typedOverNamed says whether k, the best paragraph's key, answers a
// question naming a person better than rec, that person's statement,
// though it matches fewer than namedMargin more of the question's words:
// when it matches one more, holds more of them as typed than the
// statement matches in any form, and comes from another document than the
// statement (stop 66, zsrank2). The statement then matches the name and
// little else, often through its speaker field or a translation, while a
// report names the person and the occasion in the member's own words:
// "rubio geneva comment caveat" (Rubio's statement matching one word, the
// paragraph "On Sunday in Geneva, US Secretary of State Marco Rubio told
// reporters …" two as typed), "peskov position after studying changes",
// "ushakov anchorage formula territory january" (zsrank, stop 66). A
// paragraph of the statement's own document is its context: the place or
// occasion it adds is where the statement was made, and the quote need not
// repeat it ("zelensky paris question territoriale", Macron's paragraph
// in Paris beside Zelensky's statement, stop 61's probes).
func typedOverNamed(k, rec answerKey) bool {
	return k.words > rec.words && k.typed > rec.words && k.source != rec.source &&
		k.info-rec.info >= typedOverNamedInfo
}

// typedOverNamedInfo is how much more informative (informativeness, idf
// summed times infoScale) the paragraph's matched words must be than the
// statement's for typedOverNamed: an idf of 5, a word fewer than one
// record in about 150 holds, as a place or an occasion is ("geneva",
// "anchorage": 5.9-8.0 on the replayed sets). A common word the
// paragraph adds says nothing of where or when ("ushakov some us
// proposals acceptable", ZM: "us", 4.4, where the statement was right).
// Set on the replay of six sets (zsrank2): the gains' extra weight was
// 5.9 to 8.0, the one loss it removes 4.4.
const typedOverNamedInfo = 500

// answerKey is what the best relevant hit of a search matched: the query
// words (markResult.weight's count, a named version's naming words
// included for its records), how many of them as typed, and how
// informative they are (informative.go); named says a question for
// statements names a person (askedOfSpeaker); glossed is how many of
// typed only the hit's point gloss holds (reportsgloss.go), which the
// deeper look leaves out (rankdeeper.go).
type answerKey struct {
	words, typed, info int
	glossed            int
	named              bool
	// source is the hit's document (typedOverNamed compares them).
	source string
}

// outranks says whether k, the best passage's key, answers the question
// better than rec, the best record's of the kind asked for. A named
// person's statement gives way only to a paragraph that holds at least
// namedMargin more of the question's words (see namedMargin).
func (k answerKey) outranks(rec answerKey) bool {
	if rec.named {
		return k.words >= rec.words+namedMargin || typedOverNamed(k, rec)
	}
	if k.words != rec.words {
		return k.words > rec.words
	}
	return k.typed > rec.typed
}

// weighedAgainstReports says whether q's records are weighed against the
// reports' paragraphs (see above).
func weighedAgainstReports(q corpus.Query) bool {
	return (q.Kind == corpus.KindProvision || q.Kind == corpus.KindStatement) &&
		q.Speaker == "" && q.Plan == "" && q.Topic == ""
}

// recordsOrReports returns res, the answer of the kind q asks for whose
// best relevant hit has key, or no hit when the best passage for q's text
// outranks it (see above). It searches the passages on its own; Search
// and SearchAll weigh in the same pass instead (sharedWithReports), and
// come here only when the queries cannot share one.
func (ix *Index) recordsOrReports(ctx context.Context, q corpus.Query, res corpus.Results, key answerKey) (corpus.Results, error) {
	if len(res.Hits) == 0 || !weighedAgainstReports(q) {
		return res, nil
	}
	var best answerKey
	if _, err := ix.search(ctx, reportsQuery(q), &best); err != nil {
		return res, err
	}
	return weighReports(q, res, key, best), nil
}

// reportsQuery is the search of the reports' paragraphs that q's records
// are weighed against: its text and server, passages, the best one only.
func reportsQuery(q corpus.Query) corpus.Query {
	return corpus.Query{Text: q.Text, Guild: q.Guild, Kind: corpus.KindPassage, Limit: 1}
}

// weighReports is recordsOrReports given best, the key of the best
// passage for q's text.
func weighReports(q corpus.Query, res corpus.Results, key, best answerKey) corpus.Results {
	if len(res.Hits) == 0 || !weighedAgainstReports(q) || !best.outranks(key) {
		return res
	}
	return corpus.Results{Query: res.Query, Hits: []corpus.Hit{}}
}

// sharedWithReports is searchShared for qs and, when any of them is
// weighed against the reports, their reportsQuery too (the same for all:
// a shared pass has one text and server, and a weighed query no other
// filter than its kind), each weighed query's answer then weighed
// against it. So weighing costs no second walk of the text's postings:
// the passage search was a second Search of its own, and /provision,
// which asks for provisions and statements, paid three walks more than
// the one pass (1.5-1.8 ms of CPU per uncached command at 100k items,
// against 1.04 before the weighing). ok is false when searchShared's is.
func (ix *Index) sharedWithReports(ctx context.Context, qs []corpus.Query) ([]corpus.Results, bool, error) {
	all := qs
	if slices.ContainsFunc(qs, weighedAgainstReports) {
		all = append(slices.Clip(qs), reportsQuery(qs[0]))
	}
	out, keys, ok, err := ix.searchShared(ctx, all)
	if !ok || err != nil {
		return nil, ok, err
	}
	if len(all) > len(qs) {
		best := keys[len(qs)]
		for i, q := range qs {
			out[i] = weighReports(q, out[i], keys[i], best)
		}
	}
	return out[:len(qs)], true, nil
}

// textPasses counts the passes over a text query's postings (Index.run,
// Index.runShared): tests see that weighing against the reports adds none.
var textPasses atomic.Int64

// askedOfSpeaker says whether the query words of classes cls name a known
// person: a question for statements that does asks for that person's
// words (byNamed), "cosa ha detto yermak a ginevra", "selenskyj berlin
// diktatfrieden".
func askedOfSpeaker(cls []termClass) bool {
	for _, c := range cls {
		if c&className != 0 {
			return true
		}
	}
	return false
}
