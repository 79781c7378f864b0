package index

import (
	"context"
	_ "embed"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search"

	"planbot/corpus"
)

// How people ask is not what the texts say. "what did savchuk say",
// "was hat Merz gesagt", "що сказала Дячук", "marchetti interview": the
// frame around the name ("say", "gesagt", "сказала", "interview") is
// rarely in the text that answers, so the relevance rule (relevantFor)
// does not count such a word against a hit that lacks it; a hit that has
// it still counts it. And a person's name is as much a word of the domain
// as "sanctions": a query word that is a word of a known speaker's name
// lets a hit through that matches half the query, as a glossary word
// does, while "weather in paris" still answers nothing.

// termClass says what a query word is for the relevance rule.
type termClass uint8

const (
	// classDomain: a glossary term, a topic keyword or a speaker's name.
	classDomain termClass = 1 << iota
	// classFrame: a word of how questions are asked, not of what about.
	classFrame
	// classSay: a frame word that is a verb of saying or a preposition
	// ("say", "told", "gesagt", "about", "über"): it says nothing of the
	// answer, so a hit that has it gains nothing by it either ("the
	// Kremlin says" must not answer "what did haldorsen say about the
	// kremlin"). Frame nouns ("statement", "interview") can be what a
	// question is about ("joint statement") and still count when present.
	classSay
	// className: a word of a known speaker's name.
	className
	// classTopic: a term of the glossary or a topic keyword itself, a
	// domain word even where it is not a name (see offtopic.go).
	classTopic
	// classFiller: a word of time, news or getting things done
	// (fillerwords.txt), which any question may carry (see offtopic.go).
	classFiller
	// classProper: a glossary term of a place, person or country
	// (properTerms), which is where or who, not what about.
	classProper
)

// sayWords are the frame words of class classSay, lower case as typed:
// the verbs of saying, the prepositions of "about" and the question word
// "what", which ask about a statement without saying what it is about
// ("cosa ha detto Sybiha", "qué dijo", "co powiedział").
var sayWords = wordSet(`
say says said saying tell told think thinks thought mean meant about on regarding what
react reacted respond responded claimed commented quoted
sagen sagt sagte gesagt äußert äußerte geäußert über zu was
dire dice detto ha dichiarato su cosa che
dit déclaré sur quoi que qu
decir dijo declaró declaro sobre qué que
powiedział powiedziała mówi mówił mówiła o co czego
сказал сказала сказали говорит говорил говорила заявил заявила о об про что
сказав каже казав заявив про що
`)

// genreData names the kinds of documents (genrewords.txt).
//
//go:embed genrewords.txt
var genreData string

// frameWords are the words of asking about statements, in the languages
// the glossary covers, lower case as typed (inflected forms listed): the
// verbs of saying (sayWords), the nouns of a statement, and the words
// that name a kind of document (genreData).
var frameWords = union(union(sayWords, dataWords(genreData)), wordSet(`
comment comments statement statements remark remarks interview interviews quote quotes
position view views opinion reaction response claim claims stance
meinung interview zitat
dichiarazione intervista opinione
déclaration entretien interview avis
declaración entrevista opinión
wywiad zdanie opinia
заявление интервью мнение
заява інтерв'ю інтервю думка
`))

func union(a, b map[string]bool) map[string]bool {
	out := map[string]bool{}
	for w := range a {
		out[w] = true
	}
	for w := range b {
		out[w] = true
	}
	return out
}

// dataWords is wordSet of a data file's lines that are not comments.
func dataWords(data string) map[string]bool {
	var b strings.Builder
	for _, l := range strings.Split(data, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(l), "#") {
			b.WriteString(l)
			b.WriteByte('\n')
		}
	}
	return wordSet(b.String())
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// classify returns each query word's class.
func (ix *Index) classify(ctx context.Context, qts []queryTerm) []termClass {
	out := make([]termClass, len(qts))
	domain := ix.exp.domainOf(qts)
	names := ix.nameWords(ctx)
	_, langAt := namedLanguage(ix.analyzersInUse(), qts) // see langnames.go
	for i, qt := range qts {
		name := isName(names, qt.raw)
		if domain[i] || name {
			out[i] |= classDomain
		}
		if domain[i] {
			out[i] |= classTopic
		}
		if fillerWords[qt.raw] {
			out[i] |= classFiller
		}
		if properTerms()[qt.raw] {
			out[i] |= classProper
		}
		if name {
			out[i] |= className
		}
		if frameWords[qt.raw] || i == langAt {
			out[i] |= classFrame
		}
		if sayWords[qt.raw] {
			out[i] |= classSay
		}
		out[i] |= grammarClass(qt.raw) // see grammarwords.go
	}
	whereWhenClasses(qts, out) // see wherewhen.go
	return out
}

