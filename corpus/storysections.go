package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// An article numbers its own sections as often as a plan numbers its
// points: "five takeaways", "what we know", "three questions", numbered
// reasons and FAQs, in every language ("**1. The deadline softened.**",
// "2) Kyjev získal čas", "## 3. E l'Europa?"). Such a section is a short
// title over the writer's prose, and the prose reports what people said
// and which points of the plan they spoke of. A point of a plan is a
// clause setting out a term; it never quotes anyone nor cites another
// point. A numbered item read as a section is left to the statement rules
// (proseitems.go), and the terms told in it to the prose rules, instead of
// becoming a "point" that hides both.

// maxStoryHeadWords is the most words a section's title has: a headline,
// not a wrapped line of prose.
const maxStoryHeadWords = 12

// storyHead reports whether head, the title line of a numbered item or
// heading, reads as a section's headline rather than a plan's clause: a
// short line with no modal or future verb of a term ("will", "wird",
// "будет") and none of the plan's vocabulary in full.
func storyHead(head string) bool {
	head = strings.TrimSpace(head)
	if head == "" || len(strings.Fields(head)) > maxStoryHeadWords || futureOrModal(head) {
		return false
	}
	var sc termScan
	return !onPlanItem(planTermsData(), &sc, head)
}

// storyBody reports whether the text under a section's title is a
// writer's prose about the plan rather than a clause of it: it reports
// speech (speechIn) or refers to a point by number or ordinal
// ("point 25 of the US draft", "the 21st point").
func storyBody(body string) bool {
	return speechIn(body) || hasPointRef(body) || ordinalPointRef(body) > 0
}

// speechIn reports whether a text holds a verb of saying, an
// according-word, a view phrase's word or a quotation mark: a person may
// speak in it. The act verbs a bullet is also read for ("guarantees",
// "undertakes") are not counted, as a plan's clauses are made of them;
// the verbs of saying a clause may use ("Ukraine agrees that …",
// "confirms") are, and the parties they have are no persons
// (pointSpeech).
func speechIn(body string) bool {
	if containsAny(body, "“”«»„\"") {
		return true
	}
	lx := lexiconData()
	var lb [64]byte
	for i := 0; i < len(body); {
		w, next := nextWord(body, i)
		if w == "" {
			break
		}
		i = next
		if len(w) > len(lb) {
			continue
		}
		b := appendLower(lb[:0], w)
		if !lx.speechCues.has(wordKey(unsafe.String(unsafe.SliceData(b), len(b)))) {
			continue // (most words: in none of the three sets, whose words lx.speechCues holds, one bit test)
		}
		if lx.sayVerbs[string(b)] || lx.according[string(b)] || lx.viewCues[string(b)] {
			return true
		}
	}
	return false
}

// storyItem reports whether a numbered item is an article's section: its
// title printed on a line of its own (item.head) reads as a headline and
// the text below it as prose about the plan.
func storyItem(it paragraph) bool {
	if it.number == 0 || it.letter != 0 || it.head <= 0 || it.head >= len(it.text) {
		return false
	}
	head := it.text[:it.head]
	return storyHead(head) && (questionHead(head) || storyBody(it.text[it.head:]))
}

// questionHead reports whether a section's title is a question ("1. Was
// steht im Plan?", "2. Co dalej?"): a numbered FAQ's, whose answer below
// may set out terms without anyone speaking, while a point of a plan is
// never a question.
func questionHead(head string) bool {
	head = strings.TrimSpace(head)
	return strings.HasSuffix(head, "?") || strings.HasSuffix(head, "\u037e") // the Greek question mark
}

// storyList reports whether a run of list items is an article's numbered
// sections: half of its numbered items or more are sections (storyItem),
// at least one.
func storyList(items []paragraph) bool {
	numbered, stories := 0, 0
	for _, it := range items {
		if it.number == 0 || it.letter != 0 {
			continue
		}
		numbered++
		if storyItem(it) {
			stories++
		}
	}
	return stories > 0 && stories*2 >= numbered
}

// maxPlainHeadWords is the most words of a numbered title in plain type
// on a line of its own: a headline is a few words ("Что сделает Москва."),
// a point of a plan a whole clause.
const maxPlainHeadWords = 8

// boldHeadline reports whether the run ps[i:j] is one numbered title on a
// line of its own over a paragraph of text ("**1. El plazo se alarga.**",
// "2. Что сделает Москва." then the section): a section's headline, even
// with a full stop, when the paragraph below reads as prose about the
// plan. A title in plain type must be a few words.
func boldHeadline(ps []paragraph, i, j int) bool {
	if j != i+1 || j >= len(ps) || ps[j].kind != paraText || ps[i].number == 0 || ps[i].head > 0 {
		return false
	}
	if !ps[i].bold && len(strings.Fields(ps[i].text)) > maxPlainHeadWords {
		return false
	}
	return storyHead(ps[i].text) && storyBody(ps[j].text)
}

