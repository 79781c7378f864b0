package corpus

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// speakerKind separates people from groups and organisations, so a pronoun
// can find the last speaker "of the right kind": he/she a person, they a
// group, it a body.
type speakerKind int

const (
	kindPerson speakerKind = iota
	kindGroup
	kindBody
)

// speaker is a resolved speaker: canonical name, role, kind.
type speaker struct {
	name        string
	role        string
	kind        speakerKind
	gender      string   // "m", "f" or "" for people
	givenGender bool     // gender read from the given name alone (givengender.go): a pronoun no one else fits may still take them
	compound    bool     // "The United States and Ukraine": the parties of a joint statement
	members     []string // canonical names of a group's people ("European leaders, including ...")
}

// extractor holds what is known while reading one document top to bottom:
// who has spoken (for short names and pronouns) and the last quotation (for
// quotes that continue without a new attribution).
type extractor struct {
	// ParseOptions are the parse's diagnostic tracers and the test
	// switches that turn one reader off (trace, quoteTrace, noQuoteContext,
	// noItalicSigned, …): each reader reads its own switch from here, so a
	// new switch is one ParseOptions field and not a copy kept in step by
	// hand in extractStatementsWith.
	ParseOptions
	// labelReferent is who each transcript label named on its first turn,
	// "" for no one (captionturns.go)
	labelReferent map[string]string

	lx        *lexicon
	src       Source
	people    map[string]*speaker // canonical name -> speaker seen in the document
	short     map[string]string   // lower-case surname or short form -> canonical name
	speakers  []*speaker          // who spoke, in order (for he/she)
	lastGroup *speaker
	lastBody  *speaker
	lastJoint *speaker
	lastDoc   *speaker // the document that spoke last (docspeech.go)
	// lastUnnamed is the unnamed source of the newest statement, if the
	// newest is one: "he" and "one of them" right after it mean that
	// source, not the last named person.
	lastUnnamed *speaker
	// loneTitled is set while classifyRead hands person a one-word name
	// written in lower case after a title (titledsurname.go)
	loneTitled bool
	// backRefSp is the person a back-reference noun of the quotation
	// being read stands for (quotebackref.go): named in an earlier
	// paragraph, not in the quotation's own
	backRefSp    *speaker
	backRefCur   string   // the sentence of that quotation
	backRefPos   int      // its paragraph
	lastSpeaker  *speaker // who made the newest statement
	lastDelegate *speaker // the newest delegate of a state read as a speaker (delegate.go)
	// commaTitle is the complement titleCommaName dropped from a title
	// set off from its name by a comma after an inverted verb, kept for
	// the role subjectAfter gives (gaps.go)
	commaTitle titleTail
	// oblique: the name being read stands in a case other than the
	// nominative ("По словам Игоря Волкова"); an unknown one is given in
	// the nominative (namecase.go)
	oblique bool
	// accusative: the name being read is a minutes heading's object
	// ("Слушали С. П. Мухина", "СЛУХАЛИ: Наталію Бондарчук"), in the
	// accusative; set with oblique (namecase.go)
	accusative bool
	heardOpen  string   // the name opening the paragraph after a minutes heading "СЛУХАЛИ:", as written (namecase.go)
	introduced *speaker // the person the opening paragraphs say who they are
	// bareInterview: the questions were found by their shape alone (see
	// bareQuestions), so the answers are a guest's only when the document
	// names one; an explainer asks and answers in its own voice
	bareInterview   bool
	interviewer     string // the journalist who asks (interviewerName)
	interviewerRead bool
	intro           introPair // an introduction "with GUEST … VERB JOURNALIST" (interviewintro.go)
	introRead       bool
	asked           map[string]bool // speaker and text of statements that only say what was asked about (dropAsked)
	answering       *speaker        // the guest whose answer relayed is reading
	inQuestion      bool            // reading a question turn of a transcript (titlealone.go)
	answerSentence  string          // the sentence of it being read
	questionPerson  *speaker        // the one person the last question named (noteQuestionPerson)
	questionAt      int             // that question's paragraph
	mentioned       []*speaker      // people named with a title, newest last (mentions)
	related         *speaker        // the person a relation phrase was read as (relations.go) …
	relatedAt       int             // … in this sentence number
	relMiss         relationMiss    // a relation phrase no one in data fits, while classify reads it
	mentionedAt     int             // paragraph of the newest mention
	titled          []*speaker      // every person named with a title, document-wide (doctitles.go)
	mentionTally    mentionTally    // how many people the last sentence with a mention named (pronouns.go)
	opening         paraOpening     // the paragraph being read: its first sentence (newcomer.go)
	openedBy        *speaker        // the known person the last sentence opened with (noteOpener)
	openedAt        int             // that sentence's number
	titleLead       string          // a sentence's opening title with no name ("The chancellor was upbeat."), for the name after it (titlelead.go)
	titleLeadAt     int             // that sentence's number
	out             []Statement

	lastDirect       int // index in out of the last direct quotation, -1 if none
	lastDirectPara   int
	lastLabel        int // index in out of the last "NAME: text" statement, -1
	lastLabelPara    int
	logPrev          *speaker // who the last line of a log gave words to, and its paragraph (labelledlines_speech.go)
	logPrevAt        int
	transcript       bool
	toks             []tok          // reused by sentence: tokens are most of the garbage otherwise
	look             []tok          // lookToks's tokens of lookFor
	lookFor          string         // the sentence look holds
	lookCues         lookCues       // the word classes of look's sentence, once asked (sentencecues.go)
	scratch          *readerToks    // token buffers of readers that tokenize a text of their own, kept (scratchTokens)
	pos              int            // paragraph being read
	spokeAt          map[string]int // speaker name -> paragraph of their last statement
	sentenceNo       int            // sentences read so far
	lastStmtSentence int            // sentence of the last statement
	prevSentence     string         // the sentence read before this one, for "Об этом заявил X"
	prevSentencePara int            // its paragraph
	prevSentenceNo   int            // its number: the late readers of a sentence see it as their own (pronounchain.go)
	olderSentence    string         // the sentence before prevSentence, its paragraph and number: what the late readers of a sentence see as the one before (sentencebefore.go)
	olderPara        int
	olderNo          int
	descPrev         [2]string         // the two sentences read before, for a description standing for a person named in them (descrole.go)
	paras            []paragraph       // the document, for full names of lone surnames
	docLow           string            // the document in lower case, once an office title needed it (offices.go)
	offices          map[string]string // person -> office title the document uses (officeroles.go)
	answerer         *speaker          // who answers an interview's "A:" paragraphs
	answererRead     bool              // whether interviewee fell back to the last speaker once
	fullNames        map[string]string // surname -> full name found in paras ("" if none)
	loneOff          bool              // set while a colon label is read: no lone given name is trusted (lonename.go)
	loneNames        map[string]bool   // lone capitalised word -> a name the document gives without a surname (lonename.go)
	givenNames       map[string]string // given name -> the one full name it opens in paras ("" if none or several; givenname.go)
	siteKeys         []string          // the document's site names, squashed, for interviewerLabel
	asks             map[int]bool      // paragraphs that are the publication's own questions
	bareAsks         map[int]bool      // paragraphs under a bare "Q:", "DOMANDA:" (recordaskers.go)
	askedAt          int               // paragraph of the last such question, -1
	dashedQA         bool              // questions and answers printed as dashed lines ("— …?" then "— …")
	headSpeaker      *speaker          // who the capitals headline just read attributed words to (headline.go)
	headRoleClaim    *headlineClaim    // a headline claim of a title ("ANALISTA, …"), for the report's first person
	guestSp          *speaker          // the person a credits line labels as guest (guestref.go)
	guestDone        bool              // whether guestSp was looked for
	guestTitle       string            // the title the credits line gives guestSp after a comma (guestref.go)
	noCue            bool              // the sentence noteOpener reads holds no speech cue
	// announced is the speaker of the last sentence that said someone
	// spoke without saying what ("Peskow widersprach."), announcedAt its
	// number: reported speech right after it is theirs
	announced   *speaker
	announcedAt int
	// dashTurn is the speaker of a dialogue turn opened by a dash in
	// paragraph dashTurnPos, whose last sentence was number dashTurnAt:
	// the sentences after it with no attribution go on with the turn
	// (quotes.go, dashTurnGoesOn)
	dashTurn       *speaker
	dashTurnAt     int
	dashTurnPos    int
	initials       map[string]string // initials label -> the name they stand for (initialsName)
	outletInitials string            // the outlet's initials and a space, once read (interviewerLabel)
	gapRetry       bool              // the sentence is read again with its asides dropped (gaps.go)
	cueMemo        cueMemo           // hasSpeechCue's last answer (cuewords.go)
	spanBuf        []tok             // titledName's tokens of a name and "said", reused (rolememory.go)
	reportBuf      []tok             // reportClause's tokens, reused (reportclause_buf.go)
	bylineBuf      []tok             // bylineAuthor's tokens of a paragraph with a byline word inside, reused (authortext.go)
	learnedRoles   map[string]string // person or "~"surname stem -> role learnt (docroles.go)
	learnedStemOf  map[string]string // "~"surname stem -> the full name it was learnt for, to tell two people of one surname apart (docroles.go)
	learnedAppos   map[string]bool   // roles learnt from a description set off after the name, joined to a title read before it (bareappos.go)
	runOn          int               // index in out of a quotation left open at its paragraph's end, -1 (runon.go)
	runOnPara      int               // that paragraph
	staffNames     map[string]bool   // the publication's people its transcript labels name, lower case (floor.go)
	periodRead     int               // 1: turns are period labels ("RUBIO. …"), -1: not, 0: not yet read (periodqa.go)
	headRole       string            // the title an entry heading ended with (headingrole.go)
	headRolePara   int               // that heading's paragraph
	headPerson     *speaker          // the person the section's heading names (headingperson.go)
	runInMark      int               // 1 + len(speakers) when a run-in label set headPerson, else 0 (runinperson.go)
	profile        *speaker          // the person a profile box's heading names, while its labelled lines run (profilebox.go)
	headAt         int               // the paragraph of the heading that named headPerson (wikiheading.go)
	headFromPost   bool              // headPerson is a digest post's author, named by its head (digestpost.go)
	postAt         int               // the paragraph the post being read opened with (threads.go, digestpost.go)
	postAnonymous  bool              // the digest post's head calls its channel anonymous (digestpost.go)
	// personsOnly: the text being read is a plan's point, whose parties
	// ("Ukraine agrees to …", "NATO will …") are no speakers; only a
	// person's words inside it are statements (proseitems.go), and an
	// unnamed source's ("[A State Department official] said …, point 19"),
	// who is no party either
	personsOnly bool
	roleMem     roleMemory   // titles next to each person's name, and each statement's sentence (rolenamed.go)
	roundup     roundupState // a round-up's entry headings and the section being read (roundup.go)
	authored    map[int]bool // indexes in out of the statements authorTexts read (authortext.go)
	voxHeads    int          // the vox pop heads of the document (voxpop.go)
	voxPerson   *speaker     // the passer-by whose section is being read (voxpop.go)
	// the person a staff turn named alone and its paragraph; the one the
	// turn before named, the antecedent of a pronoun up to sentence
	// turnRefUntil of the answering turn (turnreferent.go)
	staffNamed     *speaker
	staffNamedPara int
	turnRef        *speaker
	turnRefUntil   int
	roundupHead    *speaker          // the person noteRoundupPerson made the section's, forgotten at the next entry heading (roundupperson.go)
	curSentence    string            // the sentence being read, for givenGenderFallback (givengender.go)
	relayOnly      map[relayKey]bool // answers that only report others' words, dropped at the end (relayonly.go)
	traceNote      string            // how the sentence's speaker was read, for the next statement's reading (readingtrace.go)
}

