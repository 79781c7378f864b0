// Interview introductions that name both people in one sentence opening
// with "with": "Z gen. Tomaszem Zawadzkim, byłym attaché …, rozmawia Ewa
// Lipska", "S analytikem Pavlem Vondráčkem hovořila Jana Hrubá", "С
// политологом Игорем Сомовым беседовал Антон Ершов". The guest stands in
// the case "with" governs (instrumental in the Slavic languages), the
// journalist in the nominative after the verb of talking. A transcript
// then labels them by initials ("TZ:", "EL:") or surnames ("Сомов:"): the
// guest's labels are the guest in the nominative, the journalist's are
// questions, never statements.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/interviewintro.json
var interviewIntroJSON []byte

// interviewIntroData is data/interviewintro.json.
var interviewIntroData = func() (d struct {
	WithOpeners         []string `json:"withOpeners"`
	AskVerbs            []string `json:"askVerbs"`
	SpeakOfVerbs        []string `json:"speakOfVerbs"`
	SpeakOfPrepositions []string `json:"speakOfPrepositions"`
	TurnQuestions       []string `json:"turnQuestions"`
	TurnAnswers         []string `json:"turnAnswers"`
	Copulas             []string `json:"copulas"`
	WhWords             []string `json:"whWords"`
	TalkVerbs           []string `json:"talkVerbs"`
	InstrumentalEndings map[string]struct {
		Endings []string `json:"endings"`
		Given   []string `json:"given"`
	} `json:"instrumentalEndings"`
}) {
	mustDecodeJSON("data/interviewintro.json", interviewIntroJSON, &d)
	return d
}()

// withInstrumentalEndings adds interviewintro.json's endings to the name
// case tables, longest first as parseEndings keeps them: they are endings
// of the same cases, which every reader of names in case needs.
func withInstrumentalEndings(tables map[string]nameCaseTable) map[string]nameCaseTable {
	for lang, more := range interviewIntroData.InstrumentalEndings {
		t := tables[lang]
		t.endings = mergeEndings(t.endings, more.Endings)
		t.given = mergeEndings(t.given, more.Given)
		tables[lang] = t
	}
	return tables
}

// mergeEndings is have with the "ending=replacement" entries of more,
// ordered longest ending first.
func mergeEndings(have []nameEnding, more []string) []nameEnding {
	if len(more) == 0 {
		return have
	}
	list := make([]string, 0, len(have)+len(more))
	for _, e := range have {
		list = append(list, e.from+"="+e.to)
	}
	return parseEndings(append(list, more...))
}

func init() {
	// the turn words and copulas of more languages (interviewintro.json):
	// labels.go and biography.go read them with their own
	for _, w := range interviewIntroData.TurnQuestions {
		questionLabels[w] = true
	}
	for _, w := range interviewIntroData.TurnAnswers {
		answerLabels[w] = true
	}
	for _, w := range interviewIntroData.Copulas {
		copulas[w] = true
	}
}

// introPair is what an interview's "with" sentence says: the guest's name
// in the nominative, the role written after it, and the journalist.
type introPair struct {
	guest, role, interviewer string
	written                  string // the guest's name as the introduction writes it
}

// withIntro reads the first paragraphs for an introduction of the form
// "with GUEST[, ROLE,] VERB JOURNALIST", once per document.
func (x *extractor) withIntro() introPair {
	if x.introRead {
		return x.intro
	}
	x.introRead = true
	for i, p := range x.paras {
		if i > 3 {
			break
		}
		if p.kind != paraText && p.kind != paraHeading {
			continue // (a short introduction in italics reads as a heading)
		}
		if pair, ok := readWithIntro(x, p.text); ok {
			x.intro = pair
			break
		}
	}
	return x.intro
}

