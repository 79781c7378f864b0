package corpus

import "strings"

// A list of people each with a speech participle: "Archive footage shows
// Dmitry Peskov telling reporters that the Kremlin was analysing …,
// Volodymyr Zelensky saying in his New Year address that …, and Donald
// Trump telling reporters he was …", "the items were: Emmanuel Macron
// calling the guarantees "robust"; Keir Starmer saying that …", "he noted
// Witkoff saying in Paris that …, and the Kremlin saying it would not
// comment …". Read as one sentence, the list went to one speaker (the
// first, or whoever a later "Putin told him" named), and every other
// person's words with it (stop 63: sets ZU, ZV, ZZB). Each item is read as
// its subject's statement: what follows the participle, after a that-word
// or an addressee when one opens it.

// maxListSubjectWords bounds an item's subject: a title and a name, or an
// article and a body ("the Kremlin").
const maxListSubjectWords = 5

// participleItem is one person's item of a participle list: the index of its
// subject's first token, of its participle and of its last token.
type participleItem struct{ from, verb, end int }

// participleList reads a sentence that lists two people or more, each
// with a speech participle, as one statement per item, and reports
// whether it did. At least one item must follow a list separator (", ",
// "; ", ", and ", "; and "); the first may follow a verb ("shows", "noted")
// or "as" ("quotes Chancellor Merz as saying …").
func (x *extractor) participleList(s string, pos int) bool {
	if !strings.Contains(s, ", ") && !strings.Contains(s, "; ") || x.lacks(s, cueParticiple) {
		return false // (no participle in the sentence's look: the tokens below would find none)
	}
	toks := readAs(tokenize(s), x.src.Lang)
	var items []participleItem
	separated := false
	for v := 1; v < len(toks)-3; v++ {
		if !x.lx.participles[toks[v].low] || toks[v].trail != "" {
			continue
		}
		at := v - 1
		if toks[at].low == "as" && at > 0 {
			at-- // "quotes Merz as saying"
		}
		from := at
		for from > 0 && at-from+1 < maxListSubjectWords && toks[from-1].trail == "" && (isCapital(toks[from-1].word) || roleArticles[toks[from-1].low] && isCapital(toks[from].word)) {
			from--
		}
		if !isCapital(toks[from].word) && !roleArticles[toks[from].low] || !isCapital(toks[at].word) || toks[at].trail != "" {
			continue
		}
		if from == 0 {
			continue // the sentence's own subject: "Rubio saying …" opens no list
		}
		before := toks[from-1]
		sep := listSeparator(before.trail) || strings.HasSuffix(before.trail, ":")
		if !sep && before.low == "and" && from > 1 {
			sep = listSeparator(toks[from-2].trail)
			if sep {
				before = toks[from-2]
			}
		}
		if sep && !strings.HasSuffix(before.trail, ":") {
			separated = true
		} else if !sep && !x.lx.sayVerbs[before.low] && !x.lx.actVerbs[before.low] && before.low != "shows" && before.low != "noted" && before.low != "quotes" {
			continue
		}
		if len(items) > 0 {
			end := from - 1
			if toks[end].trail == "" && end > 0 {
				end-- // ", and"
			}
			items[len(items)-1].end = end
		}
		items = append(items, participleItem{from: from, verb: v, end: len(toks) - 1})
	}
	if len(items) < 2 || !separated {
		return false
	}
	type said struct {
		sp   *speaker
		text string
	}
	var out []said
	for _, it := range items {
		sub := toks[it.from:it.verb]
		if sub[len(sub)-1].low == "as" {
			sub = sub[:len(sub)-1]
		}
		sp := x.classify(sub, false)
		if sp == nil || sp.kind != kindPerson && sp.kind != kindBody {
			continue
		}
		k := it.verb + 1
		if k <= it.end && x.lx.addressees[lowerWord(toks[k])] {
			k++ // "telling reporters that …"
		}
		for j := k; j <= it.end && j <= k+5; j++ {
			if x.lx.thatWords[toks[j].low] {
				k = j + 1 // "saying in Paris that …"
				break
			}
			if toks[j].trail != "" && toks[j].trail != "," {
				break
			}
		}
		if k > it.end {
			continue
		}
		text := trimSentenceEnd(strings.TrimRight(s[toks[k].start:toks[it.end].start+len(toks[it.end].raw)], ",;: "))
		if len(strings.Fields(text)) >= 3 {
			out = append(out, said{sp, text})
		}
	}
	if len(out) < 2 {
		return false // one item alone is no list: the sentence is read as any other
	}
	for _, o := range out {
		x.emit(o.sp, o.text, false, pos)
	}
	return true
}

// listSeparator reports whether a word's trailing punctuation separates
// the items of a list: a comma or a semicolon, after a closing quotation
// mark too ("… \"robust\"; Keir Starmer saying …").
func listSeparator(trail string) bool {
	return strings.HasSuffix(trail, ",") || strings.HasSuffix(trail, ";")
}