// isName says whether w (lower case, as typed) is a word of a speaker's
// name in the index, or another spelling of such a surname that the
// people's lexicon knows ("selenskyj", "zelenskiy" for Zelensky,
// "uschakow" for Ushakov): a German or misspelt name names the speaker as
// well as the English one.
func isName(names map[string]bool, w string) bool {
	if names[w] || knownSurnames()[w] {
		return true
	}
	for _, s := range surnameSpellings()[w] {
		if names[s] {
			return true
		}
	}
	return false
}

// knownSurnames holds the surname spellings of every person the
// people's lexicon knows (corpus.People), four letters or more: "dmitriev"
// names Kirill Dmitriev though no statement of his is indexed, so "miami
// meeting dmitriev" is answered by the paragraph naming him before one
// about another meeting in Miami.
var knownSurnames = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, p := range corpus.People() {
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			f := strings.Fields(strings.ToLower(n))
			if len(f) < 2 && n != p.Name {
				continue // an alias of one word may be a given name ("Keir")
			}
			if len(f) > 0 {
				if last := strings.Trim(f[len(f)-1], ".,;:'’\""); utf8.RuneCountInString(last) >= minNameLen {
					out[last] = true
				}
			}
		}
	}
	return out
})

// surnameSpellings maps each spelling of a known person's surname (the
// groups of nameGroups) to the others, built once.
var surnameSpellings = sync.OnceValue(func() map[string][]string {
	out := map[string][]string{}
	for _, g := range nameGroups(corpus.People()) {
		for _, w := range g.from {
			out[w] = g.from
		}
	}
	return out
})

// neutral says which query words are left out of the relevance rule and
// of the ranking's count of matched words: the verbs of saying (classSay),
// unless the query has nothing else.
func neutral(cls []termClass) []bool {
	out := make([]bool, len(cls))
	other := false
	for _, c := range cls {
		other = other || c&classSay == 0
	}
	if !other {
		return out
	}
	for i, c := range cls {
		out[i] = c&classSay != 0
	}
	return out
}

// retrievalText is the query text the exact search asks bleve with: text
// without its neutral words (the verbs of saying and prepositions of
// asking, see neutral). They count neither for nor against a hit, so
// asking for them only brings in every record that "says" something: in
// "what did dumoulin say" they filled the page with others' "says", which
// the relevance rule then dropped, and the one passage naming Dumoulin
// was never fetched. The hits are still marked against the whole text.
func retrievalText(text string, qts []queryTerm, cls []termClass) string {
	skip := neutral(cls)
	drop := map[string]string{}
	for i, qt := range qts {
		if i < len(skip) && skip[i] && qt.raw != "" {
			drop[qt.raw] = ""
		}
	}
	if len(drop) == 0 {
		return text
	}
	return strings.Join(strings.Fields(replaceWords(text, drop)), " ")
}