// readWithIntro is withIntro on one paragraph.
func readWithIntro(x *extractor, p string) (introPair, bool) {
	text := strings.Trim(p, "*_ ")
	low := lowerString(text)
	opened, opener := false, ""
	for _, o := range interviewIntroData.WithOpeners {
		if strings.HasPrefix(low, o) && len(o) > len(opener) {
			opened, opener = true, o
		}
	}
	if !opened {
		if head, cut := wordsHead(text, reversedIntroReach()); cut {
			var buf [32]tok // the head's tokens, on the stack
			if !reversedIntroVerb(tokenizeInto(buf[:0], head)) {
				return introPair{}, false // (nearly every paragraph: no talk verb in its first words, found before the whole of it is tokenized)
			}
		}
		return readReversedIntro(x, tokenize(text))
	}
	toks := tokenize(text)
	skip := len(strings.Fields(opener)) // "Розмову з …": the guest after both words
	for v := skip + 1; v < len(toks)-2 && v < 30; v++ {
		n := talkVerbAt(toks, v)
		if n == 0 {
			continue
		}
		after := toks[v+n:]
		k := 0
		for k < len(after) && k < 3 && isCapital(after[k].word) && !isAllCaps(after[k].word) {
			k++
			if after[k-1].trail != "" {
				break
			}
		}
		if k < 2 {
			return introPair{}, false
		}
		guest, written, role := introGuest(x, toks[skip:v])
		if guest == "" {
			return introPair{}, false
		}
		iv := strings.TrimRight(strings.Join(tokWords(after[:k]), " "), ".*_")
		return introPair{guest: guest, role: role, interviewer: iv, written: written}, true
	}
	return introPair{}, false
}

// talkVerbWords is each of interviewintro.json's talkVerbs split into its
// words once, in the file's order: talkVerbAt is asked at every word of
// every intro read.
var talkVerbWords = func() [][]string {
	out := make([][]string, len(interviewIntroData.TalkVerbs))
	for i, verb := range interviewIntroData.TalkVerbs {
		out[i] = strings.Fields(verb)
	}
	return out
}()

// talkVerbAt is the number of words of a verb of talking at toks[v] (one,
// or two for "sa rozprával"), or 0.
func talkVerbAt(toks []tok, v int) int {
	for _, words := range talkVerbWords {
		if v+len(words) > len(toks) {
			continue
		}
		ok := true
		for j, w := range words {
			if toks[v+j].low != w || j < len(words)-1 && toks[v+j].trail != "" {
				ok = false
				break
			}
		}
		if ok {
			return len(words)
		}
	}
	return 0
}

// introGuest finds the guest in the words between "with" and the verb:
// the first run of two or three capitalised words that are no titles,
// put in the nominative, and the words after it up to the next comma as
// the role ("Januszem Wrzoskiem, byłym zastępcą szefa Sztabu
// Generalnego,").
func introGuest(x *extractor, toks []tok) (name, written, role string) {
	for k := 0; k+1 < len(toks); k++ {
		n := 0
		for k+n < len(toks) && n < 3 && isCapital(toks[k+n].word) && !isAllCaps(toks[k+n].word) && !x.lx.isRole(lowerWord(toks[k+n])) {
			n++
			if toks[k+n-1].trail != "" {
				break
			}
		}
		if n < 2 {
			continue
		}
		words := tokWords(toks[k : k+n])
		written = strings.Join(words, " ")
		name = strings.TrimRight(strings.Join(nominativeName(x.src.Lang, words), " "), ".*_")
		if strings.HasPrefix(toks[k+n-1].trail, ",") {
			var r []string
			for _, t := range toks[k+n:] {
				r = append(r, t.word)
				if t.trail != "" {
					break
				}
			}
			if x.roleLike(r) || x.declinedRoleLike(r) {
				role = cleanRole(strings.Join(r, " ")) // as written: "byłym zastępcą szefa Sztabu Generalnego"
			}
		}
		if role == "" && k > 0 {
			// "S analytikem Pavlem …", "Mit der Sicherheitsexpertin Katrin
			// Vogt …": the title before the name, as written
			r := tokWords(toks[:k])
			if x.roleLike(r) || x.declinedRoleLike(r) {
				role = cleanRole(strings.Join(r, " "))
			}
		}
		return name, written, role
	}
	return "", "", ""
}

