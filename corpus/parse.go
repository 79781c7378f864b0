package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	"go.yaml.in/yaml/v3"
)

// ParseOptions tunes Parse; zero values are documented defaults.
type ParseOptions struct {
	Name      string           // file name: format detection (.md/.txt/.srt/.vtt), a caption file's date and title, error messages
	Published string           // fallback ISO date when neither front matter nor text names one
	Plan      string           // fallback plan name for lists whose plan cannot be told
	Lang      string           // fallback language, default "en"
	Now       func() time.Time // for Source.Added; defaults to time.Now
	// Guild makes the document a server's own (Source.Guild); "" is the
	// global collection. A stored file's own guild header wins.
	Guild string
	// trace fills each statement's reading (readingtrace.go): a
	// diagnostic's per-call request, off in every other parse
	trace bool
	// termTrace, when set, is told each gate of the plan-term reader
	// that stops a sentence (planterms_extract.go): the provision gate
	// diagnostic's per-call tracer, nil in every other parse
	termTrace termTracer
	// quoteTrace, when set, is told each decision of the quotation-first
	// pass (quotefirst.go): the quote diagnostics' per-call tracer, nil in
	// every other parse
	quoteTrace quoteTracer
	// noQuoteContext switches off the reading of a quotation's speaker
	// from its paragraph (quotecontext.go), for the diagnostic that
	// measures what that reading adds; false in every other parse
	noQuoteContext bool
	// noColonClause switches off reading the reporter's clause after a
	// colon that closes a sentence about a person as their statement
	// (quotes.go colonClause), for the probe that checks it is what reads
	// its cases; false in every other parse
	noColonClause bool
	// noParticipleThat switches off reading a speech participle and a
	// that-word after a quotation's inverted attribution as the speaker's
	// second statement in languages other than English (quotes.go
	// participleThat), for the probe that checks it reads its cases;
	// false in every other parse
	noParticipleThat bool
	// noGapOpenerName switches off refusing a name whose first word is a
	// preposition or time word of the document's language that opens a
	// phrase ("Στον Πειραιά", speakers.go person), for the probe that
	// checks it; false in every other parse
	noGapOpenerName bool
	// noCaseGap switches off reading a Hungarian place or addressee in a
	// case form between a subject and its speech verb as a gap
	// ("… elnök Dublinban azt mondta", gaps.go caseGapAt), for the probe
	// that checks it; false in every other parse
	noCaseGap bool
	// noAnonymityAside switches off dropping an aside that says the
	// source asked not to be named between a subject and its speech verb
	// (gaps.go anonymityAside), for the probe that checks it; false in
	// every other parse
	noAnonymityAside bool
	// noAnonymousSubject switches off reading an indefinite subject as an
	// unnamed source because its aside says it asked not to be named
	// ("A war-risk underwriter, who asked not to be named, said …",
	// unnamed.go), for the probe that checks it; false in every other parse
	noAnonymousSubject bool
	// noDefiniteAppos switches off reading a named speaker's post after a
	// definite article or none ("Kevin Doyle, the fitter, said", "Kevin
	// Doyle, treasurer, said", apposdefinite.go), for the probe that
	// checks it; false in every other parse
	noDefiniteAppos bool
	// noBarePost switches off reading a named speaker's post written bare
	// with a place, field or time after it ("Aldo Pedretti, socio dal
	// 1978, ha detto", barepost.go), for the probe that checks it; false
	// in every other parse
	noBarePost bool
	// noNameFirstRoles switches off reading a named speaker's role where
	// the document first names them in full, when no reader gave one
	// ("forward Dmytro Sayenko", "X, gerente de una empresa …",
	// namefirstrole.go), for the probe that checks it; false in every
	// other parse
	noNameFirstRoles bool
	// noRecountVerbs switches off reading verbs of telling, answering
	// and confirming (verbs.json recountVerbs: "conferma che", "a redit
	// que", "a raconté que", "доповів, що") as speech
	// before a that-word (thatverbs.go), for the probe that checks it;
	// false in every other parse
	noRecountVerbs bool
	// namedBeforeOff switches off the reading of a subject pronoun as the
	// one person the sentence before named (pronounnamed.go), for the
	// probe that checks it is what gives its cases their speaker; false
	// in every other parse
	namedBeforeOff bool
	// noCountryName switches off reading a capital country genitive of
	// a title as more of the title when a name follows it (subject.go
	// countryThenName): for tests, which must fail without it.
	noCountryName bool
	// noParaOpener switches off the reading of a paragraph's opening
	// subject as the person its pronouns mean (paraopener.go), for the
	// test that shows the rule is what gives its cases their speaker
	noParaOpener bool
	// noRelayOnly keeps an answer that only reports what others said as
	// the answerer's statement (relayonly.go), for the test that shows the
	// rule is what drops it
	noRelayOnly bool
	// noSameDup keeps a statement read twice from one paragraph with the
	// same speaker and words (samedup.go): the test's switch.
	noSameDup bool
	// noNamedSource keeps an unnamed source whose description ends in a
	// full name (namedsource.go): the test's switch.
	noNamedSource bool
	// noGivenGender leaves a person's gender unknown when only the given
	// name tells it (givengender.go): the test's switch.
	noGivenGender bool
	// noOpenerSubject lets a clause opener that begins a sentence stand
	// in a subject phrase (clauseopener.go): the test's switch.
	noOpenerSubject bool
	// noTitledGiven keeps "Dame Rosalind", "President Gwen" as written,
	// not the full name the document gave (titledgiven.go): the test's
	// switch.
	noTitledGiven bool
	// noItalicSigned leaves a section closed by an italic signature of a
	// name, or a name and a place, unread as its author's (authortext.go
	// italicSignature): the test's switch.
	noItalicSigned bool
	// noAuthorsLead reads a version's authors as a term's subject only at
	// a sentence's head with a that-word after their verb, not after a
	// lead ("Selon le même diplomate, les Européens veulent que …", "… and
	// said the Europeans wanted …") nor with their verb's object as the
	// term (provisions_authorslead.go): the test's switch.
	noAuthorsLead bool
	// noFrameworkOwner leaves a provision whose own text names "the
	// framework" with its article ("El punto 12 del marco aborda …", "le
	// cadre traite de …") in the version the context gave it, not the
	// framework's (provisions_frameworkowner.go): the test's switch.
	noFrameworkOwner bool
	// noBareOrdinal leaves a point named by its ordinal alone ("The
	// fourth keeps the army at 800,000", "il diciassettesimo: un comitato
	// …") unread (provisions_bareordinal.go): the test's switch.
	noBareOrdinal bool
	// noLastPoint leaves a version's last point named as such ("the last
	// point says a full ceasefire …", "le dernier point fait entrer en
	// vigueur …") unread (provisions_lastpoint.go): the test's switch.
	noLastPoint bool
	// noPointCardinal leaves a point named by its point word and a
	// cardinal in words ("Point seventeen sets up a committee …") unread
	// (provisions_pointcardinal.go): the test's switch.
	noPointCardinal bool
	// noRoundupPerson leaves a round-up's entry heading of a name and a
	// title ("**Friedrich Merz, Bundeskanzler**") no person for the
	// titles alone and pronouns under it (roundupperson.go): the test's
	// switch.
	noRoundupPerson bool
	// noNamedPosts leaves a published chat log's bold record heads unread
	// (chatbold.go) and its posts under a person's name silent
	// (namedposts.go): the test's switch.
	noNamedPosts bool
	// noCaptionTurns leaves a caption or script label after ">>" or under
	// a cue line where it stands, inside the line above's paragraph
	// (captionturns.go): the test's switch.
	noCaptionTurns bool
	// noKinAside reads a relative followed by an aside that passes the
	// words on ("Його онук, за його словами, …") as before stop 70: the
	// aside is the role's, and no verb of speech or asking is asked for
	// after it (kinaside.go): the test's switch.
	noKinAside bool
	// noCourtesyAct keeps a host's thanks or greeting to the room ("thanked
	// the fundraisers", "begrüßte rund 180 Gäste") as a statement, as
	// before stop 71 (courtesyact.go): the test's switch.
	noCourtesyAct bool
	// noAffiliationRole leaves a person named before their affiliation
	// with no preposition's comma ("Ilse Marchetti-Boone of the Halvorsen
	// Center said", "Agnieszka Ruszczyk z Ośrodka … zwraca uwagę") with no
	// role, as before stop 71 (affiliationrole.go): the test's switch.
	noAffiliationRole bool
	// noHonorificFull leaves a courtesy title and a surname ("Mrs
	// Achterberg", "Mme Ostapchuk") the speaker's name, as before stop 71,
	// where the document names the person in full elsewhere
	// (honorificfull.go): the test's switch.
	noHonorificFull bool
	// noQuoteBackRef leaves a quotation whose attribution is a
	// back-reference noun ("…," the geophysicist began; « …, a commencé la
	// conférencière »; «…», contó la bailaora; …, — сказала гостя)
	// unread, as before stop 72 (quotebackref.go): the test's switch.
	noQuoteBackRef bool
	// noNounIntro leaves a back-reference noun no named person's role
	// holds to the noun as written, as before stop 72, where an earlier
	// sentence introduces one person with it ("Aркадий Зимин, бывший
	// штурман …", quotebackref.go): the test's switch.
	noNounIntro bool
	// noSecondSurname leaves the full name a lone surname stands for at
	// the given name and that surname, as before stop 71, where the
	// document writes a second surname after them ("Laura Ibarrola
	// Mensah") (secondsurname.go): the test's switch.
	noSecondSurname bool
	// noRelayChain leaves a relayed clause after a comma and a joiner
	// ("…, and Zelensky had said he would …") and one after a time or
	// place phrase ("at Mar-a-Lago President Zelensky had said …") to the
	// relayer, as before stop 72 (relaychain.go): the test's switch.
	noRelayChain bool
	// noLateBefore leaves a US-draft point whose paragraph names the
	// 20-point framework by a late name in a sentence before it
	// ("Rahmenplan", "the new text") in the US draft, as before stop 72
	// (provisions_latebefore.go): the test's switch.
	noLateBefore bool
}

