// Update stamps: an article that grows during the day stacks notes above
// or inside its text, each opened by a stamp ("UPDATE, 13:15 –", "Update
// (3.40pm):", "**AKTUALIZACJA, godz. 13:15 (30.12)** –", "MISE À JOUR à
// 14h05 :", "AGGIORNAMENTO ore 12.30 —", "ACTUALIZACIÓN 10:20 |",
// "ОБНОВЛЕНО 14:20.", "Nachtrag, 16.45 Uhr:", "[UPDATE, Dec. 26 4:53 p.m.
// ET]"), and a live blog opens its entries with a time ("Ore 12.30 -",
// "14.05 Uhr:"). The stamp is layout: read as a label it became a speaker
// ("AKTUALIZACJA, godz." is a record's "NAME, office." label to
// protocol.go, "MISE À JOUR" a name and its role), or it hid the
// paragraph's first words from the readers that look for a subject or a
// quotation there ("UPDATE, 3:15 p.m. – \"…,\" he said", "Nachtrag:
// Er fügte hinzu, …"). So it is cut from the paragraphs provisions and
// statements read, before any reader sees them; passages keep the text
// as printed. The words are data/stamps.json's.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/stamps.json
var stampsJSON []byte

// stampLexicon is data/stamps.json, indexed.
type stampLexicon struct {
	updates    [][]string      // the opening phrases, each split into words, longest first
	relatives  [][]string      // the openings of a time counted back ("il y a", "hace")
	ends       map[string]bool // the words closing one ("ago", "temu")
	firsts     map[string]bool // the first word of every opening phrase and time lead
	leads      [][]string      // the words before a time ("ore", "a las")
	qualifiers map[string]bool // the other words a stamp may hold
	abbrevs    map[string]bool // words whose period closes no stamp ("p.m.")
}

var stampData = sync.OnceValue(func() *stampLexicon {
	var d struct {
		Updates    []string `json:"updateWords"`
		Leads      []string `json:"timeLeads"`
		Relatives  []string `json:"relativeLeads"`
		Ends       []string `json:"relativeEnds"`
		Qualifiers []string `json:"qualifiers"`
		Abbrevs    []string `json:"abbreviations"`
	}
	mustDecodeJSON("data/stamps.json", stampsJSON, &d)
	lx := &stampLexicon{firsts: map[string]bool{}, qualifiers: set(d.Qualifiers), abbrevs: set(d.Abbrevs), ends: set(d.Ends)}
	split := func(ps []string) [][]string {
		out := make([][]string, 0, len(ps))
		for _, p := range longestFirst(ps) {
			f := strings.Fields(lowerString(p))
			if len(f) > 0 {
				out = append(out, f)
				lx.firsts[f[0]] = true
				lx.firsts[strings.TrimSuffix(f[0], ".")] = true // "Agg." is looked up as "agg"
			}
		}
		return out
	}
	lx.updates, lx.leads, lx.relatives = split(d.Updates), split(d.Leads), split(d.Relatives)
	return lx
})

// maxStampWords is the most words a stamp may have after its opening
// phrase ("UPDATE, Dec. 26 4:53 p.m. ET]" has five).
const maxStampWords = 9

// withoutStamps returns the paragraphs with the stamp at the head of each
// cut (updateStampEnd); a paragraph that is only a stamp becomes one no
// reader reads. ps itself is not changed: the slice is copied on the first
// stamp found, and returned as it is when there is none. skip is a
// paragraph left as it is (the dateline's, whose offsets are kept), or -1.
func withoutStamps(ps []paragraph, skip int) []paragraph {
	out, copied := ps, false
	for i, p := range ps {
		if i == skip || p.kind != paraText && p.kind != paraHeading || p.log || p.chat || p.turn != nil {
			continue
		}
		end := updateStampEnd(p.text)
		if end < 0 {
			continue
		}
		if !copied {
			out, copied = append([]paragraph(nil), ps...), true
		}
		rest := strings.TrimSpace(p.text[end:])
		if !hasLetter(rest) && !hasDigit(rest) {
			out[i].kind, out[i].text = paraTags, "" // "Update (5:12 p.m.)" on its own line
			continue
		}
		out[i].text = rest
	}
	return out
}

// stampToken is one word of a paragraph's head with where it ends and
// whether a line break follows it.
type stampToken struct {
	word  string
	end   int  // byte offset after the word
	broke bool // a line break follows the word
}