// noteIntroGuest makes the guest of a "with" introduction known to the
// document in the nominative before any paragraph is read, so that the
// introduction itself, the labels and a lone surname all name them as a
// reader searches for them ("Tomasz Zawadzki", not "Tomaszem
// Zawadzkim"), with the role the introduction gives.
func (x *extractor) noteIntroGuest() {
	in := x.withIntro()
	if in.guest == "" {
		return
	}
	for _, name := range []string{in.written, in.guest} {
		low := lowerString(name)
		x.short[low] = in.guest
		if f := strings.Fields(low); len(f) > 1 {
			x.short[f[len(f)-1]] = in.guest
		}
	}
	if _, ok := x.people[in.guest]; !ok || in.role != "" {
		x.people[in.guest] = &speaker{name: in.guest, role: in.role, kind: kindPerson}
	}
}

// introInterviewer is the journalist a "with" introduction names, or "".
func (x *extractor) introInterviewer() string {
	return x.withIntro().interviewer
}

// introInitials is the guest's name when a label is their initials in a
// "with" introduction ("TZ" for "Tomaszem Zawadzkim"), or "".
func (x *extractor) introInitials(label string) string {
	if g := x.withIntro().guest; g != "" && initialsOf(g) == label {
		return g
	}
	return ""
}

// interviewerInitials reports whether a label is the initials of the
// journalist the introduction names ("EL" for Ewa Lipska).
func (x *extractor) interviewerInitials(label string) bool {
	iv := x.interviewerName()
	if iv == "" {
		return false
	}
	return isAllCaps(label) && len(strings.Fields(iv)) >= 2 && initialsOf(iv) == label
}

// declinedRoleLike reports whether words hold a title in a case ending:
// "zastępcą" (zastępca), "szefa" (szef), "analytikem" (analytik). The
// "with" phrase puts the guest's apposition in the instrumental, where
// roleLike, which knows titles in the nominative, finds none. A word
// loses one to three letters and is tried as it is and with -a added;
// the stem keeps four letters at least, and a verb stops the reading.
func (x *extractor) declinedRoleLike(words []string) bool {
	for _, w := range words {
		l := []rune(lowerString(w))
		if x.lx.sayVerbs[string(l)] || x.lx.actVerbs[string(l)] {
			return false
		}
		for cut := 1; cut <= 3 && len(l)-cut >= 4; cut++ {
			stem := string(l[:len(l)-cut])
			if x.lx.isRole(stem) || x.lx.isRole(stem+"a") {
				return true
			}
		}
	}
	return false
}

// particleInBiography reports whether toks[n] is a name particle between
// the capitalised words of a name opening a sentence ("Sanne de Groot is
// onderzoeker …", "Ana da Silva é …"): biography's name reader stopped at
// it and found no one, and no guest answered the interview.
func (x *extractor) particleInBiography(toks []tok, n int) bool {
	return n > 0 && n+1 < len(toks) && isCapital(toks[n+1].word) && x.particleInNameAt(toks, n)
}

// outletShortLabel reports whether a label is the short name of the
// document's outlet: its first or last words, as a magazine prints itself
// asking ("SPIEGEL:" in Der Spiegel, "LE COURRIER :" in Le Courrier de
// l'Est). One word of five letters or more must be in it, so that an
// article or a city alone ("KYIV:" of the Kyiv Independent) is not.
func outletShortLabel(label, outlet string) bool {
	lw, ow := strings.Fields(lowerString(label)), strings.Fields(lowerString(outlet))
	if len(lw) == 0 || len(lw) >= len(ow) {
		return false
	}
	long := false
	for _, w := range lw {
		long = long || len([]rune(w)) >= 5
	}
	if !long {
		return false
	}
	same := func(o []string) bool {
		for i, w := range lw {
			if squashLetters(w) != squashLetters(o[i]) {
				return false
			}
		}
		return true
	}
	return same(ow[:len(lw)]) || same(ow[len(ow)-len(lw):])
}