// MaxDocumentSize bounds what Parse accepts, so a stray binary or a whole
// mailbox cannot stall extraction. News articles are a few tens of kilobytes.
const MaxDocumentSize = 4 << 20

// ErrUnsupportedFormat is wrapped by Parse's error for anything that is not
// plain text, Markdown or subtitles (HTML pages are converted to text
// before Parse).
var ErrUnsupportedFormat = errors.New("unsupported format")

// frontMatter is the optional header of a document, between "---" lines.
// added is written by the store; the rest may be written by people.
type frontMatter struct {
	Title     string `yaml:"title,omitempty"`
	URL       string `yaml:"url,omitempty"`
	Outlet    string `yaml:"outlet,omitempty"`
	Published string `yaml:"published,omitempty"`
	Plan      string `yaml:"plan,omitempty"`
	Lang      string `yaml:"lang,omitempty"`
	Added     string `yaml:"added,omitempty"`
	// Written by the store so a stored file re-extracts exactly as its
	// original did with the caller's fallback plan.
	PlanFallback string `yaml:"plan_fallback,omitempty"`
	// Name is the file name the document was ingested under, so a new
	// version of the same file replaces it (written by the store, or by
	// people for documents without a URL).
	Name string `yaml:"name,omitempty"`
	// Guild is the server the document belongs to (Source.Guild).
	Guild string `yaml:"guild,omitempty"`
}

