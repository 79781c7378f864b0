package perf

import (
	"math/rand/v2"
	"strings"
)

// Query vocabularies. They are what readers type, not the corpus
// generator's lists: subject words in everyday and official wording, other
// spellings and synonyms (Kiev, POWs, truce, demilitarized), names people
// look up, question framing, and words from other topics entirely.
var (
	qTopics = []string{"ceasefire", "prisoner exchange", "prisoners", "sanctions", "sanctions relief", "security guarantees",
		"nuclear plant", "power plant", "referendum", "amnesty", "troop withdrawal", "reparations", "sovereignty",
		"buffer zone", "peacekeepers", "black sea", "grain exports", "frozen assets", "nato membership", "army size",
		"elections", "crimea", "donbas", "donetsk", "zaporizhzhia", "kherson", "kharkiv", "odesa", "dnipro",
		"reconstruction", "energy", "landmines", "missing persons", "children", "deportation", "church", "language",
		"g8", "missiles", "arms control", "housing", "dams", "railway", "journalists", "foreign fighters",
		"frontline", "territory", "occupation", "negotiations", "geneva", "talks", "draft", "counter-proposal",
		"framework", "28 points", "peace council", "monitoring mission", "iaea", "world bank", "parliament",
		"vote", "congress", "europe", "moscow", "washington", "kyiv", "kremlin", "security council", "sovereign",
		"families", "electricity", "shipping", "amnesty clause", "war crimes", "victims", "compensation", "treaty"}
	qSynonyms = []string{"kiev", "pows", "captives", "truce", "armistice", "demilitarized zone", "demilitarised",
		"defense", "defence", "zaporozhye", "donetsk oblast", "troops", "soldiers", "military", "armed forces",
		"alliance", "atlantic alliance", "detainees", "hostages", "embargo", "penalties", "nuke plant", "atomic",
		"rebuilding", "recovery fund", "vote on land", "plebiscite", "pardon", "immunity", "peace deal", "peace plan",
		"settlement", "accord", "mines", "kids", "abducted children", "fuel", "power grid", "ports", "wheat",
		"us plan", "american draft", "eu plan", "european proposal", "un", "united nations", "russian federation",
		"ukrainian", "russian", "american", "europeans"}
	qNames = []string{"zelensky", "zelenskyy", "putin", "rubio", "witkoff", "yermak", "lavrov", "trump", "macron",
		"merz", "starmer", "kovalenko", "petrenko", "novak", "moreau", "rossi", "berger", "hartmann", "schmidt",
		"fischer", "ivanova", "shevchenko", "bondarenko", "kowalski", "garcia", "smith", "foreign minister",
		"spokesperson", "envoy", "negotiator", "ambassador", "senator", "prime minister", "president"}
	qFrames = []string{"what about", "who said", "what did", "latest on", "why", "when", "news", "plan for",
		"is there", "does the plan", "say about", "position on"}
	qOffTopic = []string{"bitcoin", "football", "recipe", "weather tomorrow", "taylor swift", "python tutorial",
		"mortgage rates", "banana", "olympics", "iphone", "netflix", "climate", "vaccine", "stock market", "pizza",
		"volcano", "marathon", "guitar", "wedding", "horoscope", "tax return", "electric cars", "chess", "cat videos",
		"minecraft", "opera", "cheese", "tennis", "library hours", "train timetable"}
)

// queries returns n distinct queries of one to four words, reproducibly
// for a seed: mostly subject matter, some in other words or spellings,
// some names, some off-topic, and about a fifth with a typing mistake.
func queries(n int, seed uint64) []string {
	r := rand.New(rand.NewPCG(seed, 0x2545f4914f6cdd1d))
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	seen := map[string]bool{}
	out := make([]string, 0, n)
	for len(out) < n {
		var parts []string
		switch k := r.IntN(20); {
		case k < 8: // one or two subject terms
			parts = append(parts, pick(qTopics))
			if r.IntN(2) == 0 {
				parts = append(parts, pick(qTopics))
			}
		case k < 11: // a synonym, alone or beside a subject term
			parts = append(parts, pick(qSynonyms))
			if r.IntN(2) == 0 {
				parts = append(parts, pick(qTopics))
			}
		case k < 14: // a name, maybe with what they spoke about
			parts = append(parts, pick(qNames))
			if r.IntN(2) == 0 {
				parts = append(parts, pick(qTopics))
			}
		case k < 17: // a question framing
			parts = append(parts, pick(qFrames), pick(append(qTopics, qNames...)))
		default: // off-topic, alone or mixed with the subject
			parts = append(parts, pick(qOffTopic))
			if r.IntN(3) == 0 {
				parts = append(parts, pick(qTopics))
			}
		}
		words := strings.Fields(strings.Join(parts, " "))
		if len(words) > 4 {
			continue
		}
		if len(out)%5 == 4 { // every fifth query has a typo
			i := r.IntN(len(words))
			m := misspell(r, words[i])
			if m == words[i] { // too short to mistype: draw again
				continue
			}
			words[i] = m
		}
		q := strings.Join(words, " ")
		if !seen[q] {
			seen[q] = true
			out = append(out, q)
		}
	}
	return out
}

// misspell makes one typing mistake in w: two letters swapped, one
// dropped, one doubled or one replaced by its keyboard neighbour. Words of
// fewer than four letters are returned unchanged (nobody fuzzes "g8").
func misspell(r *rand.Rand, w string) string {
	b := []rune(w)
	if len(b) < 4 {
		return w
	}
	i := 1 + r.IntN(len(b)-2) // keep the first letter, as most typos do
	op := r.IntN(4)
	if op == 0 && b[i] == b[i+1] {
		op = 2 // swapping equal letters changes nothing
	}
	switch op {
	case 0:
		b[i], b[i+1] = b[i+1], b[i]
	case 1:
		b = append(b[:i], b[i+1:]...)
	case 2:
		b = append(b[:i+1], b[i:]...)
	default:
		if n, ok := neighbour[b[i]]; ok {
			b[i] = n
		} else {
			b = append(b[:i+1], b[i:]...)
		}
	}
	return string(b)
}

// neighbour is one QWERTY neighbour of each lower-case letter.
var neighbour = map[rune]rune{'a': 's', 'b': 'v', 'c': 'x', 'd': 'f', 'e': 'r', 'f': 'g', 'g': 'h', 'h': 'j',
	'i': 'o', 'j': 'k', 'k': 'l', 'l': 'k', 'm': 'n', 'n': 'm', 'o': 'p', 'p': 'o', 'q': 'w', 'r': 't', 's': 'd',
	't': 'y', 'u': 'i', 'v': 'b', 'w': 'e', 'x': 'z', 'y': 'u', 'z': 'x'}
