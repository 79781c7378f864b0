package corpus

import "strings"

// A summit's conclusions, a communiqué or a declaration numbers its own
// paragraphs, each opening with the body that speaks and a verb of
// speaking or deciding: "1. The European Council reiterates its support
// …", "2. The European Council welcomes …", "3. We, the leaders, affirm
// …", "1. Der Europäische Rat bekräftigt …". Beside a lead that names the
// peace plan they read as the plan's points; they are the body's words.
// A plan's points have no such common opening: they set out what each
// party will do ("Ukraine will receive …", "NATO agrees not to …", "The
// size of the armed forces …").

// weWords are the first person plural a declaration's paragraphs open
// with in the corpus's languages.
var weWords = map[string]bool{"we": true, "nous": true, "wir": true, "noi": true, "nosotros": true, "nós": true, "мы": true, "ми": true, "my": true, "wij": true}

// minResolutionItems is the fewest numbered paragraphs bodyResolutions
// judges: two paragraphs opening alike prove nothing.
const minResolutionItems = 3

// bodyResolutions reports whether most numbered items of a list open with
// the same two words and have a say or act verb among their next words,
// or open with the same first person plural: a body's numbered
// conclusions, not a plan's points.
func bodyResolutions(items []paragraph) bool {
	lx := lexiconData()
	opens := map[string]int{}
	n, spoken := 0, 0
	for _, it := range items {
		if it.letter != 0 {
			continue
		}
		n++
		// the first seven words are all the test reads, and whether
		// there are four: kept in an array, not a slice of every word
		var fb [7]string
		nf := 0
		for w := range strings.FieldsSeq(lowerText(it.text)) {
			if nf == len(fb) {
				nf++
				break
			}
			fb[nf] = w
			nf++
		}
		if nf < 4 {
			continue
		}
		f := fb[:min(nf, len(fb))]
		first := strings.Trim(f[0], ",")
		if weWords[first] {
			opens[first]++ // "We reaffirm …", "Nous saluons …": the body is the first person, which a plan's points never are
			spoken++
			continue
		}
		opens[first+" "+strings.Trim(f[1], ",")]++
		for _, w := range f[1:min(len(f), 7)] {
			w = strings.Trim(w, ",.;:")
			if lx.sayVerbs[w] || lx.actVerbs[w] || lx.report.characterise[w] {
				spoken++
				break
			}
		}
	}
	if n < minResolutionItems {
		return false
	}
	most := 0
	for _, c := range opens {
		most = max(most, c)
	}
	return most*3 >= n*2 && spoken*3 >= n*2
}