// parseMeta is what the store needs to keep beside a parsed document.
type parseMeta struct {
	planFallback string
	name         string // front matter name, else the base of ParseOptions.Name
}

// Parse reads one plain-text, Markdown or subtitle (SubRip, WebVTT: read as
// the transcript they hold, subtitles.go) document with an optional front
// matter header and extracts its Source, Provisions and Statements.
// Document.Body is the normalised body the IDs and hash derive from, so the
// same text parsed twice gives the same IDs. Malformed input (binary data,
// broken front matter, an empty body, an unsupported format) is an error
// naming the problem.
func Parse(data []byte, opts ParseOptions) (*Document, error) {
	doc, _, err := parse(data, opts)
	return doc, err
}

func parse(data []byte, opts ParseOptions) (*Document, parseMeta, error) {
	var meta parseMeta
	name := opts.Name
	if name == "" {
		name = "document"
	}
	if err := checkFormat(data, opts.Name); err != nil {
		return nil, meta, fmt.Errorf("parse %s: %w", name, err)
	}
	if conv, ok, err := convertMarkup(data, opts.Name); err != nil {
		return nil, meta, fmt.Errorf("parse %s: %w", name, err)
	} else if ok {
		data = conv // a saved page or a feed (markup.go)
	}
	text := string(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")))
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	fm, body, err := splitFrontMatter(text)
	if err != nil {
		return nil, meta, fmt.Errorf("parse %s: %w", name, err)
	}
	var subMeta nameMeta // what a caption file's header and name tell (subtitles.go)
	var cues cueMarks    // where a pasted transcript's captions met (transcript.go)
	chatBold := false    // a chat log's bold record heads were written plain (chatbold.go)
	if isCalendar(body) {
		body, subMeta = calendarText(body) // a calendar export: one paragraph per event (icalendar.go)
	} else if kind := subtitleKindOf(body, opts.Name); kind != notSubtitles {
		if body, subMeta, err = subtitleDocument(body, opts.Name, kind); err != nil {
			return nil, meta, fmt.Errorf("parse %s: %w", name, err)
		}
	} else if u, n := unboldChatHeads(body); n > 0 && !opts.noNamedPosts {
		body, chatBold = u, true // a published chat log's bold heads, "[14:06] **Name (Panellist):** …": a chat, not captions (chatbold.go)
	} else {
		body, cues = joinCueBlocks(body) // a transcript pasted with its time cues (transcript.go)
	}
	read := body // the text paragraphs are cut from: columns read one after the other (columns.go)
	body = normaliseBody(body)
	if body == "" {
		return nil, meta, fmt.Errorf("parse %s: empty body: the document has no text to extract from", name)
	}
	published, err := isoDate(fm.Published)
	if err != nil {
		return nil, meta, fmt.Errorf("parse %s: front matter published: %w", name, err)
	}
	fallbackPlan := strings.TrimSpace(opts.Plan)
	if fallbackPlan == "" {
		fallbackPlan = strings.TrimSpace(fm.PlanFallback)
	}
	meta = parseMeta{planFallback: fallbackPlan, name: strings.TrimSpace(fm.Name)}
	if meta.name == "" && opts.Name != "" {
		meta.name = filepath.Base(opts.Name)
	}
	reading, rl := readRedline(readQuoteTables(read, readingBody(read, body)), fm.Title) // a comparison of two versions: its points read apart (redline.go); a table of who said what one row a paragraph (quotetable.go)
	if rl == nil {
		reading = carryCompareLabels(reading) // "❌ Було: …" after "❌ Було (28 пунктів): …" names the same version (comparelabels.go)
	}
	reading, chat, isChat := readChat(reading, chatBold, !opts.noNamedPosts) // a chat export's stamps, senders and notices out (threads_chat.go)
	var posts map[string]bool
	if !isChat {
		reading, posts = readThread(reading) // a pasted thread's quote markers, post heads and headers out (threads.go)
	}
	reading = readTurnLayouts(reading) // "NAME, HOST:" alone on its line, "**SERRA** — …": colon labels (turnlayout.go)
	if !opts.noCaptionTurns {
		reading = readCaptionTurns(reading) // ">> CLLR NAME: …", a label under "[CLIP 3 — …]": a turn of its own (captionturns.go)
	}
	reading, notes := holdFootnotes(reading)
	paras := markPosts(placeFootnotes(splitParagraphs(reflowBody(readGridTables(reading))), notes), posts) // columns read in turn, form feeds kept (pages.go); bordered tables as Markdown ones (gridtable.go); footnotes put back after their sentences (footnotes_inline.go); page and web furniture, wraps and broken words undone (rawtext.go)
	paras = markChat(paras, chat)
	clock := time.Now
	if opts.Now != nil {
		clock = opts.Now
	}
	var nowAt time.Time // read once, and only when needed
	now := func() time.Time {
		if nowAt.IsZero() {
			nowAt = clock()
		}
		return nowAt
	}
	dl, dlAt := findDateline(paras)
	if published == "" {
		published = subMeta.published
	}
	if published == "" && dl.month > 0 {
		published = datelineDate(dl, now())
	}
	if published == "" {
		published = chat.date // the first record's stamp (threads_chat.go)
	}
	if published == "" {
		published = findDate(body)
	}
	if published == "" && opts.Published != "" {
		if published, err = isoDate(opts.Published); err != nil {
			return nil, meta, fmt.Errorf("parse %s: fallback published date: %w", name, err)
		}
	}
	// the body is only read: hashed in place rather than copied
	sum := sha256.Sum256(unsafe.Slice(unsafe.StringData(body), len(body)))
	hash := hex.EncodeToString(sum[:])
	guild := strings.TrimSpace(fm.Guild)
	if guild == "" {
		guild = strings.TrimSpace(opts.Guild)
	}
	src := Source{
		ID:        sourceID(hash, guild),
		Guild:     guild,
		Title:     strings.TrimSpace(fm.Title),
		Outlet:    strings.TrimSpace(fm.Outlet),
		URL:       strings.TrimSpace(fm.URL),
		Published: published,
		Lang:      lowerString(strings.TrimSpace(fm.Lang)),
		Plan:      strings.TrimSpace(fm.Plan),
		Hash:      hash,
	}
	if src.Outlet == "" {
		src.Outlet = subMeta.outlet
	}
	if src.Outlet == "" {
		src.Outlet = dl.outlet
	}
	if src.Outlet == "" {
		src.Outlet = outletFromURL(src.URL)
	}
	if src.Title == "" {
		src.Title = subMeta.title
	}
	if src.Title == "" {
		src.Title = headline(paras, dl, dlAt)
	}
	if src.Lang == "" {
		src.Lang = subMeta.lang
	}
	if src.Lang == "" {
		src.Lang = detectLang(body)
	}
	if src.Lang == "" {
		src.Lang = lowerString(strings.TrimSpace(opts.Lang))
	}
	if src.Lang == "" {
		src.Lang = "en"
	}
	if fm.Added != "" {
		t, err := time.Parse(time.RFC3339, strings.TrimSpace(fm.Added))
		if err != nil {
			return nil, meta, fmt.Errorf("parse %s: front matter added: want an RFC 3339 time, got %q", name, fm.Added)
		}
		src.Added = t.UTC().Format(time.RFC3339)
	} else {
		src.Added = now().UTC().Format(time.RFC3339)
	}
	doc := &Document{Source: src, Body: body}
	// lower-case text read with its case restored (truecase.go)
	paras, cased := readCaseless(paras, src.Lang, cues)
	printed := paras                     // passages keep the text as printed, stamps and all
	paras = withoutStamps(paras, dlAt)   // "UPDATE, 13:15 –" is layout, no speaker (updatestamp.go)
	paras = withoutReaderComments(paras) // "REACTIES (143)" and the readers' posts below the article (commentsection.go)
	topics := topicMemo{}                // list items are tagged as provisions and again as passages
	provParas := paras
	rec := readRecord(paras) // a parliamentary or briefing record, nil if none (protocol.go)
	if rec != nil {
		provParas = rec.prose
	}
	doc.Provisions = extractProvisions(provParas, src, fallbackPlan, topics, opts.termTrace, !opts.noAuthorsLead, !opts.noFrameworkOwner, !opts.noBareOrdinal, !opts.noLastPoint, !opts.noPointCardinal, !opts.noLateBefore)
	markPoints(paras, doc.Provisions) // a numbered item that is no point is prose for statements (proseitems.go)
	stmtParas := paras
	if rec != nil {
		markPoints(rec.speech, doc.Provisions)
		stmtParas = rec.speech
	}
	stmtParas = withDialogueDashes(stmtParas, src.Lang, dlAt) // "- Nawet jeśli … - powiedział.": a typed dialogue dash (dialoguehyphen.go)
	if dlAt >= 0 {
		// the dateline is not part of the lead sentence's subject
		stmtParas = append([]paragraph(nil), stmtParas...)
		stmtParas[dlAt].text = stmtParas[dlAt].text[dl.end:]
		for i := dlAt + 1; i < len(stmtParas); i++ {
			// a string of agency reports: each item opens with its own
			// "(ANSA) - ROMA, 3 DIC - "
			if t := stmtParas[i].text; strings.HasPrefix(t, "(") {
				if m := datelineAgency.FindStringIndex(datelineWindow(t)); m != nil {
					stmtParas[i].text = t[m[1]:]
				}
			}
		}
	}
	doc.Statements = extractStatementsWith(withEditorialBrackets(stmtParas), src, opts) // "[A counsellor at the embassy] told …": a description in an editor's brackets (editorialbrackets.go)
	if rec != nil {
		recordRoles(doc.Statements, rec.roles) // the office a record's label gave (protocol.go)
	}
	doc.Provisions = withoutSpokenItems(doc.Provisions, doc.Statements, paras) // a numbered digest line is a statement (spokenitems.go)
	// Japanese, Chinese and Korean, which the word rules cannot read (eastasian.go)
	doc.Statements, doc.Provisions = withEastAsian(doc.Statements, doc.Provisions, paras, src, fallbackPlan)
	doc.Provisions = withRedline(doc.Provisions, rl, src, len(paras), topics)
	doc.Passages = extractPassages(printed, src, topics)
	if fm.Lang == "" && opts.Lang == "" && subMeta.lang == "" {
		doc.Source.Lang = serbianOrCroatian(src.Lang, body) // Latin-script Serbian detected as Croatian: reported as "sr", read with the Croatian rules (southslavic.go)
	}
	// what was read from truecased text, in the words as written
	restoreCase(doc, cased)
	tagOtherLanguages(doc) // topics by the keywords of the document's language, finished records only (topics_lang.go)
	return doc, meta, nil
}

// sourceID derives a source's ID from its body hash. A server's own copy
// of a text gets an ID of its own, so the same article added in two
// servers (or in one server and globally) is two documents that never
// replace or hide each other.
func sourceID(hash, guild string) string {
	if guild == "" {
		return hash[:16]
	}
	sum := sha256.Sum256([]byte("guild:" + guild + "\n" + hash))
	return hex.EncodeToString(sum[:])[:16]
}

// checkFormat rejects what is not UTF-8 text in a format Parse reads
// (plain text, Markdown, subtitles, or a saved page or feed that
// convertMarkup turns into text), before any work is done on it.
func checkFormat(data []byte, name string) error {
	switch ext := lowerString(filepath.Ext(name)); ext {
	case "", ".txt", ".text", ".md", ".markdown", ".srt", ".vtt", ".webvtt", ".ics":
	case ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".json":
		// Saved pages, feeds and JSON documents: converted to text (markup.go, jsondoc.go).
	default:
		return fmt.Errorf("%w %q: only plain text (.txt), Markdown (.md), subtitles (.srt, .vtt), calendar exports (.ics), saved web pages (.html), feeds (.xml, .rss, .atom) and JSON documents (.json) are parsed", ErrUnsupportedFormat, ext)
	}
	if len(data) > MaxDocumentSize {
		return fmt.Errorf("document too large: %d bytes, the limit is %d", len(data), MaxDocumentSize)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("binary data: NUL byte at offset %d, not a text document", i)
	}
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		return fmt.Errorf("not UTF-8 text: invalid byte at offset %d", off)
	}
	return nil
}

