// Labels: "NAME: text" at the start of a paragraph, as transcripts and
// live blogs write who speaks.

package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// colonLabel recognises "NAME: text" at the start of a paragraph, the form
// of transcripts and of quotes in live blogs.
func (x *extractor) colonLabel(p string) (text, rest string, sp *speaker, ok bool) {
	i := strings.Index(p, ": ")
	if i <= 0 || i > maxAskedLabel || i > 60 && utf8.RuneCountInString(p[:i]) > 60 && askedAsideAt(p[:i]) < 0 && !scriptLabel(p[:i]) {
		return "", "", nil, false // (an asked aside's question is longer: askedaside.go; so is a sound bite's label with its speaker's title: scriptlabels.go)
	}
	label, text := p[:i], strings.TrimSpace(p[i+2:])
	asked := false
	if j := askedAsideAt(label); j > 0 {
		// "Trump, asked whether it was his final offer: no, …": the
		// name is who answers, the words after the colon the answer
		label, asked = label[:j], true
	}
	labelRole := ""
	if name, title, ok := soundLabelSpeaker(label); ok {
		// "O-TON 1 (Marco Rubio, Overvoice)", "BULLE (Peskov) ": the
		// bracket names who speaks (scriptlabels.go)
		label, labelRole = name, title
	} else if j := strings.LastIndex(label, " ("); j > 0 && strings.HasSuffix(label, ")") {
		label = label[:j] // "MARCO RUBIO, SECRETARY OF STATE (clip)"
	}
	if j := strings.Index(label, ", "); j > 0 {
		// "Zelensky, in a video address: “…”": the channel is not the name
		switch firstWord(label[j+2:]) {
		case "in", "on", "at", "during", "speaking", "writing", "via", "to":
			label = label[:j]
		default:
			if lowerIn(labelAsideWords, firstWord(label[j+2:])) {
				label = label[:j] // "Rubio, tras la reunión de Florida: «…»" (headingnumber.go)
				break
			}
			if aside := strings.Fields(label[j+2:]); commaCircumstance(aside) {
				label = label[:j] // "Rubio, just now: …", "Песков, сегодня в Москве: …" (relaylabel.go)
				break
			}
			// "ALAN PRICE, RETIRED LIEUTENANT GENERAL": a name and a title
			if r := label[j+2:]; x.roleLike(strings.Fields(lowerString(r))) && !strings.Contains(r, ",") {
				label, labelRole = label[:j], r
			}
		}
	}
	if text == "" || containsAny(label, "“”\",;") {
		return "", "", nil, false
	}
	first := lowerString(firstWord(label))
	if articledPrepositions[first] && !particles[first] && !definiteArticles[first] && strings.Contains(label, " ") {
		return "", "", nil, false // "Zur Einordnung: …", "Nel testo: …": a preposition and its article open a topic, not a name
	}
	if _, cite := citeLexicon().verbs[first]; cite && citeOpens(label) {
		return "", "", nil, false // "Quotes Volodymyr Zelensky: …", "Приводит слова X: …": the citer's sentence (citedspeech.go)
	}
	toks := labelWords(tokenize(label))
	if len(toks) == 0 || len(toks) > 6 {
		return "", "", nil, false
	}
	if sp := x.unnamedLabel(label, toks); sp != nil {
		// "SENIOR STATE DEPARTMENT OFFICIAL: …": a briefing's official
		// on background speaks unnamed
		return text, "", sp, true
	}
	if ini, ok := dottedInitials(label); ok {
		// "**H. V. :** …" after "**Hélène Varenne :** …": the guest by
		// dotted initials (dottedinitials.go)
		if name := x.initialsName(ini); name != "" {
			toks = tokenize(name)
		}
	} else if ini, surname, ok := x.initialledLabel(label); ok {
		// "**В.Путин:** …", "J. Kowalski: …": a transcript's surname
		// after initials (initiallabel.go)
		if name := x.initialledName(ini, surname); name != "" {
			toks = tokenize(name)
		} else {
			sp := x.people[label]
			if sp == nil {
				sp = &speaker{name: label, kind: kindPerson, role: labelTitle(labelRole)}
				x.people[label] = sp
			}
			return text, "", sp, true
		}
	} else if n := utf8.RuneCountInString(label); len(toks) == 1 && n >= 2 && n <= 3 && isAllCaps(label) {
		// "**AB:** …": a magazine interview labels its guest by initials,
		// named in full in its introduction or closing line ("Mit Anna
		// Beispiel sprach …")
		if name := x.initialsName(label); name != "" {
			toks = tokenize(name)
		}
	}
	relay := asked // an answer's first sentence is the label's; the rest are read as any others
	if k := labelChannel(toks); k > 0 {
		// "Zelensky su Telegram: «…»", "Rubio ai giornalisti: …",
		// "Песков журналистам: …": the name before the channel
		toks, relay = toks[:k], true
	}
	for _, t := range toks {
		if !x.subjectWord(t, false) || x.lx.sayVerbs[t.low] {
			return x.titledLabel(toks, text) // "SEN. BRANNIGAN:" (interviewintro.go)
		}
	}
	x.loneOff = true // "▶ Geneva: what changed …": a lone word before a colon is a topic as often as a given name
	sp = x.classify(toks, false)
	x.loneOff = false
	if sp == nil || sp.kind == kindBody && len(toks) == 1 {
		return x.titledLabel(toks, text) // "KYIV: ..." is a dateline, not a speaker
	}
	if labelRole != "" && sp.kind == kindPerson && sp.role == "" {
		// "SECRETARY OF STATE": "Secretary of State"; "U.S. ENVOY": "U.S. Envoy"
		sp.role = labelTitle(labelRole)
		x.people[sp.name] = sp
	}
	if q, ok := wholeQuote(text); ok {
		return q, "", sp, true
	}
	if q, after, ok := leadingQuotation(text); ok && strings.TrimSpace(after) != "" && strings.Count(q, " ") >= 2 && !(lowerStart(after) && !x.lx.conjunctions[lowerString(firstWord(after))]) {
		// (not when the sentence goes on, "« énormément de progrès » ont été
		// faits"; a headline's "“…” and what the plan says" is cut)
		// "Peskov: «Non abbiamo ricevuto alcun testo». Il portavoce ha
		// aggiunto che …": the quotation is the label's; the sentences
		// after it are read as any others
		return q, strings.TrimLeft(after, ". "), sp, true
	}
	if relay {
		// "Kallas oggi a Bruxelles: … . Ha detto anche che … . Ushakov
		// invece ha fatto sapere che …": a relay's first sentence is the
		// label's; the sentences after it are read as any others, so a
		// dropped subject is still theirs and another name speaks for
		// itself (relaylabel.go)
		first, after := firstSentence(text)
		return first, after, sp, true
	}
	return text, "", sp, true
}

