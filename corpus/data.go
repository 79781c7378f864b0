package corpus

import (
	"embed"
	"encoding/json"
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// The extraction vocabulary is data, reviewed like code but not written as
// code: the topic taxonomy, the plan names and the speaker lexicon.
//
//go:embed data/topics.json data/plans.json data/speakers.json data/outlets.json data/languages.json data/verbs.json data/roles.json data/grammar.json
//go:embed data/languages-detect.json
//go:embed data/versioncues.json
var dataFS embed.FS

// Topic is one entry of the topic taxonomy records are tagged with.
type Topic struct {
	ID       string   `json:"id"`    // what Provision.Topics and Statement.Topics hold
	Label    string   `json:"label"` // human-readable name
	Keywords []string `json:"keywords"`
}

// Topics returns the taxonomy, in its file order, for autocomplete and help.
func Topics() []Topic {
	lx := lexiconData()
	out := make([]Topic, len(lx.topics))
	copy(out, lx.topics)
	return out
}

type person struct {
	Name    string   `json:"name"`
	Gender  string   `json:"gender"`
	Aliases []string `json:"aliases"`
}

type body struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
}

type planRule struct {
	Plan    string   `json:"plan"`
	Phrases []string `json:"phrases"`
}

// lexicon is the parsed, indexed form of the data files. It is immutable
// after loading and shared by all Parse calls.
type lexicon struct {
	topics []Topic
	// topic keywords by the first four bytes of their first word (or the
	// whole word when shorter): one lookup per word of text
	keywords map[uint32][]kwEntry
	kwFilter keyFilter // which keys keywords holds, checked first

	plans          []planRule
	planPhrases    map[uint32][]phraseRef // phraseKey of a phrase -> phrases
	planFilter     keyFilter              // which keys planPhrases holds
	planWordSeqs   [][]string             // planWords split into words
	proseNouns     map[string]bool        // "piano", "план": a document that sets out terms
	proseVerbs     map[string]bool        // "prevede", "предусматривает": it sets them out
	proseFillers   map[string]bool        // "anche", "также" between noun and verb
	versionNouns   map[string]bool        // "versión", "варианте": a document only beside a version's name
	proseVerbSet   *keyFilter             // proseVerbs, for a cheap look at a paragraph
	proseNounSet   *keyFilter             // proseNouns, likewise
	versionNounSet *keyFilter             // versionNouns, likewise
	termOpeners    []string               // "under the", "según el": a clause of terms follows
	pointWords     map[string]bool        // "punto", "пункт": "Punto 3: …" is a numbered point
	countStems     []string               // "пункт", "punkt": the word a version's count is joined to (plancount.go)
	pointRefs      map[string]bool        // "point", "пункте": "В пункте 11 говорится …" refers to a point
	pointAbbrs     map[string]bool        // "pt", "п.": a point's short form in a bracketed aside
	samePoint      []string               // "the same point": a sentence going on with the point before
	docAdverbials  map[string]bool        // "laut", "enligt": before a document noun, an adverbial naming it
	reportModals   map[string]bool        // "soll", "ska": the verbs by which those languages set out terms
	adverbialLangs map[string]bool        // "de", "sv": the languages docAdverbials are read in
	reportatives   map[string]bool        // "soll", "ska": a term reported, as "would" reports one
	contrasts      []string               // "while", "se", "là où": a clause setting one version against another
	bothWords      map[string]bool        // "both", "ambos": a sentence about the two versions at once
	pointPlurals   map[string]bool        // "points", "punti": "points 3 and 4 provide …" refers to each
	termNouns      map[string]bool        // "provisions", "clausole": a plan's terms in general
	ordinals       map[string]int         // "first", "dziewiąty": a point's number written as a word
	labelCardinals map[string]int         // "one", "uno": a cardinal in a point label ("Point one: …"), never alone (pointlabels.go)
	impersonal     map[string]bool        // "говорится", "heißt": a document says, impersonally
	impersonalSet  *keyFilter             // impersonal, for a cheap look at a paragraph
	docPreps       map[string]bool        // "в", "im": the document before an impersonal verb
	docPronouns    map[string]bool        // "нем", "niej": the document just named
	proseSaySet    *keyFilter             // proseSays, for a cheap look at a paragraph
	otherCueSet    *keyFilter             // proseVerbs, impersonal and proseSays: otherProseCue's filter
	thatPadded     []string               // the that-words between spaces, for a cheap look at a paragraph
	pointMids      []string               // point words less their first letter, up to four letters
	docRels        []string               // ", under which ": the named document's terms follow
	proseSays      map[string]bool        // "mówi", "dice": a document says, a that-word must follow
	relPronouns    map[string]bool        // "que", "który": a point word's relative clause

	people            map[string]*person // lower-case alias or name -> person
	bodies            map[string]string  // lower-case alias or name -> canonical body
	roleWords         map[string]bool
	unnamedHeads      *headSet        // unnamed nouns of six letters or more: the head of a compound
	oneWords          map[string]bool // "one", "jeden": "one of the officials" is unnamed
	asideVerbs        map[string]bool // "put", "выразился": speech in an "as X put it" aside
	anonymity         map[string]bool // "on", "sous": the anonymity phrase after an unnamed source
	ofWords           map[string]bool // "of", "z", "dei": after oneWords
	conjunctions      map[string]bool // "and", "e": a speech verb coordinated with the subject's first verb
	participles       map[string]bool // "saying", "aggiungendo": what the sentence's subject said follows
	recallParts       map[string]bool // "ricordando", "rappelant": a fact pointed to, not a second statement after a quotation (quotes.go participleThat)
	sameWords         map[string]bool // "same", "stesse": the sources just cited speak again
	viewPreps         map[string]bool // "pour", "per", "für": "Pour X, …" gives X's view
	roleHeads         *headSet        // roleWords of six letters or more: the head of a compound title
	groupNouns        map[string]bool
	bodyWords         map[string]bool
	honorifics        map[string]bool
	honorificGenders  map[string]string // "mr": "m", "ms": "f" (roles.json): the gender a courtesy title before a name tells
	notSpeakers       map[string]bool
	adverbs           map[string]bool
	sayVerbs          map[string]bool
	thatVerbs         map[string]bool // opinion verbs, speech only before a that-word ("trouve que"; thatverbs.go)
	recountVerbs      map[string]bool // telling, answering, confirming: speech only before a that-word ("conferma che"; thatverbs.go)
	actVerbs          map[string]bool
	addressee         map[string]bool
	acronyms          map[string]bool
	thatWords         map[string]bool   // "that", "que", "dass", "что": what was said follows
	auxiliaries       map[string]bool   // "a" of "a déclaré"
	backRef           map[string]bool   // role nouns that refer back to the last speaker
	indefinites       map[string]bool   // "a", "two", "un", "ein": an unnamed speaker's first word
	unnamed           map[string]bool   // "official", "sources", "diplomate": unnamed speakers
	addressees        map[string]bool   // "reporters", "журналистам": who was told, between verb and speaker
	according         map[string]bool   // "según", "według", "словам": "according to X" in other languages
	questions         []string          // "à nos questions": what a reply verb takes when nobody is quoted
	nameEndings       []string          // case endings of Slavic surnames, longest first
	asWords           map[string]bool   // "как", "come": "Как заявил X, …"
	thisRefs          map[string]bool   // "об этом", "lo ha": "Об этом сообщил X." after what was said
	thisAfter         map[string]bool   // "to", "o tym": the pointer after the verb, "Uvedla to X." (morphology.json)
	asides            map[string]bool   // "in", "в": ", in his nightly address," is no role
	accordingAsides   map[string]bool   // "secondo", "за": ", secondo il notiziario," between a named speaker and the verb
	channels          map[string]bool   // "интервью", "rozmowie": an outlet may follow, then the verb
	outletMarks       []string          // "told ", "в интервью ": the outlet the words were given to follows
	views             map[string]string // "in his view" -> "he": whose view a sentence gives
	viewCues          map[string]bool   // the longest word of each view phrase, for hasSpeechCue
	reportedMood      map[string]bool   // "sei", "werde": German indirect speech going on
	introVerbs        map[string]bool   // "sprach", "widersprach": reported speech is to follow
	hearsayModals     map[string]bool   // "soll": what someone is said to have said
	hearsayParts      map[string]bool   // "geraten": participles of advice after a hearsayModal
	addresseeArticles map[string]bool   // "der", "dem": after an inverted speaker's name, whom the words were given to
	separable         map[string]bool   // "hinzu", "fest": a German verb's separable particle before what was said
	report            reportWords       // the reporting-clause reader's own words (reportclause.go)
	speechCues        *wideKeyFilter    // the words hasSpeechCue looks for: thousands, too many for a keyFilter
	roleSet           *keyFilter        // roleWords' keys, for mentions' cheap look
	roleCaseBase      map[string]string // a Slavic title's case form -> its nominative (rolecases.go)
	proseAsides       []string          // ", en cambio,": asides dropped before reading terms
	connectives       []string          // "Кроме того, ": sentence openers dropped before reading terms
	actionVerbs       map[string]bool   // "eleva", "limita": the verb is part of the term
	pointRels         []string          // ", zgodnie z którym ": what a point sets out follows
}