// hasPrefixFold reports whether b, A-Z lower-cased, starts with the
// lower-case ASCII prefix: what lower-casing a copy of b and comparing
// would say, as no other letter lower-cases to the prefixes' letters.
func hasPrefixFold(b []byte, prefix string) bool {
	if len(b) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if foldASCII(b[i]) != prefix[i] {
			return false
		}
	}
	return true
}

// splitFrontMatter separates a leading "---" YAML header from the body. A
// header that opens but never closes is an error rather than body text, so
// a typo does not silently become part of the article.
func splitFrontMatter(text string) (frontMatter, string, error) {
	var fm frontMatter
	trimmed := strings.TrimLeft(text, " \t\n")
	if !strings.HasPrefix(trimmed, "---") {
		return fm, text, nil
	}
	first, rest, _ := strings.Cut(trimmed, "\n")
	if strings.TrimSpace(first) != "---" {
		return fm, text, nil // a rule line such as "-----" or "--- text" is body text
	}
	end := -1
	off := 0
	for off <= len(rest) {
		line, _, found := strings.Cut(rest[off:], "\n")
		if t := strings.TrimSpace(line); t == "---" || t == "..." {
			end = off
			break
		}
		if !found {
			break
		}
		off += len(line) + 1
	}
	if end < 0 {
		return fm, "", errors.New("front matter: opening --- has no closing --- line")
	}
	header := rest[:end]
	body := rest[end:]
	_, body, _ = strings.Cut(body, "\n")
	if strings.TrimSpace(header) == "" {
		return fm, body, nil
	}
	raw, ok := simpleHeader(header)
	if !ok {
		raw = nil
		if err := yaml.Unmarshal([]byte(header), &raw); err != nil {
			lenient, ok := colonHeader(header)
			if !ok {
				return fm, "", fmt.Errorf("front matter: %w", err)
			}
			raw = lenient
		}
	}
	for k, v := range raw {
		s, err := scalarString(v)
		if err != nil {
			return fm, "", fmt.Errorf("front matter: field %q: %w", k, err)
		}
		switch lowerString(k) {
		case "title":
			fm.Title = s
		case "url":
			fm.URL = s
		case "outlet", "source", "publisher":
			fm.Outlet = s
		case "published", "date":
			fm.Published = s
		case "plan":
			fm.Plan = s
		case "lang", "language":
			fm.Lang = s
		case "added":
			fm.Added = s
		case "plan_fallback":
			fm.PlanFallback = s
		case "name":
			fm.Name = s
		case "guild":
			fm.Guild = s
		}
	}
	return fm, body, nil
}

