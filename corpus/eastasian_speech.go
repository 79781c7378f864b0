package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// statement reads one sentence as speech (eastasian.go): verb last in
// Japanese and Korean, verb between speaker and words in Chinese.
func (r *eastReader) statement(s string, pos int) {
	body := r.trimEnd(s)
	body = r.cutLead(body)
	if len(r.l.SayVerbs) > 0 {
		r.verbBetween(body, pos)
		return
	}
	if r.according(body, pos) {
		return
	}
	rest, stance := eastCutAnySuffix(body, r.l.StanceEndings)
	if stance == "" {
		rest, stance = eastCutAnySuffix(body, r.l.SayEndings)
		if stance == "" {
			if rest = r.quotativeTail(body); rest == "" {
				return
			}
		}
		stance = ""
	}
	rest = strings.TrimSpace(rest)
	sp, content := r.topicSpeaker(rest)
	if sp == nil || content == "" {
		return
	}
	content = strings.TrimSpace(eastLeadDate.ReplaceAllString(content, "")) // "3日、…": when, not what
	if r.lang == "ko" && stance == "" && !strings.HasSuffix(content, "고") {
		return // "… 제한한다고 말했다" reports; "…를 말했다" says a thing, not words
	}
	if q := eastTrailingQuotes(content, r.l.Quotes, r.lang); len(q) > 0 {
		// "「A」と語り、詳細については「B」と述べた": A said on the way
		var lead []string
		for _, m := range r.midQuotes(content) {
			if !eastOneOf(m, q) {
				lead = append(lead, m) // not one of the closing chain ("…"며 "…"고)
			}
		}
		q = append(lead, q...)
		for _, t := range q {
			r.emit(sp, t, true, pos)
		}
		return
	}
	if stance != "" {
		content += r.joiner() + stance // "…다는 입장을 보였다": the stance is what was said
	}
	r.emit(sp, content, false, pos)
}

// topicSpeaker finds the speaker of a verb-last sentence: the phrase
// before the topic particle (は, 은/는), resolved; and what follows it.
func (r *eastReader) topicSpeaker(rest string) (*eastSpeaker, string) {
	if r.lang == "ja" {
		q := eastFirstQuote(rest, r.l.Quotes)
		for _, t := range r.l.Topics {
			i := strings.Index(rest, t)
			if i <= 0 || q >= 0 && i > q {
				continue
			}
			if sp := r.resolve(rest[:i]); sp != nil {
				return sp, strings.Trim(strings.TrimSpace(rest[i+len(t):]), "、 ")
			}
		}
		return nil, ""
	}
	words := strings.Fields(rest)
	for k := 0; k < len(words)-1 && k < 8; k++ {
		w := words[k]
		if containsAny(w, "\"“") {
			break
		}
		stem, t := eastCutAnySuffix(w, r.l.Topics)
		if t == "" || stem == "" {
			continue
		}
		phrase := strings.Join(append(append([]string(nil), words[:k]...), stem), " ")
		if sp := r.resolve(phrase); sp != nil {
			return sp, strings.Join(words[k+1:], " ")
		}
	}
	return nil, ""
}

// eastLeadDate is the day a Japanese or Korean sentence gives after its
// speaker ("3日、", "25일(현지시간)").
var eastLeadDate = regexp.MustCompile(`^[0-9０-９]+(?:日|일)(?:[（(][^）)]{0,8}[）)])?[、,]?\s*`)

// eastDate is a day or month-day before a Chinese verb ("24日", "1月24日").
var eastDate = regexp.MustCompile(`[0-9０-９]+(?:月[0-9０-９]+)?日`)