// weight is how results ranks a hit first: by the query words it matches,
// the neutral ones left out, however each is matched (as typed, through
// the glossary or through a translation: a German report that matches
// every word of "prisoner exchange signed", two through translations,
// ranks before an English one that lacks "signed"); and among hits that
// match as many, the ones that match a speaker's name the query gives
// ahead: "what did peskov say about the text" is answered by Peskov before
// anyone else who mentions a text. Without classes (the fuzzy search,
// where every word matched) it is the count of matched words.
//
// Each matched word adds weightPerWord and 2: the 2 is what a word matched
// otherwise than only through a translation added while that was meant to
// weigh less (docs/design.md, "The translation-only weight never
// applied"); it never did, every word added it, and it is kept so that
// weights, and so every tie and comparison, stay what they were.
func (r markResult) weight(cls []termClass) int {
	if cls == nil {
		return weightPerWord * r.count()
	}
	n, name := 0, 0
	skip := neutral(cls)
	for i, ok := range r.matched {
		if !ok || (i < len(skip) && skip[i]) || (i < len(r.byTitle) && r.byTitle[i]) {
			continue
		}
		n++
		if i < len(cls) && cls[i]&className != 0 {
			name = 1
		}
	}
	return (weightPerWord+2)*n + name
}

// weightPerWord is what one matched query word adds to a hit's weight: more
// than what all its other terms (2 per matched word, 1 for a name) can add,
// for any query normalizeQuery keeps.
const weightPerWord = 2*maxQueryRunes + 2

// byNamed says whether statement h is by someone the query names, when
// statements are asked for by a query that names a known speaker and also
// says what about ("merz great powers", "zelensky paris territorial
// question"): the name must be the statement's speaker's, not only a word
// of the quote, of the speaker's role ("Putin's foreign policy adviser")
// or of the interview question before it. Another speaker's statement that
// mentions Zelensky, or that matches the subject through its speaker's
// role, does not answer what Zelensky said; when no statement of the named
// speaker matches, the bot answers from the reports, where an
// unattributed paragraph may say it. A query of names alone ("merz
// zelensky") keeps every statement that matches, as a statement naming
// them is what it asks for.
func (ix *Index) byNamed(h *search.DocumentMatch, als []string, mark func(*search.DocumentMatch) markResult, cls []termClass) bool {
	named, about := false, false
	for _, c := range cls {
		named = named || c&className != 0
		about = about || c&(className|classFrame) == 0
	}
	if !named || !about {
		return true
	}
	speaker, _ := h.Fields[fieldSpeaker].(string)
	if speaker == "" {
		return true // no speaker to judge by
	}
	// The speaker's name, analysed as the record's text is (mark reads
	// the first text field it finds), so that "zelenskiy" or "Selenskyj"
	// match "Zelensky" as in the text.
	r := mark(textOnly(h, als, "\x00by", speaker))
	for i, c := range cls {
		if c&className != 0 && i < len(r.matched) && r.matched[i] {
			return true
		}
	}
	return false
}

// namesIn returns cls with classDomain added to the query words that h's
// text writes as a word of a proper name: capitalised, not first in its
// sentence, next to another capitalised word ("General Staff Andriy
// Hnatov", "Randy George"). A person the extractor does not know, named
// once in a report, is as much what "hnatov delegation" is about as a
// glossary word; a common word ("host", "final") is not written so, and
// "term limits for congress" still needs a text about term limits. It
// returns nil when no word is added, or when a word of the query is
// still neither a domain word nor a frame word: a name with the plan's
// vocabulary ("hnatov delegation") asks about the plan, a name with
// everyday words ("golf club membership fees", where a report names the
// Shell Bay Club) does not.
func namesIn(h *search.DocumentMatch, als []string, qts []queryTerm, m markResult, cls []termClass) []termClass {
	var text string
	var out []termClass
	for i, ok := range m.matched {
		if !ok || i >= len(cls) || i >= len(qts) || cls[i]&classDomain != 0 || qts[i].raw == "" {
			continue
		}
		if text == "" {
			text = storedText(h, als)
		}
		if properNameWord(text, qts[i].raw) {
			if out == nil {
				out = slices.Clone(cls)
			}
			out[i] |= classDomain
		}
	}
	for _, c := range out {
		if c&(classDomain|classFrame) == 0 {
			return nil // "golf club membership fees": "golf" and "fees" are no subject of the plan
		}
	}
	return out
}

// withDomain returns cls with every word m matches made a domain word:
// what the relevance rule would say if each were a name.
func withDomain(m markResult, cls []termClass) []termClass {
	out := slices.Clone(cls)
	for i, ok := range m.matched {
		if ok && i < len(out) {
			out[i] |= classDomain
		}
	}
	return out
}

