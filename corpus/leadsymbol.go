package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// stripLeadSymbols removes the pictographs a channel's digest opens its
// lines with ("💬 Песков на брифинге: …", "🔴 Zelensky: …"), with their
// joiners and variation selectors and the space after them, so the line
// is read as any other. Only a line with a speaker label loses them, or
// a line opened by a pictograph of speech (a speech balloon, a speaking
// head, a microphone, a loudspeaker: "🗣 Наш источник … говорит, что
// …"); another pictograph before a plain sentence ("✅ Юрий Ушаков,
// помощник на Путин.") marks a list's item, which the readers of lists
// and asides keep. Text opening with a letter, a digit, a quotation mark
// or a dash is returned as it is.
func stripLeadSymbols(p string) string {
	i := leadSymbolsEnd(p)
	if i == 0 || i == len(p) {
		return p
	}
	if c := strings.Index(p[i:], ": "); (c <= 0 || c > 60) && !containsAny(p[:i], speechPictographs) {
		return p
	}
	return p[i:]
}

// speechPictographs announce that the line reports speech: 💬 🗨 🗣 🎙 📢 📣.
const speechPictographs = "\U0001F4AC\U0001F5E8\U0001F5E3\U0001F399\U0001F4E2\U0001F4E3"

// stripFeedSymbols removes the pictographs a channel's feed opens a post's
// paragraph with ("⚡️ Путін перед зустріччю … За його словами, …", "🇺🇦
// Zelensky in Dublin called …", "‼️ The meeting lasted five hours."),
// which stripLeadSymbols keeps before a plain sentence: with them the
// sentence's subject is a pictograph, and neither the speech verb nor a
// later pronoun finds its speaker. A line that names someone and sets a
// title after a comma ("✅ Юрий Ушаков, помощник на Путин.") keeps them:
// it is a list's item, whose title the readers of asides take from it.
func stripFeedSymbols(p string) string {
	i := leadSymbolsEnd(p)
	if i == 0 || i == len(p) || namedItem(p[i:]) {
		return p
	}
	return p[i:]
}

// namedItem reports whether text opens with capitalised words only up to
// its first comma: "Юрий Ушаков, помощник …", a name and what follows it.
func namedItem(text string) bool {
	head, _, ok := strings.Cut(text, ",")
	if !ok {
		return false
	}
	for w := range strings.FieldsSeq(head) {
		if !isCapital(w) {
			return false
		}
	}
	return true
}

// leadSymbolsEnd is the length of the run of pictographs (with their
// joiners, variation selectors and the spaces between and after them)
// that p opens with: what stripLeadSymbols and stripFeedSymbols may drop.
func leadSymbolsEnd(p string) int {
	i := 0
	for i < len(p) {
		r, n := utf8.DecodeRuneInString(p[i:])
		if !unicode.Is(unicode.So, r) && !unicode.Is(unicode.Sk, r) && !unicode.Is(unicode.Variation_Selector, r) && r != '\u200d' && !(i > 0 && unicode.IsSpace(r)) {
			break
		}
		i += n
	}
	return i
}
