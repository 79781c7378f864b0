// Source metadata a document does not state in a header: the outlet
// (front matter, else the dateline, else the site of its URL), the date
// from the dateline, a headline for a title, and the language.

package corpus

import (
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// sourceLexicon is outlets.json and languages.json, indexed.
type sourceLexicon struct {
	outletByAlias  map[string]string // lower-case alias or name -> outlet name
	outletByDomain map[string]string // site domain -> outlet name
	months         map[string]int    // lower-case month name, any language -> 1..12
	langWords      map[string][]string
	wordLangs      map[string]uint64 // common word -> bit i set for langOrder[i]
	langOrder      []string
	detectable     map[whatlanggo.Lang]bool
}

var sourceData = sync.OnceValue(func() *sourceLexicon {
	var of struct {
		Outlets []struct {
			Name    string   `json:"name"`
			Domains []string `json:"domains"`
			Aliases []string `json:"aliases"`
		} `json:"outlets"`
	}
	var lf struct {
		Languages []struct {
			Code   string         `json:"code"`
			Words  []string       `json:"words"`
			Months map[string]int `json:"months"`
		} `json:"languages"`
	}
	mustDecode("data/outlets.json", &of)
	mustDecode("data/languages.json", &lf)
	lf.Languages = append(lf.Languages, detectOnlyLanguages()...)
	sl := &sourceLexicon{
		outletByAlias:  map[string]string{},
		outletByDomain: map[string]string{},
		months:         map[string]int{},
		langWords:      map[string][]string{},
		wordLangs:      map[string]uint64{},
		detectable:     map[whatlanggo.Lang]bool{},
	}
	for _, o := range of.Outlets {
		sl.outletByAlias[lowerString(o.Name)] = o.Name
		for _, a := range o.Aliases {
			sl.outletByAlias[lowerString(a)] = o.Name
		}
		for _, d := range o.Domains {
			sl.outletByDomain[lowerString(d)] = o.Name
		}
	}
	for _, l := range lf.Languages {
		sl.langOrder = append(sl.langOrder, l.Code)
		sl.langWords[l.Code] = l.Words
		for _, w := range l.Words {
			sl.wordLangs[w] |= 1 << (len(sl.langOrder) - 1)
		}
		for m, n := range l.Months {
			sl.months[lowerString(m)] = n
		}
		sl.detectable[whatlanggo.CodeToLang(iso6393[l.Code])] = true
	}
	return sl
})

// iso6393 maps the codes of languages.json to the codes whatlanggo reads.
var iso6393 = map[string]string{"en": "eng", "de": "deu", "it": "ita", "fr": "fra", "ru": "rus", "uk": "ukr", "pl": "pol", "es": "spa", "nl": "nld", "pt": "por", "cs": "ces", "sv": "swe", "ro": "ron", "sk": "slk", "bg": "bul", "hu": "hun", "hr": "hrv", "tr": "tur", "el": "ell", "fi": "fin", "da": "dan", "no": "nob", "lt": "lit", "lv": "lav", "et": "est", "ca": "cat"}

// outletNamed returns the outlet a name stands for ("Reuters", "the
// Financial Times", "ТАСС"), or "".
func outletNamed(name string) string {
	var buf [128]byte // strings.ToLower on the stack: asked of many a phrase that names no outlet
	n := appendLower(buf[:0], strings.TrimSpace(name))
	if o, ok := sourceData().outletByAlias[string(n)]; ok {
		return o
	}
	if len(n) >= 4 && string(n[:4]) == "the " {
		n = n[4:]
	}
	return sourceData().outletByAlias[string(n)]
}

// outletFromURL is the outlet whose site a URL is on (any subdomain of a
// known domain), else its host without "www.".
func outletFromURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	host := lowerString(u.Hostname())
	for h := host; strings.Contains(h, "."); {
		if o, ok := sourceData().outletByDomain[h]; ok {
			return o
		}
		_, h, _ = strings.Cut(h, ".")
	}
	for _, p := range []string{"www.", "m.", "amp.", "mobile."} {
		host = strings.TrimPrefix(host, p)
	}
	return host
}