// introducedDialogue reports whether a document whose introduction names
// the journalist asking ("Розмову з … вела Марія Чорна", "Rozmawiała …")
// prints the interview as dashed lines: one dashed question answered by a
// dashed line is enough, where dashedInterview wants two, since the other
// questions may state rather than ask ("— Прем'єр заявив, що …").
func (x *extractor) introducedDialogue(ps []paragraph) bool {
	for i := 0; i+1 < len(ps); i++ {
		if dashedQuestion(ps[i]) && ps[i+1].kind == paraItem && ps[i+1].dash && !dashedQuestion(ps[i+1]) {
			return x.interviewerName() != ""
		}
	}
	return false
}

// dashedRelayPrompt reports whether a dashed line of a dashed interview
// is the interviewer putting what someone else said to the guest
// ("— Прем'єр Богдан Оліфіренко заявив, що …", "— Minister X powiedział,
// że …"): it stands between an answer and another dashed line that asks
// nothing, is one or two sentences, and its first sentence reports speech.
// A new dash opens a new turn; dashedFollowUp takes the short prompts,
// this the ones as long as the answer after them. What it reports is
// read as the question's, so it goes to the person named.
func (x *extractor) dashedRelayPrompt(p paragraph) bool {
	if !x.dashedQA || p.kind != paraItem || !p.dash {
		return false
	}
	i := p.index
	if x.askedAt < 0 || x.askedAt != i-2 || x.lastLabel < 0 || x.lastLabelPara != i-1 || i < 1 || i+1 >= len(x.paras) {
		return false
	}
	prev, next := x.paras[i-1], x.paras[i+1]
	if prev.kind != paraItem || !prev.dash || next.kind != paraItem || !next.dash || dashedQuestion(next) {
		return false
	}
	ss := sentences(strings.TrimLeft(p.text, "—– "))
	return len(ss) > 0 && len(ss) <= 2 && len(p.text) <= 400 && reportsSpeech(x.lx, ss[0])
}

// reportsAct reports whether a sentence holds a verb of an act of speech
// or of naming something ("Moscow calls the European version
// unconstructive", "Kyiv rejected the clause"): in a question the
// publication puts, such a sentence says what someone else said, as a
// verb of saying does.
func (x *extractor) reportsAct(s string) bool {
	for w := range strings.FieldsSeq(s) {
		w = strings.Trim(w, ",.;:")
		if x.lx.actVerbs[w] || x.lx.report.characterise[w] || x.lx.introVerbs[w] || speakOfVerb(w) {
			return true
		}
	}
	return false
}

// introGuestSpeaker is the guest of a "with" introduction as a speaker,
// or nil: who answers when no label names them (dashed lines, "A:").
func (x *extractor) introGuestSpeaker() *speaker {
	g := x.withIntro().guest
	if g == "" {
		return nil
	}
	if sp := x.classify(tokenize(g), false); sp != nil && sp.kind == kindPerson {
		return sp
	}
	return nil
}

