// A transcript or interview answer is kept whole as the answerer's
// statement, and the speech of others it reports is read as theirs too
// (relayed). When the answer is nothing but that report ("He did. On Truth
// Social last night Trump wrote that …", "Sì. Il presidente ucraino ha
// detto che …", "Kühl. Kremlsprecher Dmitri Peskow hat gesagt, …"), the
// answerer has said nothing of their own: the whole answer given to them
// repeats the reported speaker's words under the wrong name. Over the
// released sets at stop 66 this was the largest cause of duplicated
// statements (18 extra statements in 10 sets, en de fr it pl es; zfp's
// cause table in docs/design.md). Such an answer is dropped once the
// document is read, as the askers' lines are (dropAskedOut).

package corpus

import "strings"

// relayOnlyShare is the most of an answer's words its own sentences may
// hold for the answer to count as a report of others' words: the words of
// "He did." or "Exactly, that's the phrase the Ukrainian side used." beside
// the sentences that report someone else.
const relayOnlyShare = 0.25

// relayReplyWords is the most words an answer's own part may have: a bare
// reply ("He did.", "Tak.", "Sì.", "Kühl.") before the report. An answer
// with no words of its own is a question that quotes ("Will the Secretary
// of State also confirm that …?"), the asker's, and stays.
const relayReplyWords = 3

// relayKey names an answer read as nothing but a report: its paragraph and
// its text as emit wrote it.
type relayKey struct {
	pos  int
	text string
}

// noteRelayOnly remembers an answer of text at pos as one to drop when
// the words of the sentences that reported no one else (own) are at most
// relayOnlyShare of all its words: what is left ("He did.", "Sì.") says
// nothing by itself.
func (x *extractor) noteRelayOnly(text string, pos, own, all int) {
	if x.noRelayOnly || own < 1 || own > relayReplyWords || float64(own) > relayOnlyShare*float64(all) {
		return
	}
	if x.relayOnly == nil {
		x.relayOnly = map[relayKey]bool{}
	}
	x.relayOnly[relayKey{pos, strings.TrimRight(strings.TrimSpace(text), " ,;:")}] = true
}

// dropRelayOnly drops the answers noteRelayOnly named, unless more text
// was joined to them later (an answer over several paragraphs holds more
// than the report, and no longer has the text noted).
func (x *extractor) dropRelayOnly() {
	if len(x.relayOnly) == 0 {
		return
	}
	kept := x.out[:0]
	var authored map[int]bool // x.authored by the kept positions
	for i, st := range x.out {
		if st.Direct && x.relayOnly[relayKey{st.Position, st.Text}] {
			continue
		}
		if x.authored[i] {
			if authored == nil {
				authored = map[int]bool{}
			}
			authored[len(kept)] = true
		}
		kept = append(kept, st)
	}
	clear(x.out[len(kept):])
	x.out = kept
	// x.authored marks statements by their place in x.out, for
	// dropUntitledAuthors after the roles are filled in; a drop before an
	// author's statement would move the mark onto a neighbour's
	x.authored = authored
}