// A dateline opens a wire report: "MOSCOW (Reuters) -", "KYIV, Nov 24
// (Reuters) -", "LONDON, November 23. /TASS/.", "KYIV, Nov 21:". The place
// is in capitals, in any script, and may name several cities a report was
// filed from ("WASHINGTON/KYIV, Nov 21 (Reuters) -").
var (
	datelineParen = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'’/-]*\p{Lu}(?:,\s*([^()]{1,25}?))?\s*\(([^()]{2,40})\)\s*[-—–]+\s*`)
	datelineSlash = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'’-]*\p{Lu},\s*([^/]{1,25}?)\.?\s*/([^/]{2,20})/\.?\s*`)
	// datelineAgency is an Italian agency's: the agency in parentheses
	// first, then place and date ("(ANSA) - ROMA, 3 DIC - "); each item of
	// a string of reports opens with one.
	datelineAgency = regexp.MustCompile(`^\(([\p{Lu}]{2,12})\)\s*[-—–]\s*\p{Lu}[\p{Lu} .'’-]*\p{Lu},\s*(\d{1,2}\s+\p{L}{3,12})\s*[-—–]+\s*`)
	datelinePlain  = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'’/-]*\p{Lu},\s*(\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,12})\s*[:—–.-]\s+(?:(\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?)\.\s+)?`)
)

// dateline is what the opening of a wire report says.
type dateline struct {
	outlet string // "" when the dateline names none
	month  int    // 0 when it gives no date
	day    int
	end    int // byte length of the dateline in the paragraph
}

func readDateline(p string) (dateline, bool) {
	p = datelineWindow(p)
	var d dateline
	var when string
	if m := datelineParen.FindStringSubmatchIndex(p); m != nil {
		d.end = m[1]
		if m[2] >= 0 {
			when = p[m[2]:m[3]]
		}
		d.outlet = outletNamed(p[m[4]:m[5]])
		if d.outlet == "" {
			d.outlet = strings.TrimSpace(p[m[4]:m[5]])
		}
	} else if m := datelineSlash.FindStringSubmatchIndex(p); m != nil {
		d.end = m[1]
		when = p[m[2]:m[3]]
		d.outlet = outletNamed(p[m[4]:m[5]])
		if d.outlet == "" {
			d.outlet = strings.TrimSpace(p[m[4]:m[5]])
		}
	} else if m := datelineAgency.FindStringSubmatchIndex(p); m != nil {
		d.end = m[1]
		when = p[m[4]:m[5]]
		d.outlet = outletNamed(p[m[2]:m[3]])
		if d.outlet == "" {
			d.outlet = p[m[2]:m[3]]
		}
	} else if m := datelinePlain.FindStringSubmatchIndex(p); m != nil {
		d.end = m[1]
		when = p[m[2]:m[3]]
		if m[4] >= 0 {
			// "МОСКВА, 27 ноя – РИА Новости. …": the outlet after the dash,
			// only when it is a known one (else it is the lead's first words)
			if o := outletNamed(p[m[4]:m[5]]); o != "" {
				d.outlet = o
			} else {
				d.end = m[4]
			}
		}
	} else if dd, ok := readDayDotDateline(p); ok {
		return dd, true // "BRATISLAVA 26. novembra (TASR) -" (dateline_daydot.go)
	} else {
		return d, false
	}
	d.month, d.day = dayMonth(when)
	return d, true
}

// datelineWindow is the opening of p that a dateline can span: the place in
// capitals, then at most 25 runes of date, 40 of outlet and single spaces
// (paragraphs are normalised) – well under 400 more bytes. The expressions
// then never see a long paragraph, which their backtracking state would
// have to cover.
func datelineWindow(p string) string {
	place := 0
	for place < len(p) {
		r, n := utf8.DecodeRuneInString(p[place:])
		if !unicode.IsUpper(r) && !strings.ContainsRune(" .'’/-", r) {
			break
		}
		place += n
	}
	return p[:runeCut(p, place+400)]
}

// dayMonth reads "Nov 24", "November 23", "25 ноября", "Nov. 21", with or
// without the year after them ("23 de novembro de 2025", "Nov 24, 2025"):
// the dateline's year is the reference time's (datelineDate).
func dayMonth(s string) (month, day int) {
	f := dateFields(s) // "24 de novembro", "lapkričio 24 d." (datewords.go)
	if len(f) == 3 && yearNum(f[2]) > 0 {
		f = f[:2]
	}
	if len(f) != 2 {
		return 0, 0
	}
	if m, ok := monthOf(f[0]); ok {
		if d := dayNum(f[1]); d > 0 {
			return m, d
		}
	}
	if m, ok := monthOf(f[1]); ok {
		if d := dayNum(f[0]); d > 0 {
			return m, d
		}
	}
	return 0, 0
}

