package corpus

import (
	"strings"
	"unicode/utf8"
)

// Polish, Czech, Russian and Ukrainian news print what was said without
// quotation marks and close it with a dash and the attribution, verb
// first: "Plan wymaga poprawek – powiedział Zełenski.", "Переговоры были
// конструктивными, — заявил Ушаков журналистам.", "Jednání byla
// konstruktivní – uvedl Peskov." leadingDash reads the same turn when a
// dash opens it too; without that dash nothing read it. English and the
// Romance languages set asides between dashes ("The plan – said to run to
// 28 points – was …"), so the reading is kept to the languages that write
// speech so.

// slavicLangs are the Slavic languages the corpus reads: they write a
// quotation closed by a dash and its attribution, and set a clause said
// off from its verb by a comma (commaClauseLang).
var slavicLangs = map[string]bool{"pl": true, "cs": true, "sk": true, "ru": true, "uk": true, "be": true, "bg": true, "hr": true, "sr": true, "sl": true}

// unquotedDashTail reads a sentence whose words are closed by a dash and
// an attribution opening with a speech verb, and reports whether it did.
func (x *extractor) unquotedDashTail(s string, pos int) bool {
	if !slavicLangs[x.src.Lang] || containsAny(s, "«»„“”\"") {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); r == '—' || r == '–' || r == '-' {
		return false // an opening dash: leadingDash's
	}
	at, n := -1, 0
	for _, d := range []string{", — ", ", – ", " — ", " – "} {
		if i := strings.LastIndex(s, d); i > at {
			at, n = i, len(d)
		}
	}
	if at <= 0 {
		return false
	}
	text := trimQuote(s[:at])
	if len(strings.Fields(text)) < 3 {
		return false
	}
	if x.dashTurnTo(text, trimSentenceEnd(s[at+n:]), maxDashAttributionWords, pos) == nil {
		return false
	}
	x.dashTurn = nil // running prose, not a dialogue's turn: the next sentence is read on its own
	return true
}
