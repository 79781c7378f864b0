// Speech reported by a Slavic noun of speech whose owner follows it in the
// genitive: "навів слова Зеленського про те, що …", "заяву Рустема
// Умєрова, що …", "przypomniał wypowiedź premiera Donalda Tuska, że …",
// "заявление Пескова о том, что …". The owner said the clause after the
// that-word, not the one who quotes him. The English and Romance shapes
// ("Peskov's warning that", "les propos de X selon lesquels") are
// nounledspeech.go's.

package corpus

import "strings"

// genitiveSpeechNouns are the nouns of speech an owner in the genitive
// follows; genitiveSpeechLinks stand between the owner and the that-word
// ("про те, що", "о том, что", "o tym, że").
var (
	genitiveSpeechNouns = grammarSet("genitiveSpeechNouns")
	genitiveSpeechLinks = grammarWords["genitiveSpeechLinks"]
)

// genitiveSpeechAt reads the noun at k: its owner (title words, then one
// to three capitalised words) and the index of the first word said, after
// the that-word; nil when the shape is not there.
func (x *extractor) genitiveSpeechAt(toks []tok, k int) (*speaker, int) {
	if k+4 >= len(toks) || !genitiveSpeechNouns[toks[k].low] || toks[k].trail != "" {
		return nil, 0
	}
	e := k + 1
	for e < len(toks)-1 && e <= k+4 && toks[e].trail == "" && !isCapital(toks[e].word) && x.lx.isRole(toks[e].low) {
		e++ // "premiera Donalda Tuska", "міністра Андрія Сибіги"
	}
	first := e
	if !isCapital(toks[e].word) {
		return nil, 0
	}
	for e+1 < len(toks) && toks[e].trail == "" && isCapital(toks[e+1].word) && e < first+2 {
		e++
	}
	th := e + 1
	if toks[e].trail == "" {
		n := 0
		for _, l := range genitiveSpeechLinks {
			if w := strings.Fields(l); th+len(w) < len(toks) && toks[th].low == w[0] && toks[th+1].low == w[1] && toks[th+1].trail == "," {
				n = len(w)
			}
		}
		if n == 0 {
			return nil, 0
		}
		th += n
	} else if toks[e].trail != "," {
		return nil, 0
	}
	if th+1 >= len(toks) || !x.lx.thatWords[toks[th].low] {
		return nil, 0
	}
	sp := x.resolvePhrase(tokWords(toks[first : e+1]))
	if sp == nil || sp.kind != kindPerson {
		return nil, 0
	}
	return sp, th + 1
}

// genitiveSpeech emits what each owner of a genitive speech noun in the
// sentence said ("слова A про те, що …, і заяву B, що …": two
// statements) and reports whether it emitted any.
func (x *extractor) genitiveSpeech(s string, toks []tok, pos int) bool {
	emitted := false
	for k := 1; k < len(toks)-4; k++ {
		sp, from := x.genitiveSpeechAt(toks, k)
		if sp == nil {
			continue
		}
		end, next := len(s), len(toks)
		for j := from + 1; j < len(toks)-4; j++ {
			if nsp, _ := x.genitiveSpeechAt(toks, j); nsp != nil {
				end, next = toks[j].start, j
				if j-1 > from && x.lx.conjunctions[toks[j-1].low] {
					end = toks[j-1].start // "…, і заяву B": the "і" is not A's
				}
				break
			}
		}
		if x.nounLedEmit(sp, strings.TrimRight(strings.TrimSpace(s[:end]), ","), toks, from, pos) {
			emitted = true
		}
		k = next - 1
	}
	return emitted
}

// genitiveSpeechStems is the quick look before tokenizing: a sentence
// without one of them holds no genitive speech noun.
var genitiveSpeechStems = []string{"слова ", "заяв", "утвержден", "предупрежден", "обещани", "запевнен", "попереджен", "обіцянк", "wypowied", "słowa ", "zapewnieni", "ostrzeżeni", "deklaracj", "zapowied"}

// genitiveSpeechIn is genitiveSpeech for a sentence no reader took, in the
// languages that write the shape (Russian, Ukrainian, Polish).
func (x *extractor) genitiveSpeechIn(s string, pos int) bool {
	if l := x.src.Lang; l != "ru" && l != "uk" && l != "pl" || !anyIn(s, genitiveSpeechStems) {
		return false
	}
	return x.genitiveSpeech(s, readAs(tokenize(s), x.src.Lang), pos)
}