// labelChannel returns where a channel or an addressee starts in a
// speaker label ("Zelensky su Telegram", "Rubio ai giornalisti", "Merz im
// ZDF", "Песков журналистам"), after at least one capitalised word, or 0.
func labelChannel(toks []tok) int {
	for k := 1; k < len(toks) && k <= 4; k++ {
		l := toks[k].low
		if !isCapital(toks[k-1].word) {
			break
		}
		if labelPreps[l] && k+1 < len(toks) && len(toks)-k <= 4 || labelAddressees[l] {
			return k
		}
	}
	if len(toks) < 2 {
		return 0
	}
	// "Rubio just now", "Selenskyj heute in Berlin", "Starmer from
	// Johannesburg": a time or a place after the name (relaylabel.go)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = t.word
	}
	return circumstanceAt(words)
}

// labelPreps and labelAddressees open the channel or audience part of a
// speaker label, in the corpus's languages.
var (
	labelPreps      = map[string]bool{"in": true, "on": true, "at": true, "to": true, "via": true, "su": true, "a": true, "ai": true, "al": true, "alla": true, "sur": true, "à": true, "au": true, "aux": true, "auf": true, "im": true, "gegenüber": true, "en": true, "на": true, "в": true, "у": true, "w": true, "na": true, "dla": true, "em": true, "în": true, "pe": true, "bei": true, "beim": true, "dans": true, "durante": true, "podczas": true, "tijdens": true, "op": true}
	labelAddressees = map[string]bool{"журналистам": true, "журналістам": true, "dziennikarzom": true}
)

