package corpus

import (
	"strings"
	"sync"
)

// replyWords is data/formats.json's replyWords.
var replyWords = sync.OnceValue(func() map[string]bool {
	var d struct {
		Reply []string `json:"replyWords"`
	}
	mustDecodeJSON("data/formats.json", formatsJSON, &d)
	return set(d.Reply)
})

// wholeReply widens a statement that is only a bare yes or no, with or
// without a qualifier after a comma ("no, al menos hasta la primavera"),
// to the sentence it was read from: "Olabarría cree que no, al menos
// hasta la primavera", "She thinks not, at least until spring", "Он
// считает, что нет". The reply word alone says nothing; the sentence
// says who answered what. Only statements of this sentence (from before
// on) whose text the sentence ends with are widened.
func (x *extractor) wholeReply(s string, before int) {
	for i := before; i < len(x.out); i++ {
		st := &x.out[i]
		text := st.Text
		if link, after, ok := strings.Cut(text, " "); ok && lowerIn(replyLinks, link) {
			text = after // "pensa di no", "cree que no"
		}
		first, rest, _ := strings.Cut(text, " ")
		w := lowerString(strings.TrimRight(first, ","))
		if !replyWords()[w] || rest != "" && !strings.HasSuffix(first, ",") {
			continue
		}
		whole := trimSentenceEnd(s)
		if strings.HasSuffix(whole, st.Text) && len(whole) > len(st.Text) {
			st.Text = whole
		}
	}
}

// replyLinks are the words that may stand between a verb of opinion and a
// bare reply ("pensa di no", "pense que non", "считает, что нет").
var replyLinks = map[string]bool{"di": true, "de": true, "que": true, "что": true, "що": true, "że": true, "dass": true, "that": true}