// phraseRef is one phrase of plans.json and the index of its rule: the
// first rule with a matching phrase wins.
type phraseRef struct {
	rule   int
	phrase string
}

// kwEntry is one topic keyword split into words; prefix means its last
// word matches any word starting with it.
type kwEntry struct {
	topic  int
	words  []string
	prefix bool
}

var lexiconData = sync.OnceValue(func() *lexicon {
	lx, err := loadLexicon()
	if err != nil {
		panic(err) // the embedded data is fixed at build time; TestLexicon covers it
	}
	return lx
})

func loadLexicon() (*lexicon, error) {
	var tf struct {
		Topics []Topic `json:"topics"`
	}
	var pf struct {
		Plans      []planRule     `json:"plans"`
		PlanWords  []string       `json:"planWords"`
		Nouns      []string       `json:"proseNouns"`
		Verbs      []string       `json:"proseVerbs"`
		Fillers    []string       `json:"proseFillers"`
		Versions   []string       `json:"versionNouns"`
		Openers    []string       `json:"termOpeners"`
		Asides     []string       `json:"proseParentheticals"`
		Connects   []string       `json:"proseConnectives"`
		Actions    []string       `json:"actionVerbs"`
		Relatives  []string       `json:"pointRelatives"`
		Points     []string       `json:"pointWords"`
		CountStems []string       `json:"countStems"`
		PointRefs  []string       `json:"pointRefWords"`
		PointAbbrs []string       `json:"pointAbbreviations"`
		SamePoint  []string       `json:"samePointOpeners"`
		DocAdverbs []string       `json:"docAdverbials"`
		RepModals  []string       `json:"reportModals"`
		AdvLangs   []string       `json:"docAdverbialLanguages"`
		Reportive  []string       `json:"reportativeModals"`
		Contrasts  []string       `json:"contrastOpeners"`
		Both       []string       `json:"bothWords"`
		Plurals    []string       `json:"pointPlurals"`
		TermNouns  []string       `json:"termNouns"`
		Ordinals   map[string]int `json:"ordinals"`
		LabelNums  map[string]int `json:"pointLabelCardinals"`
		Imperson   []string       `json:"impersonalSays"`
		DocPreps   []string       `json:"docPrepositions"`
		DocProns   []string       `json:"docPronouns"`
		Relatives2 []string       `json:"relativePronouns"`
		DocRels    []string       `json:"docRelatives"`
		SayVerbs2  []string       `json:"proseSayVerbs"`
	}
	var sf struct {
		People           []person          `json:"people"`
		Bodies           []body            `json:"bodies"`
		RoleWords        []string          `json:"roleWords"`
		GroupNouns       []string          `json:"groupNouns"`
		BodyWords        []string          `json:"bodyWords"`
		Honorifics       []string          `json:"honorifics"`
		HonorificGenders map[string]string `json:"honorificGenders"`
		NotSpeakers      []string          `json:"notSpeakers"`
		Adverbs          []string          `json:"adverbs"`
		SayVerbs         []string          `json:"sayVerbs"`
		ActVerbs         []string          `json:"actVerbs"`
		AddresseeVerbs   []string          `json:"addresseeVerbs"`
		Acronyms         []string          `json:"acronyms"`
		ThatWords        []string          `json:"thatWords"`
		Auxiliaries      []string          `json:"auxiliaries"`
		BackRefNouns     []string          `json:"backRefNouns"`
		Indefinites      []string          `json:"indefinites"`
		UnnamedNouns     []string          `json:"unnamedNouns"`
		Addressees       []string          `json:"addressees"`
		AccordingWords   []string          `json:"accordingWords"`
		Questions        []string          `json:"questionObjects"`
		NameEndings      []string          `json:"nameEndings"`
		AsWords          []string          `json:"asWords"`
		ThisRefs         []string          `json:"thisRefs"`
		Parentheticals   []string          `json:"parentheticals"`
		AccordingAsides  []string          `json:"accordingAsides"`
		ChannelNouns     []string          `json:"channelNouns"`
		OutletMarkers    []string          `json:"outletMarkers"`
		ViewPhrases      map[string]string `json:"viewPhrases"`
		ReportedMood     []string          `json:"reportedMood"`
		IntroVerbs       []string          `json:"introVerbs"`
		HearsayModals    []string          `json:"hearsayModals"`
		HearsayParts     []string          `json:"hearsayParticiples"`
		AddresseeArts    []string          `json:"addresseeArticles"`
		Separable        []string          `json:"separableParticles"`
		CompoundHeads    []string          `json:"compoundHeads"`
		ViewPreps        []string          `json:"viewPrepositions"`
		SameWords        []string          `json:"sameWords"`
		Participles      []string          `json:"speechParticiples"`
		RecallParts      []string          `json:"recallParticiples"`
		Conjunctions     []string          `json:"conjunctions"`
		OneWords         []string          `json:"oneWords"`
		OfWords          []string          `json:"ofWords"`
		Anonymity        []string          `json:"anonymityWords"`
		AsideVerbs       []string          `json:"asideVerbs"`
		Characterise     []string          `json:"characteriseVerbs"`
		PerfectAux       []string          `json:"perfectAuxiliaries"`
		PassiveAux       []string          `json:"passiveAuxiliaries"`
		SequenceWords    []string          `json:"sequenceWords"`
		SpeechNouns      []string          `json:"speechNouns"`
		ThatVerbs        []string          `json:"thatVerbs"`
		RecountVerbs     []string          `json:"recountVerbs"`
	}
	for name, v := range map[string]any{"data/topics.json": &tf, "data/plans.json": &pf, "data/speakers.json": &sf, "data/verbs.json": &sf, "data/roles.json": &sf} {
		b, err := dataFS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		if err := json.Unmarshal(b, v); err != nil {
			return nil, fmt.Errorf("decode %s: %w", name, err)
		}
	}
	lx := &lexicon{
		topics:            tf.Topics,
		keywords:          map[uint32][]kwEntry{},
		plans:             pf.Plans,
		people:            map[string]*person{},
		bodies:            map[string]string{},
		roleWords:         set(sf.RoleWords),
		groupNouns:        set(sf.GroupNouns),
		bodyWords:         set(sf.BodyWords),
		honorifics:        set(sf.Honorifics),
		honorificGenders:  sf.HonorificGenders,
		notSpeakers:       set(sf.NotSpeakers),
		adverbs:           set(sf.Adverbs),
		sayVerbs:          set(sf.SayVerbs),
		thatVerbs:         set(sf.ThatVerbs),
		recountVerbs:      set(sf.RecountVerbs),
		actVerbs:          set(sf.ActVerbs),
		addressee:         set(sf.AddresseeVerbs),
		acronyms:          set(sf.Acronyms),
		thatWords:         set(sf.ThatWords),
		auxiliaries:       set(sf.Auxiliaries),
		backRef:           set(sf.BackRefNouns),
		indefinites:       set(sf.Indefinites),
		unnamed:           set(sf.UnnamedNouns),
		addressees:        set(sf.Addressees),
		according:         set(sf.AccordingWords),
		questions:         sf.Questions,
		nameEndings:       sf.NameEndings,
		asWords:           set(sf.AsWords),
		thisRefs:          set(sf.ThisRefs),
		thisAfter:         map[string]bool{},
		asides:            set(sf.Parentheticals),
		accordingAsides:   set(sf.AccordingAsides),
		channels:          set(sf.ChannelNouns),
		outletMarks:       sf.OutletMarkers,
		views:             sf.ViewPhrases,
		reportedMood:      set(sf.ReportedMood),
		introVerbs:        set(sf.IntroVerbs),
		hearsayModals:     set(sf.HearsayModals),
		hearsayParts:      set(sf.HearsayParts),
		addresseeArticles: set(sf.AddresseeArts),
		separable:         set(sf.Separable),
		viewPreps:         set(sf.ViewPreps),
		sameWords:         set(sf.SameWords),
		participles:       set(sf.Participles),
		recallParts:       set(sf.RecallParts),
		conjunctions:      set(sf.Conjunctions),
		oneWords:          set(sf.OneWords),
		ofWords:           set(sf.OfWords),
		anonymity:         set(sf.Anonymity),
		asideVerbs:        set(sf.AsideVerbs),
		proseNouns:        set(pf.Nouns),
		proseVerbs:        set(pf.Verbs),
		proseFillers:      set(pf.Fillers),
		versionNouns:      set(pf.Versions),
		termOpeners:       pf.Openers,
		proseAsides:       pf.Asides,
		connectives:       pf.Connects,
		actionVerbs:       set(pf.Actions),
		pointRels:         pf.Relatives,
		pointWords:        set(pf.Points),
		countStems:        pf.CountStems,
		pointRefs:         set(pf.PointRefs),
		pointAbbrs:        set(pf.PointAbbrs),
		samePoint:         pf.SamePoint,
		docAdverbials:     set(pf.DocAdverbs),
		reportModals:      set(pf.RepModals),
		adverbialLangs:    set(pf.AdvLangs),
		reportatives:      set(pf.Reportive),
		contrasts:         pf.Contrasts,
		bothWords:         set(pf.Both),
		pointPlurals:      set(pf.Plurals),
		termNouns:         set(pf.TermNouns),
		ordinals:          pf.Ordinals,
		labelCardinals:    pf.LabelNums,
		impersonal:        set(pf.Imperson),
		docPreps:          set(pf.DocPreps),
		docPronouns:       set(pf.DocProns),
		relPronouns:       set(pf.Relatives2),
		proseSays:         set(pf.SayVerbs2),
		docRels:           pf.DocRels,
	}
	if err := extendLexicon(lx); err != nil {
		return nil, err
	}
	lx.proseVerbSet = wordFilter(lx.proseVerbs)
	lx.impersonalSet = wordFilter(lx.impersonal)
	lx.proseSaySet = wordFilter(lx.proseSays)
	lx.otherCueSet = wordFilter(lx.proseVerbs, lx.impersonal, lx.proseSays)
	for w := range lx.thatWords {
		lx.thatPadded = append(lx.thatPadded, " "+w+" ")
	}
	sort.Strings(lx.thatPadded)
	for w := range lx.pointRefs {
		// the point words without their first letter, which may be a
		// capital: a cheap look for one before a word scan
		if _, n := utf8.DecodeRuneInString(w); len(w) >= n+2 { // ("bod": "od")
			m := w[n:]
			if utf8.RuneCountInString(m) > 4 {
				m = string([]rune(m)[:4])
			}
			if !slices.Contains(lx.pointMids, m) {
				lx.pointMids = append(lx.pointMids, m)
			}
		}
	}
	sort.Strings(lx.pointMids) // built from a map: the same order on every run
	addSlavicPastForms(lx.sayVerbs)
	addSlavicPastForms(lx.recountVerbs)
	addAskVerbs(lx.actVerbs, lx.sayVerbs) // "pytała, kto …" (interviewintro.go)
	addPredicateVerbs(lx.actVerbs)        // "thanked", "a remercié", "допустил" (predicate.go)
	addCallVerbs(lx.actVerbs)             // "chiama", read only with a complement (callverb.go)
	addSlavicPastForms(lx.actVerbs)
	lx.report = reportWords{characterise: set(sf.Characterise), perfect: set(sf.PerfectAux), passive: set(sf.PassiveAux), sequence: set(sf.SequenceWords), nouns: set(sf.SpeechNouns)}
	addSlavicPastForms(lx.report.characterise)
	for _, set := range []map[string]bool{lx.sayVerbs, lx.actVerbs, lx.roleWords, lx.adverbs, lx.notSpeakers, lx.introVerbs, lx.according, lx.groupNouns, lx.bodyWords, lx.unnamed, lx.backRef} {
		addSwissSpellings(set)
	}
	lx.proseNounSet = wordFilter(lx.proseNouns)
	lx.versionNounSet = wordFilter(lx.versionNouns)
	sort.SliceStable(lx.nameEndings, func(i, j int) bool { return len(lx.nameEndings[i]) > len(lx.nameEndings[j]) })
	for v := range lx.sayVerbs {
		delete(lx.actVerbs, v)
	}
	lx.viewCues = map[string]bool{}
	for p := range lx.views {
		longest := ""
		for _, w := range strings.Fields(p) {
			// on a tie the later word: the noun after a possessive ("nach
			// seinen Worten", "κατά τον ίδιο"), not the possessive or
			// preposition, which would let every sentence through
			if utf8.RuneCountInString(w) >= utf8.RuneCountInString(longest) {
				longest = w
			}
		}
		lx.viewCues[longest] = true // "In his view": "view" lets the sentence through
	}
	if err := addRoleCases(lx); err != nil { // "политолога", "rzecznikiem" (rolecases.go)
		return nil, fmt.Errorf("data/rolecases.json: %w", err)
	}
	lx.roleSet = wordFilter(lx.roleWords)
	lx.roleHeads = compoundHeads(sf.CompoundHeads, lx.roleWords)
	lx.unnamedHeads = compoundHeads(sf.CompoundHeads, lx.unnamed)
	lx.speechCues = wideWordFilter(lx.sayVerbs, lx.actVerbs, lx.according, lx.viewCues, lx.participles, lx.asideVerbs, lx.introVerbs, lx.hearsayParts, readAsSayVerbs(lx.sayVerbs), lx.thatVerbs, lx.recountVerbs, map[string]bool{"according": true, "quoted": true, "continued": true})
	if len(tf.Topics) > 64 {
		return nil, fmt.Errorf("topics.json: %d topics, at most 64", len(tf.Topics))
	}
	for i, t := range tf.Topics {
		if t.ID == "" || len(t.Keywords) == 0 {
			return nil, fmt.Errorf("topics.json: topic %d needs an id and keywords", i)
		}
		for _, kw := range t.Keywords {
			e := kwEntry{topic: i}
			kw = lowerString(strings.TrimSpace(kw))
			if strings.HasSuffix(kw, "*") {
				e.prefix = true
				kw = strings.TrimSuffix(kw, "*")
			}
			e.words = wordsOf(kw)
			if len(e.words) == 0 {
				return nil, fmt.Errorf("topics.json: topic %s has an empty keyword", t.ID)
			}
			first := e.words[0]
			if e.prefix && len(e.words) == 1 && len(first) < 4 {
				return nil, fmt.Errorf("topics.json: prefix keyword %q* needs at least 4 letters", kw)
			}
			key := foldKey(first)
			lx.keywords[key] = append(lx.keywords[key], e)
			lx.kwFilter.add(key)
		}
	}
	lx.planPhrases = map[uint32][]phraseRef{}
	for i, r := range pf.Plans {
		for _, ph := range r.Phrases {
			if len(ph) < 3 {
				return nil, fmt.Errorf("plans.json: phrase %q needs at least 3 bytes", ph)
			}
			k := phraseKey(ph)
			lx.planPhrases[k] = append(lx.planPhrases[k], phraseRef{rule: i, phrase: ph})
			lx.planFilter.add(k)
		}
	}
	for _, pw := range pf.PlanWords {
		lx.planWordSeqs = append(lx.planWordSeqs, strings.Fields(lowerString(pw)))
	}
	for i := range sf.People {
		p := &sf.People[i]
		lx.people[lowerString(p.Name)] = p
		for _, a := range p.Aliases {
			lx.people[lowerString(a)] = p
		}
	}
	for _, b := range sf.Bodies {
		lx.bodies[lowerString(b.Name)] = b.Name
		for _, a := range b.Aliases {
			lx.bodies[lowerString(a)] = b.Name
		}
	}
	return lx, nil
}