// simpleHeader reads the common header of plain "key: value" lines without
// the YAML parser, which costs more than the rest of extraction for a short
// article. Anything else (quotes, lists, blocks, anchors, comments after
// values) is left to YAML: ok is false.
func simpleHeader(h string) (map[string]any, bool) {
	raw := map[string]any{}
	for line := range strings.SplitSeq(h, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		if line[0] == ' ' || line[0] == '\t' {
			return nil, false
		}
		k, v, found := strings.Cut(t, ": ")
		if !found {
			if !strings.HasSuffix(t, ":") {
				return nil, false
			}
			k, v = strings.TrimSuffix(t, ":"), ""
		}
		v = strings.TrimSpace(v)
		if k == "" || !isPlainKey(k) {
			return nil, false
		}
		if len(v) >= 2 && v[0] == '"' && v[len(v)-1] == '"' && !containsAny(v[1:len(v)-1], "\"\\") {
			v = v[1 : len(v)-1] // "2025-11-24T08:01:00Z" as the store writes it
			if _, dup := raw[k]; dup {
				return nil, false
			}
			raw[k] = v
			continue
		}
		if v != "" && (containsAny(v[:1], "\"'{}[]&*!|>%@`#,?-") || strings.Contains(v, " #") || strings.Contains(v, ": ")) {
			return nil, false
		}
		if _, dup := raw[k]; dup {
			return nil, false // YAML reports duplicate keys
		}
		if v == "" || v == "~" || v == "null" {
			raw[k] = nil
			continue
		}
		raw[k] = v
	}
	return raw, true
}