// newExtractor returns an extractor for the paragraphs ps of a document
// from src that has read nothing yet: no one known, no turn, quote or
// label seen (the positions are -1, "before the first paragraph"). The
// document's reading and the probes that read some of its lines ahead of
// it (scanRoundup) and tests start from this same state.
func newExtractor(lx *lexicon, src Source, ps []paragraph) *extractor {
	return &extractor{
		lx:         lx,
		src:        src,
		people:     map[string]*speaker{},
		short:      map[string]string{},
		lastDirect: -1,
		lastLabel:  -1,
		runOn:      -1,
		askedAt:    -1,
		spokeAt:    map[string]int{},
		paras:      ps,
	}
}

// extractStatements finds attributed speech in the body's text paragraphs.
// Headings and list items are not searched: headings such as "Zelensky: A
// Critical Moment" are not quotes, and plan points are not speech.
func extractStatements(ps []paragraph, src Source) []Statement {
	return extractStatementsWith(ps, src, ParseOptions{})
}

// extractStatementsWith is extractStatements with a parse's diagnostic
// requests: each statement's reading (opts.trace, readingtrace.go), the
// quotation-first tracer (opts.quoteTrace) and the paragraph-context
// reading switched off (opts.noQuoteContext, quotecontext.go).
func extractStatementsWith(ps []paragraph, src Source, opts ParseOptions) []Statement {
	x := newExtractor(lexiconData(), src, ps)
	x.ParseOptions = opts
	pooled := tokPool.Get().(*[]tok)
	x.toks = (*pooled)[:0]
	defer func() {
		// drop the words of this document, so the pool keeps no text alive
		clear(x.toks[:cap(x.toks)])
		*pooled = x.toks[:0]
		tokPool.Put(pooled)
	}()
	pooledLook := tokPool.Get().(*[]tok) // lookToks's buffer, kept as x.toks is
	x.look = (*pooledLook)[:0]
	defer func() {
		clear(x.look[:cap(x.look)])
		*pooledLook = x.look[:0]
		tokPool.Put(pooledLook)
	}()
	pooledReport := tokPool.Get().(*[]tok) // reportClause's buffer (reportclause_buf.go), kept as x.toks is
	x.reportBuf = (*pooledReport)[:0]
	defer func() {
		buf := x.reportBuf // the largest given back; nil only while lent out
		if buf == nil {
			buf = *pooledReport
		}
		clear(buf[:cap(buf)])
		*pooledReport = buf[:0]
		tokPool.Put(pooledReport)
	}()
	x.scratch = readerToksPool.Get().(*readerToks) // kept as x.toks is
	defer func() {
		x.scratch.clear()
		readerToksPool.Put(x.scratch)
	}()
	labels := 0
	for _, p := range ps {
		if p.kind == paraText && !p.log { // a log's labels are no turns (labelledlines_speech.go)
			if x.interviewerLabel(p.text) {
				if x.asks == nil {
					x.asks = map[int]bool{}
				}
				x.asks[p.index] = true
				labels++
			} else if looksLabelled(stripClock(p.text)) { // "Q:" and "MODERATOR:" count too
				labels++
			}
		}
	}
	x.transcript = labels >= 2
	x.voxHeads = countVoxHeads(ps)
	x.dashedQA = dashedInterview(ps) || x.introducedDialogue(ps)
	if x.dashedQA && !x.transcript {
		x.noteIntroGuest() // "Розмову з … вела …" (interviewintro.go)
	}
	if x.transcript {
		x.noteStaffLabels(ps) // "ANNA BELL, HOST:" on a turn short enough to read as a heading (floor.go)
		x.markHost(ps)        // the host's lines ask, as an interviewer's do
		x.markAskers(ps)      // "FRAGE JANSEN:", a senator who asks (recordaskers.go)
	}
	if x.transcript {
		x.guestInTitle()   // the guest and their title, for the labels that name them
		x.noteIntroGuest() // "Z Tomaszem Zawadzkim … rozmawia …" (interviewintro.go)
	}
	if !x.transcript {
		x.bareQuestions(ps)
	}
	// statements are gathered in a pooled buffer and copied out once at
	// their final count: growing a slice of them per document was much of
	// the garbage, and most paragraphs hold none
	pooledOut := stmtPool.Get().(*[]Statement)
	x.out = (*pooledOut)[:0]
	defer func() {
		// the pool keeps no text alive; x.out only ever grows by append,
		// so what lies past its length is still zero
		clear(x.out)
		*pooledOut = x.out[:0]
		stmtPool.Put(pooledOut)
	}()
	if title := lastTitleClaim(src.Title); title != "" && strings.Contains(title, ": ") {
		// a headline quote in the front matter's title: "Zelensky:
		// \"Ukraine may face a very difficult choice\" — what …", also
		// after a lead sentence (titlequote.go)
		_, after, _ := strings.Cut(title, ": ")
		if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(after)); isOpenQuote(r) {
			label, _, _ := strings.Cut(title, ": ")
			if text, _, sp, ok := x.colonLabel(title); ok && !bodyRepeats(afterTitle(ps, src.Title), label, text) && !genitiveLabel(label) {
				x.emit(sp, text, true, 0)
			} else if !ok {
				x.roleHeadline(title, 0) // "Retired general: ‘…’" (rolehead.go)
			}
		}
	} else if src.Title != "" {
		x.dashTitleQuote(ps) // "„…“ – Sicherheitsforscher Hartl zum …" (titlequote.go)
	}
	if src.Title != "" {
		x.quotedTitle(ps) // "“…”, says Ilse Brandner" (quotedtitle.go)
	}
	cardEnd := -1 // the last paragraph of a social post's card or a pull quote read (cardpost.go, pullquote.go)
	for i, p := range ps {
		if i <= cardEnd {
			continue
		}
		if end := x.quoteTable(ps, i); end >= 0 {
			cardEnd = end // "speaker,role,quote" over its rows: each row its speaker's (quotetable.go)
			continue
		}
		if end := x.cardPost(ps, i); end >= 0 {
			cardEnd = end // "Name @handle", the post, "9:14 PM · Nov 23, 2025": the post is the author's
			continue
		}
		if end := x.pullQuote(ps, i); end >= 0 {
			cardEnd = end // "“…” — Rustem Umerov, secretary of …": a pull quote signed with a dash (pullquote.go)
			continue
		}
		if x.proseItem(p) {
			continue // "**1. The long meeting.** … told reporters that …": a numbered story
		}
		if x.saidBy(ps, i) {
			continue // "*Said by: Vladimir Putin, Nov. 21.*" under a fact check's claim (saidby.go)
		}
		if framedHeading(p) {
			continue // "- « Pas une capitulation » -": a wire's subheading (quotefirst.go)
		}
		if p.kind == paraItem && p.number == 0 && p.letter == 0 {
			// "— Мы готовы, — сказал Песков.": a line of dialogue, read
			// as a bullet
			x.pos = p.index
			if x.dashedQA && p.dash && x.dashedTurn(p) {
				continue
			}
			led := p
			led.text = stripItemLead(p.text) // "- **24.01**, Песков: …" (itemlead.go)
			if x.itemLabel(led) {
				continue // "- Zelensky in his video address: …"
			}
			if x.quoteListItem(led) {
				continue // "- **Donald Trump**, 22 nov. : …" (quotelist.go)
			}
			if !x.leadingDash("— "+p.text, p.index) {
				x.summaryBullet(p) // "— Путин сказал, что …": a summary's bullet, not dialogue
			}
			x.quoteFirst(p, len(x.out)) // "- Fuente diplomática …: «…»": an unnamed source's (colonunnamed.go)
			continue
		}
		if x.voxPopHead(ps, i) {
			// "**Олена, 34 роки, вчителька**" over her answer (voxpop.go):
			// read before the profile, roundup and cast heads, which take
			// a head whose last field is a title word ("вчителька") for
			// a person's own line and lose the section's bare quotations
			continue
		}
		if x.profileHead(ps, i) {
			continue // "**STEVE WITKOFF**" over "Role: …", "Has said: …" (profilebox.go)
		}
		if x.profileLines(p) {
			continue // "Role: …. Background: …. Has said: That …": the heading's person's (profilebox.go)
		}
		if x.roundupSection(ps, i) {
			// "## KAJA KALLAS, EU FOREIGN POLICY CHIEF:": the words under
			// it are hers (roundup.go), and a title alone under it too
			x.headSpeaker = nil
			x.noteHeadingRole(p)
			x.noteHeadingPerson(p)
			x.noteRoundupPerson(p)
			continue
		}
		if p.kind == paraHeading && x.asks[p.index] {
			x.askedAt, x.lastLabel = p.index, -1 // a short question read as a heading
			continue
		}
		if p.kind == paraHeading && x.castLine(p.text) {
			continue // "Claire Ashby, Deputy Department Spokesperson", short as a heading
		}
		if x.logLine(p) {
			continue // "TUSK: ZANIM …", "Rzecznik Kremla: …": a chyron's speaker (labelledlines_speech.go)
		}
		if (p.kind == paraText || p.kind == paraHeading) && capsHeadline(p.text) {
			// "UCRAINA: USHAKOV, CON WITKOFF NESSUN COMPROMESSO": an
			// agency headline in capitals attributes with a comma
			x.pos = p.index
			x.headlineClaims(p.text, p.index)
			continue
		}
		if x.headingQuote(ps, i) {
			continue // "**Умєров: «Є суттєвий прогрес»**": the entry's speaker's words (headingquote.go)
		}
		if joinPostHeader(ps, i) {
			continue // "**Kaja Kallas** @kajakallas · Nov 24" over the post's text (embedded.go)
		}
		if p.kind == paraHeading && x.roleHeadline(p.text, p.index) {
			continue // "Retired general: ‘…’": the story's first speaker's (rolehead.go)
		}
		if x.notePostHead(p) {
			continue // "📌 **@channel** · Sun 23 Nov, 21:47 · 👁 1.4M": whose post the paragraphs below sum up (digestpost.go)
		}
		if p.post {
			x.postAt = p.index
			x.headPerson, x.headFromPost, x.postAnonymous = nil, true, false // a thread's post: its author is no speaker, and its pronouns do not reach into the post before (threads.go)
		}
		x.headSpeaker = nil
		x.noteHeadingRole(p)
		x.noteHeadingPerson(p)
		if p.kind == paraItem {
			x.quoteFirst(p, len(x.out)) // "10. Uma fonte diplomática … resumiu: «…»" (colonunnamed.go)
		}
		if p.kind != paraText {
			continue
		}
		if !p.chat && i+1 < len(ps) && x.subheading(p, &ps[i+1]) || linkLine(p.text) { // a chat's lines end without a stop, and are no headlines (threads_chat.go)
			continue // "Washington calls it a good day": a headline over the story; "ALSO READ | …"
		}
		before := len(x.out)
		if x.voxPerson != nil {
			if p.text = x.voxQuotes(p); p.text == "" {
				continue // the passer-by's answer, all in quotation marks
			}
		}
		saved, mark, runIn := x.noteRunInPerson(p) // "**Marco Rubio.** The secretary of state …" (runinperson.go)
		x.heardOpen = x.heardOpening(ps, i)
		x.paragraph(p)
		x.quoteFirst(p, before) // quotations no rule read (quotefirst.go)
		x.roundupWords(p, before)
		if runIn {
			x.headPerson, x.runInMark = saved, mark
		}
	}
	x.authorTexts(ps) // an op-ed, a signed letter or post: the author's own words (authortext.go)
	x.dropRelayOnly() // an answer that only reports what others said (relayonly.go)
	if len(x.out) == 0 {
		return []Statement{}
	}
	x.fillRoles()        // a title given once holds for all their words (fillroles.go)
	x.fillLearnedRoles() // an oblique title, an apposition, a relative clause (docroles.go)
	// "Депутатка" is the "народна депутатка" named before (fullerroles.go)
	x.fullerRoles()
	x.rememberRoles() // the title next to the name, not a later description (rolenamed.go)
	// a signature's bare unknown name, once every title is in (authortext.go)
	x.dropUntitledAuthors()
	x.frameRoles(ps)     // "Press briefing by Press Secretary X", then "MS. X:" (frameroles.go)
	x.dropAskedOut()     // after the roles, which the asking sentence may give (interviewintro.go)
	x.dropBareAsked()    // "DOMANDA: Il governo sostiene …?" (recordaskers.go)
	x.nounLedNames()     // "Granddaughter Sofiia says": the noun is her role, once the askers are out by the name they were read with (nounledname.go)
	x.nameFirstRoles(ps) // "forward Dmytro Sayenko": a role no title reader gave, where the name is first given (namefirstrole.go)
	for i := range x.out {
		if x.out[i].Speaker != unnamedSpeaker && x.out[i].Role != "" {
			x.out[i].Role = cleanRole(x.out[i].Role) // a named person's title copied with its article ("le conseiller …"); "uno dei negoziatori" is whom, not a title
		}
	}
	x.dropSameDup()      // one person's words read twice from one paragraph (samedup.go)
	x.dropCourtesyActs() // "thanked the fundraisers", "begrüßte rund 180 Gäste": to the room, no statement (courtesyact.go)
	out := make([]Statement, len(x.out))
	copy(out, x.out)
	prefix := src.ID + "-s"
	ids := newIDBuilder(len(out), len(prefix)) // the IDs cut from one string
	for i := range out {
		ids.add(prefix, i+1)
	}
	for i, id := range ids.ids() {
		st := &out[i]
		st.ID = id
		st.SourceID = src.ID
		st.Date = src.Published
		st.Topics = tagTopics(st.Text)
	}
	return out
}

