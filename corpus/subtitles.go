// Subtitles: a news video's SubRip (.srt) or WebVTT (.vtt) captions as a
// document. A caption file is a transcript cut into timed cues of one or
// two short lines, so it is read back into the transcript it was cut from
// before the normal extraction sees it: cue numbers, timings, the WebVTT
// header and its NOTE, STYLE and REGION blocks are dropped; markup (<i>,
// <b>, <font>, {\an8}) and sound descriptions ([APPLAUSE], (laughs)) go;
// the cues are joined into sentences, and a speaker change (a <v Name>
// voice, a "[NAME]" or "NAME:" label, a dialogue dash, ">>") or a pause of
// a few seconds after a finished sentence starts a paragraph. A named
// turn opens with "Name: ", the transcript form extraction reads as that
// person's speech. Rolling captions, where each cue repeats the line
// before, are joined without the repeats.
//
// The transcript, not the caption file, is the document's body: its hash
// and IDs, and what the store writes, so a stored subtitle document reads
// back as the same text, and the same captions in .srt and .vtt are one
// document.

package corpus

import (
	_ "embed"
	"errors"
	"fmt"
	"path"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

//go:embed data/subtitles.json
var subtitlesJSON []byte

// subtitleWords is data/subtitles.json: the words that make a bracketed
// caption a description rather than a speaker's name.
var subtitleWords = sync.OnceValue(func() map[string]bool {
	var d struct {
		Descriptions []string `json:"descriptions"`
	}
	mustDecodeJSON("data/subtitles.json", subtitlesJSON, &d)
	return set(d.Descriptions)
})

// subtitleKind is a caption file format, or none.
type subtitleKind int

const (
	notSubtitles subtitleKind = iota
	subRip
	webVTT
)

func (k subtitleKind) String() string {
	switch k {
	case subRip:
		return "SubRip"
	case webVTT:
		return "WebVTT"
	}
	return "text"
}

// ErrMalformedSubtitles is wrapped by Parse's error for a caption file
// whose cues cannot be read.
var ErrMalformedSubtitles = errors.New("malformed subtitles")

// subtitlePause is the silence between two cues, after a finished
// sentence, that starts a paragraph; subtitleLongPause starts one even
// mid-sentence (captions without punctuation).
const (
	subtitlePause     = 4 * time.Second
	subtitleLongPause = 10 * time.Second
	// subtitleParagraph is the length past which a speaker's turn is
	// broken at the next sentence end, so a long answer is several
	// passages rather than one.
	subtitleParagraph = 700
)

// subtitleExtension is the format a file name's extension says, if any.
func subtitleExtension(name string) subtitleKind {
	if i := strings.IndexAny(name, "?#"); i >= 0 {
		name = name[:i]
	}
	switch lowerString(path.Ext(name)) {
	case ".srt":
		return subRip
	case ".vtt", ".webvtt":
		return webVTT
	}
	return notSubtitles
}

// sniffSubtitles tells a caption file by its opening, whatever its name:
// a "WEBVTT" line, or a timing line first or after a cue number.
func sniffSubtitles(body string) subtitleKind {
	body = strings.TrimLeft(body, " \t\n\ufeff") // a BOM after a front matter put before it
	if rest, ok := strings.CutPrefix(body, "WEBVTT"); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t' || rest[0] == '\n') {
		return webVTT
	}
	first, rest, _ := strings.Cut(body, "\n")
	first = strings.TrimSpace(first)
	if _, _, ok := parseCueTiming(first); ok {
		return subRip
	}
	if !isCueNumber(first) {
		return notSubtitles
	}
	second, _, _ := strings.Cut(rest, "\n")
	if _, _, ok := parseCueTiming(strings.TrimSpace(second)); ok {
		return subRip
	}
	return notSubtitles
}

// subtitleKindOf is the format of a document: its content first, then its
// extension (so a .srt file that is not one gets an error saying so).
func subtitleKindOf(body, name string) subtitleKind {
	if k := sniffSubtitles(body); k != notSubtitles {
		return k
	}
	return subtitleExtension(name)
}

// cue is one timed caption.
type cue struct {
	start, end time.Duration
	lines      []string
}

// subtitles is a caption file read into its cues.
type subtitles struct {
	cues []cue
	lang string // WebVTT "Language:" header, base code lower case
	// notes are the lines of the WebVTT NOTE blocks, where a broadcaster
	// writes the programme, the channel and the air date (subtitlenote.go)
	notes []string
}