// colonHeader reads a header YAML rejects only because a value holds ": "
// unquoted, as people write titles ("title: Peace talks live: day two"):
// every line is "key: value" and no value opens a YAML structure.
func colonHeader(h string) (map[string]any, bool) {
	raw := map[string]any{}
	for line := range strings.SplitSeq(h, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		k, v, found := strings.Cut(t, ": ")
		v = strings.TrimSpace(v)
		if !found || line[0] == ' ' || line[0] == '\t' || !isPlainKey(k) || v == "" || containsAny(v[:1], "[]{}|>&*!%@`") {
			return nil, false
		}
		if _, dup := raw[k]; dup {
			return nil, false
		}
		raw[k] = v
	}
	return raw, true
}

func isPlainKey(k string) bool {
	for _, r := range k {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_') {
			return false
		}
	}
	return true
}

// scalarString turns a YAML scalar into text; YAML reads an unquoted date
// as a timestamp, which is turned back into its ISO form.
func scalarString(v any) (string, error) {
	switch x := v.(type) {
	case nil:
		return "", nil
	case string:
		return x, nil
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			return x.Format("2006-01-02"), nil
		}
		return x.UTC().Format(time.RFC3339), nil
	case int, int64, uint64, float64, bool:
		return fmt.Sprint(x), nil
	default:
		return "", fmt.Errorf("want a single value, got %T", v)
	}
}

