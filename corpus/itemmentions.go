// Titles in a numbered list. A numbered item is a point of a plan or a
// list of facts ("1. Thursday, the deadline that President X had set for
// the answer;"), never read for statements, so the people it names with a
// title were not remembered and their words elsewhere carried no title.
// The items are read for titled mentions only: what the document says of
// who a person is holds wherever it says it. The reading must not change
// how the prose around resolves "the minister" or a pronoun, so the
// window of recent mentions and the sentence opener are kept as they were;
// only the document-wide record of titles (doctitles.go) grows.

package corpus

// itemMentionsOff disables the reading, for the test that shows each of
// its cases needs it.
var itemMentionsOff bool

// itemMentions notes the titled people a numbered item names.
func (x *extractor) itemMentions(p paragraph) {
	if itemMentionsOff || !x.hasRoleWord(p.text) {
		return
	}
	mentioned := append([]*speaker(nil), x.mentioned...)
	mentionedAt, tally, openedBy, openedAt, pos := x.mentionedAt, x.mentionTally, x.openedBy, x.openedAt, x.pos
	x.pos = p.index
	x.mentions(p.text)
	x.mentioned, x.mentionedAt, x.mentionTally, x.openedBy, x.openedAt, x.pos = mentioned, mentionedAt, tally, openedBy, openedAt, pos
}