// mustDecode reads an embedded data file; the files are fixed at build
// time and TestLexicon loads every one, so a broken file fails the tests.
func mustDecode(name string, v any) {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		panic(fmt.Errorf("read %s: %w", name, err))
	}
	mustDecodeJSON(name, b, v)
}

func set(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[lowerString(w)] = true
	}
	return m
}

// langSets is a set of words per language, from a data file's lists by
// language code.
func langSets(byLang map[string][]string) map[string]map[string]bool {
	m := make(map[string]map[string]bool, len(byLang))
	for lang, words := range byLang {
		m[lang] = set(words)
	}
	return m
}

// tagTopics returns the IDs of the topics whose keywords occur in text, in
// taxonomy order; never nil, so JSON shows [] rather than null. It walks
// the words in place, folding A-Z as it compares instead of lower-casing a
// copy, and reads ahead only for multi-word keywords.
func tagTopics(text string) []string {
	lx := lexiconData()
	var hit uint64 // one bit per topic; loadLexicon keeps the taxonomy under 64
	for pos := 0; pos < len(text); {
		w, next := nextWord(text, pos)
		pos = next
		if w == "" {
			break
		}
		key := foldKey(w)
		if !lx.kwFilter.has(key) {
			continue // most words start no keyword: skip the map
		}
		for _, e := range lx.keywords[key] {
			if hit&(1<<e.topic) != 0 {
				continue
			}
			if len(e.words) == 1 {
				if equalLower(w, e.words[0]) || e.prefix && hasPrefixLower(w, e.words[0]) {
					hit |= 1 << e.topic
				}
				continue
			}
			if !equalLower(w, e.words[0]) {
				continue
			}
			ok, at := true, next
			for k := 1; k < len(e.words) && ok; k++ {
				var nw string
				nw, at = nextWord(text, at)
				last := k == len(e.words)-1
				ok = equalLower(nw, e.words[k]) || last && e.prefix && nw != "" && hasPrefixLower(nw, e.words[k])
			}
			if ok {
				hit |= 1 << e.topic
			}
		}
	}
	out := make([]string, 0, bits.OnesCount64(hit)) // one allocation; never nil
	for i := range lx.topics {
		if hit&(1<<i) != 0 {
			out = append(out, lx.topics[i].ID)
		}
	}
	return out
}

