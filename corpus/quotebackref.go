// Back-reference nouns after or before a quotation's verb: a club
// bulletin introduces its lecturer once by name and then attributes her
// quotations to what she is ("…," the geophysicist began, ZZT zzt02;
// « …, a commencé la conférencière », zzt07; «…», contó la bailaora,
// zzt09; …, — сказал штурман, zzt10; …, rekla je diplomatkinja, ZZS
// zzs12). nounBackRef reads the noun only when it opens the sentence,
// so these quotations were found nowhere. The speaker is the person
// whose role holds the noun, else the one person named in the nearest
// earlier sentence that uses the noun (nounIntroducer), else the noun as
// written.

package corpus

import (
	"strings"
	"unicode/utf8"
)

// backRefPhrase reports whether toks[from:to] are a back-reference noun
// with a definite article or none before it ("the geophysicist",
// "l'officier", "la bailaora", "штурман"), and gives the noun in lower
// case.
func backRefPhrase(toks []tok, from, to int) (string, bool) {
	if from >= to || to-from > 2 {
		return "", false
	}
	l := lowerWord(toks[from])
	if n, ok := cutElidedArticle(toks[from].word); ok && to-from == 1 {
		l = lowerString(n)
	} else if to-from == 2 {
		if !definiteSingular[l] || toks[from].trail != "" {
			return "", false
		}
		l = lowerWord(toks[from+1])
	}
	if !backRefNouns()[l] {
		return "", false
	}
	return l, true
}

// quoteBackRefSpeaker is who the back-reference noun l stands for, the
// words of the phrase as written given for the role-only fallback.
func (x *extractor) quoteBackRefSpeaker(l, cur string, words []string) *speaker {
	sp := x.nounHolder(l)
	if sp == nil {
		sp = x.nounIntroducer(l, cur, x.backRefPos)
	}
	if sp == nil {
		sp = x.titleSpeaker(words)
	}
	x.backRefSp = sp
	return sp
}

// backRefAfterVerb is the speaker of "», a commencé la conférencière":
// a back-reference phrase right after the verb at vi, up to the end of
// the sentence or a punctuation mark.
func (x *extractor) backRefAfterVerb(rest string, toks []tok, vi int) *speaker {
	if x.noQuoteBackRef {
		return nil
	}
	from := vi + 1
	if from < len(toks) && x.lx.adverbs[toks[from].low] && toks[from].trail == "" {
		from++
	}
	end := from
	for end < len(toks) && end-from < 2 {
		end++
		if toks[end-1].trail != "" {
			break
		}
	}
	l, ok := backRefPhrase(toks, from, end)
	if !ok || end < len(toks) && !strings.ContainsAny(toks[end-1].trail, ",.;:!?") {
		return nil
	}
	return x.quoteBackRefSpeaker(l, x.backRefCur, tokWords(toks[from:end]))
}

// backRefBeforeVerb is the speaker of "…," the geophysicist began: a
// back-reference phrase between the quotation (ending at byte quoteAt)
// and the verb at vi, auxiliaries and adverbs allowed before the verb.
func (x *extractor) backRefBeforeVerb(rest string, toks []tok, quoteAt, vi int) *speaker {
	if x.noQuoteBackRef {
		return nil
	}
	v := vi
	for v > 0 && toks[v-1].start > quoteAt && (x.lx.auxiliaries[toks[v-1].low] || x.lx.adverbs[toks[v-1].low]) && toks[v-1].trail == "" {
		v--
	}
	from := v
	for from > 0 && toks[from-1].start > quoteAt && v-from < 2 {
		from--
	}
	if from == v || toks[v-1].trail != "" {
		return nil
	}
	for k := from; k < v-1; k++ {
		if toks[k].trail != "" {
			return nil
		}
	}
	l, ok := backRefPhrase(toks, from, v)
	if !ok {
		return nil
	}
	return x.quoteBackRefSpeaker(l, x.backRefCur, tokWords(toks[from:v]))
}

