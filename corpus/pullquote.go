package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A feature's pull quote, an epigraph or a quote card prints a quotation
// whole and signs it with a dash and a name, often with a title after a
// comma, on the same line or the next:
//
//	“We are closer than ever, but the last mile is the hardest.”
//	— Rustem Umerov, secretary of Ukraine's security council
//
// No speech verb stands anywhere, so no attribution rule read it. pullQuote
// reads a paragraph that is one quotation and ends with such a signature,
// or one followed by a paragraph that is only the signature.

// maxSignatureWords is the most words a signature may have: a name of up
// to four words and a title.
const maxSignatureWords = 16

// pullQuote reads the pull quote at ps[i] and returns the index of its last
// paragraph, or -1 when ps[i] is none.
func (x *extractor) pullQuote(ps []paragraph, i int) int {
	p := ps[i]
	if p.kind != paraText {
		return -1
	}
	t := strings.TrimSpace(p.text)
	if r, _ := utf8.DecodeRuneInString(t); !isOpenQuote(r) {
		return -1
	}
	if q, sig, ok := cutSignature(t); ok {
		if sp := x.signatureSpeaker(sig); sp != nil {
			x.pos = p.index
			x.emit(sp, trimQuote(q), true, p.index)
			return i
		}
		return -1
	}
	q, ok := wholeQuote(t)
	if !ok || i+1 >= len(ps) {
		return -1
	}
	next := strings.TrimSpace(ps[i+1].text)
	sig, ok := signatureAfterDash(next)
	if !ok && ps[i+1].kind == paraItem && ps[i+1].dash && ps[i+1].number == 0 {
		sig, ok = next, true // the signature's dash read as a bullet's
	}
	if !ok {
		return -1
	}
	sp := x.signatureSpeaker(sig)
	if sp == nil {
		return -1
	}
	x.pos = p.index
	x.emit(sp, trimQuote(q), true, p.index)
	return i + 1
}

// cutSignature splits "“…” — Name, title" into the quotation's inside and
// the signature.
func cutSignature(t string) (quote, sig string, ok bool) {
	for _, d := range []string{"” — ", "” – ", "” - ", "\" — ", "\" – ", "\" - ", "» — ", "» – ", "» - ", "“ — ", "“ – ", ".” — ", ".” – "} {
		k := strings.LastIndex(t, d)
		if k < 0 {
			continue
		}
		head := t[:k+len(d)-len(strings.TrimLeft(d, "”\"»“."))]
		if q, ok := wholeQuote(strings.TrimSpace(head)); ok {
			return q, strings.TrimSpace(t[k+len(d):]), true
		}
	}
	return "", "", false
}

// signatureAfterDash is the text after a dash opening s ("— Rustem Umerov, …").
func signatureAfterDash(s string) (string, bool) {
	for _, d := range []string{"— ", "– ", "- ", "―"} {
		if rest, ok := strings.CutPrefix(s, d); ok {
			return strings.TrimSpace(rest), true
		}
	}
	return "", false
}

// signatureSpeaker is the person a signature names: capitalised words
// first (a name), then, after a comma, a title; nil for anything else (a
// sentence, a source line, a date).
func (x *extractor) signatureSpeaker(sig string) *speaker {
	sig = strings.TrimRight(sig, ". ")
	if sig == "" || len(strings.Fields(sig)) > maxSignatureWords || strings.ContainsAny(sig, "“”\"«»:;!?") {
		return nil
	}
	name, role, _ := strings.Cut(sig, ", ")
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > 4 {
		return nil
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) && !particles[w] {
			return nil
		}
	}
	sp := x.person(words, strings.TrimSpace(role))
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	if sp.role == "" && role != "" {
		sp.role = cleanRole(role)
	}
	return sp
}