// topicMemo remembers the topics of the provisions of one document: a list
// item is a provision and a passage with the same text, tagged once. Only
// provisions go in; other texts are rarely tagged twice and the map would
// cost more than it saves.
type topicMemo map[string][]string

// tag is tagTopics, remembered. The slices are shared with the passages,
// so they are clipped: an append copies.
func (m topicMemo) tag(text string) []string {
	if t, ok := m[text]; ok {
		return t
	}
	t := slices.Clip(tagTopics(text))
	m[text] = t
	return t
}

// foldKey packs the first four bytes of w, A-Z lower-cased, into an
// integer (zero-padded when w is shorter): the key topic keywords are
// indexed by, cheaper to hash than a string.
func foldKey(w string) uint32 {
	var k uint32
	switch len(w) {
	case 0:
	case 1:
		k = uint32(w[0])
	case 2:
		k = uint32(w[0]) | uint32(w[1])<<8
	case 3:
		k = uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16
	default:
		k = uint32(w[0]) | uint32(w[1])<<8 | uint32(w[2])<<16 | uint32(w[3])<<24
	}
	// A-Z to a-z in all four bytes at once: a byte's top bit in upper is
	// set when the byte is ASCII, at least 'A' and not above 'Z'; moved
	// down two places it is the 0x20 that lower-cases the letter
	low7 := k & 0x7f7f7f7f
	upper := (low7 + 0x3f3f3f3f) &^ (low7 + 0x25252525) &^ k & 0x80808080
	return k | upper>>2
}

