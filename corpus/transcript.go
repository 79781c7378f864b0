// Transcript blocks: a video page's transcript pasted into a document. A
// video platform's transcript panel, copied, is a run of caption lines,
// each after its time cue, on a line of its own ("2:15", "0:02:15",
// "[02:15]") or at the line's start ("0:02:15 so the first readout…"),
// anywhere in the page: after the title, the description and the chapter
// list, before the comments. Left as it is, every cue is a paragraph of
// its own or a number inside a sentence ("2:19 and he told reporters …"),
// and a sentence cut across two cues is two fragments. joinCueBlocks reads
// each such block as the subtitles of a caption file are read (the same
// joiner, subtitlejoin.go): cues and sound tags ("[Music]", "(inaudible)")
// dropped, the lines joined into running text, a ">>" speaker change or a
// long pause starting a paragraph.
//
// A chapter list ("0:00 Intro", "10:18 Point 21 and the Donbas
// question") has the same shape but minutes between its cues, where
// captions have seconds: a block whose cues are usually more than
// cueBlockGap apart is left as it is.

package corpus

import (
	"slices"
	"strings"
	"time"
)

const (
	// cueBlockMin is the fewest cues that make a transcript block: a
	// time at a line's start alone is a sentence's or a schedule's (a
	// transcript cut into chapters has sections of two cues).
	cueBlockMin = 2
	// cueBlockGap is the largest median gap between a block's cues that
	// still reads as captions; a chapter list's are minutes.
	cueBlockGap = 20 * time.Second
	// cueBlockWords is the most words a block's median cue holds as a
	// caption: a transcript with a time before every speaker's paragraph
	// ("[00:00:31] **PIOTR LENDVAI:** So the short version is …") is read
	// as it is, paragraph by paragraph, labels and all.
	cueBlockWords = 30
	// cueLongWords is more words than a caption ever holds: a block with
	// a quarter of its cues this long is paragraphs, not captions.
	cueLongWords = 40
)

// lineCue reads a time cue opening a line: "2:15", "0:02:15", "[02:15]",
// "(2:15)", "02:15.500". It returns the time and the caption text after the
// cue, empty when the cue stands alone on its line.
func lineCue(line string) (at time.Duration, rest string, ok bool) {
	s := strings.TrimSpace(line)
	if s == "" || (s[0] < '0' || s[0] > '9') && s[0] != '[' && s[0] != '(' {
		return 0, "", false
	}
	closer := byte(0)
	switch s[0] {
	case '[':
		closer = ']'
	case '(':
		closer = ')'
	}
	if closer != 0 {
		s = s[1:]
	}
	end := 0
	for end < len(s) && (s[end] >= '0' && s[end] <= '9' || s[end] == ':' || s[end] == '.' || s[end] == ',') {
		end++
	}
	stamp := strings.TrimRight(s[:end], ".,")
	if !strings.Contains(stamp, ":") {
		return 0, "", false
	}
	at, ok = parseTimestamp(stamp)
	if !ok {
		return 0, "", false
	}
	s = s[len(stamp):]
	if closer != 0 {
		if s == "" || s[0] != closer {
			return 0, "", false
		}
		s = s[1:]
	}
	if s != "" && s[0] != ' ' && s[0] != '\t' {
		return 0, "", false // "10:18am", "2:15-3:00": not a cue
	}
	return at, strings.TrimSpace(s), true
}

// cueEntry is one cue of a block being read: the lines of its caption
// and where they are in the body.
type cueEntry struct {
	at    time.Duration
	lines []string
}

// cueMarks are the places where one caption of a joined block ended and
// the next began, as cueMark keys: where auto-generated captions without
// punctuation most likely start a sentence (truecase.go reads them).
type cueMarks map[string]bool

// cueMark is the key of a place between two words and the next: the
// words' cores in lower case, so it is found again in the paragraph
// whatever spacing normalisation did.
func cueMark(prev, next1, next2 string) string {
	return lowerString(wordCore(prev)) + "|" + lowerString(wordCore(next1)) + " " + lowerString(wordCore(next2))
}

// joinCueBlocks replaces each transcript block of a body with its joined
// text (see the file comment) and tells where its captions met. A body
// without one comes back as it was.
func joinCueBlocks(body string) (string, cueMarks) {
	if !strings.Contains(body, ":") {
		return body, nil
	}
	var marks cueMarks
	lines := strings.Split(body, "\n")
	var out []string
	changed := false
	for i := 0; i < len(lines); {
		entries, next := readCueBlock(lines, i)
		if len(entries) < cueBlockMin || !captionPace(entries) {
			// not captions: kept, and no later part of it read alone
			next = max(next, i+1)
			out = append(out, lines[i:next]...)
			i = next
			continue
		}
		out = append(out, cueTranscript(entries))
		if marks == nil {
			marks = cueMarks{}
		}
		markCues(entries, marks)
		changed = true
		i = next
	}
	if !changed {
		return body, nil
	}
	return strings.Join(out, "\n"), marks
}