// verbBetween reads "SPEAKER (time, place) 表示，WORDS" (zh).
func (r *eastReader) verbBetween(body string, pos int) {
	at, vlen := -1, 0
	for _, v := range r.l.SayVerbs {
		from := 0
		for {
			i := strings.Index(body[from:], v)
			if i < 0 {
				break
			}
			i += from
			after := body[i+len(v):]
			commaSay := strings.HasSuffix(body[:i], "，") && eastOneOf(v, r.l.CommaSay) // "…发表视频讲话，称…"
			if (eastHasAnyPrefix(after, r.l.SayMarks) || commaSay) && (at < 0 || i < at) {
				at, vlen = i, len(v)
				break
			}
			from = i + len(v)
		}
	}
	if at <= 0 {
		return
	}
	phrase := strings.TrimSuffix(body[:at], "，")
	if m := eastDate.FindStringIndex(phrase); m != nil && m[0] > 0 {
		phrase = phrase[:m[0]]
	}
	sp := r.resolveCut(phrase)
	if sp == nil {
		return
	}
	content := strings.TrimSpace(eastCutAnyPrefix(body[at+vlen:], r.l.SayMarks))
	if q := eastTrailingQuotes(content, r.l.Quotes, r.lang); len(q) == 1 && eastWholeQuote(content, r.l.Quotes) {
		r.emit(sp, q[0], true, pos)
		return
	}
	r.emit(sp, content, false, pos)
}

// emit adds a statement unless it is too short to say anything.
func (r *eastReader) emit(sp *eastSpeaker, text string, direct bool, pos int) {
	text = strings.TrimSpace(r.trimEnd(strings.TrimSpace(text)))
	if utf8.RuneCountInString(text) < 3 {
		return
	}
	if r.src.Outlet != "" && strings.EqualFold(sp.name, r.src.Outlet) {
		return // the publisher is where the words were read, not a speaker
	}
	r.stmts = append(r.stmts, Statement{Speaker: sp.name, Role: sp.role, Text: text, Direct: direct, Position: pos})
	r.last = sp
}

// resolve reads a speaker phrase: a pronoun or "this official", an
// unnamed source, a known person with the title around the name, an
// institution, or an unknown person with a title; nil when it is none.
func (r *eastReader) resolve(phrase string) *eastSpeaker {
	phrase = strings.Trim(r.cutLead(phrase), "、，, ")
	n := utf8.RuneCountInString(phrase)
	if n == 0 || n > 40 || containsAny(phrase, "「」“”\"。") {
		return nil
	}
	if eastOneOf(phrase, r.l.Pronouns) {
		return r.last
	}
	if f := strings.Fields(phrase); len(f) == 2 && eastOneOf(f[0], r.l.Demonstratives) {
		// "이 당국자", "이 연구위원": the last speaker with that title
		for i := len(r.stmts) - 1; i >= 0; i-- {
			if strings.Contains(r.stmts[i].Role, f[1]) {
				return &eastSpeaker{r.stmts[i].Speaker, r.stmts[i].Role}
			}
		}
		return nil
	}
	if sp, ok := r.demonstrativeTitle(phrase); ok {
		return sp // "这位俄罗斯总统": the last speaker with that title (eastasian_demonstrative.go)
	}
	lx := lexiconData()
	for _, a := range eastAliases() {
		i := strings.Index(lowerString(phrase), a)
		if i < 0 {
			continue
		}
		p := lx.people[a]
		before := r.cleanRole(phrase[:i])
		after := strings.TrimSpace(phrase[i+len(a):])
		after, _ = eastCutAnySuffix(after, r.l.Honorifics)
		after = strings.TrimSpace(after)
		if after != "" && !r.isTitled(after) {
			return nil // "トランプ政権": the name inside another noun
		}
		role := after
		if c := strings.LastIndex(phrase[:i], "，"); c >= 0 && r.lang == "zh" {
			before = r.cleanRole(phrase[c+len("，") : i]) // "被问及…时，特朗普": the clause before is no title
		}
		if r.lang == "zh" && (before != "" || after == "") {
			role = before // "乌克兰总统泽连斯基"; but "特朗普总统": the title after the name
		} else if role == "" {
			role = before
		} else if before != "" && utf8.RuneCountInString(before) <= 12 && !containsAny(before, "、， ") && eastGenitive(phrase[:i]) {
			role = before + r.joiner() + after // "ロシアのプーチン大統領": ロシア大統領
		}
		return r.person(p.Name, role)
	}
	if full := r.fullName(phrase); r.roles[full] != "" {
		return r.person(full, "") // "西比哈说": the person named with a title before
	}
	if _, u := eastCutAnySuffix(phrase, r.l.UnnamedNouns); u != "" {
		return &eastSpeaker{unnamedSpeaker, phrase}
	}
	if b, ok := lowerIn2(lx.bodies, phrase); ok {
		return &eastSpeaker{b, ""}
	}
	if _, b := eastCutAnySuffix(phrase, r.l.BodyEnds); b != "" && n <= 15 && !containsAny(phrase, "、，, ") || r.lang == "ko" && b != "" && len(strings.Fields(phrase)) <= 3 {
		return &eastSpeaker{phrase, ""}
	}
	return r.titledStranger(phrase)
}