// keyFilter is a one-hash Bloom filter over foldKeys: a clear bit proves a
// word starts no keyword, without a map look-up.
type keyFilter [1 << 7]uint64 // 8192 bits: 1 KB stays in the L1 cache

func (f *keyFilter) slot(k uint32) (int, uint64) {
	h := (k * 0x9E3779B1) >> 19 // 13 bits of a multiplicative hash
	return int(h >> 6), 1 << (h & 63)
}

func (f *keyFilter) add(k uint32) {
	i, bit := f.slot(k)
	f[i] |= bit
}

func (f *keyFilter) has(k uint32) bool {
	i, bit := f.slot(k)
	return f[i]&bit != 0
}

// wordKey is the key of a whole word for a keyFilter: its first four bytes
// (A-Z folded) and its length.
func wordKey(w string) uint32 {
	return foldKey(w)*31 + uint32(len(w))
}

// wordFilter is a keyFilter over the wordKeys of the keys of sets.
func wordFilter[V any](sets ...map[string]V) *keyFilter {
	f := new(keyFilter)
	for _, m := range sets {
		for w := range m {
			f.add(wordKey(w))
		}
	}
	return f
}

// phraseKey packs the first three bytes of s (len(s) >= 3) into the key
// plan phrases are indexed by.
func phraseKey(s string) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16
}

