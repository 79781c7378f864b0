package corpus

import (
	"strings"
	"unicode"
)

// Name particles between capitalised name words ("Ursula von der Leyen",
// "Anna de Vries", "João dos Santos", "Ahmed al-Sabah"). The particle lists
// are data (data/speakernames.json nameParticles and hyphenParticles); the
// rules here say when such a lower-case word belongs to the name rather
// than being the preposition or article it also is ("van Kyiv", "de la
// France", "sagte der Kanzler"). Without them the speaker reader stopped
// at the particle and kept the capitals before it ("Europejskiej Ursula"),
// and in Dutch and Portuguese the grammar words readAs rewrites ("de" read
// as "the", "van" as "of") cut the name in two, so nothing was extracted.

// hyphenParticles are the particles written joined to the surname by a
// hyphen ("al-Sabah", "bin-Zayed"): such a word is a name word though it
// opens in lower case.
var hyphenParticles = set(speakerNames.HyphenParticles)

// languageParticles are speakerNames.LanguageParticles as sets per
// language.
var languageParticles = func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for lang, ws := range speakerNames.LanguageParticles {
		out[lang] = set(ws)
	}
	return out
}()

// nameParticle reports whether the lower-case word l is a name particle
// in the document's language.
func (x *extractor) nameParticle(l string) bool {
	return particles[l] || languageParticles[x.src.Lang][l]
}

// hyphenParticleName reports whether w is a surname with a hyphenated
// particle before it: "al-Sabah", not "al-" alone nor "pro-Russian".
func hyphenParticleName(w string) bool {
	i := strings.IndexByte(w, '-')
	if i <= 0 || i == len(w)-1 || !lowerIn(hyphenParticles, w[:i]) {
		return false
	}
	return isCapital(w[i+1:])
}

// writtenWord is the word of t as the text writes it: readAs may have
// rewritten t.word and t.low ("de" as "the"), while t.raw keeps it.
func writtenWord(t tok) string {
	w := strings.TrimSuffix(t.raw, t.trail)
	return strings.TrimLeftFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
}

// particleInName reports whether words[i] is in a run of lower-case name
// particles that stands inside a person's name: a capitalised word that
// is not a title right before, a capitalised word right after the run.
// Two guards keep prepositions out. A particle after a lower-case word or
// opening the phrase is an article or a preposition ("sagte der Kanzler",
// "de Vries zei" keeps its surname alone). And after exactly two
// capitalised name words that follow a title or open the phrase ("Jan Smit
// van Kyiv"), the person is already named in full, so the particle is the
// preposition of a place; one given name before it ("Jan de Vries"), or
// capitals of an institution before the given name ("Komisji Europejskiej
// Ursula von der Leyen"), keep it in the name. isTitle tells a title word
// (the lexicon's roles); words are as written, lows their lower case.
func particleInName(words, lows []string, i int, isParticle, isTitle func(string) bool, known func(string) bool) bool {
	if i < 1 || isCapital(words[i]) || !isParticle(lows[i]) {
		return false
	}
	for i > 0 && !isCapital(words[i-1]) && isParticle(lows[i-1]) {
		i-- // "von der": the run opens at its first particle
	}
	if i < 1 {
		return false
	}
	e := i
	for e < len(words) && !isCapital(words[e]) && isParticle(lows[e]) {
		e++
	}
	if e == len(words) || e-i > 3 || !isCapital(words[e]) {
		return false
	}
	if known != nil && known(strings.Join(lows[i:e+1], " ")) {
		// The particles and the surname are a person the lexicon or the
		// document knows, named without the given name after a title or
		// an institution: "EU-Kommissionschefin von der Leyen",
		// "Przewodnicząca Komisji Europejskiej von der Leyen".
		return true
	}
	if !isCapital(words[i-1]) || isTitle(lows[i-1]) {
		return false // "Präsident von Frankreich", "il sindaco di Roma"
	}
	run := 0 // capitalised name words before the particle
	for b := i - 1; b >= 0 && isCapital(words[b]) && !isTitle(lows[b]); b-- {
		run++
	}
	if run == 2 && known != nil && known(strings.Join(lows[i-1:e+1], " ")) {
		return true // "Голова Єврокомісії Урсула фон дер Ляєн": a person the lexicon knows
	}
	return run != 2
}