// headedText is a list item's title line before the lines below it are
// joined to it: a title without a closing stop gets one, so that it is no
// part of the first sentence of its section ("**1. Die Frist ist weich**"
// over "Letzte Woche sagte …"). head is the title's length in the result.
func headedText(title string) (text string, head int) {
	title = strings.TrimSpace(title)
	if title != "" {
		if r, _ := utf8.DecodeLastRuneInString(title); !strings.ContainsRune(".!?:;…", r) {
			title += "."
		}
	}
	return title, len(title)
}

// plainTitle reports whether an item's first line, in plain type and with
// no closing stop, is a section's title over the lines below it ("1. Die
// Frist ist weich" then "Noch vor einer Woche … sagte …"): a few words
// (maxPlainHeadWords) that read as a headline, the next line opening a
// sentence with a capital or a quotation mark, and the text below
// reporting speech or citing a point. Wrapped prose, whose first line is
// longer or runs on into the next, is left joined.
func plainTitle(first string, cont []string) bool {
	if len(strings.Fields(first)) > maxPlainHeadWords || !storyHead(first) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(cont[0])
	if !unicode.IsUpper(r) && !isOpenQuote(r) {
		return false
	}
	for _, c := range cont {
		if storyBody(c) {
			return true
		}
	}
	return false
}

// endsSentence reports whether a line closes a sentence or a question:
// the title line of an item that is not a wrapped sentence.
func endsSentence(line string) bool {
	line = strings.TrimSpace(line)
	r, _ := utf8.DecodeLastRuneInString(line)
	return line != "" && strings.ContainsRune(".!?…", r)
}

// minTermsListItems is the fewest numbered sentences a list needs to be
// read as a plan's points on its vocabulary alone (termsList).
const minTermsListItems = 3

// termsList reports whether a run of items is a plan's points by what it
// says, with no lead-in or heading that speaks of a plan (the second part
// of a reprint under "Continued from Friday's edition"): three numbered
// sentences or more, numbered one after another, fewer than half of them
// reporting speech (a list of what people said is a digest, not a plan),
// and half of them or more in the plan's vocabulary (onPlanItem). A list
// that starts past one goes on with a numbering begun elsewhere, as a
// part-reprint does and an article's own list never does: a third is
// enough there, since a plan's later points are partly procedural ("The
// agreement will be legally binding").
func termsList(items []paragraph) bool {
	if numberedPoints(items) < minTermsListItems {
		return false
	}
	c := planTermsData()
	var sc termScan
	first, last, numbered, speaking, on := 0, 0, 0, 0, 0
	for _, it := range items {
		if it.number == 0 || it.letter != 0 {
			continue
		}
		if last > 0 && it.number != last+1 {
			return false
		}
		if first == 0 {
			first = it.number
		}
		last = it.number
		numbered++
		if storyBody(it.text) {
			speaking++
		}
		if onPlanItem(c, &sc, it.text) {
			on++
		}
	}
	share := minOnPlanShare
	if first > 1 {
		share = partOnPlanShare
	}
	return speaking*2 < numbered && on > 0 && on*share >= numbered
}

// partOnPlanShare is termsList's share of items in the plan's vocabulary
// for a list that starts past one: one in three.
const partOnPlanShare = 3

// sectionRun remembers the numbering of an article's sections: the
// sections after a quotation or a paragraph between them go on with it.
type sectionRun struct {
	last int // number of the last section read, 0 for none
}

// goesOn reports whether the run ps[i:j] is the next of the article's
// sections: it opens on the number after the last section's and its
// first item has a title of its own (a bold line, or a title line over
// its text), whatever its text says ("**4. Moscow is watching.**" over a
// paragraph no one speaks in, after sections 1 to 3 and a quotation).
func (r sectionRun) goesOn(ps []paragraph, i, j int) bool {
	if r.last == 0 || ps[i].number != r.last+1 || ps[i].letter != 0 {
		return false
	}
	it := ps[i]
	switch {
	case it.head > 0 && it.head < len(it.text):
		return storyHead(it.text[:it.head])
	case it.bold && j == i+1 && j < len(ps) && ps[j].kind == paraText:
		return storyHead(it.text)
	}
	return false
}

// lastItemNumber is the number of the last numbered item of a run, or
// first when none is numbered.
func lastItemNumber(items []paragraph, first int) int {
	n := first
	for _, it := range items {
		if it.number > 0 && it.letter == 0 {
			n = it.number
		}
	}
	return n
}
