package corpus

import (
	"iter"
	"strings"
)

// commaJoins yields the offset of each ", " in text, left to right: the
// places where a split reader (addingSplit, coordThatSplit,
// relayChainSplit) tries the word after a comma as the start of a second
// clause. Each reader once wrote this walk itself.
func commaJoins(text string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; {
			j := strings.Index(text[i:], ", ")
			if j < 0 || !yield(i+j) {
				return
			}
			i += j + 2
		}
	}
}