// interviewerLabel reports whether a paragraph is a question put by the
// publication itself, labelled with its name ("La Gazette de l'Est : …",
// "El Periódico del Sur: …"): the outlet asks, it never speaks, and its
// question ends the answer before it. The label is the document's outlet,
// a known outlet, or the name its site is written under.
func (x *extractor) interviewerLabel(p string) bool {
	p = unboldLabel(p) // "**JANA WOLTERS:** …" (boldlabel.go)
	i := strings.Index(p, ": ")
	if i <= 0 || i > 60 {
		return false
	}
	label := strings.TrimRight(p[:i], " \u00a0\u202f")
	if !isCapital(label) || containsAny(label, "“”\",;.!?") || strings.Count(label, " ") > 5 {
		return false
	}
	if x.siteKeys == nil {
		// the names the document's site is written under, once per document
		x.siteKeys = []string{}
		for _, site := range []string{x.src.Outlet, outletFromURL(x.src.URL)} {
			host := strings.TrimPrefix(lowerString(site), "www.")
			if j := strings.IndexByte(host, '.'); j > 0 {
				host = host[:j]
			}
			if k := squashLetters(host); len(k) >= 4 {
				x.siteKeys = append(x.siteKeys, k)
			}
		}
	}
	if len(x.siteKeys) > 0 {
		squashed := squashLetters(label)
		for _, k := range x.siteKeys {
			if k == squashed {
				return true
			}
		}
	}
	if isAllCaps(label) && utf8.RuneCountInString(label) <= 4 {
		if x.outletInitials == "" {
			x.outletInitials = initialsOf(x.src.Outlet) + " " // (once per document)
		}
		if label+" " == x.outletInitials {
			return true // "HM: …" in the Hanse-Magazin
		}
	}
	if x.interviewerInitials(label) {
		return true // "Z X rozmawia Ewa Lipska." then "EL: …?" (interviewintro.go)
	}
	if iv := x.interviewerName(); iv != "" && (strings.EqualFold(label, iv) || interviewerSurname(label, iv)) {
		return true // "Rozmawiała Agnieszka Lipińska." then "Agnieszka Lipińska: …?" or "Lipińska: …?"
	}
	if outletShortLabel(label, x.src.Outlet) {
		return true // "LE COURRIER :" in Le Courrier d'Exemple, "SPIEGEL:" in Der Spiegel (interviewintro.go)
	}
	return outletNamed(label) != "" || x.src.Outlet != "" && strings.EqualFold(label, x.src.Outlet)
}

// interviewerMarks name the journalist who asks, in an interview's
// introduction: "Rozmawiała Agnieszka Lipińska", "Propos recueillis par
// Marc Delorme", "Das Gespräch führte Anna Berg".
var interviewerMarks = []string{"rozmawiała ", "rozmawiał ", "prowadziła ", "prowadził ", "conducted by ", "propos recueillis par ", "das gespräch führte ", "das interview führte ", "das interview führten ", "interviewed by ", "interview by ", "interview: ", "intervista di ", "ha intervistato ", "entrevista de ", "entrevistado por ", "беседовал ", "беседовала ", "розмовляв ", "розмовляла ", "розмову вела ", "розмову вів "}

// interviewerName is the journalist an interview's opening names as the
// one asking, read once per document; "" when none is named.
func (x *extractor) interviewerName() string {
	if x.interviewerRead {
		return x.interviewer
	}
	x.interviewerRead = true
	if iv := x.introInterviewer(); iv != "" {
		x.interviewer = iv // "S X hovořila Jana Hrubá" (interviewintro.go)
		return iv
	}
	for i, p := range x.paras {
		if i > 3 {
			break
		}
		low := lowerString(p.text)
		for _, m := range interviewerMarks {
			at := strings.Index(low, m)
			if at < 0 {
				continue
			}
			toks := tokenize(p.text[at+len(m):])
			n := 0
			for n < len(toks) && n < 3 && isCapital(toks[n].word) {
				n++
				if toks[n-1].trail != "" {
					break
				}
			}
			if n >= 2 {
				x.interviewer = strings.TrimRight(strings.Join(tokWords(toks[:n]), " "), ".*_") // "*Das Gespräch führte X.*": the italics close after the name
				return x.interviewer
			}
		}
	}
	return ""
}