// titledLabel reads a transcript label of a title and a surname the
// document never gave in full ("SEN. BRANNIGAN:", "SECRETARY LINDQVIST:",
// "Ministerin Berger:", "Депутат Гладков:"): in a transcript the label
// says who speaks, so the surname is the speaker and the title their
// role, where in prose a lone unknown surname is not trusted as a name.
// Anything else is no label: ok is false.
func (x *extractor) titledLabel(toks []tok, text string) (string, string, *speaker, bool) {
	if !x.transcript || len(toks) < 2 || len(toks) > 4 {
		return "", "", nil, false
	}
	last := toks[len(toks)-1]
	l := lowerWord(last)
	if !isCapital(last.word) || len([]rune(last.word)) < 3 || x.lx.isRole(l) || x.lx.bodies[l] != "" || x.lx.notSpeakers[l] || x.lx.sayVerbs[l] || x.lx.isUnnamed(l) {
		return "", "", nil, false
	}
	var title []string
	for _, t := range toks[:len(toks)-1] {
		tl := lowerWord(t)
		if !x.lx.isRole(tl) && !x.lx.isRole(tl+".") && !x.lx.honorifics[tl] {
			return "", "", nil, false
		}
		w := t.word
		if isAllCaps(w) {
			w = titleCase(w)
		}
		if strings.HasPrefix(t.trail, ".") {
			w += "."
		}
		title = append(title, w)
	}
	name := last.word
	if isAllCaps(name) {
		name = titleCase(name)
	}
	sp := &speaker{name: name, kind: kindPerson}
	if role := strings.Join(title, " "); !x.lx.honorifics[lowerWord(toks[0])] {
		sp.role = role // "Mr." is no title
	}
	if prev, ok := x.people[name]; ok {
		sp = prev
	} else {
		x.people[name] = sp
	}
	return text, "", sp, true
}

// readReversedIntro reads the other order of an introduction: the
// journalist, the verb of talking, "with" and the guest ("Anna Kotova
// беседовала с бывшим послом Виктором Зуевым", "Marta Nowicka rozmawia z
// prof. Jerzym Kaczmarkiem, politologiem …"). The journalist is the two
// or three capitalised words right before the verb, opening the
// sentence (after a staff title at most) and no newsmaker the lexicon
// knows.
func readReversedIntro(x *extractor, toks []tok) (introPair, bool) {
	for v := 2; v+2 < len(toks) && v < reversedIntroVerbs; v++ {
		n := talkVerbAt(toks, v)
		if n == 0 || toks[v+n-1].trail != "" || !withWord(toks[v+n].low) {
			continue
		}
		k := 0
		for k < 3 && v-k-1 >= 0 && isCapital(toks[v-k-1].word) && !isAllCaps(toks[v-k-1].word) && !x.lx.isRole(lowerWord(toks[v-k-1])) && toks[v-k-1].trail == "" {
			k++
		}
		if k < 2 || v-k > 1 || v-k == 1 && !staffTitle(toks[0].word) {
			// the journalist opens the sentence, at most after their
			// title ("Korespondentka Anna Kotova …"): "Premier Donald
			// Tusk rozmawia z …" is news, not an introduction
			return introPair{}, false
		}
		if _, known := lowerIn2(x.lx.people, strings.Join(tokWords(toks[v-k:v]), " ")); known {
			return introPair{}, false // a newsmaker talking with someone
		}
		guest, written, role := introGuest(x, toks[v+n+1:])
		if guest == "" {
			return introPair{}, false
		}
		iv := strings.Join(tokWords(toks[v-k:v]), " ")
		return introPair{guest: guest, role: role, interviewer: iv, written: written}, true
	}
	return introPair{}, false
}

// withWord reports whether a lower-case word is one of the one-word
// "with" openers ("z", "s", "с", "з", "mit").
func withWord(l string) bool {
	for _, o := range interviewIntroData.WithOpeners {
		if strings.TrimSpace(o) == l {
			return true
		}
	}
	return false
}

// askVerbSet is interviewintro.json's askVerbs that verbs.json did not
// hold already (a verb of asking for something, "chiesto", "demandé",
// reads as before), with their other Slavic past forms; whWordSet its
// whWords. addAskVerbs fills askVerbSet when the lexicon loads.
var askVerbSet, whWordSet = map[string]bool{}, set(interviewIntroData.WhWords)

// addAskVerbs adds interviewintro.json's verbs of asking to the lexicon's
// acts of speech, those it did not hold already, and keeps them in
// askVerbSet. It runs once, from the lexicon's loading.
func addAskVerbs(act, say map[string]bool) {
	for _, v := range interviewIntroData.AskVerbs {
		if !act[v] && !say[v] {
			act[v], askVerbSet[v] = true, true
		}
	}
	addSlavicPastForms(askVerbSet)
	for v := range askVerbSet {
		if say[v] {
			delete(askVerbSet, v)
		}
	}
}

