package corpus

import "strings"

// One person's words read twice from one paragraph: the sentence reader
// and innerSentenceSpeech (nestedsentences.go) both take "Ushakov said the
// meeting was useful" and emit the same clause, a quotation is read once
// with its marks and once without. Over the released sets (stop 66, zdup)
// 34 statements in 17 sets and 7 languages came out twice; the same words
// in another paragraph (a forum reply quoting a post, a pull quote over
// the body) are left alone, since a gold may hold them twice.

// dropSameDup keeps the first of the statements with one speaker, one
// paragraph and the same words (case, quotation marks and spacing aside).
func (x *extractor) dropSameDup() {
	if x.noSameDup || len(x.out) < 2 {
		return
	}
	type key struct {
		speaker string
		pos     int
		words   string
	}
	seen := make(map[key]int, len(x.out))
	kept := x.out[:0]
	for _, st := range x.out {
		k := key{st.Speaker, st.Position, dupWords(st.Text)}
		if i, ok := seen[k]; ok {
			if kept[i].Role == "" {
				kept[i].Role = st.Role // the later reading found the title the first missed
			}
			continue
		}
		seen[k] = len(kept)
		kept = append(kept, st)
	}
	clear(x.out[len(kept):]) // the pool keeps no text alive
	x.out = kept
}

// dupWords is s as dropSameDup compares it: lower case, without quotation
// marks, a closing stop or runs of spaces.
func dupWords(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '"', '“', '”', '„', '«', '»', '‹', '›', '‚', '‘':
			return -1
		case '’':
			return '\''
		}
		return r
	}, lowerString(s))
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimRight(s, " .,;:")
}