// isTitled says whether s is a title the lexicon knows, alone or after
// words that qualify it ("크렘린궁 외교정책 보좌관").
func (r *eastReader) isTitled(s string) bool {
	_, t := eastCutAnySuffix(s, r.l.Titles)
	return t != ""
}

// cleanRole trims the genitive and commas after a title written before
// the name ("ドイツの", "크렘린궁의", "乌克兰总统").
func (r *eastReader) cleanRole(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimRight(s, "、，, ")
	for _, g := range []string{"の", "的", "의"} {
		s = strings.TrimSuffix(s, g)
	}
	return strings.TrimSpace(s)
}

// fullName is the full name of a person the document named before when
// name is their surname alone ("森下氏" after "森下遼子氏", "박 연구원"
// after "박민수 연구원"): the surname comes first in all three languages.
func (r *eastReader) fullName(name string) string {
	best := name
	for full := range r.roles {
		if full != name && strings.HasPrefix(full, name) && eastName(full, 2, 8) && (best == name || full < best) {
			best = full // the first in order when two share the surname: the same answer every run
		}
	}
	return best
}

// person is a named speaker with the fullest title given them so far: a
// shorter one later ("트럼프 대통령" after "미국 대통령") keeps the full one.
func (r *eastReader) person(name, role string) *eastSpeaker {
	name = r.fullName(name)
	if full := r.roles[name]; full != "" && (role == "" || strings.HasSuffix(full, role)) {
		role = full
	}
	if role != "" {
		r.roles[name] = role
	}
	return &eastSpeaker{name, role}
}

// titledStranger reads a person the lexicon does not know by the title
// beside the name: after it in Japanese and Korean ("森下遼子氏",
// "이정민 연구위원"), before it in Chinese ("中国外交部发言人毛宁").
func (r *eastReader) titledStranger(phrase string) *eastSpeaker {
	switch r.lang {
	case "zh":
		best, end := -1, 0
		for _, t := range r.l.Titles {
			if i := strings.LastIndex(phrase, t); i >= 0 && i+len(t) > end {
				best, end = i, i+len(t)
			}
		}
		if best < 0 {
			return nil
		}
		name := phrase[end:]
		if !eastName(name, 2, 5) {
			return nil
		}
		return r.person(name, phrase[:end])
	case "ja":
		stem, hon := eastCutAnySuffix(phrase, r.l.Honorifics)
		role := ""
		if i := strings.LastIndex(stem, "、"); i >= 0 {
			role, stem = stem[:i], stem[i+len("、"):]
		}
		if hon == "" {
			var t string
			stem, t = eastCutAnySuffix(stem, r.l.Titles)
			if t == "" {
				return nil
			}
			role = t // the title beside the name, not a description before a comma
		}
		if i := strings.LastIndex(stem, "の"); i >= 0 {
			// "防衛研究所の佐藤健一主任研究員": the name after the employer,
			// which a short title joins ("フランス大統領")
			org := stem[:i]
			if j := strings.LastIndexAny(org, "、の"); j >= 0 {
				org = org[j:]
				org = strings.TrimLeft(org, "、の")
			}
			if hon == "" && utf8.RuneCountInString(org) <= 12 {
				role = org + role
			}
			stem = stem[i+len("の"):]
		}
		if !eastName(stem, 2, 8) || role == "" && hon == "" {
			return nil
		}
		return r.person(stem, r.cleanRole(role))
	case "ko":
		words := strings.Fields(phrase)
		if len(words) < 2 {
			return nil
		}
		t := -1
		for i := len(words) - 1; i >= 1; i-- {
			if r.isTitled(strings.Join(words[i:], " ")) && !r.isTitled(words[i-1]) {
				t = i
				break
			}
		}
		if t < 1 {
			return nil
		}
		name := r.fullName(words[t-1])
		role := strings.Join(words[t:], " ")
		if !eastName(name, 2, 4) && t >= 2 && len(words[t-1]) > 0 {
			// "김하늘 국립외교원 교수": the name, then where they work
			name, role = r.fullName(words[0]), strings.Join(words[1:], " ")
		}
		if !eastName(name, 2, 4) || strings.HasSuffix(name, "의") {
			return nil
		}
		return r.person(name, role)
	}
	return nil
}

