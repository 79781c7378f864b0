package corpus

import (
	_ "embed"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Japanese, Chinese and Korean reports (data/eastasian.json). The word
// rules of the other languages find nothing in them: Japanese and Chinese
// put no spaces between words, Korean glues its particles to the word
// before ("트럼프 대통령은"), and Japanese and Korean put the speech verb
// last, after what was said ("…」と述べた", "…\"고 말했다"). This reader
// takes a CJK document sentence by sentence, outside quotes, and reads
// the three shapes their wire reports use:
//
//   - verb last (ja, ko): SPEAKER は/은/는 … 「WORDS」と VERB / WORDS고 VERB;
//   - verb between (zh): SPEAKER (time, place) 表示/说，WORDS;
//   - a numbered point: 第6項は…, 第21点规定…, 제6항은…; a point only
//     named (제21항이다) takes the sentences after it in its paragraph,
//     and a sentence naming the other version (유럽 수정안은 …) right
//     after a point is that version's text of the same point.
//
// The speaker is resolved against the speaker lexicon (its aliases in the
// three scripts), its title read from the words around the name (the
// title follows the name in ja and ko, precedes it in zh); pronouns and
// "this official" refer back; an unnamed source keeps its description as
// the role.

//go:embed data/eastasian.json
var eastAsianJSON []byte

// eastLang is one language's entry of data/eastasian.json.
type eastLang struct {
	SentenceEnds   string      `json:"sentenceEnds"`
	Quotes         [][2]string `json:"quotes"`
	Datelines      []string    `json:"datelines"`
	LeadAdverbs    []string    `json:"leadAdverbs"`
	Topics         []string    `json:"topics"`
	SayEndings     []string    `json:"sayEndings"`
	StanceEndings  []string    `json:"stanceEndings"`
	SayVerbs       []string    `json:"sayVerbs"`
	SayMarks       []string    `json:"sayMarks"`
	CommaSay       []string    `json:"commaSay"`
	Pronouns       []string    `json:"pronouns"`
	Demonstratives []string    `json:"demonstratives"`
	Titles         []string    `json:"titles"`
	Honorifics     []string    `json:"honorifics"`
	UnnamedNouns   []string    `json:"unnamedNouns"`
	BodyEnds       []string    `json:"bodyEnds"`
	PlaceCuts      []string    `json:"placeCuts"`
	Points         []string    `json:"points"`
	PointParticles []string    `json:"pointParticles"`
	PointRefs      []string    `json:"pointRefs"`
	Copulas        []string    `json:"copulas"`
	AccordingTo    []string    `json:"accordingTo"`
	AccordingEnds  []string    `json:"accordingEnds"`
	MidSay         []string    `json:"midSay"`
	PlanNouns      []string    `json:"planNouns"`
	QuoteTail      int         `json:"quoteTail"`

	datelines []*regexp.Regexp
	points    []*regexp.Regexp
}

// eastAsianData reads data/eastasian.json once; lists are sorted longest
// first, so "大統領報道官" is tried before "大統領".
var eastAsianData = sync.OnceValue(func() map[string]*eastLang {
	var f struct {
		Languages map[string]*eastLang `json:"languages"`
	}
	mustDecodeJSON("data/eastasian.json", eastAsianJSON, &f)
	for _, l := range f.Languages {
		for _, list := range [][]string{l.LeadAdverbs, l.SayEndings, l.StanceEndings, l.SayVerbs, l.Pronouns, l.Titles, l.Honorifics, l.UnnamedNouns, l.BodyEnds, l.PlaceCuts, l.PointParticles, l.PointRefs, l.Copulas, l.AccordingTo, l.AccordingEnds, l.MidSay, l.PlanNouns} {
			eastLongestFirst(list)
		}
		for _, d := range l.Datelines {
			l.datelines = append(l.datelines, regexp.MustCompile(d))
		}
		for _, p := range l.Points {
			l.points = append(l.points, regexp.MustCompile(p))
		}
	}
	return f.Languages
})

func eastLongestFirst(list []string) {
	sort.SliceStable(list, func(i, j int) bool { return len(list[i]) > len(list[j]) })
}

// eastAliases are the speaker lexicon's aliases written in a CJK script,
// longest first, for finding a name inside an unspaced phrase.
var eastAliases = sync.OnceValue(func() []string {
	var out []string
	for a := range lexiconData().people {
		if hasEastScript(a) && utf8.RuneCountInString(a) >= 2 {
			out = append(out, a)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i]) != len(out[j]) {
			return len(out[i]) > len(out[j])
		}
		return out[i] < out[j]
	})
	return out
})

func hasEastScript(s string) bool {
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana) {
			return true
		}
	}
	return false
}