// isoDate validates and normalises a date given as "2006-01-02" or an RFC
// 3339 time.
func isoDate(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t.Format("2006-01-02"), nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.Format("2006-01-02"), nil
	}
	if d := findDate(s); d != "" {
		return d, nil
	}
	return "", fmt.Errorf("want an ISO date like 2025-11-23, got %q", s)
}

// normaliseBody makes the body canonical for hashing: Unix line endings, no
// trailing spaces, runs of spaces and tabs collapsed, at most one blank line
// in a row, no blank lines at either end. Leading indentation is kept since it
// marks sub-points.
func normaliseBody(body string) string {
	// Most bodies are already canonical: the output is compared with the
	// body as it is produced and only copied from the first difference,
	// so a canonical body (or one with only trailing blank lines) is
	// returned as it is.
	w := normWriter{src: body}
	blank := 0
	started := false
	for line := range strings.SplitSeq(body, "\n") {
		line = trimRightSpace(line)
		if strings.TrimSpace(line) == "" {
			if started {
				blank++
			}
			continue
		}
		if started {
			w.byte('\n')
			if blank > 0 {
				w.byte('\n')
			}
		}
		blank = 0
		started = true
		indent := 0 // strings.TrimLeft(line, " \t") without building its cut set
		for indent < len(line) && (line[indent] == ' ' || line[indent] == '\t') {
			indent++
		}
		w.string(spaces[:min(indent, 8)])
		rest := line[indent:]
		if !needsCollapse(rest) {
			w.string(rest)
			continue
		}
		collapseSpaces(w.builder(), rest)
	}
	return w.result()
}

