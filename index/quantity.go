package index

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"unicode"
)

// A question that asks for an amount or a length of time ("how many
// people still live there", "how long did the meeting last", "wie lange",
// "сколько") is answered by a text that states one ("about fifty thousand",
// "almost four hours", "пяти часов"), and the texts that share its other
// words without one (the meeting "was long", the envoys "are due at the
// Kremlin") only set the scene. The words of asking are not held against
// a hit (they are not the topic), so among hits matching the question's
// words as well the one stating the kind of quantity asked for ranks first
// (results' measure key, after the matched words): a number for an
// amount, a unit of time with a number for a length of time. The words
// are data, per language (quantitywords.json); a text's digits count as
// a number in every language, a year ("2025") does not.

//go:embed quantitywords.json
var quantityData []byte

// askKind is the kind of quantity a question asks for.
type askKind uint8

const (
	askNone     askKind = iota
	askCount            // an amount: "how many", "combien", "сколько"
	askDuration         // a length of time: "how long", "wie lange", "jak długo"
)

// quantityLexicon is quantitywords.json read: the phrases of asking (any
// language's apply to any question) and, per analyzer, the words that
// state a number or a unit of time.
type quantityLexicon struct {
	count, duration []string
	numbers, units  map[string]map[string]bool
}

var (
	quantityOnce sync.Once
	quantityLex  quantityLexicon
	quantityErr  error
)

// quantities returns the lexicon, read once.
func quantities() (*quantityLexicon, error) {
	quantityOnce.Do(func() {
		var raw struct {
			AskCount    map[string][]string `json:"ask_count"`
			AskDuration map[string][]string `json:"ask_duration"`
			Numbers     map[string][]string `json:"numbers"`
			Durations   map[string][]string `json:"durations"`
		}
		if err := json.Unmarshal(quantityData, &raw); err != nil {
			quantityErr = fmt.Errorf("read quantitywords.json: %w", err)
			return
		}
		for _, ps := range raw.AskCount {
			quantityLex.count = append(quantityLex.count, ps...)
		}
		for _, ps := range raw.AskDuration {
			quantityLex.duration = append(quantityLex.duration, ps...)
		}
		quantityLex.numbers = byAnalyzer(raw.Numbers)
		quantityLex.units = byAnalyzer(raw.Durations)
	})
	return &quantityLex, quantityErr
}

// byAnalyzer groups per-language word lists by the analyzer of their
// language: a language without an analyzer of its own (Czech) is
// analysed, and so looked up, as English is.
func byAnalyzer(perLang map[string][]string) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for lang, ws := range perLang {
		a := analyzerFor(lang)
		if out[a] == nil {
			out[a] = map[string]bool{}
		}
		for _, w := range ws {
			out[a][w] = true
		}
	}
	return out
}

// askedQuantity says what kind of quantity query asks for: a length of
// time before an amount, as "сколько часов" and "ile trwało" ask for one.
func askedQuantity(query string) askKind {
	lex, err := quantities()
	if err != nil {
		return askNone
	}
	q := " " + strings.Join(quantityWords(query), " ") + " "
	has := func(ps []string) bool {
		for _, p := range ps {
			if stem, ok := strings.CutSuffix(p, "-"); ok {
				if strings.Contains(q, " "+stem) {
					return true
				}
			} else if strings.Contains(q, " "+p+" ") {
				return true
			}
		}
		return false
	}
	switch {
	case has(lex.duration):
		return askDuration
	case has(lex.count):
		return askCount
	}
	return askNone
}

// quantityWords splits s into lower-case words, apostrophes dropped
// ("п'ять" is one word, as the lexicon writes it).
func quantityWords(s string) []string {
	s = strings.NewReplacer("'", "", "’", "", "ʼ", "").Replace(strings.ToLower(s))
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// statesQuantity says whether text, analysed by analyzer a, states the
// kind of quantity asked: a number (digits other than a year, or a number
// word of its language) for an amount, and a unit of time beside one for
// a length of time.
func statesQuantity(kind askKind, a, text string) bool {
	if kind == askNone {
		return false
	}
	lex, err := quantities()
	if err != nil {
		return false
	}
	number, unit := false, false
	for _, w := range quantityWords(text) {
		switch {
		case isDigits(w):
			number = number || !isYear(w)
		case lex.numbers[a][w]:
			number = true
		case lex.units[a][w]:
			unit = true
		}
	}
	if kind == askDuration {
		return number && unit
	}
	return number
}

// isDigits says whether w is all ASCII digits.
func isDigits(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return w != ""
}

// isYear says whether the digits w are a year of the last two centuries
// or the next, which states when, not how many.
func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20"))
}