// eastReader holds one document's state: the last speaker, for pronouns,
// and the fullest title seen for each person.
type eastReader struct {
	l     *eastLang
	lang  string
	src   Source
	last  *eastSpeaker
	roles map[string]string
	stmts []Statement
	provs []Provision
	plan  string // the version the document is about
	// planSeen: a sentence before named a plan in general
	planSeen bool
}

// eastSpeaker is a resolved speaker.
type eastSpeaker struct {
	name, role string
}

// extractEastAsian reads statements and provisions from a Japanese,
// Chinese or Korean document; nil, nil for any other language.
func extractEastAsian(ps []paragraph, src Source, fallbackPlan string) ([]Statement, []Provision) {
	l := eastAsianData()[src.Lang]
	if l == nil {
		return nil, nil
	}
	r := &eastReader{l: l, lang: src.Lang, src: src, roles: map[string]string{}}
	r.plan, _ = planFor(src.Title)
	if r.plan == "" {
		r.plan = src.Plan
	}
	if r.plan == "" {
		for _, p := range ps {
			if n, _ := planFor(p.text); n != "" {
				r.plan = n
				break
			}
		}
	}
	if r.plan == "" {
		r.plan = fallbackPlan
	}
	for i, p := range ps {
		if p.kind != paraText {
			continue
		}
		text := p.text
		if i < 3 {
			for _, re := range l.datelines {
				if m := re.FindStringIndex(text); m != nil {
					text = text[m[1]:]
					break
				}
			}
		}
		r.paragraph(text, p.index)
	}
	return r.stmts, r.provs
}

