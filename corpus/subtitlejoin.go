package corpus

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// turn is one paragraph of a transcript being built from cues.
type turn struct {
	label string   // "Name" when the paragraph opens a named turn
	dash  bool     // it opens with a dialogue dash: someone's quote, as news captions mark one
	quiet bool     // it opens the turn of a speaker the captions do not name
	words []string // the paragraph's words, in order
	size  int      // bytes of the words and the spaces between them
}

// unnamedTurnLabel opens the turn of a speaker the captions do not name
// (a dialogue dash, ">>") after a named one's: extraction credits a
// transcript paragraph without a label to the last label's speaker, and
// reads this one as a turn that is nobody's statement, in every language.
const unnamedTurnLabel = "SPEAKER"

// transcript joins a caption file's cues into paragraphs of sentences:
// see the file comment of subtitles.go.
func transcript(subs subtitles) string {
	var (
		paras   []*turn
		speaker string // the current named speaker, folded
		lastEnd time.Duration
	)
	cur := func() *turn {
		if len(paras) == 0 {
			return nil
		}
		return paras[len(paras)-1]
	}
	open := func(label string) {
		if t := cur(); t != nil && len(t.words) == 0 {
			if label != "" {
				t.label = label
			}
			return
		}
		paras = append(paras, &turn{label: label})
	}
	// unnamed opens the turn of someone the captions do not name: after a
	// named speaker's turn it is marked so, else it is a plain paragraph
	// (a dash kept as the caption wrote it).
	unnamed := func(dash bool) {
		open("")
		t := cur()
		t.quiet = speaker != ""
		t.dash = dash && !t.quiet
		speaker = ""
	}
	for ci, c := range subs.cues {
		repeating := true // the cue's opening lines may repeat the last cue's
		for li, raw := range c.lines {
			cl := readCaptionLine(raw)
			words := strings.Fields(cl.text)
			if len(words) == 0 {
				if cl.speaker != "" && !strings.EqualFold(cl.speaker, speaker) {
					speaker = cl.speaker // "[ZELENSKY]" alone on its line
					open(cl.speaker)
				}
				continue
			}
			if repeating {
				if t := cur(); t != nil {
					k := overlap(t.words, words)
					if k == len(words) {
						continue // a rolling caption's repeated line
					}
					if k >= 3 {
						words = words[k:]
						cl.turn = false // the line went on from the last cue
						cl.speaker = ""
					}
				}
				repeating = false
			}
			switch {
			case cl.speaker != "" && !strings.EqualFold(cl.speaker, speaker):
				speaker = cl.speaker
				open(cl.speaker)
			case cl.speaker == "" && (cl.turn || cl.dash && speaker != ""):
				unnamed(cl.dash)
			case cl.dash && cur() != nil && len(cur().words) > 0:
				// a quote in a report, "– …, says she.": kept in its
				// paragraph, as a paragraph of its own it reads as a
				// list item
				words = append([]string{"–"}, words...)
			case cl.item:
				open("")
			case li == 0 && ci > 0 && cur() != nil && breakHere(cur(), c.start-lastEnd):
				open("")
			}
			if cur() == nil {
				open("")
			}
			t := cur()
			for _, w := range words {
				if len(t.words) > 0 {
					t.size++
				}
				t.words = append(t.words, w)
				t.size += len(w)
			}
		}
		lastEnd = max(lastEnd, c.end)
	}
	var b strings.Builder
	for _, t := range paras {
		if len(t.words) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		switch {
		case t.label != "":
			b.WriteString(t.label)
			b.WriteString(": ")
		case t.quiet:
			b.WriteString(unnamedTurnLabel)
			b.WriteString(": ")
		case t.dash:
			b.WriteString("– ")
		}
		b.WriteString(strings.Join(t.words, " "))
	}
	return b.String()
}

// breakHere reports whether a silence of gap after paragraph t starts a
// new paragraph of the same speaker: after a finished sentence when the
// pause is a few seconds or the paragraph is long, and after a long pause
// in any case.
func breakHere(t *turn, gap time.Duration) bool {
	if len(t.words) == 0 {
		return false
	}
	if t.dash && cueEndsSentence(t.words[len(t.words)-1]) {
		return true // a quote ends with its cue; the report goes on after it
	}
	if gap >= subtitleLongPause {
		return true
	}
	if !cueEndsSentence(t.words[len(t.words)-1]) {
		return false
	}
	return gap >= subtitlePause || t.size >= subtitleParagraph
}

// cueEndsSentence reports whether a word closes a sentence.
func cueEndsSentence(w string) bool {
	w = strings.TrimRightFunc(w, func(r rune) bool {
		return strings.ContainsRune("\"'”’»)]", r)
	})
	r, _ := utf8.DecodeLastRuneInString(w)
	return strings.ContainsRune(".!?…。？！", r)
}

// overlap is the number of words opening next that repeat the words
// closing prev, compared without case and punctuation: what a rolling
// caption carries over from the cue before.
func overlap(prev, next []string) int {
	if len(prev) > 40 {
		prev = prev[len(prev)-40:]
	}
	for k := min(len(prev), len(next)); k > 0; k-- {
		same := true
		for i := 0; i < k; i++ {
			if foldWord(prev[len(prev)-k+i]) != foldWord(next[i]) {
				same = false
				break
			}
		}
		if same {
			return k
		}
	}
	return 0
}

// foldWord is a word without case or the punctuation around it.
func foldWord(w string) string {
	return lowerString(strings.TrimFunc(w, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}))
}