// stampTokens cuts the first words of t into buf, as many as it holds.
func stampTokens(t string, buf []stampToken) []stampToken {
	out := buf[:0]
	i := 0
	for i < len(t) && len(out) < cap(buf) {
		for i < len(t) && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n') {
			i++
		}
		start := i
		for i < len(t) && t[i] != ' ' && t[i] != '\t' && t[i] != '\n' {
			i++
		}
		if start == i {
			break
		}
		j := i
		for j < len(t) && (t[j] == ' ' || t[j] == '\t') {
			j++
		}
		out = append(out, stampToken{word: t[start:i], end: i, broke: j < len(t) && t[j] == '\n'})
	}
	return out
}

// updateStampEnd returns where the text after a stamp at the head of t
// starts, or -1 when t opens with none. A stamp is an update word
// ("UPDATE", "Nachtrag", "MISE À JOUR") or a time with the word before it
// ("Ore 12.30", "um 14.05 Uhr"), then words that only say when (a time, a
// date, a zone, a month, "godz.", "2h ago"), closed by a separator (a
// dash, a colon, a bar, a period after the time, a closing bracket or the
// bold's end, a line break) or by the end of the paragraph.
func updateStampEnd(t string) int {
	if t == "" {
		return -1
	}
	lead := t
	// the markup and the bracket a stamp may open with: "**UPDATE",
	// "[UPDATE"
	for k := 0; k < 3 && lead != "" && strings.IndexByte("*_[(", lead[0]) >= 0; k++ {
		lead = lead[1:]
	}
	r, _ := utf8.DecodeRuneInString(lead)
	lx := stampData()
	if unicode.IsDigit(r) {
		return relativeStampEnd(t, lead, lx)
	}
	if !unicode.IsLetter(r) {
		return -1
	}
	var first [32]byte
	fw := lead
	if k := strings.IndexAny(fw, " ,:.;)]*\n"); k >= 0 {
		fw = fw[:k]
	}
	if len(fw) > len(first) || !lx.firsts[string(appendLower(first[:0], fw))] {
		return -1 // most paragraphs: their first word opens no stamp
	}
	base := len(t) - len(lead)
	var buf [maxStampWords + 4]stampToken
	toks := stampTokens(lead, buf[:])
	n := stampOpening(toks, lx)
	if n == 0 {
		return -1
	}
	for k := range toks {
		toks[k].end += base
	}
	return stampClose(t, toks, n, lx)
}

// relativeStampEnd reads a stamp opening with a number, the time counted
// back from now ("2h ago –", "2 godziny temu –", "18 minuti fa -"): it
// must hold one of the words that close such a time; a bare clock time
// ("14:05 –") is stripTimestamp's (labels.go).
func relativeStampEnd(t, lead string, lx *stampLexicon) int {
	var buf [maxStampWords + 4]stampToken
	toks := stampTokens(lead, buf[:])
	base := len(t) - len(lead)
	for k := range toks {
		toks[k].end += base
	}
	end := stampClose(t, toks, 1, lx)
	if end < 0 {
		return -1
	}
	var low [32]byte
	for _, tk := range toks {
		if tk.end > end {
			break
		}
		if w := stampCore(tk.word); len(w) <= len(low) && lx.ends[string(appendLower(low[:0], w))] {
			return end
		}
	}
	return -1
}

// stampOpening reads a stamp's opening words: an update phrase, a time
// lead followed by a time, or the opening of a time counted back followed
// by its number. It returns how many words they take, 0
// for none.
func stampOpening(toks []stampToken, lx *stampLexicon) int {
	if n := stampPhrase(toks, lx.updates); n > 0 {
		return n
	}
	if n := stampPhrase(toks, lx.leads); n > 0 && n < len(toks) && clockWord(stampCore(toks[n].word)) {
		return n + 1
	}
	if n := stampPhrase(toks, lx.relatives); n > 0 && n < len(toks) && hasDigit(toks[n].word) {
		return n + 1 // "il y a 18 min", "hace 18 minutos"
	}
	return 0
}