// readSubtitles splits a caption file (line endings already "\n") into
// cues. It is lenient where real files stray (no blank line between cues,
// a blank line inside a cue's text, a missing WEBVTT line, hours left out)
// and an error naming the line where no cue can be read.
func readSubtitles(body string, kind subtitleKind) (subtitles, error) {
	var subs subtitles
	trimmed := strings.TrimLeft(body, " \t\n\ufeff")
	skipped := strings.Count(body[:len(body)-len(trimmed)], "\n") // for line numbers in errors
	lines := strings.Split(trimmed, "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], " \t")
	}
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i < len(lines) && strings.HasPrefix(lines[i], "WEBVTT") {
		// the header block: "WEBVTT" and metadata lines up to a blank line
		for i++; i < len(lines) && strings.TrimSpace(lines[i]) != "" && !strings.Contains(lines[i], "-->"); i++ {
			if k, v, ok := strings.Cut(lines[i], ":"); ok && strings.EqualFold(strings.TrimSpace(k), "language") {
				subs.lang = langTag(v)
			}
		}
	}
	for i < len(lines) {
		l := strings.TrimSpace(lines[i])
		switch {
		case l == "":
			i++
			continue
		case isVTTBlock(l):
			note := strings.HasPrefix(l, "NOTE")
			for i < len(lines) && strings.TrimSpace(lines[i]) != "" {
				if note {
					if t := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(lines[i]), "NOTE")); t != "" {
						subs.notes = append(subs.notes, t)
					}
				}
				i++
			}
			continue
		}
		timing := i
		if !strings.Contains(l, "-->") && i+1 < len(lines) && strings.Contains(lines[i+1], "-->") {
			timing = i + 1 // l is the cue's number or identifier
		}
		if !strings.Contains(lines[timing], "-->") {
			if len(subs.cues) == 0 {
				return subs, fmt.Errorf("%w: %s line %d: want a cue number or a timing line such as 00:00:01,000 --> 00:00:04,000, got %q",
					ErrMalformedSubtitles, kind, skipped+i+1, clip(l, 60))
			}
			// text after a blank line inside a cue: still that cue's
			c := &subs.cues[len(subs.cues)-1]
			for i < len(lines) && strings.TrimSpace(lines[i]) != "" {
				c.lines = append(c.lines, lines[i])
				i++
			}
			continue
		}
		start, end, ok := parseCueTiming(strings.TrimSpace(lines[timing]))
		if !ok {
			return subs, fmt.Errorf("%w: %s line %d: cannot read the timing %q (want 00:00:01,000 --> 00:00:04,000)",
				ErrMalformedSubtitles, kind, skipped+timing+1, clip(strings.TrimSpace(lines[timing]), 60))
		}
		c := cue{start: start, end: max(end, start)}
		i = timing + 1
		for i < len(lines) && strings.TrimSpace(lines[i]) != "" {
			if _, _, ok := parseCueTiming(strings.TrimSpace(lines[i])); ok {
				break // the next cue, with no blank line before it
			}
			if i+1 < len(lines) && isCueNumber(strings.TrimSpace(lines[i])) {
				if _, _, ok := parseCueTiming(strings.TrimSpace(lines[i+1])); ok {
					break // the next cue's number
				}
			}
			c.lines = append(c.lines, lines[i])
			i++
		}
		subs.cues = append(subs.cues, c)
	}
	if len(subs.cues) == 0 {
		return subs, fmt.Errorf("%w: no cues: a %s file needs timing lines such as 00:00:01,000 --> 00:00:04,000", ErrMalformedSubtitles, kind)
	}
	return subs, nil
}

// isVTTBlock reports whether a block opening line starts a WebVTT comment,
// style sheet or region definition, which are not captions.
func isVTTBlock(l string) bool {
	for _, w := range []string{"NOTE", "STYLE", "REGION"} {
		if rest, ok := strings.CutPrefix(l, w); ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t') {
			return true
		}
	}
	return false
}

// isCueNumber reports whether a line is a SubRip cue number.
func isCueNumber(l string) bool {
	if l == "" || len(l) > 9 {
		return false
	}
	for i := 0; i < len(l); i++ {
		if l[i] < '0' || l[i] > '9' {
			return false
		}
	}
	return true
}

// parseCueTiming reads "00:01:02,500 --> 00:01:05,000" with any cue
// settings after it ("align:start position:10%", SubRip's "X1:…").
func parseCueTiming(l string) (start, end time.Duration, ok bool) {
	a, b, found := strings.Cut(l, "-->")
	if !found {
		return 0, 0, false
	}
	start, ok = parseTimestamp(strings.TrimSpace(a))
	if !ok {
		return 0, 0, false
	}
	f := strings.Fields(b)
	if len(f) == 0 {
		return 0, 0, false
	}
	end, ok = parseTimestamp(f[0])
	return start, end, ok
}

