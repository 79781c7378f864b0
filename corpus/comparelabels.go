package corpus

// Before/after comparisons of two plan versions. Explainers set the
// versions side by side one theme at a time, each line opened by a
// label: "❌ Було (28 пунктів): … (п. 6)" / "✅ Стало (20 пунктів): …
// (п. 4)", "Before (28 points): …" / "Now (20 points): …", "Avant : … /
// Après : …". The version is named once, at the first label of each side,
// and later lines carry the bare label ("❌ Було: … (п. 19)"). Read as
// prose, a bare label names nothing, so the line's point went to whatever
// version its terms suggested, and the two lines of a theme ran together
// into one paragraph. carryCompareLabels runs on the body before it is cut
// into paragraphs: it gives each bare label its side's parenthesis and
// makes each labelled line a paragraph of its own, so the version
// machinery downstream reads every line as the first one.

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/comparelabels.json
var compareLabelsJSON []byte

// compareSide is the side of a comparison a label stands for.
type compareSide int

const (
	sideNone compareSide = iota
	sideBefore
	sideAfter
)

// compareLabels maps each label of data/comparelabels.json to its side.
var compareLabels = sync.OnceValue(func() map[string]compareSide {
	var d struct {
		Old []string `json:"old"`
		New []string `json:"new"`
	}
	mustDecodeJSON("data/comparelabels.json", compareLabelsJSON, &d)
	m := make(map[string]compareSide, len(d.Old)+len(d.New))
	for _, w := range d.Old {
		m[w] = sideBefore
	}
	for _, w := range d.New {
		m[w] = sideAfter
	}
	return m
})

// compareLine is one labelled line: where its label starts and ends (the
// colon excluded), its side, and the parenthesis between label and colon
// ("(28 пунктів)"), empty when the label is bare.
type compareLine struct {
	labelStart, labelEnd int
	side                 compareSide
	paren                string
}

// readCompareLine reads a comparison label at the head of line, after
// bullets, pictographs and bold marks; ok is false when the line opens
// with none.
func readCompareLine(line string) (compareLine, bool) {
	i := 0
	for i < len(line) {
		r, n := utf8.DecodeRuneInString(line[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			break
		}
		if r == '(' || r == '[' || r == '"' || r == '«' || r == '„' || r == '“' || r == '#' {
			return compareLine{}, false // a quotation, a heading or a bracket: no label
		}
		i += n
	}
	start := i
	if i >= len(line) || i > 16 {
		return compareLine{}, false
	}
	for i < len(line) && i-start <= 24 {
		r, n := utf8.DecodeRuneInString(line[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += n
	}
	end := i
	side, ok := lowerIn2(compareLabels(), line[start:end])
	if !ok || end == start {
		return compareLine{}, false
	}
	rest := strings.TrimLeft(line[end:], "* \u00a0")
	var paren string
	if strings.HasPrefix(rest, "(") {
		c := strings.IndexByte(rest, ')')
		if c < 0 || c > 60 {
			return compareLine{}, false
		}
		paren, rest = rest[:c+1], strings.TrimLeft(rest[c+1:], "* \u00a0")
	}
	if !strings.HasPrefix(rest, ":") {
		return compareLine{}, false
	}
	return compareLine{labelStart: start, labelEnd: end, side: side, paren: paren}, true
}

// carryCompareLabels gives the bare labels of a before/after comparison
// the parenthesis that named their side's version at its first label,
// and makes each labelled clause a paragraph of its own: a label opens a
// line or a sentence ("**Armée.** Avant (28 points) : … (point 6).
// Après (20 points) : …"). A text is a comparison only when both sides
// are labelled, three labels or more in all, and one side's label names
// its version; otherwise it comes back unchanged.
func carryCompareLabels(text string) string {
	if !strings.Contains(text, ":") {
		return text
	}
	lines := strings.Split(text, "\n")
	var found [3]int
	var paren [3]string
	var labels [][]compareAt // per line, nil for most
	for k, l := range lines {
		for _, at := range compareLabelsIn(l) {
			if labels == nil {
				labels = make([][]compareAt, len(lines))
			}
			labels[k] = append(labels[k], at)
			found[at.side]++
			if paren[at.side] == "" && at.paren != "" && len(namedVersions(lowerString(at.paren))) > 0 {
				paren[at.side] = at.paren
			}
		}
	}
	if labels == nil || found[sideBefore] == 0 || found[sideAfter] == 0 || found[sideBefore]+found[sideAfter] < 3 || paren[sideBefore] == "" && paren[sideAfter] == "" {
		return text
	}
	var b strings.Builder
	b.Grow(len(text) + 64)
	for k, l := range lines {
		if k > 0 {
			b.WriteByte('\n')
		}
		prev := 0
		for n, at := range labels[k] {
			if at.offset > 0 {
				b.WriteString(strings.TrimRight(l[prev:at.offset], " "))
			}
			if at.offset > 0 || n == 0 && k > 0 && strings.TrimSpace(lines[k-1]) != "" {
				b.WriteString("\n\n") // a labelled clause is its own paragraph: the two sides of a theme never run together
			}
			if at.paren != "" || paren[at.side] == "" {
				prev = at.offset
				continue
			}
			b.WriteString(l[at.offset : at.offset+at.labelEnd])
			b.WriteString(" ")
			b.WriteString(paren[at.side])
			prev = at.offset + at.labelEnd
		}
		b.WriteString(l[prev:])
	}
	return b.String()
}

// compareAt is a label read inside a line, at offset.
type compareAt struct {
	compareLine
	offset int
}

// compareLabelsIn is the labels opening line or one of its sentences
// (after ". ", or a bold lead's ".** "), in order; nil for most lines.
func compareLabelsIn(line string) []compareAt {
	var out []compareAt
	if c, ok := readCompareLine(line); ok {
		out = append(out, compareAt{c, 0})
	}
	for i := 0; i < len(line)-2; i++ {
		if line[i] != '.' && line[i] != '!' && line[i] != '?' {
			continue
		}
		j := i + 1
		for j < len(line) && line[j] == '*' {
			j++
		}
		if j >= len(line) || line[j] != ' ' {
			continue
		}
		for j < len(line) && line[j] == ' ' {
			j++
		}
		if c, ok := readCompareLine(line[j:]); ok && c.labelStart == 0 {
			out = append(out, compareAt{c, j})
		}
	}
	return out
}

// labelledParagraph is a paragraph that opens with a before/after label
// naming a version, and that version.
type labelledParagraph struct {
	position int
	plan     string
}

// labelledVersions is the paragraphs of ps that open with a before/after
// label whose parenthesis names one version ("Vorher (28 Punkte): …");
// carryCompareLabels has given every bare label of a comparison its
// side's parenthesis by then. Nil for the documents that are no
// comparison, which is nearly all.
func labelledVersions(ps []paragraph) []labelledParagraph {
	var out []labelledParagraph
	for _, p := range ps {
		c, ok := readCompareLine(p.text)
		if !ok || c.paren == "" {
			continue
		}
		if vs := namedVersions(lowerString(c.paren)); len(vs) == 1 {
			out = append(out, labelledParagraph{p.index, vs[0].plan})
		}
	}
	return out
}

// labelAt is the version the label of the paragraph at position names,
// "" when none does.
func labelAt(ls []labelledParagraph, position int) string {
	for _, l := range ls {
		if l.position == position {
			return l.plan
		}
	}
	return ""
}