// stmtPool keeps the buffer statements are gathered in from one document
// to the next.
var stmtPool = sync.Pool{New: func() any {
	out := make([]Statement, 0, 64)
	return &out
}}

// lookToks returns the tokens of s for biography and mentions, which read
// every sentence before it is known to hold speech: s is tokenized once
// for both, into a buffer of their own (x.toks is the sentence's). The
// slice is valid until the next call; the strings in it stay valid.
func (x *extractor) lookToks(s string) []tok {
	if x.look == nil || x.lookFor != s {
		x.look = readAs(tokenizeInto(x.look[:0], s), x.src.Lang)
		agreePronouns(x.look, x.lx) // "sagt sie": she (pronoun_number.go)
		x.lookFor = s
		x.lookCues = lookCues{} // read again when a rule asks (sentencecues.go)
	}
	return x.look
}

// tokensOf tokenizes s into x.toks, copying lookToks's tokens when they
// are of the same sentence rather than tokenizing it again. A sentence
// read for statements is tokenized into the look buffer too: the gaps
// retry and mentions ask lookToks for it again when it gives none.
func (x *extractor) tokensOf(s string) []tok {
	if x.look != nil {
		return append(x.toks[:0], x.lookToks(s)...)
	}
	toks := readAs(tokenizeInto(x.toks[:0], s), x.src.Lang)
	agreePronouns(toks, x.lx)
	return toks
}