// equalLower reports whether s, A-Z lower-cased, equals the lower-case low.
func equalLower(s, low string) bool {
	return len(s) == len(low) && hasPrefixLower(s, low)
}

// hasPrefixLower reports whether s, A-Z lower-cased, starts with the
// lower-case prefix.
func hasPrefixLower(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// wordsOf splits lower-case text into words, as nextWord reads them.
func wordsOf(s string) []string {
	words := make([]string, 0, len(s)/7+1)
	for pos := 0; pos < len(s); {
		w, next := nextWord(s, pos)
		if w == "" {
			break
		}
		words = append(words, w)
		pos = next
	}
	return words
}

// nextWord returns the first word of s at or after byte i, and
// where to continue. Words are letters, digits and the characters that
// belong inside words here ("880,000", "non-aggression", "$100"). It works
// on bytes: a multi-byte character is a letter unless it is Latin-1 or
// general punctuation (no-break space, «», ’, “”, –, —, …).
func nextWord(s string, i int) (string, int) {
	// up to the first byte of a word
	for i < len(s) {
		switch wordClass[s[i]] {
		case wcIn, wcLead:
			goto word
		case wcE2:
			if i+1 < len(s) && s[i+1] == 0x80 {
				i += 3 // general punctuation: – — ‘ ’ “ ” …
				continue
			}
			goto word
		case wcC2:
			i += 2 // Latin-1 punctuation: no-break space, « »
		default:
			i++
		}
	}
	return "", len(s)
word:
	start := i
	for i++; i < len(s); i++ {
		c := s[i]
		if inWordByte[c] {
			continue // (most bytes: one table look rather than the switch)
		}
		switch wordClass[c] {
		case wcIn, wcLead, wcCont:
			continue
		case wcE2:
			if i+1 < len(s) && s[i+1] == 0x80 {
				return s[start:i], i
			}
			continue
		case wcJoin:
			// joiners inside words: "non-aggression", "880,000", "1.5"
			if i+1 < len(s) {
				next := s[i+1]
				if c == '-' && wordClass[next] == wcIn && next != '$' || c != '-' && isDigit(s[i-1]) && isDigit(next) {
					continue
				}
			}
		}
		return s[start:i], i
	}
	return s[start:], len(s)
}

// What a byte is to nextWord.
const (
	wcOut  uint8 = iota // space, ASCII punctuation
	wcIn                // ASCII letter or digit, $
	wcJoin              // - , . : inside a word between the right neighbours
	wcCont              // UTF-8 continuation byte
	wcLead              // first byte of a multi-byte letter
	wcC2                // first byte of Latin-1 punctuation
	wcE2                // first byte of general punctuation when 0x80 follows
)

var wordClass = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '$':
			t[c] = wcIn
		case c == '-' || c == ',' || c == '.':
			t[c] = wcJoin
		case c >= 0x80 && c < 0xC0:
			t[c] = wcCont
		case c == 0xC2:
			t[c] = wcC2
		case c == 0xE2:
			t[c] = wcE2
		case c >= 0xC0:
			t[c] = wcLead
		}
	}
	return t
}()