// eastName says whether s reads as a personal name: letters of one CJK
// script (a middle dot between given name and surname allowed), of a
// plausible length.
func eastName(s string, min, max int) bool {
	n := 0
	for _, c := range s {
		if c == '·' || c == '・' {
			continue
		}
		if !unicode.In(c, unicode.Han, unicode.Hangul, unicode.Katakana) {
			return false
		}
		n++
	}
	return n >= min && n <= max
}

// eastFirstQuote is the byte offset of the first opening quote in s, -1 if
// none.
func eastFirstQuote(s string, quotes [][2]string) int {
	at := -1
	for _, q := range quotes {
		if i := strings.Index(s, q[0]); i >= 0 && (at < 0 || i < at) {
			at = i
		}
	}
	return at
}

// eastConnectors may join two quotations of one speaker ("…\"며 \"…",
// "…」と述べ、「…") and end the last one ("…\"고", "…」と"); longest first.
var eastConnectors = map[string][]string{
	"ja": {"と述べ、", "とし、", "とも", "と", "、"},
	"ko": {"이라며", "이라고", "라며", "면서", "라고", "며", "고", "는", ","},
	"zh": {"，", "：", "并说", "说"},
}

// eastTrailingQuotes returns the quotations that close content, joined by
// connectors only ("「…」", "\"…\"며 \"…\"고"); what stands before them
// (where and to whom) is not part of the words. Nil when content does not
// end with a quotation.
func eastTrailingQuotes(content string, quotes [][2]string, lang string) []string {
	s := strings.TrimSpace(content)
	var out []string
	for {
		trimmed := strings.TrimSpace(s)
		for _, c := range eastConnectors[lang] {
			if t, ok := strings.CutSuffix(trimmed, c); ok {
				trimmed = strings.TrimSpace(t)
				break
			}
		}
		found := false
		for _, q := range quotes {
			if !strings.HasSuffix(trimmed, q[1]) {
				continue
			}
			inner := trimmed[:len(trimmed)-len(q[1])]
			i := strings.LastIndex(inner, q[0])
			if i < 0 {
				continue
			}
			out = append([]string{inner[i+len(q[0]):]}, out...)
			s = inner[:i]
			found = true
			break
		}
		if !found {
			break
		}
		if strings.TrimSpace(s) == "" {
			break
		}
	}
	return out
}

// eastWholeQuote says whether s is one quotation and nothing else.
func eastWholeQuote(s string, quotes [][2]string) bool {
	s = strings.TrimSpace(s)
	for _, q := range quotes {
		if strings.HasPrefix(s, q[0]) && strings.HasSuffix(s, q[1]) && !strings.Contains(s[len(q[0]):len(s)-len(q[1])], q[1]) {
			return true
		}
	}
	return false
}

// according reads "SOURCE によると、WORDS(という)" and "SOURCE에 따르면
// WORDS": what a source is said to have said, the source resolved as
// any speaker (an outlet or a document resolves to none).
func (r *eastReader) according(body string, pos int) bool {
	for _, a := range r.l.AccordingTo {
		i := strings.Index(body, a)
		if i <= 0 {
			continue
		}
		sp := r.resolve(body[:i])
		if sp == nil {
			return false
		}
		content, _ := eastCutAnySuffix(strings.TrimSpace(body[i+len(a):]), r.l.AccordingEnds)
		r.emit(sp, strings.Trim(content, "、， "), false, pos)
		return true
	}
	return false
}