// dropAsked marks a statement for removal once the document is read.
func (x *extractor) dropAsked(speaker, text string) {
	if x.asked == nil {
		x.asked = map[string]bool{}
	}
	x.asked[speaker+"\x00"+text] = true
}

// dropAskedOut removes the statements dropAsked marked: they were emitted
// so that who asked is remembered as any speaker is (their title, the
// pronoun after them), but they say nothing. A page's contact or source
// line read as speech goes too (contactLine, floorquestion.go): it is
// read on the final text, which may have taken the next paragraph in, and
// dropped only here, so that its paragraph still counts as read and is
// not taken into the statement before it.
func (x *extractor) dropAskedOut() {
	kept := x.out[:0]
	for _, st := range x.out {
		if !contactLine(st.Text) && (len(x.asked) == 0 || !x.asked[st.Speaker+"\x00"+strings.TrimRight(strings.TrimSpace(st.Text), " ,;:")]) {
			kept = append(kept, st)
		}
	}
	clear(x.out[len(kept):])
	x.out = kept
}

// askedWithoutWh reports whether a statement is a verb of asking from
// interviewintro.json's list followed by no question word ("запитала, чи
// погодився уряд …", "fragte, ob …", "запитав про пункт …"): what was
// asked about, not something said. A question with one ("pytała, kto
// napisał plan") is the asker's statement.
func askedWithoutWh(text string) bool {
	if !lowerIn(askVerbSet, strings.Trim(firstField(text), ",.:;")) {
		return false // (nearly every text: its first word tells, before any is split)
	}
	f := strings.Fields(text)
	if len(f) < 2 || !lowerIn(askVerbSet, strings.Trim(f[0], ",.:;")) {
		return false
	}
	after := f[1:]
	for i, w := range f {
		if strings.HasSuffix(w, ",") {
			after = f[i+1:] // "pytała w poniedziałek, kto …": the clause after the comma
			break
		}
	}
	return len(after) == 0 || !lowerIn(whWordSet, strings.Trim(after[0], ",.:;«»\"„“"))
}

// dropAddress cuts the words by which an interviewer turns to the guest
// from the start of a question's sentence ("Frau Vogt, der Minister …",
// "Panie profesorze, premier …", "Пане Петре, …"): a form of address
// (speakernames.json's addressWords) and up to three words before a
// comma. The sentence after it is read for what it reports; the address
// read as its subject hid the speaker.
func dropAddress(s string) string {
	w, _, ok := strings.Cut(s, " ")
	if !ok || !lowerIn(addressWords, w) {
		return s
	}
	i := strings.Index(s, ", ")
	if i < 0 || strings.Count(s[:i], " ") > 3 {
		return s
	}
	rest := s[i+2:]
	r, n := utf8.DecodeRuneInString(rest)
	return string(unicode.ToUpper(r)) + rest[n:] // a sentence opens with a capital
}

// noteQuestionPerson remembers the one person an interviewer's question
// named ("Bundeskanzler Merz hat sich am Wochenende ebenfalls geäußert.",
// "Trump said the deal was close. Did he mean it?"): one whose words the
// question reported (statements from before on), else the newest person
// named with a title in the question's paragraph. Two or more named: no
// one.
func (x *extractor) noteQuestionPerson(question string, before int) {
	x.questionPerson, x.questionAt = nil, x.pos
	var found *speaker
	for _, st := range x.out[before:] {
		if found != nil && found.name != st.Speaker {
			return
		}
		found = x.people[st.Speaker]
	}
	if found == nil && x.mentionedAt == x.pos && len(x.mentioned) > 0 {
		found = x.mentioned[len(x.mentioned)-1]
	}
	if found == nil {
		found = x.personNamedIn(question)
	}
	if found != nil && found.kind == kindPerson {
		x.questionPerson = found
	}
}

