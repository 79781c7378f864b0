package corpus

import (
	"strings"
	"unicode/utf8"
)

// A quotation that runs on over paragraphs is printed with an opening
// quotation mark at each paragraph and a closing one only at its end:
// "“Everyone knows what comes after flat fields.¶“I am not saying never.
// … The guarantee has to come first.”" It is one quotation, so one
// statement: the paragraphs after the first join it.

// joinRunOn appends text to the quotation left open at the end of the
// paragraph before pos, if there is one, and reports whether it did.
// unclosed says whether text is itself left open, so the next paragraph
// may go on joining.
func (x *extractor) joinRunOn(text string, pos int, unclosed bool) bool {
	if x.runOn < 0 || x.runOnPara != pos-1 || x.runOn >= len(x.out) {
		return false
	}
	st := &x.out[x.runOn]
	if r, _ := utf8.DecodeLastRuneInString(st.Text); !strings.ContainsRune(".!?…", r) {
		st.Text += "." // the paragraph's own full stop, trimmed with the quotation mark
	}
	st.Text += "\n" + text
	if unclosed {
		x.runOnPara = pos
	} else {
		x.runOn = -1
	}
	x.lastDirect, x.lastDirectPara = x.runOn, pos
	if x.runOn < 0 {
		x.lastDirect = len(x.out) - 1
	}
	return true
}

// markRunOn notes that the statement at index at is a quotation left open
// at the end of paragraph pos.
func (x *extractor) markRunOn(at, pos int) {
	x.runOn, x.runOnPara = at, pos
}