// tokPool keeps the extractor's token buffer from one document to the
// next: grown afresh for each document it was much of the garbage.
var tokPool = sync.Pool{New: func() any {
	toks := make([]tok, 0, 128)
	return &toks
}}

func (x *extractor) paragraph(p paragraph) {
	x.pos = p.index
	x.inQuestion = x.asks[p.index] || x.bareAsks[p.index]
	defer func() { x.inQuestion = false }()
	before := len(x.out)
	p.text = stripThreadNumber(stripTimestamp(stripClock(stripFeedSymbols(stripLeadSymbols(p.text))))) // ("💬 Песков: …", "⚡️ Путін …": leadsymbol.go)
	if p.turn != nil && !x.asks[p.index] {
		x.recordSpeech(p) // a record's speaker has the floor (protocol.go)
		return
	}
	if x.castLine(p.text) {
		return // "Claire Ashby, Deputy Department Spokesperson"
	}
	if x.embeddedPost(p.text, p.index) {
		return // "… > — Donald Tusk (@donaldtusk) November 24, 2025"
	}
	if x.dashedQA && dashedQuestion(p) && x.dashedTurn(p) {
		return // "**— Чого ви чекаєте від візиту?**": the interviewer asks
	}
	if answer, ok := cutAnswer(p.text); ok && x.transcript {
		// an interview's answer: the interviewee speaks
		if sp := x.interviewee(); sp != nil {
			x.emit(sp, answer, true, p.index)
			x.lastLabel, x.lastLabelPara = len(x.out)-1, p.index
			return
		}
		p.text = answer // an explainer answers in its own voice: its prose, without the label, is read as any other
	}
	if x.asks[p.index] {
		if _, t, ok := speakerLabel(p.text); ok && x.transcript {
			x.noteStaffTurn(t, p.index) // the one person the host's question names (turnreferent.go)
			x.turnRef = nil
		}
		x.lastLabel = -1 // the publication asks: the answer before it is over
		x.askedAt = p.index
		x.questionReports(p.text)
		return
	}
	if x.askedAt >= 0 && x.askedAt == p.index-1 && !looksLabelled(p.text) && !creditLine(p.text) && !editorNote(p.text) {
		// the answer to the publication's question, printed without a
		// label: the interviewee speaks
		if sp := x.interviewee(); sp != nil {
			x.emit(sp, p.text, true, p.index)
			x.lastLabel, x.lastLabelPara = len(x.out)-1, p.index
			return
		}
	}
	if x.floorTurn(&p) {
		return // a correspondent's or a chair's turn, applause (floor.go)
	}
	if x.ledLabel(p) {
		x.lastLabel = -1
		return // "LETTURA: Donald Trump: …", "**… — PUSH:** Merz: …" (itemlead.go)
	}
	if text, ok := narratorLabel(p.text); ok {
		// "SPRECHERIN: …", "RÉCITATIF : …": the script's own voice, read
		// as prose; no earlier turn runs on into it (scriptlabels.go)
		for _, s := range sentences(text) {
			x.sentence(s, p.index)
		}
		x.lastLabel = -1
		return
	}
	if text, rest, sp, ok := x.colonLabel(relayDash(dropLabelContext(p.text))); x.labelKeepsReferent(p.text, sp, ok) { // "Tusk this morning – …" (relaylabel.go)
		x.labelTitleInFull(sp) // "CLLR NANDAKUMAR:": a councillor (captionturns.go)
		if x.staffTurn(sp, text, rest, p.index) {
			return // the publication's journalist asks or reports (stafflabel.go)
		}
		x.emit(sp, text, true, p.index)
		label := len(x.out) - 1
		x.lastLabel, x.lastLabelPara = label, p.index
		for _, s := range sentences(rest) {
			x.sentence(s, p.index)
		}
		if rest == "" && x.transcript {
			// "WHITFIELD: Silence, mostly. The Kremlin says it has received
			// nothing official.": what others said inside an answer is
			// theirs too; the answerer's own words stay one statement
			x.relayed(text, sp, p.index)
			x.lastLabel = label
		}
		return
	}
	text := p.text
	if at := dialogueStart(text); at >= 0 && strings.Contains(text[at:], ". ") {
		// "– Nie chodzi o prestiż. Chodzi o to, że … – dodał.": a quote
		// of several sentences, its attribution after the closing dash
		// (the sentences before the quote are read first)
		for _, s := range sentences(text[:at]) {
			x.sentence(s, p.index)
		}
		counted := x.countDashQuote() // a sentence of its own (dashsentence.go)
		if x.leadingDash(text[at:], p.index) {
			text = ""
		} else {
			x.uncountDashQuote(counted) // read below sentence by sentence, each counted
			text = text[at:]
		}
	}
	if p.colonRun && x.colonRunSpeech(text, p.index) {
		text = "" // "Tusk sagt:" over his lines (linecolon.go)
	}
	for _, s := range sentences(text) {
		x.sentence(s, p.index)
	}
	if looksLabelled(p.text) {
		x.lastLabel = -1 // "Q: ..." or "MODERATOR: ...": someone else has the floor
		return
	}
	if len(x.out) == before && x.transcript && x.lastLabel >= 0 && x.lastLabelPara == p.index-1 && !x.namesSpeaker(p.text, x.out[x.lastLabel].Speaker) && !editorNote(p.text) {
		// a transcript answer running over several paragraphs
		st := &x.out[x.lastLabel]
		st.Text += "\n" + p.text
		x.lastLabelPara = p.index
	}
}