// quotativeTail reads a sentence whose verb no list holds by the
// quotative particle before it: a closing quotation and と (ja), or a
// closing quotation or reported clause and 고 (ko), then a short verb
// phrase ("」と警鐘を鳴らした", "…다고 비난했다"). It returns the sentence
// without that verb phrase, "" when it is no such sentence.
func (r *eastReader) quotativeTail(body string) string {
	switch r.lang {
	case "ja":
		i := strings.LastIndex(body, "」と")
		if i < 0 {
			return ""
		}
		tail := body[i+len("」と"):]
		if n := utf8.RuneCountInString(tail); n == 0 || n > r.l.QuoteTail || containsAny(tail, "、「」") || !strings.HasSuffix(tail, "た") {
			return ""
		}
		return body[:i+len("」")]
	case "ko":
		words := strings.Fields(body)
		for k := len(words) - 1; k >= 1 && len(words)-k <= r.l.QuoteTail; k-- {
			w := words[k-1]
			if strings.HasSuffix(w, "고") && (strings.HasSuffix(w, "다고") || strings.HasSuffix(w, "라고") || strings.HasSuffix(w, "\"고") || strings.HasSuffix(w, "”고")) &&
				strings.HasSuffix(words[len(words)-1], "다") {
				return strings.Join(words[:k], " ")
			}
		}
	}
	return ""
}

// midQuotes are the quotations of s followed by a speech verb that goes
// on to the rest of the sentence (midSay: 「…」と語り、, "…"라며).
func (r *eastReader) midQuotes(s string) []string {
	var out []string
	for _, q := range r.l.Quotes {
		from := 0
		for {
			i := strings.Index(s[from:], q[0])
			if i < 0 {
				break
			}
			i += from + len(q[0])
			j := strings.Index(s[i:], q[1])
			if j < 0 {
				break
			}
			after := s[i+j+len(q[1]):]
			if eastHasAnyPrefix(after, r.l.MidSay) {
				out = append(out, s[i:i+j])
			}
			from = i + j + len(q[1])
		}
	}
	return out
}

// resolveCut is resolve, and when the whole phrase names nobody, the
// phrase cut before a time, place or addressee that follows the speaker
// ("乌沙科夫此前", "毛宁在例行记者会上").
func (r *eastReader) resolveCut(phrase string) *eastSpeaker {
	if sp := r.resolve(phrase); sp != nil {
		return sp
	}
	for _, c := range r.l.PlaceCuts {
		if i := strings.Index(phrase, c); i > 0 {
			if sp := r.resolve(phrase[:i]); sp != nil {
				return sp
			}
		}
	}
	return nil
}

// quoteFirst reads a quotation standing as its own sentence followed by
// its speaker and a speech verb alone ("“…。”泽连斯基说。", "“…”一位外交官表示。").
func (r *eastReader) quoteFirst(quote, next string, pos int) bool {
	body := r.trimEnd(next)
	for _, v := range r.l.SayVerbs {
		phrase, ok := strings.CutSuffix(body, v)
		if !ok || phrase == "" {
			continue
		}
		sp := r.resolveCut(phrase)
		if sp == nil {
			return false
		}
		q := eastTrailingQuotes(r.trimEnd(quote), r.l.Quotes, r.lang)
		if len(q) != 1 {
			return false
		}
		r.emit(sp, q[0], true, pos)
		return true
	}
	return false
}

// eastGenitive says whether s ends with a genitive particle ("ロシアの",
// "크렘린궁의"): what stands before a name that way is whose the title is,
// unlike a time word ("이날 트럼프 대통령").
func eastGenitive(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "の") || strings.HasSuffix(s, "의")
}

// cutLead cuts an adverb opening a sentence ("一方、", "此外，"); in Korean
// it must be a word of its own ("한편 …"), not the start of one.
func (r *eastReader) cutLead(s string) string {
	s = strings.TrimSpace(s)
	if r.lang == "ko" {
		if f := strings.Fields(s); len(f) > 1 && eastOneOf(f[0], r.l.LeadAdverbs) {
			return strings.Join(f[1:], " ")
		}
		return s
	}
	return strings.TrimSpace(eastCutAnyPrefix(s, r.l.LeadAdverbs))
}