// questionReferent is who a third-person pronoun means in an answer to a
// question that named one person ("Ja, und er hat einen Satz gesagt …",
// "He did. He also added …"): a guest does not speak of themselves in the
// third person, so such a pronoun, which the other rules would give the
// guest, is the person asked about. nil outside an answer, when the
// question named no one, when the gender rules them out, or when the
// answer itself named someone with a title first.
func (x *extractor) questionReferent(pronoun string) *speaker {
	qp := x.questionPerson
	if x.answering == nil || qp == nil || x.questionAt != x.askedAt || qp.name == x.answering.name || x.mentionedAt == x.pos {
		return nil
	}
	if want := pronounGender[pronoun]; want != "" && qp.gender != "" && qp.gender != want {
		return nil
	}
	if !x.saysClause(x.answerSentence) {
		return nil // "Він сказав це чесно": how they spoke, the guest's judgement
	}
	return qp
}

// saysClause reports whether a sentence has a verb of saying followed by
// what was said: a that-word right after it or a comma or colon closing
// it ("er hat gesagt, dieser Krieg …", "He also added, don't …", "він
// сказав, що …").
func (x *extractor) saysClause(s string) bool {
	toks := tokenize(s)
	for i, t := range toks {
		if !x.lx.sayVerbs[t.low] {
			continue
		}
		if strings.HasPrefix(t.trail, ",") || strings.HasPrefix(t.trail, ":") || i+1 < len(toks) && x.lx.thatWords[toks[i+1].low] {
			return true
		}
	}
	return false
}

// personNamedIn is the one person a question names, as the lexicon knows
// them ("Merz", "Bundeskanzler Merz") or after a title ("Senator Ruth
// Kale"); nil when it names none or more than one.
func (x *extractor) personNamedIn(q string) *speaker {
	toks := tokenize(q)
	var found *speaker
	for k := 0; k < len(toks); k++ {
		if !isCapital(toks[k].word) || x.lx.isRole(lowerWord(toks[k])) {
			continue
		}
		n := 0
		for k+n < len(toks) && n < 3 && isCapital(toks[k+n].word) && !x.lx.isRole(lowerWord(toks[k+n])) {
			n++
			if toks[k+n-1].trail != "" {
				break
			}
		}
		titled := k > 0 && x.lx.isRole(lowerWord(toks[k-1])) && toks[k-1].trail == ""
		_, known := lowerIn2(x.lx.people, strings.Join(tokWords(toks[k:k+n]), " "))
		if titled || known {
			if sp := x.classify(toks[k:k+n], false); sp != nil && sp.kind == kindPerson {
				if found != nil && found.name != sp.name {
					return nil
				}
				found = sp
			}
		}
		k += n - 1
	}
	return found
}

// reversedIntroVerbs bounds where readReversedIntro looks for the verb of
// talking: before the twelfth word.
const reversedIntroVerbs = 12

// reversedIntroVerb reports whether readReversedIntro would find a verb
// of talking followed by a "with" word in toks: the same test as its
// loop, asked of a paragraph's first words before the whole paragraph is
// tokenized.
func reversedIntroVerb(toks []tok) bool {
	for v := 2; v+2 < len(toks) && v < reversedIntroVerbs; v++ {
		if n := talkVerbAt(toks, v); n > 0 && toks[v+n-1].trail == "" && withWord(toks[v+n].low) {
			return true
		}
	}
	return false
}

// reversedIntroReach is how many first words decide reversedIntroVerb as
// the whole text would: the verb's last start, its longest form, the
// "with" word after it, and the two words the loop's bound asks for.
var reversedIntroReach = sync.OnceValue(func() int {
	longest := 0
	for _, words := range talkVerbWords {
		longest = max(longest, len(words))
	}
	return reversedIntroVerbs + longest + 2
})