// namesSpeaker reports whether a paragraph names the speaker by surname:
// it speaks about them ("Lucía Arrieta, former ambassador, analyses …"),
// so it does not continue their answer.
func (x *extractor) namesSpeaker(p, name string) bool {
	f := strings.Fields(name)
	return len(f) > 0 && len(f[len(f)-1]) > 2 && strings.Contains(p, f[len(f)-1])
}

// emit records a statement and remembers its speaker for later pronouns.
func (x *extractor) emit(sp *speaker, text string, direct bool, pos int) {
	var tr readingTrace
	if x.trace {
		tr = x.newReadingTrace()
	}
	sp = tr.step(sp, x.voxAddressed(sp), "vox")          // "Пані Ганна" under her vox pop head (voxpop.go)
	sp = tr.step(sp, x.definiteBackRef(sp), "backref")   // "L'ancienne diplomate" after the ambassador is quoted
	sp = tr.step(sp, x.roleFromHeading(sp), "heading")   // "Press briefing, White House press secretary" over the entry
	sp = tr.step(sp, x.newcomer(sp, pos), "newcomer")    // a paragraph introducing one person, who is not the earlier speaker (newcomer.go)
	sp = tr.step(sp, describedAsName(sp), "described")   // "Mein Mitbewohner aus Lwiw meint, …": a relative read as a name (describedpeople.go)
	sp = tr.step(sp, x.namedInSource(sp), "namedsource") // "Бывший дипломат Аркадий Милославский-Кан …" read as unnamed (namedsource.go)
	// (an outlet read as a name is no speaker either: mediaafter.go)
	if x.publisherSpeaks(sp) || sp.kind == kindPerson && timeName(sp.name) || mediumNamed(sp) || x.personsOnly && sp.kind != kindPerson && sp.name != unnamedSpeaker {
		return // ("By Monday his tone had softened": a time, not a person; timename.go)
	}
	if h := x.headRoleClaim; h != nil && sp.kind == kindPerson {
		// "ANALISTA, 'A MOSCA SI NEGOZIA SUL RITMO'": the first person
		// the report below quotes is the one its headline meant
		x.headRoleClaim = nil
		x.emit(sp, h.text, h.direct, h.pos)
	}
	text = strings.TrimSpace(text)
	text = strings.TrimRight(text, " ,;:")
	var relay *speaker
	innerThat := false // the inner verb has a that-word of its own: a "…, and that …" after it is still the inner speaker's
	if inner, said, ok := x.nestedSpeech(sp, text, direct); ok {
		if i := strings.Index(text, said); i > 0 {
			innerThat = x.lx.thatWords[lowerString(strings.Trim(lastWord(strings.TrimSpace(text[:i])), ","))]
		}
		relay, sp, text = sp, tr.step(sp, inner, "nested"), said // "X noted that Rubio wrote that …": Rubio's words, X still the one speaking (nestedspeech.go)
		if slices.ContainsFunc(x.out, func(o Statement) bool { return o.Position == pos && o.Speaker == sp.name && o.Text == text }) {
			x.remember(relay)
			return // read once already: the inner speaker's own words, given them by another reading
		}
	}
	if relay == nil && !direct && sp.kind == kindPerson && sp.name != unnamedSpeaker {
		if k := x.kinOpening(text); k != nil {
			// "su hermano, camionero en Polonia, ve …": the relative's
			// words, passed on; the one passing them on goes on speaking
			// ("«…», añadió") as after nestedSpeech (kinopening.go)
			relay, sp = sp, tr.step(sp, k, "kin")
		}
	}
	if sp.kind == kindBody && !direct {
		if p, said := x.spokesTail(text); p != nil {
			sp, text = tr.step(sp, p, "spokestail"), said // "…, a indiqué son porte-parole, Dmitri Peskov" (spokestail.go)
		}
	}
	if !direct && x.bodyProposal(sp, text) {
		return // "Washington propone di trasformare …": a term of its plan, not words said (proposalbody.go)
	}
	if !direct && reflexiveManner(text) {
		// "Selenskyj äußerte sich vorsichtiger.": how he spoke, not what;
		// the indirect speech that follows is his
		x.announced, x.announcedAt = sp, x.sentenceNo
		return
	}
	// what follows the first thing said: a participle's clause ("…,
	// adding that …", addingsplit.go)
	var rest []string
	if !direct {
		if head, tail, ok := x.addingSplit(text); ok {
			text, rest = head, []string{tail}
		} else if head, tail, ok := x.coordThatSplit(text); ok {
			text, rest = head, []string{tail} // "…, and that …" (coordthat.go)
		} else if head, tail, ok := x.relayChainSplit(sp, text); ok {
			text, rest = head, []string{tail} // "…, and Zelensky had said he would …": the second clause's own speaker (relaychain.go)
		}
	}
	if relay == nil && !direct {
		if a, said, ok := x.relayedAccording(sp, text); ok {
			relay, sp, text = sp, tr.step(sp, a, "according"), said // "Il rappelle que …, selon le président Macron" (relayaccording.go)
		}
	}
	if !direct && (!strings.Contains(text, " ") || emptyReport(text)) {
		return // a single reported word says nothing, nor "– dwadzieścia" or a teaser cut off at "er werde" (shortreport.go)
	}
	if !direct && (askedWithoutWh(text) || x.floorQuestion(text)) {
		x.dropAsked(sp.name, text) // "запитала, чи …", "asked whether …": what was asked about, dropped at the end (interviewintro.go, floorquestion.go)
	}
	if text == "" || !direct && (x.answersQuestions(text) || x.questionsAfterGap(text)) || direct && courtesyOnly(text) {
		return // ("Thank you, Helen.": courtesy.go)
	}
	sp.role = x.lx.nominativeRole(sp.role) // "По словам политолога": the title is "политолог" (rolecases.go)
	x.out = append(x.out, Statement{Speaker: sp.name, Role: sp.role, Members: sp.members, Text: text, Direct: direct, Position: pos})
	tr.mark(&x.out[len(x.out)-1], "")
	for _, r := range rest {
		if r != "" && !emptyReport(r) {
			rs := sp
			if relay != nil && !innerThat {
				rs = relay // "X notes that Putin said in Bishkek the text …, and that …": the second that-clause is X's, as the first was
			}
			if inner, said, ok := x.nestedSpeech(rs, r, false); ok {
				rs, r = inner, said // "…, et que Keir Starmer avait annoncé que …": the second clause's own speaker (nestedspeech.go)
				rs.role = x.lx.nominativeRole(rs.role)
			} else if a, said, ok := x.relayedAccording(rs, r); ok {
				rs, r = a, said // "…, et que les garanties … étaient finalisées selon l'envoyé américain Steve Witkoff" (relayaccording.go)
				rs.role = x.lx.nominativeRole(rs.role)
			}
			x.out = append(x.out, Statement{Speaker: rs.name, Role: rs.role, Members: rs.members, Text: r, Direct: false, Position: pos})
			tr.mark(&x.out[len(x.out)-1], "+rest")
		}
	}
	x.innerSentenceSpeech(sp, text, direct, pos) // "… Peskov ha fatto sapere che …. …": the later sentence's speaker too (nestedsentences.go)
	x.remember(sp)
	if relay != nil {
		x.remember(relay)
	}
	if direct {
		x.lastDirect, x.lastDirectPara = len(x.out)-1, pos
	}
}