// parseTimestamp reads "hh:mm:ss,mmm", "mm:ss.mmm" or either without the
// fraction.
func parseTimestamp(s string) (time.Duration, bool) {
	whole, frac, hasFrac := strings.Cut(strings.ReplaceAll(s, ",", "."), ".")
	parts := strings.Split(whole, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, false
	}
	var d time.Duration
	for i, p := range parts {
		if p == "" || len(p) > 4 || !isCueNumber(p) {
			return 0, false
		}
		n, _ := strconv.Atoi(p)
		if i > 0 && (n > 59 || len(p) != 2) {
			return 0, false
		}
		d = d*60 + time.Duration(n)
	}
	d *= time.Second
	if hasFrac {
		if frac == "" || len(frac) > 3 || !isCueNumber(frac) {
			return 0, false
		}
		n, _ := strconv.Atoi(frac)
		for k := len(frac); k < 3; k++ {
			n *= 10
		}
		d += time.Duration(n) * time.Millisecond
	}
	return d, true
}

// langTag is the base language code of a tag such as "en-US", or "".
func langTag(v string) string {
	v = lowerString(strings.TrimSpace(v))
	base, _, _ := strings.Cut(strings.ReplaceAll(v, "_", "-"), "-")
	if len(base) < 2 || len(base) > 3 {
		return ""
	}
	for _, r := range base {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return base
}

// clip shortens s for an error message.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// nameMeta is what a caption file's name tells: "2025-11-23_interview.srt"
// a date and a title, "interview.uk.vtt" (as video tools name a track) a
// language the corpus knows. Each is "" when the name does not carry it.
type nameMeta struct {
	title, published, lang string
	outlet                 string // the channel a WebVTT NOTE names (subtitlenote.go)
}

// nameDate is a date in a file name: 2025-11-23, 2025_11_23, 20251123.
var nameDate = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})[-_.]?([01][0-9])[-_.]?([0-3][0-9])(?:[^0-9]|$)`)

// subtitleNameMeta reads a caption file's name (a path or URL).
func subtitleNameMeta(name string) nameMeta {
	var m nameMeta
	if i := strings.IndexAny(name, "?#"); i >= 0 {
		name = name[:i]
	}
	base := path.Base(strings.ReplaceAll(name, "\\", "/"))
	if subtitleExtension(base) != notSubtitles || strings.EqualFold(path.Ext(base), ".txt") {
		base = strings.TrimSuffix(base, path.Ext(base))
	}
	if ext := path.Ext(base); len(ext) == 3 || len(ext) == 6 && ext[3] == '-' {
		if code := langTag(ext[1:]); code != "" && sourceData().langWords[code] != nil {
			m.lang = code
			base = strings.TrimSuffix(base, ext)
		}
	}
	if loc := nameDate.FindStringSubmatchIndex(base); loc != nil {
		iso := base[loc[2]:loc[3]] + "-" + base[loc[4]:loc[5]] + "-" + base[loc[6]:loc[7]]
		if _, err := time.Parse("2006-01-02", iso); err == nil {
			m.published = iso
			base = base[:loc[2]] + " " + base[loc[7]:]
		}
	}
	title := strings.Join(strings.FieldsFunc(base, func(r rune) bool {
		return r == '_' || r == '-' || r == '.' || r == ' ' || r == '+'
	}), " ")
	if strings.IndexFunc(title, unicode.IsLetter) >= 0 {
		r, n := utf8.DecodeRuneInString(title)
		m.title = string(unicode.ToUpper(r)) + title[n:]
	}
	return m
}

// subtitleDocument turns a caption file's body into its transcript, and
// what its header and name tell of the document.
func subtitleDocument(body, name string, kind subtitleKind) (string, nameMeta, error) {
	subs, err := readSubtitles(body, kind)
	if err != nil {
		return "", nameMeta{}, err
	}
	text := transcript(subs)
	if strings.TrimSpace(text) == "" {
		return "", nameMeta{}, fmt.Errorf("%w: the %d cues hold no text", ErrMalformedSubtitles, len(subs.cues))
	}
	var m nameMeta
	if name != "" {
		m = subtitleNameMeta(name)
	}
	if subs.lang != "" {
		m.lang = subs.lang
	}
	if published, outlet := noteMeta(subs.notes); published != "" || outlet != "" {
		m.outlet = outlet
		if m.published == "" {
			m.published = published
		}
	}
	return text, m, nil
}