// markCues adds the places where a block's captions meet to marks.
func markCues(entries []cueEntry, marks cueMarks) {
	var prev string // the last word of the caption before
	for _, e := range entries {
		for _, l := range e.lines {
			ws := strings.Fields(l)
			if len(ws) == 0 {
				continue
			}
			if prev != "" {
				next2 := ""
				if len(ws) > 1 {
					next2 = ws[1]
				}
				marks[cueMark(prev, ws[0], next2)] = true
			}
			prev = ws[len(ws)-1]
		}
	}
}

// readCueBlock reads the cues from line i on: a cue alone on its line
// takes the caption lines up to the next cue or blank line, a cue at a
// line's start takes that line's rest; blank lines may stand between
// cues. It returns the entries and the line after the block (i when no
// cue opens there).
func readCueBlock(lines []string, i int) ([]cueEntry, int) {
	var entries []cueEntry
	end := i
	for j := i; j < len(lines); {
		at, rest, ok := lineCue(lines[j])
		if !ok {
			if strings.TrimSpace(lines[j]) == "" && len(entries) > 0 {
				j++ // a blank line between cues; the block ends at the last cue
				continue
			}
			break
		}
		e := cueEntry{at: at}
		j++
		if rest != "" {
			e.lines = []string{rest}
		} else {
			for j < len(lines) && strings.TrimSpace(lines[j]) != "" {
				if _, _, cue := lineCue(lines[j]); cue {
					break
				}
				e.lines = append(e.lines, strings.TrimSpace(lines[j]))
				j++
			}
			if len(e.lines) == 0 {
				break // a time alone, no caption after it
			}
		}
		entries = append(entries, e)
		end = j
	}
	return entries, end
}

// captionPace reports whether a block's cues come as captions do: the
// median gap between one cue and the next is a few seconds, and the
// median cue a line or two of words.
func captionPace(entries []cueEntry) bool {
	sizes := make([]int, len(entries))
	for k, e := range entries {
		for _, l := range e.lines {
			sizes[k] += len(strings.Fields(l))
		}
	}
	slices.Sort(sizes)
	if sizes[len(sizes)/2] > cueBlockWords || sizes[len(sizes)*3/4] > cueLongWords {
		return false
	}
	if labelledCues(entries) {
		return false
	}
	var gaps []time.Duration
	for k := 1; k < len(entries); k++ {
		if g := entries[k].at - entries[k-1].at; g >= 0 {
			gaps = append(gaps, g)
		}
	}
	if len(gaps) < cueBlockMin-1 {
		return false
	}
	slices.Sort(gaps)
	return gaps[len(gaps)/2] <= cueBlockGap
}

// cueTranscript joins a block's entries with the caption joiner: each cue
// lasts until the next one starts, the last one the median gap, so a jump
// in time (the excerpt skipping to a later part of the video) is a pause
// that starts a paragraph.
func cueTranscript(entries []cueEntry) string {
	subs := subtitles{cues: make([]cue, len(entries))}
	step := 4 * time.Second
	for k, e := range entries {
		end := e.at + step
		if k+1 < len(entries) {
			if next := entries[k+1].at; next >= e.at && next-e.at <= subtitleLongPause {
				end = next
			}
		}
		subs.cues[k] = cue{start: e.at, end: end, lines: e.lines}
	}
	return "\n" + transcript(subs) + "\n"
}

// labelledCues reports whether half a block's entries or more open with
// a label, as a live blog's ticks and a chat's relays do ("14:55 Zelensky
// in Kyiv: …", "15:10 Rubio just now – …", "15:20 Update: …"): records
// each whole, their times a clock's, not captions cut across cues that
// are to be joined (threads_chat.go, relaylabel.go). A speaker change
// in captions (">> RUBIO: …") is no such label.
func labelledCues(entries []cueEntry) bool {
	n := 0
	for _, e := range entries {
		if len(e.lines) == 0 {
			continue
		}
		l := e.lines[0]
		if strings.HasPrefix(l, ">") || strings.HasPrefix(l, "-") {
			continue
		}
		if looksLabelled(l) || relayDash(l) != l {
			n++
		}
	}
	return n*2 >= len(entries)
}