// datelineDate completes a dateline's day and month with the year of the
// reference time: the latest such date not after it, since a report is
// ingested after it was filed.
func datelineDate(d dateline, ref time.Time) string {
	if d.month == 0 {
		return ""
	}
	y := ref.Year()
	if d.month > int(ref.Month()) || d.month == int(ref.Month()) && d.day > ref.Day()+1 {
		y-- // later in the year than now: last year's (a day ahead is a time zone)
	}
	return fmtDate(y, d.month, d.day)
}

// datelineTitle is a dateline whose place is in title case, as German,
// French, Italian, Spanish and Portuguese services write it, with a known
// agency in brackets: "Berlin (dpa) -", "Kiew (AFP) -", "Roma, 24 nov.
// (Adnkronos) -", "Washington, 23 de novembro de 2025 (Lusa) -".
var datelineTitle = regexp.MustCompile(`^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}?\p{Ll}+){0,2}(?:/\p{Lu}\p{Ll}+)?(?:,\s*([^()]{1,30}?))?\s*\(([^()]{2,40})\)\s*[-—–]+\s*`)

// datelineLead is datelineLine opening a paragraph that goes on with the
// lead: "Київ, 28 листопада 2025 — Укрінформ. Президент …".
var datelineLead = regexp.MustCompile(datelinePlaceDate + `[.,—–-]\s*(\p{Lu}[\p{L}'’-]{1,30}(?: \p{Lu}[\p{L}'’-]+)?)\.\s+`)

// titleDateline reads a datelineTitle or a datelineLead whose outlet is a
// known one: a title-case word and a bracket open many a sentence.
func titleDateline(p string) (dateline, bool) {
	if len(p) < 8 || !containsAny(p[:min(len(p), 120)], "(.") {
		return dateline{}, false
	}
	w := datelineWindow(p)
	if strings.IndexByte(w, '(') < 0 {
		// no bracket for datelineTitle's agency (regexpgates.go)
	} else if m := datelineTitle.FindStringSubmatchIndex(w); m != nil {
		if o := outletNamed(w[m[4]:m[5]]); o != "" {
			d := dateline{outlet: o, end: m[1]}
			if m[2] >= 0 {
				d.month, d.day = dayMonth(w[m[2]:m[3]])
			}
			return d, true
		}
	}
	if !mayHoldPlaceDate(w) {
		return dateline{}, false
	}
	if m := datelineLead.FindStringSubmatchIndex(w); m != nil {
		if o := outletNamed(w[m[4]:m[5]]); o != "" {
			d := dateline{outlet: o, end: m[1]}
			d.month, d.day = dayMonth(w[m[2]:m[3]])
			return d, true
		}
	}
	return dateline{}, false
}

// trailingAgency is a known agency in brackets closing a report's first
// paragraph, as Italian services sign it: "ROMA, 24 NOV - … (ANSA)."
var trailingAgency = regexp.MustCompile(`\((\p{Lu}[\p{L} .-]{1,20})\)\.?\s*$`)

// agencyAtEnd is the known agency that signs paragraph p at its end, or "".
func agencyAtEnd(p string) string {
	if !strings.HasSuffix(p, ")") && !strings.HasSuffix(p, ").") {
		return ""
	}
	if m := trailingAgency.FindStringSubmatch(p[max(0, len(p)-30):]); m != nil {
		return outletNamed(m[1])
	}
	return ""
}