// particleInNameAt is particleInName over tokens, reading each word as the
// text writes it and stopping at punctuation: a comma or full stop before
// or inside the run ends the name.
func (x *extractor) particleInNameAt(toks []tok, i int) bool {
	return x.particleInNameFrom(toks, 0, i)
}

// particleInNameFrom is particleInNameAt with the name opening at toks[min]
// at the earliest: "Volgens Jan de Vries", whose capitalised cue is no
// name word.
func (x *extractor) particleInNameFrom(toks []tok, min, i int) bool {
	if i < 1 || i-1 < min || toks[i-1].trail != "" {
		return false
	}
	from := i - 1
	for from > min && toks[from-1].trail == "" && i-from < 8 {
		from--
	}
	to := i + 1
	for to < len(toks) && toks[to-1].trail == "" && to-i < 4 {
		to++
	}
	words := make([]string, 0, to-from)
	lows := make([]string, 0, to-from)
	for _, t := range toks[from:to] {
		w := writtenWord(t)
		words = append(words, w)
		lows = append(lows, lowerString(w))
	}
	return particleInName(words, lows, i-from, x.nameParticle, x.lx.isRole, x.knownParticleName)
}

// restoreNameParticles puts back, in a phrase readAs has rewritten, the
// particles that stand inside a name: "Anna de Vries" was read as "Anna
// the Vries", whose article ends the name. Only the words and their lower
// case change, in place.
func (x *extractor) restoreNameParticles(phrase []tok, words, lows []string) {
	if readAsWords[x.src.Lang] == nil {
		return
	}
	drop := len(phrase) - len(words)
	for i := 1; i < len(words); i++ {
		t := phrase[drop+i]
		w := writtenWord(t)
		if w == t.word && lowerString(w) == lows[i] {
			continue
		}
		if x.particleInNameAt(phrase, drop+i) {
			words[i], lows[i] = w, lowerString(w)
		}
	}
}

// knownParticleName reports whether the lower-case name l is a person the
// lexicon or the document knows.
func (x *extractor) knownParticleName(l string) bool {
	if _, ok := x.lx.people[l]; ok {
		return true
	}
	_, ok := x.short[l]
	return ok
}

// particleNameCloses reports whether a title phrase closes with a person
// named by particles and surname that the lexicon or the document knows
// ("la presidente della Commissione von der Leyen", "La présidente de la
// Commission von der Leyen"): the phrase names who, and is no bare title
// for the last holder. A title's own particle ("della Commissione") is
// followed by a word the lexicon does not know with it.
func (x *extractor) particleNameCloses(words, lows []string) bool {
	n := len(words)
	if n < 3 || !isCapital(words[n-1]) {
		return false
	}
	i := n - 1
	for i > 0 && n-i <= 3 && !isCapital(words[i-1]) && x.nameParticle(lows[i-1]) {
		i--
	}
	return i < n-1 && i > 0 && x.knownParticleName(strings.Join(lows[i:], " "))
}

// shortParticleName records, for a name with particles the document gave
// in full ("Alexander Van der Bellen"), the particles and surname as a
// short form ("van der bellen"), so that a later "Bundespräsident van der
// Bellen" reads as that person (knownParticleName).
func (x *extractor) shortParticleName(canon string) {
	fields := strings.Fields(canon)
	for i := 1; i < len(fields)-1; i++ {
		if lowerIn(particles, fields[i]) {
			k := lowerString(strings.Join(fields[i:], " "))
			if _, ok := x.short[k]; !ok {
				x.short[k] = canon
			}
			return
		}
	}
}
