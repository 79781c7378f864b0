package corpus

import (
	"html"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// captionLine is one line of a cue, its markup gone.
type captionLine struct {
	speaker string // who a voice tag or label says speaks, "" if none
	turn    bool   // a new speaker's turn starts here (a label, ">>")
	dash    bool   // the line opens with a dialogue dash: a quote or another voice
	item    bool   // the line opens a numbered item ("3. …"): a paragraph of its own
	text    string
}

// assOverride is a SubStation override such as {\an8} that some SubRip
// files carry.
var assOverride = regexp.MustCompile(`\{\\[^{}]*\}`)

// readCaptionLine strips a cue line's markup and reads the turn marks at
// its start.
func readCaptionLine(raw string) captionLine {
	var cl captionLine
	s := assOverride.ReplaceAllString(raw, "")
	s, cl.speaker = stripCueTags(s)
	s = html.UnescapeString(s)
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\u200e', '\u200f', '\ufeff':
			return -1 // direction marks and stray BOMs
		case '\u00a0':
			return ' '
		}
		return r
	}, s)
	s = strings.TrimSpace(s)
	if cl.speaker != "" {
		cl.turn = true
	}
	for {
		switch {
		case strings.HasPrefix(s, ">>"):
			s = strings.TrimSpace(strings.TrimLeft(s, ">"))
			cl.turn = true
			continue
		case dialogueDash(s) > 0:
			s = strings.TrimSpace(s[dialogueDash(s):])
			cl.dash = true
			continue
		}
		if name, rest, ok := bracketLabel(s); ok {
			s = strings.TrimSpace(rest)
			if name != "" {
				if cl.speaker == "" {
					cl.speaker = name
				}
				cl.turn = true
			}
			continue
		}
		break
	}
	if name, rest, ok := colonLabel(s); ok && cl.speaker == "" {
		cl.speaker, cl.turn, s = name, true, strings.TrimSpace(rest)
	}
	s = dropDescriptions(s)
	if isLyrics(s) {
		s = ""
	}
	cl.text = collapseInline(s)
	cl.item = listNumber.MatchString(cl.text)
	return cl
}

// listNumber opens a numbered item, as captions of a plan's points read
// on screen or aloud: "1. …", "12) …".
var listNumber = regexp.MustCompile(`^[0-9]{1,2}[.)] +\pL`)

// stripCueTags removes WebVTT and SubRip tags (<i>, </b>, <font …>,
// <c.yellow>, <00:00:01.000>) and returns the name of the first <v Name>
// voice. A "<" that opens no tag is text.
func stripCueTags(s string) (string, string) {
	if !strings.Contains(s, "<") {
		return s, ""
	}
	var b strings.Builder
	speaker := ""
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 || i+1 >= len(s) || !isTagStart(s[i+1]) {
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		tag := s[i+1 : i+j]
		b.WriteString(s[:i])
		s = s[i+j+1:]
		if name, ok := voiceTag(tag); ok && speaker == "" {
			speaker = name
		}
	}
	return b.String(), speaker
}

func isTagStart(c byte) bool {
	return c == '/' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// voiceTag reads "v Name" or "v.loud Name".
func voiceTag(tag string) (string, bool) {
	if len(tag) < 2 || tag[0] != 'v' && tag[0] != 'V' || tag[1] != ' ' && tag[1] != '.' && tag[1] != '\t' {
		return "", false
	}
	_, name, ok := strings.Cut(strings.TrimSpace(tag[1:]), " ")
	if tag[1] == ' ' || tag[1] == '\t' {
		name, ok = strings.TrimSpace(tag[1:]), true
	}
	name = strings.TrimSpace(name)
	return name, ok && name != ""
}

// dialogueDash is the length of a dialogue dash opening s ("- ", "– ",
// "-Yes"), 0 if there is none. A minus before a digit is a number.
func dialogueDash(s string) int {
	for _, d := range []string{"-", "–", "—"} {
		rest, ok := strings.CutPrefix(s, d)
		if !ok || rest == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(rest)
		if r == ' ' || unicode.IsLetter(r) || r == '"' || r == '«' || r == '„' || r == '“' || r == '[' || r == '(' || r == '<' {
			return len(d)
		}
	}
	return 0
}

// bracketLabel reads a bracketed caption at the start of s: "[ZELENSKY]"
// or "[Zelensky, through interpreter]" is a speaker (name returned);
// "[APPLAUSE]", "(laughs)" a description (name ""). ok is false when s
// does not open with one.
func bracketLabel(s string) (name, rest string, ok bool) {
	if s == "" || s[0] != '[' && s[0] != '(' {
		return "", s, false
	}
	closer := byte(']')
	if s[0] == '(' {
		closer = ')'
	}
	j := strings.IndexByte(s, closer)
	if j < 0 {
		return "", s, false
	}
	inner, rest := strings.TrimSpace(s[1:j]), s[j+1:]
	if isDescription(inner) {
		return "", rest, true
	}
	head, _, _ := strings.Cut(inner, ",")
	head = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(head), ":"))
	if s[0] == '[' && isNameLabel(head, true) {
		return head, strings.TrimPrefix(strings.TrimSpace(rest), ":"), true
	}
	if s[0] == '(' && isNameLabel(head, false) && isUpperWords(head) {
		return head, rest, true // "(ZELENSKY)" as some broadcasters mark turns
	}
	return "", s, false
}

