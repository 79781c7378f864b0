package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

// A person a report introduces by a description with a definite article
// before their name: "Le capitaine Baptiste Cazeneuve estime …", "Il
// tesoriere Marco Dal Prà illustra …", "El cantante Paco Lorca promete …",
// "The plumber Ivan Petrov said …". The subject reader takes a title
// before a name only as far as roles.json's title words go, and club
// notes, minutes and local reports describe their people by nouns no title
// list holds (captain, treasurer, singer, neighbour), so the person spoke
// with no role where the gold sets give the description ("le capitaine",
// "el cantante"). English, German and Russian did better only where the
// noun happens to be a title word ("the pensioner", "der Rentner").
//
// The article must open the sentence (perhaps after a closing quotation
// mark or a dash), one to maxArticleRoleWords lower-case words follow with
// no punctuation (or a comma, the name then set off by commas: "El
// cantante, Paco Lorca, promete …"), then a name of two or three capitalised words that the
// role memory takes for a person's, closed by a comma or followed by a
// lower-case word (the verb). A description alone ("Le capitaine
// estime …") names nobody and is left to the readers of described
// speakers; an institution after the description ("Le syndicat Force
// Ouvrière estime") fails nameLike or the body and group nouns; a time
// phrase ("Le lendemain Jean Moreau a déclaré") is refused by the time
// nouns of apposnoun.json and data/articleroles.json, which also lists
// the nouns that head an organisation's name.

// maxArticleRoleWords is the most lower-case words read between the
// article and the name: "la vicina di casa", "le pilier gauche".
const maxArticleRoleWords = 4

//go:embed data/articleroles.json
var articleRolesJSON []byte

// articleRoleStops is data/articleroles.json's notDescriptions with
// apposnoun.json's time nouns: words that make the phrase a time or a
// document, not a person's description.
var articleRoleStops = sync.OnceValue(func() map[string]bool {
	var d struct {
		NotDescriptions []string `json:"notDescriptions"`
	}
	mustDecodeJSON("data/articleroles.json", articleRolesJSON, &d)
	out := set(d.NotDescriptions)
	for w := range apposNounWords().timeNouns {
		out[w] = true
	}
	return out
})

// sentenceGapMarks are the marks roleWordLooks passes over between a full
// stop and the next sentence's article.
const sentenceGapMarks = "»«\"“”„—–-*>"

// onlyGapMarks reports whether every rune of w is one of sentenceGapMarks, as
// strings.Trim(w, sentenceGapMarks) == "" would, without Trim's set built for
// word it reads back over (roleWordLooks is on the hot path).
func onlyGapMarks(w string) bool {
	for _, r := range w {
		if !strings.ContainsRune(sentenceGapMarks, r) {
			return false
		}
	}
	return true
}

// sentenceEnded reports whether the word w (as written, with what follows
// it) closes a sentence: a full stop, question or exclamation mark,
// perhaps before a closing quotation mark.
func sentenceEnded(w string) bool {
	w = strings.TrimRight(w, "»\"“”)")
	return strings.HasSuffix(w, ".") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, "?")
}

// articleRoles learns the description between a definite article opening
// the sentence (or a sentence within it) and a name as the person's role.
func (x *extractor) articleRoles(toks []tok) {
	for i := range toks {
		if definiteArticles[lowerWord(toks[i])] && toks[i].trail == "" && articleOpensSentence(toks, i) {
			x.articleRoleAt(toks, i)
		}
	}
}

// articleOpensSentence reports whether toks[i] opens the sentence or follows,
// past quotation marks and dashes, a word that ends one.
func articleOpensSentence(toks []tok, i int) bool {
	k := i - 1
	tail := ""
	for k >= 0 && toks[k].word == "" {
		tail = toks[k].raw + tail
		k--
	}
	return k < 0 || sentenceEnded(toks[k].trail+tail) || sentenceEnded(toks[k].raw+tail)
}

// articleRoleAt reads the description after the article toks[i].
func (x *extractor) articleRoleAt(toks []tok, i int) {
	stops := articleRoleStops()
	m, set := i+1, false
	for m < len(toks) && m-i <= maxArticleRoleWords && !isCapital(toks[m].word) {
		l := lowerWord(toks[m])
		if !allLetters(strings.Trim(toks[m].word, "'’")) || stops[l] || x.lx.sayVerbs[l] || x.lx.thatWords[l] || x.lx.auxiliaries[l] || x.lx.honorifics[l] ||
			x.lx.groupNouns[l] || x.lx.bodyWords[l] || institutionData().isHead(toks[m].word) || x.lx.notSpeakers[l] {
			return
		}
		m++
		if t := toks[m-1].trail; t == "," {
			set = true // "El cantante, Paco Lorca, promete": the name set off by commas
			break
		} else if t != "" {
			return
		}
	}
	if m == i+1 || m >= len(toks) || !isCapital(toks[m].word) || definiteArticles[lowerWord(toks[m-1])] || titlePreps[lowerWord(toks[m-1])] || placePreps[lowerWord(toks[m-1])] {
		return
	}
	c := m
	for c < len(toks) && c-m < 3 && isCapital(toks[c].word) && (c == m || toks[c-1].trail == "") {
		c++
	}
	if c-m < 2 || !x.nameLike(toks[m:c]) {
		return // one capitalised word may be a place or a body ("Le maire Lyon")
	}
	t := toks[c-1].trail
	if set && t != "," || t != "" && !strings.HasPrefix(t, ",") || t == "" && (c >= len(toks) || isCapital(toks[c].word)) {
		return // the name must be followed by its verb or set off by a comma
	}
	x.learnRole(tokWords(toks[m:c]), strings.Join(tokWords(toks[i+1:m]), " "))
}