// properNameWord says whether text holds w (any case) as a word of a
// proper name, as namesIn means it.
func properNameWord(text, w string) bool {
	words := wordSpans(text)
	for j, sp := range words {
		if !strings.EqualFold(text[sp[0]:sp[1]], w) || !capitalised(text[sp[0]:sp[1]]) || sentenceStart(text, words, j) {
			continue
		}
		prev := j > 0 && words[j-1][1]+1 == sp[0] && capitalised(text[words[j-1][0]:words[j-1][1]])
		next := j+1 < len(words) && sp[1]+1 == words[j+1][0] && capitalised(text[words[j+1][0]:words[j+1][1]])
		if prev || next {
			return true
		}
	}
	return false
}

// wordSpans returns the byte spans of text's words (runs of letters, digits,
// apostrophes and hyphens).
func wordSpans(text string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range text {
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '-'
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// sentenceStart says whether word j of text begins a sentence: nothing but
// spaces, quotes or a dash before it since the text's start or the end of
// the previous sentence.
func sentenceStart(text string, words [][2]int, j int) bool {
	from := 0
	if j > 0 {
		from = words[j-1][1]
	}
	gap := strings.TrimSpace(text[from:words[j][0]])
	if j == 0 {
		return true
	}
	return strings.ContainsAny(gap, ".!?:;\n") || strings.TrimLeft(gap, "\"'“”„«»‘’-–— ") == "" && strings.ContainsAny(gap, "\"“”„«»–—")
}

// capitalised says whether w begins with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// nameCache keeps the words of the speakers' names between writes to the
// index, like facetCache does for Suggest.
type nameCache struct {
	mu    sync.Mutex
	gen   uint64
	read  bool
	words map[string]bool
}

// nameWords returns the lower-case words (three letters or more) of every
// speaker's name in the index, read once per index generation. A failed
// read gives no names: the rule then falls back to the glossary alone.
func (ix *Index) nameWords(ctx context.Context) map[string]bool {
	g := ix.facets.gen.Load()
	c := &ix.names
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.read && c.gen == g {
		return c.words
	}
	if ctx.Err() != nil {
		return nil
	}
	terms, err := ix.readFacet(corpus.FacetSpeaker, facetFields[corpus.FacetSpeaker])
	if err != nil {
		return nil
	}
	words := map[string]bool{}
	for _, t := range terms {
		for _, w := range t.words {
			if len(w) >= 3 {
				words[string(w)] = true
			}
		}
	}
	c.gen, c.read, c.words = g, true, words
	return words
}

// withoutFrames drops the frame words (classFrame) from a fuzzy search's
// query words, which must all match: "what did kalas say" looks for
// "kalas" one typo away, not also for "say". Words are kept when all of
// them are frame words.
func (ix *Index) withoutFrames(ctx context.Context, qts []queryTerm, known []bool, swaps []map[string][]string) ([]queryTerm, []bool, []map[string][]string) {
	cls := ix.classify(ctx, qts)
	keep := 0
	for _, c := range cls {
		if c&classFrame == 0 {
			keep++
		}
	}
	if keep == 0 || keep == len(qts) {
		return qts, known, swaps
	}
	var q2 []queryTerm
	var k2 []bool
	var s2 []map[string][]string
	for i, c := range cls {
		if c&classFrame != 0 {
			continue
		}
		q2 = append(q2, qts[i])
		if i < len(known) {
			k2 = append(k2, known[i])
		}
		if i < len(swaps) {
			s2 = append(s2, swaps[i])
		}
	}
	return q2, k2, s2
}

// steadyScore is s rounded to nine significant digits. A hit's score is a
// sum of many clause scores (more with every synonym), and its last bits
// follow the order bleve adds them in, which follows how the index is cut
// into segments; ranking on the rounded score keeps hits that score the
// same in ID order however the index was built.
func steadyScore(s float64) float64 {
	if s == 0 || math.IsInf(s, 0) || math.IsNaN(s) {
		return s
	}
	scale := math.Pow(10, 8-math.Floor(math.Log10(math.Abs(s))))
	return math.Round(s*scale) / scale
}