// sentences cuts text at sentence ends outside quotes.
func (r *eastReader) sentences(text string) []string {
	var out []string
	depth := 0
	var closing []string
	start := 0
	for i, c := range text {
		ch := string(c)
		if depth > 0 && ch == closing[len(closing)-1] {
			depth--
			closing = closing[:len(closing)-1]
			if before, _ := utf8.DecodeLastRuneInString(text[:i]); depth == 0 && c >= utf8.RuneSelf && strings.ContainsRune(r.l.SentenceEnds, before) {
				// "…说：“我们的立场很清楚。”他表示": a quotation ending in a
				// stop ends the sentence with it
				end := i + len(ch)
				if s := strings.TrimSpace(text[start:end]); s != "" {
					out = append(out, s)
				}
				start = end
			}
			continue
		}
		opened := false
		for _, q := range r.l.Quotes {
			if ch == q[0] {
				depth++
				closing = append(closing, q[1])
				opened = true
				break
			}
		}
		if opened || depth > 0 || !strings.ContainsRune(r.l.SentenceEnds, c) {
			continue
		}
		end := i + len(ch)
		if c < utf8.RuneSelf && end < len(text) && text[end] != ' ' {
			continue // "3.5", "U.S.": an ASCII stop ends a sentence only before a space
		}
		if s := strings.TrimSpace(text[start:end]); s != "" {
			out = append(out, s)
		}
		start = end
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// paragraph reads one paragraph's sentences.
func (r *eastReader) paragraph(text string, pos int) {
	point, pending := 0, false
	var pointAt *Provision
	held := "" // a quotation standing alone, whose speaker may come next
	for _, s := range r.sentences(text) {
		for _, n := range r.l.PlanNouns {
			if strings.Contains(s, n) {
				r.planSeen = true
			}
		}
		if r.points(s, pos, &point, &pending, &pointAt) {
			held = ""
			continue
		}
		if held != "" && r.quoteFirst(held, s, pos) {
			held = ""
			continue
		}
		held = ""
		if eastWholeQuote(r.trimEnd(s), r.l.Quotes) {
			held = s // "“…。”泽连斯基说。": the speaker may follow
			continue
		}
		r.statement(s, pos)
	}
}

// trimEnd cuts the sentence's final stop.
func (r *eastReader) trimEnd(s string) string {
	s = strings.TrimSpace(s)
	for {
		c, n := utf8.DecodeLastRuneInString(s)
		if n == 0 || !strings.ContainsRune(r.l.SentenceEnds, c) {
			return s
		}
		s = strings.TrimSpace(s[:len(s)-n])
	}
}

// points reads the numbered points of a sentence; it reports whether the
// sentence was the plan's text.
func (r *eastReader) points(s string, pos int, point *int, pending *bool, last **Provision) bool {
	body := r.trimEnd(s)
	type hit struct{ at, end, n int }
	var hits []hit
	for _, re := range r.l.points {
		for _, m := range re.FindAllStringSubmatchIndex(body, -1) {
			if n := eastNumber(body[m[2]:m[3]]); n > 0 {
				hits = append(hits, hit{m[0], m[1], n})
			}
		}
	}
	if len(hits) == 0 {
		if *point == 0 {
			return false
		}
		plan, _ := planFor(body)
		switch {
		case plan != "" && plan != r.plan:
			// "유럽 수정안은 이 상한을 … 높였다": the other version's text of
			// the point just set out
			r.addProvision(plan, *point, body, pos)
			*last = nil
			*pending = false
			return true
		case *pending || eastHasAnyPrefix(body, r.l.PointRefs):
			if *last != nil {
				(*last).Text += r.joiner() + body
			} else {
				r.addProvision(r.plan, *point, body, pos)
				*last = &r.provs[len(r.provs)-1]
			}
			return true
		}
		return false
	}
	sort.Slice(hits, func(i, j int) bool { return hits[i].at < hits[j].at })
	plan, _ := planFor(body[:hits[0].at])
	if plan == "" {
		plan = r.plan
	}
	if plan == "" && r.namesPlan(body) {
		plan = unnamedPlan // "枠組み案の第3条": a plan, but no version the lexicon knows
	}
	if plan == "" {
		return false
	}
	for k, h := range hits {
		end := len(body)
		if k+1 < len(hits) {
			end = hits[k+1].at
		}
		text := strings.TrimSpace(body[h.end:end])
		if !eastOneOf(strings.TrimRight(text, "、，,；; "), r.l.Copulas) {
			text = strings.TrimSpace(eastCutAnyPrefix(text, r.l.PointParticles)) // (not "です" read as "で" + "す")
		}
		text = strings.Trim(text, "、，,；; ")
		*point = h.n
		if text == "" || eastOneOf(text, r.l.Copulas) {
			*pending, *last = true, nil // "… 제21항이다.": named here, set out in what follows
			continue
		}
		*pending = false
		r.addProvision(plan, h.n, text, pos)
		*last = &r.provs[len(r.provs)-1]
	}
	return true
}

// namesPlan says whether the sentence, or the document's title, speaks
// of a plan in general (和平案, 框架草案, 평화안).
func (r *eastReader) namesPlan(body string) bool {
	if r.planSeen {
		return true
	}
	for _, n := range r.l.PlanNouns {
		if strings.Contains(body, n) || strings.Contains(r.src.Title, n) {
			return true
		}
	}
	return false
}

func (r *eastReader) joiner() string {
	if r.lang == "ko" {
		return " "
	}
	return ""
}

func (r *eastReader) addProvision(plan string, n int, text string, pos int) {
	r.provs = append(r.provs, Provision{Plan: plan, Number: n, Text: text, Position: pos})
}

// eastNumber reads a point number in Arabic, full-width or Chinese
// numerals (六, 十二, 二十一); 0 when it is none.
func eastNumber(s string) int {
	var b strings.Builder
	for _, c := range s {
		if c >= '０' && c <= '９' {
			c = '0' + (c - '０')
		}
		b.WriteRune(c)
	}
	if n, err := strconv.Atoi(b.String()); err == nil {
		return n
	}
	digits := map[rune]int{'一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}
	n, cur := 0, 0
	for _, c := range s {
		if c == '十' {
			if cur == 0 {
				cur = 1
			}
			n += cur * 10
			cur = 0
			continue
		}
		d, ok := digits[c]
		if !ok {
			return 0
		}
		cur = d
	}
	return n + cur
}

func eastHasAnyPrefix(s string, list []string) bool {
	for _, p := range list {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func eastCutAnyPrefix(s string, list []string) string {
	for _, p := range list {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest
		}
	}
	return s
}

func eastCutAnySuffix(s string, list []string) (string, string) {
	for _, p := range list {
		if rest, ok := strings.CutSuffix(s, p); ok {
			return rest, p
		}
	}
	return s, ""
}

func eastOneOf(s string, list []string) bool {
	for _, p := range list {
		if s == p {
			return true
		}
	}
	return false
}

// withEastAsian adds what extractEastAsian reads to what the other rules
// found, numbering the additions after theirs.
func withEastAsian(stmts []Statement, provs []Provision, ps []paragraph, src Source, fallbackPlan string) ([]Statement, []Provision) {
	es, ep := extractEastAsian(ps, src, fallbackPlan)
	for _, s := range es {
		s.SourceID = src.ID
		s.ID = src.ID + "-s" + strconv.Itoa(len(stmts)+1)
		s.Date = src.Published
		s.Topics = tagTopics(s.Text)
		stmts = append(stmts, s)
	}
	for _, p := range ep {
		p.SourceID = src.ID
		p.ID = src.ID + "-p" + strconv.Itoa(len(provs)+1)
		p.Topics = tagTopics(p.Text)
		provs = append(provs, p)
	}
	return stmts, provs
}