// squashLetters keeps a name's letters and digits, lower-cased and folded
// to ASCII where they are Latin letters with accents ("El Periódico del
// Sur" gives "elperiodicodelsur", as its site is written).
func squashLetters(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		r = unicode.ToLower(r)
		if f, ok := accentFold[r]; ok {
			r = f
		}
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x24f && unicode.IsLetter(r) {
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

// accentFold maps accented Latin letters to the letter a site name writes.
var accentFold = map[rune]rune{
	'á': 'a', 'à': 'a', 'â': 'a', 'ä': 'a', 'ã': 'a', 'ą': 'a', 'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e', 'ę': 'e',
	'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i', 'ó': 'o', 'ò': 'o', 'ô': 'o', 'ö': 'o', 'õ': 'o', 'ú': 'u', 'ù': 'u',
	'û': 'u', 'ü': 'u', 'ñ': 'n', 'ç': 'c', 'ć': 'c', 'ł': 'l', 'ń': 'n', 'ś': 's', 'ź': 'z', 'ż': 'z', 'ß': 's',
}

// looksLabelled reports whether a paragraph opens with a speaker label of
// any kind, resolved or not ("Q:", "MODERATOR:").
func looksLabelled(p string) bool {
	p = dropLabelContext(p) // "Вопрос (газета): …": the asker's medium in brackets
	i := strings.Index(p, ": ")
	if i <= 0 || i > 40 {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(p[:i]) {
		if n++; n > 5 || !isCapital(w) {
			return false
		}
	}
	return true
}

// timestamp is the time a live blog prints before an entry: "10:40 —",
// "14.05 GMT -".
var timestamp = regexp.MustCompile(`^\[?(?:(?:ore|alle|um|à|a las|o|в|о|at)\s+)?\d{1,2}(?:[:.]\d{2}|h\d{2})(?:\s*(?:Uhr|GMT|UTC|CET|CEST|EET|MSK|ET|BST|Kyiv time|Moscow time|am|pm|a\.m\.|p\.m\.|мск|по киевскому времени))?\]?(?:\s*[—–|:-]\s*|\s+(?:\p{Lu}|[«“„"]))`)

// maxTickerHeadline is the longest headline, in bytes, a ticker's entry
// prints between its stamp and its text.
const maxTickerHeadline = 160

// stripTimestamp removes a live blog's time from the start of an entry,
// and a ticker's headline printed between its stamp and its text.
func stripTimestamp(p string) string {
	if strings.HasPrefix(p, "+++") {
		// a news ticker's entry: "+++ 22:41 Selenskyj: „…“ +++", or
		// "+++ 22:40 Uhr +++ Selenskyj: „…“" with the time between markers
		p = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(strings.TrimLeft(p, "+ ")), "+++"))
		if i := strings.Index(p, "+++"); i > 0 && i <= 30 && digitNear(p[:i]) {
			p = strings.TrimSpace(p[i+3:])
			if j := strings.Index(p, " +++ "); j > 0 && j <= maxTickerHeadline {
				// "+++ 21.12., 19:40 Uhr +++ Uschakow: Änderungen helfen
				// nicht +++ Kremlberater Juri Uschakow hat …": the
				// entry's headline sums up the words its text reports,
				// one statement and not two
				p = strings.TrimSpace(p[j+5:])
			}
		}
	}
	if len(p) < 6 || !digitNear(p) {
		return p
	}
	if m := timestamp.FindStringIndex(p); m != nil {
		end := m[1]
		if r, n := utf8.DecodeLastRuneInString(p[:end]); !unicode.IsSpace(r) && !strings.ContainsRune("—–|:-", r) {
			end -= n // "10:12 Песков: …": the time, then the text's first letter
		}
		return p[end:]
	}
	return p
}

// interviewLead finds who answers an interview's answers ("A:", "Réponse :"): the
// person introduced before the first question ("Olga Stefanishyna,
// Ukraine's ambassador to the United States, spoke to us"), else the last
// person who spoke before it.
var interviewLead = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}), ([^,]{3,100}),`)

func (x *extractor) interviewee() *speaker {
	if x.answerer != nil {
		return x.answerer
	}
	for _, p := range x.paras {
		if p.index >= x.pos {
			break
		}
		if p.kind != paraText {
			continue
		}
		if isQuestion(p.text) {
			break
		}
		if sp := x.guestBeforeDash(p.text); sp != nil {
			x.answerer = sp // "Колишня посолка Оксана Левадна — про …" (dashlead.go)
			return sp
		}
		if m := interviewLead.FindStringSubmatch(p.text); m != nil && x.roleLike(strings.Fields(m[2])) {
			if sp := x.classify(tokenize(m[1]), false); sp != nil && sp.kind == kindPerson {
				if sp.role == "" {
					sp.role = cleanRole(m[2])
				}
				x.answerer = sp
				return sp
			}
		}
	}
	if sp := x.introGuestSpeaker(); sp != nil {
		x.answerer = sp // "Розмову з Петром Дейнекою вела …" (interviewintro.go)
		return sp
	}

	if x.introduced != nil {
		x.answerer = x.introduced // "Claire Vasseur est chercheuse …"
		return x.answerer
	}
	if sp := x.guestInTitle(); sp != nil {
		x.answerer = sp // "… : entretien avec Claire Vasseur"
		return sp
	}
	if sp := x.namedGuest(); sp != nil {
		x.answerer = sp // "We spoke with Tom Hale, …", "Anna Berg im Gespräch" (interviewguest.go)
		return sp
	}
	if x.bareInterview {
		return nil // an explainer's questions and answers: no guest speaks
	}
	if x.answererRead {
		return nil // no one had spoken before the first answer (see below)
	}
	x.answererRead = true
	if n := len(x.speakers); n > 0 {
		x.answerer = x.speakers[n-1]
	}
	// the last person who spoke before the first answer is the guest, and
	// only they: when no one had, the answers are the publication's own
	// explainer ("Q: … A: …" under a byline), and a person an answer
	// quotes later is no one's guest
	return x.answerer
}

// guestMarkers name the guest of an interview in a title, in the corpus's
// languages: "interview with X", "entretien avec X", "Interview mit X".
var guestMarkers = []string{"interview with ", "in conversation with ", "entretien avec ", "interview mit ", "gespräch mit ", "intervista a ", "intervista con ", "entrevista con ", "entrevista a ", "wywiad z ", "rozmowa z ", "интервью с ", "беседа с ", "інтерв'ю з ", "інтерв’ю з ", "розмова з "}

// guestInTitle is the person a title says the interview is with, or nil.
func (x *extractor) guestInTitle() *speaker {
	low := lowerString(x.src.Title)
	for _, m := range guestMarkers {
		i := strings.Index(low, m)
		if i < 0 {
			continue
		}
		rest := x.src.Title[i+len(m):]
		toks := tokenize(rest)
		// "Interview mit der Rada-Abgeordneten Iryna Sawtschuk",
		// "interview with the former envoy Tom Hale": the guest's title
		// before the name
		r := 0
		if len(toks) > 0 && roleArticles[lowerWord(toks[0])] {
			r++
		}
		roleFrom := r
		for r < len(toks) && r-roleFrom < 4 && toks[r].trail == "" && (x.lx.isRole(lowerWord(toks[r])) || !isCapital(toks[r].word)) {
			r++
		}
		role := ""
		if r > roleFrom && x.roleLike(tokWords(toks[roleFrom:r])) {
			role = cleanRole(strings.Join(tokWords(toks[roleFrom:r]), " "))
			toks = toks[r:]
		}
		n := 0
		for n < len(toks) && n < 3 && isCapital(toks[n].word) {
			n++
			if toks[n-1].trail != "" {
				break
			}
		}
		if n < 2 {
			return nil
		}
		if sp := x.classify(toks[:n], false); sp != nil && sp.kind == kindPerson {
			if sp.role == "" && role != "" {
				sp.role = role
				x.people[sp.name] = sp
			}
			return sp
		}
		return nil
	}
	return nil
}

// digitNear reports whether a digit stands in the first bytes of a
// paragraph, where a live blog's time ("14:05 –", "ore 9:05 –", "[14:05]")
// would be: most paragraphs skip the regular expression.
func digitNear(p string) bool {
	for i := 0; i < len(p) && i < 10; i++ {
		if p[i] >= '0' && p[i] <= '9' {
			return true
		}
	}
	return false
}

// smallWords stay lower case inside a title written in capitals.
var smallWords = map[string]bool{"of": true, "for": true, "and": true, "the": true, "on": true, "de": true, "du": true, "des": true, "di": true, "del": true, "für": true, "der": true}

// unnamedLabel is the unnamed speaker of a transcript label that describes
// its speaker without naming them ("SENIOR STATE DEPARTMENT OFFICIAL",
// "Senior administration official"): a title ending in a noun of unnamed
// sources, no capitalised name in it (a label in capitals is all title).
// nil for anything else.
func (x *extractor) unnamedLabel(label string, toks []tok) *speaker {
	if len(toks) < 2 || !x.lx.isUnnamed(lowerWord(toks[len(toks)-1])) {
		return nil
	}
	for _, t := range toks {
		l := lowerWord(t)
		if x.lx.sayVerbs[l] || x.lx.actVerbs[l] {
			return nil
		}
	}
	return &speaker{name: unnamedSpeaker, role: cleanRole(lowerString(label)), kind: kindGroup}
}

// castLine reads a paragraph that is only a name and a title, as a
// briefing transcript or a programme lists who takes part ("Claire Ashby,
// Deputy Department Spokesperson"): the person is known with that title
// from then on, so that "MS ASHBY:" speaks as the spokesperson. It says
// whether the paragraph was one.
func (x *extractor) castLine(p string) bool {
	name, title, ok := strings.Cut(strings.TrimSpace(p), ", ")
	if !ok || containsAny(p, ".:;\"“”«»?!") || strings.Contains(title, ",") {
		return false
	}
	nt, tt := tokenize(name), strings.Fields(title)
	if len(nt) < 2 || len(nt) > 3 || len(tt) == 0 || len(tt) > 6 || !x.roleLike(tt) {
		return false
	}
	for _, t := range nt {
		if !isCapital(t.word) || x.lx.isRole(lowerWord(t)) {
			return false
		}
	}
	sp := x.classify(nt, false)
	if sp == nil || sp.kind != kindPerson {
		return false
	}
	if sp.role == "" {
		sp.role = title
	}
	x.people[sp.name] = sp
	x.noteMention(sp)
	return true
}

// initialsOf is the capitals of a name's words and hyphenated parts:
// "Hanse-Magazin" and "Hans Magazin" give "HM".
func initialsOf(name string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// initialsName is the person whose first name and surname give a label's
// initials ("AB": Anna Beispiel), named in the first or last paragraphs of
// the document, as an interview introduces its guest; "" when none is.
func (x *extractor) initialsName(label string) string {
	if name, ok := x.initials[label]; ok {
		return name // (an interview asks many questions: read the paragraphs once per label)
	}
	if x.initials == nil {
		x.initials = map[string]string{}
	}
	name := x.introInitials(label) // "Z Tomaszem Zawadzkim …": Tomasz Zawadzki (interviewintro.go)
	if name == "" {
		name = x.readInitials(label)
	}
	x.initials[label] = name
	return name
}

// readInitials is initialsName's reading of the paragraphs.
func (x *extractor) readInitials(label string) string {
	n := len(x.paras)
	for i, p := range x.paras {
		if i > 3 && i < n-3 {
			continue
		}
		toks := tokenize(p.text)
		for k := 0; k+1 < len(toks); k++ {
			a, b := toks[k], toks[k+1]
			if a.trail != "" || !isCapital(a.word) || !isCapital(b.word) || isAllCaps(a.word) || isAllCaps(b.word) || x.lx.isRole(a.low) || x.lx.isRole(lowerWord(b)) {
				continue
			}
			if initialsOf(a.word+" "+b.word) == label && !strings.Contains(a.word+b.word, "-") {
				return a.word + " " + b.word
			}
		}
	}
	return ""
}

// creditLine reports whether a short paragraph credits the journalist who
// asked ("Das Interview führte Jan-Ole Brandt.", "Propos recueillis par
// …"): it closes an interview and is nobody's answer.
func creditLine(p string) bool {
	if len(p) > 120 {
		return false
	}
	low := lowerString(p)
	for _, m := range interviewerMarks {
		if strings.Contains(low, m) {
			return true
		}
	}
	return false
}

// citeOpens reports whether label opens with a cite verb of verbs.json
// ("Quotes Volodymyr Zelensky", "Приводит слова X"): the sentence of
// whoever cites, whose colon opens the cited words (citedspeech.go).
func citeOpens(label string) bool {
	toks := tokenize(label)
	if len(toks) == 0 {
		return false
	}
	for _, words := range citeLexicon().verbs[lowerWord(toks[0])] {
		if _, ok := verbPhraseAt(toks, 0, words); ok {
			return true
		}
	}
	return false
}