// findDateline looks for a dateline at the start of the first paragraphs
// (a headline, a byline and the time of an update may come first, each a
// paragraph of its own) and returns it with its paragraph's index.
func findDateline(ps []paragraph) (dateline, int) {
	for i := 0; i < len(ps) && i < 5; i++ {
		if updateStampEnd(ps[i].text) >= 0 {
			continue // "AKTUALIZACJA, godz. 18:40 (30.12) –": a note's time, no place and date (updatestamp.go)
		}
		if d, ok := lineDateline(ps[i].text); ok {
			return d, i
		}
		if d, ok := dotDateline(ps[i].text); ok {
			return d, i
		}
		if d, ok := readCaselessDateline(ps[i].text); ok {
			return d, i // "موسكو - القاهرة (وكالة النيل للأنباء) -": no capitals in the script (dateline_caseless.go)
		}
		if d, ok := titleDateline(ps[i].text); ok {
			return d, i // "Berlin (dpa) -", "Київ, 28 листопада 2025 — Укрінформ. …"
		}
		if !twoCapitals(ps[i].text) && !strings.HasPrefix(ps[i].text, "(") {
			continue // a dateline's place is in capitals: "KYIV", "МОСКВА"
		}
		if d, ok := readDateline(ps[i].text); ok {
			if d.outlet == "" {
				d.outlet = agencyAtEnd(ps[i].text) // "ROMA, 24 NOV - … (ANSA)."
			}
			return d, i
		}
	}
	return dateline{}, -1
}

// datelineLine is a dateline on a line of its own, the place not in
// capitals and the outlet after the date: "Київ, 23 листопада 2025.
// Укрінформ.", "Roma, 23 novembre 2025 – ANSA".
var datelineLine = regexp.MustCompile(datelinePlaceDate + `[.,—–-]?\s*(\p{Lu}[\p{L}.'’ -]{1,30}?)\.?$`)

// datelinePlaceDate opens datelineLine and datelineLead: the place in title
// case, a comma, the day and month (the first group) and an optional year.
const datelinePlaceDate = `^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?,\s*(\d{1,2}\.?\s+\p{L}{3,12}|\p{L}{3,9}\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*`

// datelineDot is the Interfax form, the place in title case and the parts
// cut by full stops: "Москва. 3 декабря. INTERFAX.RU - ", "Київ. 3 грудня.
// ІНТЕРФАКС-УКРАЇНА - ".
var datelineDot = regexp.MustCompile(`^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?\.\s+(\d{1,2}\s+\p{L}{3,12})\.\s+(\p{Lu}[\p{L}\p{N}.-]{2,30})\s*[-—–]+\s+`)

// dotDateline reads a datelineDot whose outlet is a known one.
func dotDateline(p string) (dateline, bool) {
	if !dotThenDigit(p) {
		return dateline{}, false // (most paragraphs: no regexp run)
	}
	m := datelineDot.FindStringSubmatchIndex(datelineWindow(p))
	if m == nil {
		return dateline{}, false
	}
	name := strings.TrimSuffix(p[m[4]:m[5]], ".")
	o := outletNamed(name)
	if o == "" {
		o = lowerIn(sourceData().outletByDomain, name) // "INTERFAX.RU"
	}
	if o == "" {
		return dateline{}, false
	}
	d := dateline{outlet: o, end: m[1]}
	d.month, d.day = dayMonth(p[m[2]:m[3]])
	return d, true
}

// lineDateline reads a datelineLine whose outlet is a known one (a short
// paragraph of a place, a date and any capitalised word would otherwise
// pass).
func lineDateline(p string) (dateline, bool) {
	if len(p) > 90 || !strings.Contains(p, ",") {
		return dateline{}, false
	}
	m := datelineLine.FindStringSubmatch(p)
	if m == nil {
		return dateline{}, false
	}
	o := outletNamed(strings.TrimSpace(m[2]))
	if o == "" {
		return dateline{}, false
	}
	d := dateline{outlet: o, end: len(p)}
	d.month, d.day = dayMonth(m[1])
	return d, true
}

// headline is the title of a document without one: its first paragraph
// when that reads as a headline, else the lead sentence without its
// dateline, shortened at a word boundary.
func headline(ps []paragraph, dl dateline, dlAt int) string {
	if len(ps) == 0 {
		return ""
	}
	t := ps[0].text
	if dlAt == 0 {
		t = t[dl.end:]
	}
	if ps[0].kind == paraHeading || utf8.RuneCountInString(t) <= 120 {
		return t
	}
	if s := sentences(t); len(s) > 0 {
		t = strings.TrimRight(s[0], ".")
	}
	return truncateWords(t, 120)
}