// answersQuestions reports whether reported text is only the questions a
// reply verb took ("a répondu à nos questions sur le plan"): an interview's
// introduction, not what was said.
func (x *extractor) answersQuestions(text string) bool {
	for _, q := range x.lx.questions {
		if len(text) >= len(q) && strings.EqualFold(text[:len(q)], q) {
			return true
		}
	}
	return false
}

// recent reports whether sp spoke within the last n paragraphs.
func (x *extractor) recent(sp *speaker, n int) bool {
	at, ok := x.spokeAt[sp.name]
	return ok && x.pos-at <= n
}

func (x *extractor) remember(sp *speaker) {
	x.spokeAt[sp.name] = x.pos
	x.lastStmtSentence = x.sentenceNo
	x.lastUnnamed = nil
	x.lastSpeaker = sp
	if sp.name == unnamedSpeaker {
		x.lastUnnamed = sp
	}
	switch sp.kind {
	case kindPerson:
		if n := len(x.speakers); n == 0 || x.speakers[n-1] != sp {
			x.speakers = append(x.speakers, sp)
		}
	case kindGroup:
		x.lastGroup = sp
		if sp.compound {
			x.lastJoint = sp
		}
	case kindBody:
		x.lastBody = sp
	}
}

// editorNoteLabels are grammar.json's labels of an agency's note to its
// client editors ("Eds:"), lower case with their colon.
var editorNoteLabels = grammarSet("editorNoteLabels")

