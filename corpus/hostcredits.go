// Host credits: a podcast's show notes, a radio script's head or a
// transcript's intro names the host before the first turn ("Newsreader:
// Tamsin Orrell", "Conduce: Giulia Rossetti · Ospite: Paolo Zanardi",
// "Hosts: Dana Whitcombe and Ravi Sethna"). When a turn label names the
// credited person, that label is the host's, whether or not the first
// turn welcomes anyone: the host's turns ask and link (markHost), and
// what they relay is read as the words of whom they name.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
)

//go:embed data/hostcredits.json
var hostCreditsJSON []byte

// hostCredits is data/hostcredits.json: the credit words, lower case,
// each split into its words.
var hostCredits = sync.OnceValue(func() [][]string {
	var d struct {
		Credits []string `json:"credits"`
	}
	mustDecodeJSON("data/hostcredits.json", hostCreditsJSON, &d)
	out := make([][]string, 0, len(d.Credits))
	for _, c := range d.Credits {
		out = append(out, strings.Fields(c))
	}
	return out
})

// creditFirstWords holds the first word of every credit: creditAt tries
// the credits one by one only at a word that opens one of them.
var creditFirstWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, c := range hostCredits() {
		m[c[0]] = true
	}
	return m
})

// creditedHosts returns the turn labels (lower case, as speakerLabel
// gives them) of the people a credit in ps names as host: a credit word,
// an optional colon, and a capitalised name of two to four words, or
// several joined by "and" and its forms, one of which labels a turn in
// full, by surname or by first name.
func creditedHosts(ps []paragraph) []string {
	labels := map[string]string{} // label name -> label
	turns := map[string]int{}     // label -> paragraphs it opens
	for _, p := range ps {
		if l, _, ok := speakerLabel(p.text); ok && p.kind == paraText {
			labels[labelName(l)] = l
			turns[l]++
		}
	}
	if len(labels) < 2 {
		return nil
	}
	var hosts []string
	var lowered []string // words, each in lower case once, not once per credit
	for _, p := range ps {
		if len(p.text) > 600 {
			continue // a credit stands in a short head, not in prose
		}
		own, _, _ := speakerLabel(p.text)
		words := strings.Fields(creditSpacer.Replace(p.text))
		lowered = lowered[:0]
		for _, w := range words {
			lowered = append(lowered, lowerString(w))
		}
		for i := range words {
			n := creditAt(words, lowered, i)
			if n == 0 || i == 0 && own != "" && !creditField(p.text, len(words)-n, turns[own]) {
				continue // "CONDUTTRICE: Professor Sanna, …": a role labelling turns, the host addressing a guest
			}
			for _, name := range creditedNames(words[i+n:]) {
				if l := labelFor(labels, name); l != "" {
					hosts = append(hosts, l)
				}
			}
		}
	}
	return hosts
}

// creditField reports whether a paragraph opened by a credit word and a
// colon is a field of the show's credits, not a turn the credit word
// labels: its label opens no other paragraph, and the paragraph is the
// name alone (at most four words after the label) or a row of fields
// set apart by "·" or "|" ("Conduce: Giulia Rossetti · Ospite: …").
func creditField(p string, after, turns int) bool {
	return turns <= 1 && (after <= 4 || containsAny(p, "·|"))
}

// creditSpacer sets credit separators apart as words of their own.
var creditSpacer = strings.NewReplacer("*", " ", "·", " · ", "|", " | ")

// creditAt is how many words of a credit (with its colon) open words[i:],
// 0 when none does; lowered holds words in lower case, the same length.
func creditAt(words, lowered []string, i int) int {
	first := creditFirstWords()
	if w := lowered[i]; !first[w] && !first[strings.TrimSuffix(w, ":")] {
		return 0 // (nearly every word: no credit opens on it)
	}
	return creditTried(words, lowered, i)
}

// creditTried is creditAt without its first-word gate: every credit tried
// at i in file order. The gate only skips words no credit opens on, so the
// two agree everywhere (TestCreditAtGate checks it on random text).
func creditTried(words, lowered []string, i int) int {
	for _, c := range hostCredits() {
		if i+len(c) > len(words) {
			continue
		}
		ok := true
		for k, cw := range c {
			w := lowered[i+k]
			if k == len(c)-1 {
				w = strings.TrimSuffix(w, ":")
			}
			if w != cw {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		n := len(c)
		if n < len(words)-i && words[i+n] == ":" {
			n++ // "Conduce : Giulia Rossetti"
		}
		if i > 0 && !containsAny(words[i-1][len(words[i-1])-1:], ".;,:·|—–") {
			continue // "the host of the show": a credit opens a line, a sentence or a field
		}
		return n
	}
	return 0
}

// creditedNames reads the names after a credit: runs of two to four
// capitalised words, joined by "and" and its forms.
func creditedNames(words []string) [][]string {
	var names [][]string
	var cur []string
	for _, w := range words {
		word := strings.Trim(w, ".,;:()")
		if isCapital(word) && len(cur) < 4 {
			cur = append(cur, word)
			if word != w && strings.TrimRight(w, ".,;:)") != w {
				break // the name ends at its punctuation
			}
			continue
		}
		if len(cur) >= 2 && nameJoiners[lowerString(word)] {
			names = append(names, cur)
			cur = nil
			continue
		}
		break
	}
	if len(cur) >= 2 {
		names = append(names, cur)
	}
	return names
}

// nameJoiners join two credited names ("Dana Whitcombe and Ravi Sethna").
var nameJoiners = labelSet("and", "&", "und", "et", "e", "y", "i", "и", "і", "та", "och", "en")

// labelFor is the turn label that names the person of name words: in
// full, by surname or by first name.
func labelFor(labels map[string]string, name []string) string {
	full := lowerString(strings.Join(name, " "))
	for _, key := range []string{full, lowerString(name[len(name)-1]), lowerString(name[0])} {
		if l, ok := labels[key]; ok {
			return l
		}
	}
	return ""
}