// spaces is the indentation normaliseBody writes, at most eight spaces.
const spaces = "        "

// normWriter builds normaliseBody's output lazily: while the output is
// the same as src it only advances an offset into src; at the first
// difference it copies what was the same into a builder and writes there.
type normWriter struct {
	src string
	off int              // bytes of src the output has matched so far
	b   *strings.Builder // nil while the output is a prefix of src
}

func (w *normWriter) builder() *strings.Builder {
	if w.b == nil {
		w.b = &strings.Builder{}
		w.b.Grow(len(w.src))
		w.b.WriteString(w.src[:w.off])
	}
	return w.b
}

func (w *normWriter) byte(c byte) {
	if w.b == nil && w.off < len(w.src) && w.src[w.off] == c {
		w.off++
		return
	}
	w.builder().WriteByte(c)
}

func (w *normWriter) string(s string) {
	if w.b == nil && strings.HasPrefix(w.src[w.off:], s) {
		w.off += len(s)
		return
	}
	w.builder().WriteString(s)
}

// result is the output: a prefix of src when nothing differed.
func (w *normWriter) result() string {
	if w.b == nil {
		return w.src[:w.off]
	}
	return w.b.String()
}

// needsCollapse reports whether s holds a tab, a no-break space or two
// spaces in a row. It reads eight bytes at a time (every line of every
// body passes here) and looks byte by byte only at a word holding 0xC2,
// the first byte of a no-break space.
func needsCollapse(s string) bool {
	const ones, highs, lows = 0x0101010101010101, 0x8080808080808080, 0x7f7f7f7f7f7f7f7f
	// zero has the high bit of each byte of x that is zero, and only those
	zero := func(x uint64) uint64 { return ^((x&lows + lows) | x | lows) }
	i := 0
	prevSpace := false // the last byte of the previous word was a space
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		sp := zero(w ^ ' '*ones)
		if zero(w^'\t'*ones) != 0 || sp&(sp>>8) != 0 || prevSpace && sp&0x80 != 0 {
			return true
		}
		prevSpace = sp>>63 != 0
		if zero(w^0xC2*ones) != 0 {
			for j := i; j < i+8; j++ {
				if s[j] == 0xC2 && j+1 < len(s) && s[j+1] == 0xA0 {
					return true
				}
			}
		}
	}
	// the rest byte by byte, from the last byte of the words above so a
	// pair across the boundary is seen
	for i = max(i-1, 0); i < len(s); i++ {
		switch s[i] {
		case '\t':
			return true
		case ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return true
			}
		case 0xC2:
			if i+1 < len(s) && s[i+1] == 0xA0 {
				return true
			}
		}
	}
	return false
}

// trimRightSpace drops trailing spaces, tabs and no-break spaces.
func trimRightSpace(s string) string {
	for len(s) > 0 {
		switch {
		case s[len(s)-1] == ' ' || s[len(s)-1] == '\t':
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "\u00a0"):
			s = s[:len(s)-2]
		default:
			return s
		}
	}
	return s
}

func collapseSpaces(b *strings.Builder, s string) {
	if !needsCollapse(s) {
		b.WriteString(s)
		return
	}
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\u00a0' {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
}

// titleFrom is the title of a document without a header: its first line,
// shortened at a word boundary when it is a whole lead paragraph.
func titleFrom(paras []paragraph) string {
	if len(paras) == 0 {
		return ""
	}
	return truncateWords(paras[0].text, 120)
}

func truncateWords(s string, limit int) string {
	if utf8.RuneCountInString(s) <= limit {
		return s
	}
	cut, n := 0, 0
	for i := range s { // byte offset of rune number limit
		if n == limit {
			cut = i
			break
		}
		n++
	}
	if sp := strings.LastIndexByte(s[:cut], ' '); sp > len(s[:cut])/2 {
		cut = sp
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}