// editorNoteLabel reports whether label, with its colon, is one of
// editorNoteLabels, lowered on the stack: most sentences with a colon
// near their start have some other label.
func editorNoteLabel(label string) bool {
	var buf [32]byte
	if len(label) > len(buf) {
		return false
	}
	for k := 0; k < len(label); k++ {
		c := label[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	if editorNoteLabels[string(buf[:len(label)])] {
		return true
	}
	return !isASCII(label) && lowerIn(editorNoteLabels, label) // "Примечание редакции:"
}

// sentence extracts at most one attributed statement (plus continuations)
// from one sentence; speech reported inside a statement is part of it.
func (x *extractor) sentence(s string, pos int) {
	if i := strings.Index(s, ": "); i > 0 && i < 30 && editorNoteLabel(s[:i+1]) {
		s = s[i+2:] // "Eds: A European official told Northline that …": the desk's note to its clients, not a speaker's label
	}
	s = plainLead(s)           // "*Priya Lamb (Labour)* said": the name without its italics (namebracket.go)
	s = x.withoutRelayAside(s) // "Трамп, мовляв, заявив, що …": the relay's aside is no part of the sentence's attribution (relayaside.go)
	x.because("")              // (tracing: no note of an earlier sentence's speaker)
	before := len(x.out)
	defer x.noteStatementSentences(s, before) // last: whether each role stands next to its name (rolenamed.go)
	defer x.cueMention(s, before)             // after every reader: a turn's opening that quoted no one (plainmention.go)
	defer x.reportClause(s, pos, before)      // last of all: a reporting clause no rule read (reportclause.go)
	defer x.reportedFallback(s, pos, before)  // "pointed out that", "merkte an, dass", "in his account," (reportedfallback.go)
	defer x.quoteFallback(s, pos, before)     // after the second reading: a quotation no rule read (quotefallback.go)
	defer x.retryWithoutGaps(s, pos, before)
	defer x.wholeReply(s, before) // "Olabarría cree que no, …": the sentence, not a bare "no" (barereply.go)
	x.sentenceNo++
	x.curSentence = s
	if x.dashTurnGoesOn(s, pos) {
		return // "— Мы готовы, — сказал Песков. — Но не любой ценой." (quotes.go)
	}
	x.notePara(s, pos) // the paragraph's opening sentence, for newcomer (newcomer.go)
	if x.guestAnswer(unboldLabel(s), pos) {
		return // "Odpowiedź gościa: nie, ale …": the credited guest answers (guestref.go)
	}
	defer func() {
		if x.prevSentenceNo != x.sentenceNo || x.prevSentencePara != pos {
			x.olderSentence, x.olderPara, x.olderNo = x.prevSentence, x.prevSentencePara, x.prevSentenceNo // (not on a second reading of the same sentence)
		}
		x.prevSentence, x.prevSentencePara, x.prevSentenceNo = s, pos, x.sentenceNo
		x.titlesAfterStatement(s, before)
		x.learnRoles(s)       // "с министром … Сергеем Лавровым", "X, a negotiation coach," (docroles.go)
		x.descriptionRoles(s) // "Marco Rubio. The secretary of state walked out …" (descrole.go)
		if len(x.out) > before {
			x.preTitleRoles(s) // "Il rappresentante speciale del Cremlino per la cooperazione economica Kirill Dmitriev" (pretitle.go)
		}
		if len(x.out) > before {
			if o := outletIn(s); o != "" {
				for i := before; i < len(x.out); i++ {
					x.out[i].ReportedBy = o
				}
			}
		}
	}()
	if i := strings.Index(s, ": "); i > 0 && i < 60 {
		if _, _, ok := planLabel(s, planFor); ok {
			return // "Point 7 of the U.S. draft: Ukraine writes …": a term, not speech
		}
	}
	first, _ := utf8.DecodeRuneInString(s)
	if x.quoteColonHead(s, pos) {
		return // "'We will not give up land': Zelensky rejects pressure" (quotecolonhead.go)
	}
	if isOpenQuote(first) {
		if x.interruptedQuote(s, pos) {
			return // "«… – dice X, presidente – …»" (interruptedquote.go)
		}
		if x.leadingQuote(s, pos) {
			return
		}
	}
	if (first == '—' || first == '–') && x.leadingDash(s, pos) {
		return
	}
	x.biography(s)
	if x.tailAttribution(s, pos) {
		return // "Russia rejected the text, said aide X": the clause is X's account (tailattrib.go)
	}
	if x.verbFinal(s, pos) {
		return // "Bakan X, … olduğunu söyledi.": speaker first, verb last (verbfinal.go)
	}
	if x.appositionFinal(s, pos) {
		return // "Kertész Ábel, a kormány szóvivője azt mondta, hogy …" (appositionfinal.go)
	}
	if x.unquotedDashTail(s, pos) {
		return // "Plan wymaga poprawek – powiedział Zełenski." (dashtailplain.go)
	}
	if x.postAccording(s, pos) {
		return // "Orbán Viktor miniszterelnök szerint …", "Lindroosin mukaan …" (postaccording.go)
	}
	if strings.Contains(s, ": ") && (x.inlineLabel(s, pos) || x.predicateQuote(s, pos)) {
		return
	}
	if x.linkedSpeech(s, pos) {
		return // "… a ouvert la séance en affirmant que …" (linkedspeech.go)
	}
	if x.documentSpeech(s, pos) {
		return // "Monday's leaders' statement … said", "La déclaration de Paris prévoit que …" (docspeech.go)
	}
	if !x.hasSpeechCue(s) {
		if x.spokeOfNoCue(s, pos) || x.declaredReadyNoCue(s, pos) || x.narrativeInfinitive(s, pos) || x.perOpener(s, pos) || x.postedThat(s, pos) || x.nounLedSpeech(s, pos) || x.genitiveSpeechIn(s, pos) { // postedThat: "X publicó en X que …" (postverbs.go); nounLedSpeech: "X's remarks that …" (nounledspeech.go)
			return // "X aveva parlato di incontri «costruttivi»"
		}
		if w, _ := nextWord(s, 0); lowerIn(predicateData().verbless[x.src.Lang], w) {
			x.toks = x.tokensOf(s)
			if x.verblessRef(x.toks, pos) {
				return // "Così il presidente Macron." (thisref_verbless.go)
			}
		}
		if x.verdictRef(s, pos) || x.verdictTail(s, pos) {
			return // "That was the verdict of X.", "…, so das Urteil des X." (verdictref.go)
		}
		if strings.Contains(s, " put it") {
			// "The text, as one diplomat put it, is …": "put" is speech
			// only in the aside, and too common to be a cue
			x.toks = x.tokensOf(s)
			if x.asAside(s, x.toks, pos) {
				return
			}
		}
		// a sentence that names people without quoting them (a statement's
		// own speaker is remembered when it is read)
		x.mentions(italicLead(s)) // "*Президент Володимир Зеленський …": a standfirst in italics (italiclead.go)
		x.noCue = true
		x.noteSubject(s)
		x.introduce(s)
		x.noCue = false
		if !x.viewFor(s, pos) && !x.soAttribution(s, pos) { // "Pour X, …, « … »" (viewfor.go); "…, so Uschakow." (soattrib.go)
			x.reportedSpeechGoesOn(s, pos)
		}
		if x.lastStmtSentence != x.sentenceNo {
			// no reader found speech in it ("Mr X submitted that …" is read
			// above, with its own speaker and honorific)
			x.noCue = true
			x.paraOpenerSubject(s, pos) // "Ana Lucia Brandvold, a junior at …, was blunter." (paraopener.go)
			x.noCue = false
		}
		return
	}
	x.noteSubject(s)
	if x.inWhichSaid(s, pos) {
		return // "X's address, in which the Ukrainian leader said …" (inwhichsaid.go)
	}
	if x.relativeSpeech(s, pos) {
		return // "…, according to X, who said …" (relspeech.go)
	}
	if i := strings.Index(s, ", while "); i > 0 && x.hasSpeechCue(s[i+2:]) && x.hasSpeechCue(s[:i]) {
		// "Rubio said X, while a senior diplomat said Y": two speakers
		if x.whileParticiple(s, i, pos) {
			return // "…, while stressing that …": the same speaker
		}
		x.sentence(s[:i], pos)
		x.sentence(s[i+2:], pos)
		return
	}
	if x.participleList(s, pos) {
		return // "… shows X telling reporters that …, Y saying that …, and Z …" (participlelist.go)
	}
	if x.coordinatedSpeakers(s, pos) {
		return // "A said …, and B insisted that …" (coordspeakers.go)
	}
	x.toks = x.gapsOnRetry(x.tokensOf(s))
	toks := x.toks
	if len(toks) < 2 {
		return
	}
	if x.relativeAccording(s, pos) || x.inTheirView(s, toks, pos) || x.according(s, toks, pos) || x.accordingOther(s, toks, pos) || x.quotedBy(s, toks, pos) || x.asClause(s, toks, pos) || x.thisRef(s, toks, pos) || x.saidThis(s, toks, pos) || x.asAside(s, toks, pos) {
		return
	}
	if x.institutionToldUs(s, toks, pos) || x.unnamedSource(s, toks, pos) || x.possessiveSource(s, toks, pos) || x.nounBackRef(s, toks, pos) || x.droppedSubjectClause(s, toks, pos) || x.frontedDropped(s, toks, pos) || x.hearsay(s, toks, pos) || x.spokeOf(s, toks, pos) || x.declaredReady(s, toks, pos) || x.spokeOfFinal(s, toks, pos) || x.invertedAfterOneWord(s, toks, pos) || x.narrativeInfinitive(s, pos) || x.thisFirst(s, toks, pos) || x.verbSecond(s, toks, pos) || x.perfectSecond(s, toks, pos) || x.perfectAct(s, toks, pos) {
		return
	}
	for vi, t := range toks {
		if !x.lx.speechCues.has(wordKey(t.low)) {
			continue // no say, act or intro verb, nor "continued": the filter holds them all
		}
		if vi > 0 && x.passiveCue(s, t.start, t.word) {
			continue // "Ukraine was asked to withdraw, Peskov said": the one spoken to; the later cue is read (passivecue.go)
		}
		say, act := x.lx.sayVerbs[t.low], x.lx.actVerbs[t.low]
		if say && bareSayBlocked(s, toks, vi) {
			continue // "declined to say who …", "I would say": no report (baresay.go)
		}
		if !say && !act && vi > 0 && x.lx.introVerbs[t.low] {
			// "Wadephul sprach von einem gefährlichen Entwurf.": who
			// speaks next, not what
			if sp, _ := x.subjectSpan(s, toks, vi); sp != nil && sp.kind == kindPerson {
				x.announced, x.announcedAt = sp, x.sentenceNo
			}
			continue
		}
		if !say && !act || vi == 0 {
			if (t.low != "continued" || vi == 0 || vi+1 >= len(toks) || !x.lx.thatWords[toks[vi+1].low]) && !x.thatVerbAt(toks, vi) {
				continue
			}
			say = true // "Kalnina continued that ...", not "the talks continued"; "Ferran trouve que …", not "trouve un accord" (thatverbs.go)
		}
		if say && vi+1 < len(toks) && genitiveSpeechNouns[toks[vi+1].low] {
			last := x.lastSpeaker
			if x.genitiveSpeech(s, toks, pos) {
				// "przypomniał wypowiedź premiera Donalda Tuska, że …": Tusk's
				// words; the one who recalled them goes on speaking
				x.lastSpeaker = last
				if sp, _ := x.subjectSpan(s, toks, vi); sp != nil && sp.kind == kindPerson {
					x.lastSpeaker = sp
				}
				return
			}
		}
		if say && vi >= 3 && x.lx.auxiliaries[toks[vi-1].low] && toks[vi-1].trail == "" && strings.HasPrefix(toks[vi-2].trail, ",") && !containsAny(toks[vi-2].raw, "”\"") {
			// "…, ha riferito una fonte diplomatica.", "…, ha detto il
			// ministro X.": the auxiliary opens the inverted attribution
			if sp, end := x.trailingSubjectAfter(toks, vi); sp != nil && (end == len(toks) || strings.HasPrefix(toks[end-1].trail, ",") || strings.HasPrefix(toks[end-1].trail, ":") || addresseeTail(toks, end)) {
				if addresseeTail(toks, end) {
					end = len(toks) // "…, sagt Karoline Leavitt dem Sender Fox News."
				}
				x.emit(sp, aroundAttribution(s, toks, vi-2, end), false, pos)
				return
			}
			if sp := x.unnamedPhrase(toks[vi+1:]); sp != nil && !x.personSubjectAt(s, toks, vi-1) {
				x.emit(sp, trimSentenceEnd(strings.TrimRight(s[:toks[vi-2].start+len(toks[vi-2].raw)], ",")), false, pos)
				return
			}
		}
		if say && vi >= 2 && (strings.HasPrefix(toks[vi-1].trail, ",") || innerQuoteComma(s, toks[vi-1])) && !containsAny(toks[vi-1].raw, "”\"") {
			// "The talks will continue, said Dmitry Peskov."
			if sp, end := x.trailingSubjectAfter(toks, vi); sp != nil && (end == len(toks) || strings.HasPrefix(toks[end-1].trail, ",") || strings.HasPrefix(toks[end-1].trail, ":") || addresseeTail(toks, end)) {
				if addresseeTail(toks, end) {
					end = len(toks) // "…, sagt Karoline Leavitt dem Sender Fox News."
				}
				x.emit(sp, aroundAttribution(s, toks, vi-1, end), false, pos)
				return
			}
			if sp, end := x.sameSourceAfter(toks, vi); sp != nil {
				// "A Roma, spiega la stessa fonte, la versione …": the
				// source just cited, in an inserted clause (speakerkinds.go)
				x.emit(sp, aroundAttribution(s, toks, vi-1, end), false, pos)
				return
			}
			if sp := x.unnamedPhrase(toks[vi+1:]); sp != nil && !x.personSubjectAt(s, toks, vi) {
				// "…, сообщил источник, знакомый с ходом встречи."
				x.emit(sp, trimSentenceEnd(strings.TrimRight(s[:toks[vi-1].start+len(toks[vi-1].raw)], ",")), false, pos)
				return
			}
		}
		if say && x.verbThenSubject(s, toks, vi) {
			return // "… прокомментировал министр X.": who speaks next (inverted_slavic.go)
		}
		if act && particleMissing(toks, vi) {
			continue // "schloss die Sitzung": no "aus", no speech (predicate.go)
		}
		if act && particleSubjectAfter(toks, vi) {
			continue // "… in die Ukraine selbst schloss der Kanzler nicht aus": the subject after the verb (predicate.go)
		}
		if act && x.callWithoutComplement(toks, vi) {
			continue // "called a taxi", "chiama il medico": no naming, no speech (callverb.go)
		}
		neg, negated := x.negatedFrom(toks, vi)
		if say && !act && x.postNegated(toks, vi) {
			continue // "Peskow sagte nicht, ob …": nothing said (predicate.go)
		}
		if negated && !act {
			continue // "did not say that …": nothing said (predicate.go)
		}
		x.because("")
		sp, start := x.subjectSpan(s, toks, neg)
		via := "subject"
		if sp == nil && say {
			sp, start = x.coordinatedSubject(s, toks, vi)
			via = "coordinated"
		} else if sp == nil && act {
			sp, start = x.coordinatedActor(s, toks, vi) // "signed the document and thanked the delegations" (predicate.go)
			via = "coordinatedActor"
		}
		if sp == nil && say {
			sp, start = x.jointSubject(toks, vi) // "The joint statement released after the talks said"
			via = "joint"
		}
		if sp != nil && start < vi {
			x.traceSubject(via, toks[start:vi], sp)
		}
		if sp == nil || outletNamed(sp.name) != "" {
			continue // "The Wall Street Journal reported …": where, not who
		}
		if start < vi && questionOpened(toks[start:vi]) {
			continue // "Czy rząd uważa, że …?": a question put to someone (speakernames.go)
		}
		if x.conditionalSubject(toks, start) {
			continue // "if Kyiv refused, Trump said …": a condition, not a report
		}
		var text string
		var direct bool
		if text, ok := x.parenthetical(s, toks, start, vi, say); ok {
			x.emit(sp, text, false, pos) // "…, the French president said, and …"
			return
		}
		if !(say && start > 0 && strings.HasPrefix(toks[start-1].trail, ",") && x.attributionEnds(toks, vi) && !frontedOpenerOnly(toks[:start])) {
			text, direct = x.content(s, toks, vi, act)
			if !direct {
				text = x.characteriseSpan(s, toks, vi, text) // "called that account false" (charspan.go)
			}
			if act && start > 0 && refersBack(toks[vi+1:]) {
				// "Reports suggest the UK drafted a plan, though Rubio
				// denied knowledge of this document": keep what "this" is
				text = trimSentenceEnd(s)
			} else if act && !direct {
				var ok bool
				from := vi
				if negated {
					from = neg
				}
				if text, ok = keepNegation(s, toks, x.withAuxiliary(toks, from), vi, text); !ok {
					continue // "did not rule out": only with its negation (predicate.go)
				}
			} else if say && !direct && (x.topicAfterSay(toks, vi, text) || x.objectAfterSay(s, toks, vi, text) || x.commitAfterSay(s, toks, vi, text)) {
				// "warned of a dictated peace", "ha ribadito il no
				// dell'Italia": the verb says what was done (predicate.go)
				text = trimSentenceEnd(s[toks[x.withAuxiliary(toks, vi)].start:])
			} else if pn := x.postNegationAt(toks, vi); say && !direct && pn > 0 {
				// "glaubt nicht, dass …", "tror inte att …": the opinion
				// with its negation (predicate.go)
				text, _ = keepPostNegation(s, toks, x.withAuxiliary(toks, vi), pn, text)
			}
		} else {
			// "The talks will continue on Monday, Peskov said."
			text = trimSentenceEnd(strings.TrimRight(s[:toks[start-1].start+len(toks[start-1].raw)], ","))
		}
		if !direct && subjectless(text) {
			continue // "a sprint that Washington hopes will turn …": a relative clause
		}
		if text == "" || !direct && !strings.Contains(text, " ") {
			if text == "" && sp.kind == kindPerson {
				x.announced, x.announcedAt = sp, x.sentenceNo // "Peskow widersprach."
			}
			continue // "told TASS." says nothing: the attribution may trail
		}
		if sp.kind == kindPerson && sp.gender == "" {
			sp.gender = verbGender(t.low) // "Анна Климова заявила": she
		}
		if !direct && sp.kind == kindPerson && strings.HasSuffix(s, ":") && x.circumstanceTail(toks[vi+1:]) {
			// "Зеленский написал в Telegram:": the quotation follows in
			// the next paragraph (colonAnnounced, quotes.go)
			x.announced, x.announcedAt = sp, x.sentenceNo
			return
		}
		x.emit(sp, text, direct, pos)
		return
	}
	if !x.trailingClause(s, toks, pos) && !x.participleClause(s, toks, pos) {
		x.reportedSpeechGoesOn(s, pos)
	}
	if len(x.out) == before {
		// a cue that led to no statement ("Più duro il giudizio dell'ex
		// ambasciatore X": "giudizio" is a view word): the people it
		// names with a title are remembered as in any other sentence
		x.mentions(s)
	}
}