// isDescription reports whether bracketed caption text describes a sound
// or manner: it opens in lower case ("laughs") or holds a description word.
func isDescription(inner string) bool {
	r, _ := utf8.DecodeRuneInString(inner)
	if unicode.IsLower(r) || inner == "" {
		return true
	}
	words := subtitleWords()
	for _, w := range strings.Fields(lowerString(inner)) {
		if words[strings.Trim(w, ".,;:!?…'\"")] {
			return true
		}
	}
	return false
}

// colonLabel reads a "NAME:" or "First Last:" label opening a line. A
// label in capitals may be one word ("ZELENSKY:", "Q:"); one in mixed case
// needs two to four capitalised words, since a sentence may open with
// "Look: …".
func colonLabel(s string) (name, rest string, ok bool) {
	i := strings.IndexByte(s, ':')
	if i <= 0 || i > 48 || i+1 < len(s) && s[i+1] != ' ' {
		return "", s, false
	}
	head := strings.TrimSpace(s[:i])
	if !isNameLabel(head, false) {
		return "", s, false
	}
	if !isUpperWords(head) && len(strings.Fields(head)) < 2 {
		return "", s, false
	}
	return head, s[i+1:], true
}

// isNameLabel reports whether s reads as a person's label: one to four
// words of letters (with . ' ’ - inside), each opening in upper case.
// A single letter is a label only in brackets or as Q/A, which
// extraction reads itself.
func isNameLabel(s string, bracket bool) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && !unicode.Is(unicode.Mn, c) && !strings.ContainsRune(".'’-", c) {
				return false
			}
		}
	}
	return bracket || utf8.RuneCountInString(s) > 1 || s == "Q" || s == "A"
}

// isUpperWords reports whether every letter of s is upper case.
func isUpperWords(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// dropDescriptions removes bracketed sound descriptions inside a line
// ("we agreed [applause] on the text").
func dropDescriptions(s string) string {
	for _, pair := range [][2]byte{{'[', ']'}, {'(', ')'}} {
		from := 0
		for {
			i := strings.IndexByte(s[from:], pair[0])
			if i < 0 {
				break
			}
			i += from
			j := strings.IndexByte(s[i:], pair[1])
			if j < 0 {
				break
			}
			j += i
			if isDescription(strings.TrimSpace(s[i+1:j])) && (pair[0] == '[' || isSoundParen(s[i+1:j])) {
				s = s[:i] + s[j+1:]
				continue
			}
			from = j + 1
		}
	}
	return strings.TrimSpace(s)
}

// isSoundParen reports whether a parenthesis holds a description word:
// "(laughs)" goes, "(the plan's second draft)" stays.
func isSoundParen(inner string) bool {
	words := subtitleWords()
	for _, w := range strings.Fields(lowerString(inner)) {
		if words[strings.Trim(w, ".,;:!?…'\"")] && len(w) > 3 {
			return true
		}
	}
	return false
}

// isLyrics reports whether a line is sung text between music notes.
func isLyrics(s string) bool {
	return strings.HasPrefix(s, "♪") || strings.HasPrefix(s, "♫")
}

// collapseInline joins whitespace runs into one space.
func collapseInline(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