// nounIntroducer is the person the nearest earlier sentence that uses the
// noun l (or an inflected form of it: "Гостею була Марина Савчук" for
// "гостя") names, when it names one person: "Аркадий Зимин, бывший
// штурман дальнего плавания" for "штурман"; nil when it names none or
// more than one.
func (x *extractor) nounIntroducer(l, cur string, pos int) *speaker {
	if x.noNounIntro {
		return nil
	}
	for i := len(x.paras) - 1; i >= 0; i-- {
		p := x.paras[i]
		if p.index > pos {
			continue
		}
		text := p.text
		if p.index == pos && cur != "" {
			if j := strings.Index(text, cur); j >= 0 {
				text = text[:j]
			}
		}
		ss := sentences(text)
		for j := len(ss) - 1; j >= 0; j-- {
			if !sentenceUsesNoun(ss[j], l) || opensWithNoun(ss[j], l) {
				continue // "Гостя нагадала, що …": a back-reference itself, no introduction
			}
			sp, n := x.oneNamedIn(ss[j])
			if n == 0 {
				continue // "the geophysicist said": a back-reference itself
			}
			return sp
		}
		if pos-p.index > 40 {
			break
		}
	}
	return nil
}

// sentenceUsesNoun reports whether a word of s is l or an inflected form
// of it: the same first letters but for the last two of l, at most three
// letters longer.
func sentenceUsesNoun(s, l string) bool {
	n := utf8.RuneCountInString(l)
	for w := range strings.FieldsSeq(lowerString(s)) {
		w = strings.Trim(w, ",.;:!?«»„“”\"'()—–-*")
		if w == l {
			return true
		}
		if n < 5 {
			continue
		}
		m := utf8.RuneCountInString(w)
		if m < n-1 || m > n+3 {
			continue
		}
		lr, wr := []rune(l), []rune(w)
		c := 0
		for c < len(lr) && c < len(wr) && lr[c] == wr[c] {
			c++
		}
		if c >= n-2 && c >= 4 {
			return true
		}
	}
	return false
}

// oneNamedIn is the one person sentence s names by a full name of two or
// more words, known to the document or read by its shape, and how many
// it names (2 for two or more, when the person is nil).
func (x *extractor) oneNamedIn(s string) (*speaker, int) {
	toks := readAs(tokenize(s), x.src.Lang)
	var found *speaker
	for _, run := range x.personRuns(toks) {
		w := tokWords(run)
		if len(w) < 2 {
			continue
		}
		sp := x.knownPerson(w)
		if sp == nil {
			sp = x.classify(run, false)
		}
		if sp == nil || sp.kind != kindPerson || sp.name == unnamedSpeaker {
			continue
		}
		if found != nil && found.name != sp.name {
			return nil, 2
		}
		found = sp
	}
	if found == nil {
		return nil, 0
	}
	return found, 1
}

// relaysNamed reports whether text, the words a back-reference noun's
// verb reports, names a person by a full name and holds a speech verb of
// its own: a relayed statement the chain readers give to that person.
func (x *extractor) relaysNamed(text string) bool {
	toks := readAs(tokenize(text), x.src.Lang)
	named := false
	for _, run := range x.personRuns(toks) {
		if len(run) >= 2 {
			named = true
			break
		}
	}
	return named && x.hasSpeechVerb(text)
}

// opensWithNoun reports whether sentence s opens with the noun l as
// written, a definite article or none before it.
func opensWithNoun(s, l string) bool {
	f := strings.Fields(lowerString(s))
	if len(f) > 1 && definiteSingular[f[0]] {
		f = f[1:]
	}
	if len(f) == 0 {
		return false
	}
	w := f[0]
	if n, ok := cutElidedArticle(w); ok {
		w = lowerString(n)
	}
	return strings.Trim(w, ",.;:!?«»„“”\"'*") == l
}
