// Dialogue hyphens: Polish, Russian and Ukrainian web copy often types
// the dialogue dash as a plain hyphen with a space on each side: "- Nawet
// jeśli … - powiedział.", "Prognoza mówiła … - podkreślił szef resortu.",
// "\"…\", - заявил глава полиции." The readers of speech closed or opened
// by a dash know the en and em dashes ("– powiedział", unquoted speech,
// dashtailplain.go) and the sentence splitter cuts ". – To …" but not
// ". - To …", so in those languages a spaced hyphen of a statement
// paragraph that stands where the dialogue dash does is read as that
// dash (dialogueDashes); provisions and passages keep the text as
// printed.

package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// withDialogueDashes returns the paragraphs with each spaced hyphen of a
// Slavic-language paragraph that stands as a dialogue dash written as an
// en dash; ps itself is not
// changed (copied on the first change). skip is a paragraph left as it
// is (the dateline's, whose offsets are kept), or -1.
func withDialogueDashes(ps []paragraph, lang string, skip int) []paragraph {
	if !slavicLangs[lang] {
		return ps
	}
	out, copied := ps, false
	for i, p := range ps {
		if i == skip || p.kind != paraText && p.kind != paraItem || !strings.Contains(p.text, " - ") {
			continue
		}
		t := dialogueDashes(p.text)
		if t == p.text {
			continue
		}
		if !copied {
			out, copied = append([]paragraph(nil), ps...), true
		}
		out[i].text = t
	}
	return out
}

// dialogueDashes writes each " - " of t that stands as a dialogue dash as
// " – ": after the end of a sentence, a comma or a closing quotation mark
// ("… nagle. - To …", "\"…\", - заявил"), or before a speech verb ("… -
// powiedział", "… - mówi"). Any other spaced hyphen is kept: a range
// ("2 - 3"), a copula ("решения по активам - воровство"), a pair of
// places ("Rosja - Ukraina").
func dialogueDashes(t string) string {
	var b strings.Builder
	last := 0
	for from := 0; ; {
		i := strings.Index(t[from:], " - ")
		if i < 0 {
			break
		}
		i += from
		from = i + 3
		before, _ := utf8.DecodeLastRuneInString(t[:i])
		if !strings.ContainsRune(".!?…,\"”»", before) && !speechVerbAt(t[i+3:]) {
			continue
		}
		if b.Len() == 0 {
			b.Grow(len(t) + 8)
		}
		b.WriteString(t[last:i])
		b.WriteString(" – ")
		last = i + 3
	}
	if last == 0 {
		return t
	}
	b.WriteString(t[last:])
	return b.String()
}

// speechVerbAt reports whether s opens with a speech verb in lower case
// ("powiedział w TVP …", "заявил он").
func speechVerbAt(s string) bool {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s)
	}
	w := s[:end]
	if w == "" || len(w) > 40 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
		return false
	}
	return lexiconData().sayVerbs[w]
}