// inWordByte marks the bytes that always go on a word nextWord has begun:
// wcIn, wcLead and wcCont.
var inWordByte = func() (t [256]bool) {
	for c := range 256 {
		switch wordClass[c] {
		case wcIn, wcLead, wcCont:
			t[c] = true
		}
	}
	return t
}()

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// lowerASCII lower-cases A-Z, leaving other bytes alone, so offsets into
// the result match the input (strings.ToLower may change lengths and is
// slow on non-ASCII text).
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && !(s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	// b is never written again: share its bytes instead of copying them
	// (strings.Builder does the same; WriteByte per byte was a hot spot)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// versionIn is the known version a text names by one of the rules'
// phrases, or "": planFor without its look for generic plan words, and
// lower-casing a sentence of up to 512 bytes on the stack, as planBefore
// asks it of every sentence before a term.
func versionIn(text string) string {
	var buf [512]byte
	b := appendLower(buf[:0], text)
	low := unsafe.String(unsafe.SliceData(b), len(b))
	lx := lexiconData()
	if best := firstPlanRule(lx, low); best < len(lx.plans) {
		return lx.plans[best].Plan
	}
	return planByCount(low)
}

// firstPlanRule is the index of the first plan rule whose phrase occurs in
// low (lower case), len(lx.plans) when none does. The phrases are found by
// their first three bytes: one look-up per position of the text instead of
// a search of the text per phrase.
func firstPlanRule(lx *lexicon, low string) int {
	best := len(lx.plans)
	for i := 0; i+3 <= len(low) && best > 0; i++ {
		if i > 0 && midASCIIWord(low, i) {
			continue // a phrase must start a word (phraseStartsWord): most positions are inside one
		}
		k := phraseKey(low[i:])
		if !lx.planFilter.has(k) {
			continue
		}
		for _, ref := range lx.planPhrases[k] {
			if ref.rule < best && strings.HasPrefix(low[i:], ref.phrase) && phraseStartsWord(low, i) {
				best = ref.rule // (not inside a longer word: planwordstart.go)
			}
		}
	}
	return best
}

// planFor names the plan a heading or lead-in introduces: a known version
// when a rule phrase occurs, "" with generic=true when it only speaks of a
// plan, and "", false when it is not about a plan at all.
func planFor(text string) (name string, generic bool) {
	if text == "" {
		return "", false
	}
	lx := lexiconData()
	var lowBuf [512]byte // lowerString(text), on the stack for a heading or lead-in
	lb := appendLower(lowBuf[:0], text)
	low := unsafe.String(unsafe.SliceData(lb), len(lb))
	if best := firstPlanRule(lx, low); best < len(lx.plans) {
		return lx.plans[best].Plan, true
	}
	if p := planByCount(low); p != "" {
		return p, true
	}
	if hasWordSeq(low, lx.planWordSeqs) {
		return "", true
	}
	return "", false
}

// topicIDs lists the taxonomy's IDs, sorted, for tests and help output.
func topicIDs() []string {
	var ids []string
	for _, t := range lexiconData().topics {
		ids = append(ids, t.ID)
	}
	sort.Strings(ids)
	return ids
}

// addSwissSpellings completes a word set with the Swiss spelling of its
// German words, which writes "ss" for "ß" ("äusserte", "Aussenminister",
// "heisst"), so a Swiss report reads like a German one.
func addSwissSpellings(set map[string]bool) {
	var add []string
	for w := range set {
		if strings.Contains(w, "ß") {
			add = append(add, strings.ReplaceAll(w, "ß", "ss"))
		}
	}
	for _, w := range add {
		set[w] = true
	}
}

// addSlavicPastForms completes a verb set with the other genders and the
// plural of its Slavic past-tense verbs, so the lexicon lists a verb once
// and an unseen "оценила" or "zwrócili" is read like the "оценил" or
// "zwrócił" it holds. Russian past tenses end in -л (-ла, -ло, -ли),
// Ukrainian ones in -в after a vowel (-ла, -ло, -ли), Polish ones in -ł
// (-ła, -ło, and -li, with -iał becoming -ieli and -ął -ęła/-ęli), and
// -ły for the plural of women and things, the form a group of feminine or
// neuter nouns takes ("Obie delegacje oświadczyły", "strony zapowiedziały").
func addSlavicPastForms(set map[string]bool) {
	var add []string
	for w := range set {
		r := []rune(w)
		n := len(r)
		if n < 4 {
			continue
		}
		cyr := r[n-1] >= 0x400 && r[n-1] <= 0x4ff
		switch {
		case cyr && (strings.HasSuffix(w, "ла") || strings.HasSuffix(w, "ли") || strings.HasSuffix(w, "ло")):
			stem := string(r[:n-2])
			add = append(add, stem+"л", stem+"ла", stem+"ли", stem+"ло")
			if isCyrVowel(r[n-3]) {
				add = append(add, stem+"в") // Ukrainian: сказала -> сказав
			}
		case cyr && r[n-1] == 'л':
			stem := string(r[:n-1])
			add = append(add, stem+"ла", stem+"ли", stem+"ло")
		case cyr && r[n-1] == 'в' && isCyrVowel(r[n-2]):
			stem := string(r[:n-1])
			add = append(add, stem+"ла", stem+"ли", stem+"ло")
		case strings.HasSuffix(w, "ął"):
			stem := strings.TrimSuffix(w, "ął")
			add = append(add, stem+"ęła", stem+"ęło", stem+"ęli", stem+"ęły")
		case strings.HasSuffix(w, "iał"):
			stem := strings.TrimSuffix(w, "ał")
			add = append(add, stem+"ała", stem+"ało", stem+"eli", stem+"ały")
		case strings.HasSuffix(w, "ł"):
			stem := strings.TrimSuffix(w, "ł")
			add = append(add, stem+"ła", stem+"ło", stem+"li", stem+"ły")
		case strings.HasSuffix(w, "ła") && !strings.HasSuffix(w, "ęła"):
			stem := strings.TrimSuffix(w, "ła")
			add = append(add, stem+"ł", stem+"ło", stem+"li", stem+"ły")
		}
	}
	for _, w := range add {
		set[w] = true
	}
}

// isCyrVowel reports whether r is a Russian or Ukrainian vowel letter.
func isCyrVowel(r rune) bool {
	return strings.ContainsRune("аеёиоуыэюяіїєґ", r) && r != 'ґ'
}

// grammarWords holds data/grammar.json: the prepositions, reflexives and
// articles rules of extraction test for, by role.
var grammarWords = func() map[string][]string {
	var g map[string]json.RawMessage
	mustDecode("data/grammar.json", &g)
	out := map[string][]string{}
	for k, v := range g {
		if k == "_comment" {
			continue
		}
		var words []string
		mustDecodeJSON("data/grammar.json "+k, v, &words)
		out[k] = words
	}
	return out
}()

// grammarSet is one list of data/grammar.json as a set; a name the file
// lacks is a programming error.
func grammarSet(name string) map[string]bool {
	words, ok := grammarWords[name]
	if !ok {
		panic("data/grammar.json has no " + name)
	}
	return set(words)
}