// stampPhrase returns how many words of the longest phrase of ps the
// tokens open with, the last word's trailing punctuation aside ("UPDATE,",
// "AKTUALIZACJA:", "Update**"), or 0.
func stampPhrase(toks []stampToken, ps [][]string) int {
	var buf [48]byte
next:
	for _, p := range ps {
		if len(p) > len(toks) {
			continue
		}
		for k, w := range p {
			got := toks[k].word
			if k == len(p)-1 {
				got = strings.TrimRight(got, ",:;|*_)]")
				if !strings.HasSuffix(w, ".") {
					got = strings.TrimRight(got, ".")
				}
			}
			if len(got) > len(buf) || string(appendLower(buf[:0], got)) != w {
				continue next // "Mise, à jour": a phrase is not broken by punctuation
			}
		}
		return len(p)
	}
	return 0
}

// stampCore is a stamp's word without its markup and punctuation:
// "(30.12)**" is "30.12", "ET]" is "ET", "14:05:" is "14:05".
func stampCore(w string) string {
	return strings.Trim(w, "*_[](),;:|–—-")
}

// clockWord reports whether w is a time ("14:05", "12.30", "14h05", "3pm").
func clockWord(w string) bool {
	w = strings.TrimRight(w, ".")
	d := 0
	for d < len(w) && w[d] >= '0' && w[d] <= '9' {
		d++
	}
	if d == 0 || d > 2 {
		return false
	}
	rest := w[d:]
	switch {
	case rest == "" || rest == "h" || rest == "pm" || rest == "am":
		return rest != ""
	case rest[0] == ':' || rest[0] == '.' || rest[0] == 'h':
		m := rest[1:]
		return len(m) >= 2 && m[0] >= '0' && m[0] <= '5' && m[1] >= '0' && m[1] <= '9'
	}
	return false
}

// stampClose reads the words after a stamp's opening: words that say when
// go on, a separator closes the stamp, and any other word closes it only
// right after a word that ended as a stamp may end (a period, a closing
// bracket, the bold's end); else there is no stamp. A line break after a
// word, or the paragraph's end, closes it too.
func stampClose(t string, toks []stampToken, n int, lx *stampLexicon) int {
	soft := false // the word before may have closed the stamp
	tail := len(strings.TrimRight(t, " \t\n"))
	for k := n - 1; k < len(toks); k++ {
		w := toks[k].word
		bare := strings.Trim(w, "*_")
		if k >= n {
			if bare == "" {
				soft = true // the bold's end alone: "** – …" may follow
				continue
			}
			if stampCore(bare) == "" {
				return toks[k].end // "–", "—", "|", ":": "AGGIORNAMENTO ore 12.30 — …"
			}
			if !stampQualifier(stampCore(w), lx) {
				if soft {
					return toks[k-1].end // "ОБНОВЛЕНО 14:20. Министр …"
				}
				return -1 // "Update on the talks: …"
			}
			if k-n >= maxStampWords {
				return -1
			}
		}
		if toks[k].broke || toks[k].end >= tail {
			return toks[k].end // "Posted 2h ago" on its own line, or the stamp alone
		}
		switch last := lastByte(bare); {
		case last == ':' || last == '|':
			return toks[k].end // "Update, 16.45 Uhr: …", "UPDATE:"
		case last == ']' || last == ')':
			soft = true // "[UPDATE, … ET]", "(30.12)"
		case last == '.':
			soft = !lowerIn(lx.abbrevs, bare) // "14:20.", "ОНОВЛЕНО."; not "p.m.", "godz."
		default:
			soft = len(bare) < len(w) && (strings.HasSuffix(w, "**") || strings.HasSuffix(w, "__")) // "**UPDATE 14:05**"
		}
	}
	return -1
}

// lastByte is the last byte of s, 0 for none.
func lastByte(s string) byte {
	if s == "" {
		return 0
	}
	return s[len(s)-1]
}

// stampQualifier reports whether a word may stand inside a stamp: a word
// with a digit ("14:05", "(30.12)", "2h"), a month's name, or one of the
// qualifiers ("godz.", "p.m.", "Uhr", "ago").
func stampQualifier(core string, lx *stampLexicon) bool {
	if core == "" {
		return true
	}
	if hasDigit(core) {
		return true
	}
	var buf [32]byte
	if len(core) <= len(buf) {
		low := string(appendLower(buf[:0], core))
		if lx.qualifiers[low] || lx.qualifiers[strings.TrimRight(low, ".")] || lx.abbrevs[low+"."] || lx.abbrevs[low] {
			return true
		}
	}
	_, ok := monthOf(core)
	return ok
}