// detectLang tells the language of a body with no lang header: whatlanggo
// on the opening of the text, restricted to the languages the corpus
// reads, or a vote of common words when the text is too short for it.
func detectLang(body string) string {
	sample := body
	if len(sample) > 700 { // trigram detection costs more than all of extraction past this
		cut := 700
		for cut > 0 && !utf8.RuneStart(sample[cut]) {
			cut--
		}
		sample = sample[:cut]
	}
	return cyrillicByLetters(detectSample(sample), body) // letters only one Cyrillic language writes, read over the whole body (cyrilliclang.go)
}

// detectSample is detectLang on the opening of the text it reads.
func detectSample(sample string) string {
	sl := sourceData()
	if l := scriptLang(sample); l != "" {
		return l // a script only one language writes (scriptlang.go)
	}
	if utf8.RuneCountInString(sample) < 200 {
		return voteLang(sample) // "" when the vote is too thin: the caller's fallback
	}
	if v, sure := voteLangSure(sample[:runeCut(sample, 400)]); sure {
		return v // trigram detection costs more than the rest of extraction
	}
	if v, sure := voteLangSure(sample); sure && len(sample) > runeCut(sample, 400) {
		return v // the same certainty on the whole sample (langvote.go)
	}
	if v, ok := voteWithoutModel(sample); ok {
		return v // Catalan, which the trigram detector would call Spanish (langvote_model.go)
	}
	info := trigramDetect(sample, whatlanggo.Options{Whitelist: sl.detectable})
	if info.Lang < 0 || !info.IsReliable() {
		return voteLang(sample)
	}
	return info.Lang.Iso6391()
}

// voteLang counts the common words of each language in s; the language
// with the most wins when it has at least two.
func voteLang(s string) string {
	v, n, _ := tallyLang(s)
	if n < 2 {
		return ""
	}
	return v
}

// voteLangSure is the vote when it leaves no doubt: at least six common
// words, three times as many as any other language's.
func voteLangSure(s string) (string, bool) {
	v, n, second := tallyLang(s)
	return v, n >= 6 && n >= 3*second
}

// tallyLang returns the language with the most common words in s, its
// count and the runner-up's.
func tallyLang(s string) (best string, bestN, second int) {
	sl := sourceData()
	var counts [64]int
	for w := range strings.FieldsSeq(s) {
		w = trimVotePunct(w)
		langs, ok := sl.wordLangs[w]
		if !ok && hasUpper(w) {
			// "Il", "Die" opening a sentence, lower-cased on the stack:
			// the map look copies nothing
			var lb [64]byte
			langs = sl.wordLangs[string(appendLower(lb[:0], w))]
		}
		for i := 0; langs != 0; i++ {
			if langs&1 != 0 {
				counts[i]++
			}
			langs >>= 1
		}
	}
	for i, code := range sl.langOrder {
		n := counts[i]
		if n > bestN {
			best, bestN, second = code, n, bestN
		} else if n > second {
			second = n
		}
	}
	return best, bestN, second
}

// trimVotePunct is strings.Trim(w, ".,;:!?\"“”«»„()") without the
// cutset search per rune.
func trimVotePunct(w string) string {
	for w != "" {
		r, n := utf8.DecodeRuneInString(w)
		if !isVotePunct(r) {
			break
		}
		w = w[n:]
	}
	for w != "" {
		r, n := utf8.DecodeLastRuneInString(w)
		if !isVotePunct(r) {
			break
		}
		w = w[:len(w)-n]
	}
	return w
}

func isVotePunct(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '"', '“', '”', '«', '»', '„', '(', ')':
		return true
	}
	return false
}

// hasUpper reports whether strings.ToLower could change w.
func hasUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			return true
		}
		if c >= utf8.RuneSelf {
			for _, r := range w[i:] {
				if unicode.ToLower(r) != r {
					return true
				}
			}
			return false
		}
	}
	return false
}

// runeCut is the largest rune boundary of s at or below n bytes.
func runeCut(s string, n int) int {
	if n >= len(s) {
		return len(s)
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}

// twoCapitals reports whether s opens with two capital letters.
func twoCapitals(s string) bool {
	r1, n := utf8.DecodeRuneInString(s)
	r2, _ := utf8.DecodeRuneInString(s[n:])
	return unicode.IsUpper(r1) && unicode.IsUpper(r2)
}
