// Provisions reported in prose: analyses and wire reports give the points
// of a version in running text ("the counter-proposal says the plant will
// be restarted under IAEA supervision") or quote the document ("“…,”
// Reuters cited the document as saying"). Each becomes a provision of that
// version in the source's own words, so /compare finds it beside the
// numbered points of other documents.

package corpus

import (
	"iter"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

var (
	// what follows a quotation taken from the document: "Reuters cited
	// the document as saying", "the draft reads"
	proseQuoteSource = regexp.MustCompile(`(?i)^(?:[\p{L}.’' ]{1,40}\s+(?:cited|quoted)\s+the\s+(?:[\p{L}-]+\s+)?(?:document|draft|text|plan|counter-proposal|proposal|framework)|the\s+(?:[\p{L}-]+\s+)?(?:document|draft|text|plan|counter-proposal|proposal|framework)\s+(?:reads|says|states|said|stated))\b`)
	// "According to the document, …"
	proseAccording = regexp.MustCompile(`(?i)^according to (?:the|a copy of the)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:document|draft|text|plan|counter-proposal|proposal|framework),\s+(.+)$`)
	// "Point 3 of the US plan, which said …, was deleted"
	prosePointOf = regexp.MustCompile(`(?i)\b(?:point|clause|article|item|paragraph)\s+(\d{1,6})\s+of\s+(?:the\s+)?([^,]{1,60}?)(?:,|\s+(?:was|were|is|has|had|would|will|on|about)\b)`)
)

// proseCue is a cheap look before the regular expressions, in one pass
// over the words: a document noun ("draft", "counter-proposal", "it" when
// allowed) within twelve words (a relative clause may stand between) before a verb of the patterns above, or the
// words of a quoted or numbered reference ("cited", "according", "point").
func proseCue(p string, allowIt bool) (cue, refs bool) {
	sinceNoun := 99
	for i := 0; i < len(p); {
		if !isASCIILetter(p[i]) {
			i++
			continue
		}
		// a word: ASCII letters, and hyphens after the first letter
		start := i
		for i < len(p) && (isASCIILetter(p[i]) || p[i] == '-') {
			i++
		}
		w := p[start:i]
		if len(w) > 24 {
			continue // longer than any cue word
		}
		sinceNoun++
		var f uint8
		if proseFilter.has(wordKey(w)) {
			var buf [24]byte
			for k := 0; k < len(w); k++ {
				c := w[k]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[k] = c
			}
			f = proseWords[string(buf[:len(w)])]
		}
		switch {
		case f&proseNoun != 0 || allowIt && equalLower(w, "it"):
			sinceNoun = 0
		case f&proseVerb != 0 && sinceNoun <= 12: // a relative clause may stand between
			cue = true
		case f&proseRef != 0:
			cue = true
			refs = refs || f&proseNumbered != 0
		}
	}
	return cue, refs
}

func isASCIILetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// proseWords holds the cue words of the three maps below as flags, so the
// cue costs one look-up per word.
var proseWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for w := range proseNouns {
		m[w] |= proseNoun
	}
	for w := range proseVerbs {
		m[w] |= proseVerb
	}
	for w := range proseRefs {
		m[w] |= proseRef
		if w != "cited" && w != "quoted" && w != "according" {
			m[w] |= proseNumbered
		}
	}
	return m
}()

// proseFilter holds proseWords' keys: most words are not cues and skip
// the map.
var proseFilter = wordFilter(proseWords)

const (
	proseNoun uint8 = 1 << iota
	proseVerb
	proseRef
	proseNumbered // "point", "clause": a numbered reference
)

var (
	proseNouns = map[string]bool{"section": true, "version": true, "summary": true, "counter-proposal": true, "counterproposal": true, "proposal": true, "document": true, "draft": true, "plan": true, "text": true, "framework": true, "paper": true}
	proseVerbs = map[string]bool{"says": true, "said": true, "states": true, "stated": true, "reads": true, "provides": true, "stipulates": true, "provided": true, "provide": true, "drops": true, "describes": true, "replaces": true, "removes": true, "deletes": true, "scraps": true, "adds": true, "retains": true, "keeps": true, "envisaged": true, "stipulated": true, "required": true, "proposed": true, "foresaw": true, "envisages": true, "foresees": true, "proposes": true, "calls": true, "requires": true, "specifies": true, "offers": true, "offered": true, "promises": true, "promised": true, "obliges": true, "grants": true, "caps": true, "bars": true, "lifts": true, "raises": true, "limits": true, "would": true, "will": true}
	proseRefs  = map[string]bool{"cited": true, "quoted": true, "according": true, "point": true, "clause": true, "article": true, "item": true, "paragraph": true}
)

// proseProvisions finds the provisions a document reports in prose. The
// version is the one the sentence names, else the one the document spoke
// of last in the same way, else the nearest named one above, the front
// matter's, the title's or the caller's.
func proseProvisions(ps []paragraph, src Source, fallback string, listed []Provision, planFor func(string) (string, bool)) []Provision {
	var out []Provision
	next := len(listed)
	lastPlan := ""               // plan of the last provision read from "the document says"
	lastDocPara := -9            // paragraph of that provision, for "It also says"
	listPlan := map[int]string{} // paragraph of a listed point -> its plan
	for _, p := range listed {
		listPlan[p.Position] = p.Plan
	}
	lx := lexiconData()
	seen := map[refKey]bool{} // points already given in prose: one provision each
	trail := pointTrail{para: -1}
	v2 := lx.adverbialLangs[src.Lang] // a verb-second language, whose adverbials name documents without a comma
	lastPointPara := -9               // paragraph of the last numbered point given in prose
	known := func(k refKey) bool {
		if seen[k] {
			return true
		}
		// "Point 16 is doing a lot of work" under the quoted point 16: a
		// comment on a point the document gives in full in a list
		for _, p := range listed {
			if p.Number == k.number && p.Plan == k.plan {
				return true
			}
		}
		return false
	}
	termsPara := -9 // paragraph of a sentence about the terms in general
	// a glossary's entries (provisions_runin.go)
	runIn := runInLayout(ps)
	var turns turnHeadings // headings that are an interview's labelled turns (turnheadings.go)
	for i, p := range ps {
		if p.kind != paraText && !turns.is(ps, i) {
			continue
		}
		if plan, ok := listPlan[ps[max(i-1, 0)].index]; ok && i > 0 && ps[i-1].kind == paraItem {
			// the paragraph after a plan's numbered list ("Entre los
			// demás cambios, …") may go on with its terms
			lastPlan, lastDocPara = plan, i-1
		}
		if runIn && runInLabel(p.text) {
			lastPlan, lastDocPara = "", -9 // "Elecciones. Según el punto 25, …": a glossary's entry starts afresh (provisions_runin.go)
		}
		cue, refs := proseCue(p.text, lastDocPara >= i-1)
		// the paragraph-wide looks of the rules below, read once when
		// first asked, so that a sentence is scanned only when its
		// paragraph holds what they read
		pointLook := -1
		pointWords := func() bool {
			if pointLook < 0 {
				pointLook = 0
				if unnumberedPoints(lx, p.text) {
					pointLook = 1
				}
			}
			return pointLook == 1
		}
		otherCue := cue || otherProseCue(p.text)
		provRel := hasProvisionRelative(lx, p.text)
		adverbial := v2 && hasDocAdverbial(lx, p.text) // "Laut dem Entwurf soll …"
		if !otherCue && !provRel && !adverbial && !(strings.Contains(p.text, " would") && namesVersion(p.text)) && !hasPointRef(p.text) && !((lastDocPara >= i-1 || termsPara == i || afterQuestion(ps, i, lastDocPara)) && conditionalTerm(lx, p.text)) && !namesTerms(lx, p.text) && !hasDocRelative(lx, p.text) && !pointWords() && !(moodConditional(p.text) && conditionalTerm(lx, p.text) && namesVersion(p.text)) && !hasPointList(lx, p.text) {
			continue
		}
		if correctionNote(p.text) {
			continue // "(Corrects paragraph 7 to show the amnesty clause is point 26 …)"
		}
		speech := -1 // whether the paragraph holds a speech verb, read once when asked
		docRel := hasDocRelative(lx, p.text)
		text := stripTimestamp(p.text) // "**ore 13:15** – Secondo fonti …"
		if looksLabelled(text) {
			_, text, _ = strings.Cut(text, ": ") // "PRICE: Point 6 of the original text …"
		}
		// items run on with semicolons are read one by one
		// (provisions_semicolon.go); "…: their text says …" is cut at its
		// colon (provisions_ownversion.go)
		clauses := pronounColonClauses(pointClauses(semicolonItems(sentences(text))))
		termClause := -9 // the paragraph's last clause that gave a term
		consumed := -1   // a sentence that gave the point the one before it introduced
		for ci, s := range clauses {
			if ci == consumed {
				continue
			}
			s = dropAsides(lx, s)
			s = dropSpeechAside(lx, s) // "Point 11, Zelensky said, confirms that …"
			s = dropReportAside(lx, s) // "As Reuters reported, point 6 of the US draft would …" (provisions_pointclause.go)
			contrast, contrastPlan, rest, ok := contrastTerm(lx, s)
			if ok {
				s = rest // "Se il piano di Washington fissava …, la controproposta prevede …": read the main clause
			}
			plan, number, text, conditional := "", 0, "", false
			if label, body, ok := planLabel(s, planFor); ok {
				// "Point 6 of the U.S. draft: Ukraine's armed forces are
				// limited …", "European version: territorial negotiations
				// begin …": an explainer's label names the version
				n, _, _ := pointRef(label)
				name, _ := planFor(label) // "" for a label that names no version ("Point 5:")
				plan, number, text = name, n, trimSentenceEnd(body)
				if q, ok := wholeQuote(strings.TrimSpace(body)); ok {
					text = q // "В пункте 11 говорится: «…»."
				}
				if plan == "" {
					plan = planBefore(ps, i, clauses[:ci], src, fallback, planFor)
				}
				if n > 0 && known(refKey{plan, n}) && name == "" {
					continue // "Re point 20: in the full text it also mentions …": a comment on a point given in full
				}
				lastPlan, lastDocPara = plan, i
			} else if m := pointOfIf(refs, s); m != nil {
				if name, _ := planFor(m[2]); name != "" {
					plan, text = name, trimSentenceEnd(s)
					number, _ = strconv.Atoi(m[1])
				}
			}
			if text == "" {
				if q, rest, ok := leadingQuotation(afterLeadWord(s)); ok && proseQuoteSource.MatchString(rest) {
					text = q
					if plan, _ = planFor(rest); plan == "" {
						plan = lastPlan // ("“…,” the counter-proposal says": the version that says it)
					}
					if ci > 0 && !hasPointRef(s) {
						// "Point 7 of the counter-proposal drops … Instead,
						// "…," the document says": the wording of that point
						number, _, _ = pointRefEnd(clauses[ci-1])
					}
				} else if m := according(s); m != nil {
					text, plan = trimSentenceEnd(m[1]), lastPlan
				} else if m := docSays(s); m != nil && !impersonalView(s) {
					subject := lowerString(m[1])
					if subject == "it" && lastDocPara < i-1 {
						continue
					}
					text = trimSentenceEnd(m[2])
					if verbIsTerm(s, m) {
						if notATerm(text) {
							continue
						}
						// "the draft would cap the army at 600,000": the
						// verb is part of the term, so the sentence is
						text = trimSentenceEnd(s)
					}
					if name, _ := planFor(subject); name != "" {
						plan = name
					} else if v := pronounAuthorsVersion(m[1], clauses[:ci], prevText(ps, i)); v != "" {
						plan = v // "The Europeans … Their text lifts …" (provisions_ownversion.go)
					} else if name := namedBefore(s, m[2], planFor); name != "" {
						plan = name // "Europejska kontrpropozycja, przygotowana przez …, przewiduje, że …"
					} else if name := versionInClauses(clauses[:ci]); name != "" {
						plan = name // "The European counter-proposal takes a different line. Its text says …"
					} else {
						plan = lastPlan
					}
					if head := firstWords(text, 4); !hasASCIIDigit(head) {
						number = ordinalPointRef(head) // "keeps the first point of …"
					}
				} else if _, _, ref := pointRef(s); !ref && ordinalPointRefIf(pointWords(), s) == 0 && (lastDocPara >= i-1 || termsPara == i || afterQuestion(ps, i, lastDocPara) || moodConditional(s) && (termClause == ci-1 || ci > 0 && namesVersion(clauses[ci-1])) && !accordingTo(lx, s)) && (conditionalTerm(lx, s) || lastDocPara == i && termClause == ci-1 && conditionClauseTerm(lx, src.Lang, s)) && !viewOf(lx, s) {
					// (also right after a sentence that names a version,
					// "Washington ha presentado un plan de 28 puntos.
					// Ucrania reduciría su ejército …", or after a term)
					// "Ukraine would hold elections within 100 days",
					// right after the document's terms
					text, plan, conditional = trimSentenceEnd(s), lastPlan, true
					if name, _ := planFor(s); name != "" {
						plan = name // "Dans la contre-proposition, les forces seraient …"
					} else if v := ownVersionJustBefore(clauses[:ci]); v != "" {
						plan = v // "European governments answered with their own text. In it the forces could …" (provisions_ownversion.go)
					}
				} else if subject, rest := termsOf(s); rest != "" && !openQuoteSpoken(lx, s) {
					// "Il piano prevede che…", "Under the plan, X would…"
					named := "" // the version a sentence before in the paragraph names, asked only when needed
					if subject == "" && lastDocPara < i-1 {
						if named = versionInClauses(clauses[:ci]); named == "" {
							continue // "Prevede inoltre…" with no document just before
						}
						// "Der Gegenvorschlag liegt vor. Er sieht vor, dass …"
					}
					text = trimSentenceEnd(rest)
					if t, ok := relativeSubjectTerm(lx, subject, rest); ok {
						text = t // "…, которую шестой пункт ограничивает 600 тысячами, …" (pointref_relativesubject.go)
					}
					if name, _ := planFor(subject); name != "" {
						plan = name
					} else if v := pronounAuthorsVersion(subject, clauses[:ci], prevText(ps, i)); v != "" {
						plan = v // "The Europeans … Their text lifts …" (provisions_ownversion.go)
					} else if name, _ := planFor(throughWord(s, len(subject)+16)); name != "" && subject != "" {
						plan = name // "Los europeos proponen que …": the authors and their verb
						if t, ok := authorsObject(s, subject, rest); ok {
							text = t // "Europejczycy proponują 800 tysięcy." (provisions_authors.go)
						}
					} else if name := namedBefore(s, rest, planFor); name != "" {
						plan = name // the document named before its terms, past an aside
					} else if named != "" {
						plan = named
					} else if named = versionInClauses(clauses[:ci]); named != "" {
						plan = named
					} else if lastDocPara >= i-1 || lastPlan == "" || !questionBetween(ps, lastDocPara, i) {
						plan = lastPlan
					} else {
						// "Il testo prevede …" paragraphs after the last
						// document's terms, past a question that opens
						// another answer: the version the text speaks of
						// there, not the one a terms sentence far above named
						plan = planBefore(ps, i, clauses[:ci], src, fallback, planFor)
					}
				} else if adv, ok := docAdverbialTermIf(adverbial, lx, s); ok {
					// "Laut dem Entwurf soll die Ukraine …", "… sollen
					// laut dem Entwurf blockiert bleiben"
					text = trimSentenceEnd(s)
					if name, _ := planFor(adv); name != "" {
						plan = name
					} else if name := versionInClauses(clauses[:ci]); name != "" {
						plan = name
					} else {
						plan = lastPlan
					}
				}
				if text == "" {
					if head, rest, ok := docRelativeIf(docRel, lx, s); ok {
						// "the clauses of the first draft, under which
						// Crimea would be recognised as Russian"
						text, conditional = trimSentenceEnd(rest), true
						if plan, _ = planFor(head); plan == "" {
							plan = planBefore(ps, i, clauses[:ci], src, fallback, planFor)
						}
					}
				}
				if text == "" && (strings.Contains(s, " would") || moodConditional(s)) {
					if name, rest, ok := versionRelative(lx, s); ok {
						// "a 28-point plan that would require Ukraine to …"
						plan, text, conditional = name, rest, true
					}
				}
				if text == "" && speech < 0 && otherCue {
					speech = 0
					if hasThatWord(lx, p.text) && clauseAfterSpeech(lx, p.text) != "" {
						speech = 1
					}
				}
				if text == "" && speech == 1 {
					if c := clauseAfterSpeech(lx, s); c != "" {
						// "Analysts note that the plan would cap the army
						// at 600,000", "Zdaniem eksperta, … że plan
						// ogranicza armię …": the document's term inside
						// what someone said
						if m := docSaysAt(c); m != nil && lowerString(m[1]) != "it" {
							if verbIsTerm(c, m) && !notATerm(trimSentenceEnd(m[2])) {
								text = trimSentenceEnd(c)
							} else if !verbIsTerm(c, m) {
								text = trimSentenceEnd(m[2])
							}
							plan, _ = planFor(m[1])
						} else if subject, rest := termsOf(c); subject != "" && rest != "" {
							text = trimSentenceEnd(rest)
							plan, _ = planFor(subject)
						}
						if text != "" {
							conditional = true // (someone's words open no paragraph of terms)
							if plan == "" {
								plan = planBefore(ps, i, clauses[:ci], src, fallback, planFor)
							}
						}
					}
				}
				if text == "" {
					above := "" // planBefore, asked at most once per sentence
					abovePlan := func() string {
						if above == "" {
							above = trail.planAt(ps, i, clauses[:ci]) // "Le point 7 …" after "le point 6 du texte européen"
						}
						if above == "" {
							above = planBefore(ps, i, clauses[:ci], src, fallback, planFor)
						}
						return above
					}
					if n, clause, ok := pointInSpeech(lx, s); ok && !known(refKey{abovePlan(), n}) {
						// "Pytany o punkt 9, zgodnie z którym myśliwce mają
						// stacjonować w Polsce, premier odparł …"
						plan, number, text = pointVersionOr(lx, s, abovePlan), n, clause // (provisions_pointversion.go)
					} else if n, clause, ok := pointTermInSpeech(lx, s); ok && !known(refKey{abovePlan(), n}) {
						// "Solheim said the final point has a ceasefire take
						// effect …", "Merz sagte, Punkt 14 wolle …": the
						// point's clause in someone's words (provisions_speechpoint.go)
						plan, number, text = pointVersionOr(lx, s, abovePlan), n, clause
					} else if c, ok := pointWithRelative(lx, s, pointWords()); ok {
						// "la clave está en el punto que limita el
						// ejército a 600.000 efectivos"
						plan, text, conditional = pointVersionOr(lx, s, abovePlan), c, true // (it opens no paragraph of terms)
						if n, t, ok := relativeApposition(s, c); ok && !known(refKey{plan, n}) {
							number, text = n, t // "the clause that limits its army, point 6 of the draft, which …" (provisions_relapposition.go)
						}
					} else if c, ok := provisionRelativeIf(provRel, lx, s); ok {
						// "do zapisu, według którego europejskie myśliwce
						// mają stacjonować w Polsce"
						plan, text, conditional = pointVersionOr(lx, s, abovePlan), c, true
					} else if ns := pointList(lx, s); len(ns) > 1 && !attributesSpeech(lx, s) && !strings.HasSuffix(s, "?") {
						// "Points 3 and 4 of the plan provide that …": the
						// sentence is the term of each (split below)
						plan, text = abovePlan(), trimSentenceEnd(s)
						if name, _ := planFor(s); name != "" {
							plan = name
						}
					} else if n, quoted, ok := pointRef(s); ok && !attributesSpeech(lx, s) && questionPoint(s, n) && !askedAboutPoint(s, n) && !known(refKey{pointVersionOr(lx, s, abovePlan), n}) {
						if _, end, _ := pointRefEnd(s); quoteOfLaterPoint(s, end, quoted) {
							quoted = "" // the quotation is a later point's wording (provisions_quotepoint.go)
						} else if quoted != "" && quotedComment(lx, s, end, quoted) {
							quoted = "" // ", "which does not exist".": a quoted comment on the term (provisions_quotedcomment.go)
						} // (the version the sentence names: "Europe's point 10 drops …" after the US point 10)
						// (a point someone speaks of is their statement:
						// "Punkt 6 sei kaum annehmbar, sagte Hollmann")
						// "Under point 14, …", "В пункте 11 говорится: «…»",
						// "il punto 21 del piano, che prevede …"
						if tail, ok := pastQuotesBeforeRef(s, quoted); ok {
							s, quoted = tail, "" // "« … », glisse-t-elle. La ministre fait allusion au point 14, qui …": earlier words, not the point's (provisions_quotebefore.go)
						}
						plan, number, text = abovePlan(), n, quoted
						if term, ok := pointAsideTerm(s, quoted); ok {
							text = term // "le point 24, celui de l'échange …, est « la seule bonne nouvelle »": the aside is the term (provisions_pointaside.go)
						} else if term, ok := pointHeadTerm(s, quoted); ok {
							text = term // "Le plafond de 600 000 hommes fixé au point 6 lui paraît « … »" (provisions_pointaside.go)
						}
						if name := pointVersion(lx, s); name != "" {
							plan = name // "El punto 6 del plan estadounidense …", "No plano americano, o ponto 2 … e a contraproposta …"
						} else {
							plan = contrastedPlan(s, plan) // "Punkt 26 sah eine volle Amnestie vor, im Gegenvorschlag fehlt sie." (provisions_pointclause.go)
						}
						if text == "" {
							text = trimSentenceEnd(s)
							if run := termsBeforeNote(lx, clauses, ci, termClause+1, p.text); run != "" {
								// "… anerkannt werden. … Pufferzone. … eingefroren
								// (Punkt 21).": the note closes all of them
								text = run + " " + text
							}
						}
						if intro := introducesPoint(s) && !pointAfterClause(s); quoted == "" && ci+1 < len(clauses) && (intro || strings.Count(s, " ") < 5) {
							next := trimSentenceEnd(clauses[ci+1])
							spoken := attributesSpeech(lx, next) && docSaysAt(next) == nil || cutTrailingAttribution(lx, next) != next
							if opensOtherPoint(next, n) {
								// "… is in point 6. Point 7 would …": the next sentence is its own point's (provisions_nextpoint.go)
								if strings.Count(s, " ") < 5 && !wordsAfterRef(s) {
									continue // "Take point 14. Point 15 …": no term of its own ("Point 1 confirms the sovereignty, point 5 …" has one)
								}
							} else if !strings.HasSuffix(clauses[ci+1], "?") && !spoken {
								// "Nehmen Sie Punkt 14. Da sollen eingefrorene
								// Gelder …", "The most contested part is
								// point 21. It says …": the point is in the
								// next sentence, which is read no further
								text = next
								consumed = ci + 1
							} else if intro {
								continue // "… is point 21. It would be a capitulation, Zelensky said.": someone's words, no term
							}
						}
					} else if n := ordinalPointRefIf(pointWords(), s); n > 0 && !attributesSpeech(lx, s) && questionPoint(s, n) && !known(refKey{abovePlan(), n}) {
						// "Weźmy punkt dziewiąty: europejskie myśliwce …",
						// "the first point of the plan, …"
						plan, number, text = abovePlan(), n, quotationIn(s)
						if name := pointVersion(lx, s); name != "" {
							plan = name
						} else {
							plan = contrastedPlan(s, plan) // "The 26th point grants full amnesty …; the European text removes it"
						}
						if text == "" {
							text = trimSentenceEnd(s)
						}
						if _, after, ok := strings.Cut(text, ": "); ok && strings.Count(after, " ") >= 2 {
							text = after // the point's words after its name
						} else if strings.Count(s, " ") < 5 && ci+1 < len(clauses) && !opensOtherPoint(clauses[ci+1], n) {
							text, consumed = trimSentenceEnd(clauses[ci+1]), ci+1 // (read once: "Dwudziesty pierwszy punkt dotyczy terytoriów. Krym …")
						} else if ci+1 < len(clauses) && ordinalIntroduces(lx, s) && !pointAfterClause(s) && !strings.HasSuffix(clauses[ci+1], "?") && !attributesSpeech(lx, clauses[ci+1]) {
							text, consumed = trimSentenceEnd(clauses[ci+1]), ci+1 // "That clause is the plan's 21st point. In the draft, it would …" (provisions_ordinalintro.go)
						}
					}
				}
				if text == "" && namesTerms(lx, s) {
					// "The political provisions are shorter …": the
					// sentences after it in the paragraph may set them out
					termsPara = i
				}
				if text == "" || !strings.Contains(text, " ") {
					continue
				}
				if strings.HasSuffix(strings.TrimSpace(s), ":") && strings.Count(text, " ") < 3 {
					continue // "Plan … przewiduje między innymi:": the lead-in of a list, whose items are the terms
				}
				if plan == "" {
					plan = namedBefore(s, text, planFor)
				}
				if plan == "" {
					plan = planBefore(ps, i, clauses[:ci], src, fallback, planFor)
				}
				if !conditional {
					// a term read from the conditional does not open the
					// next paragraph to more: "The Kremlin would reject
					// it" after it is a comment
					lastPlan, lastDocPara = plan, i
				}
			}
			if text == "" {
				continue
			}
			text = cutTrailingAttribution(lx, text)
			if number == 0 {
				number = pointNamedBefore(s, text) // "Il punto 20, infine, stabilisce che …"
			}
			if number == 0 && hasASCIIDigit(text) && termsByPoint(text) == nil {
				number = ownPointNumber(text) // "… iba más lejos: su punto 21 pedía …": the term's own point before an ordinal read elsewhere ("El primer borrador", provisions_pointclause.go)
			}
			if number == 0 {
				number = ordinalPointRef(firstWords(text, 4)) // "… prévoyait dans son sixième point un plafond …": likewise by its ordinal
			}
			if number == 0 {
				number = elidedOrdinal(lx, src.Lang, s, clauses[:ci], textAbove(ps, i)) // "… 28 points. The seventh asked …" (elidedordinal.go)
			}
			if at := strings.Index(s, text); number == 0 && at > 0 {
				number = ordinalPointRef(strings.TrimSpace(s[:at])) // "а 28-й пункт предусматривал, что …": the subject is the point
			}
			if number == 0 && ci > 0 && !hasPointRef(s) && versionIn(s) == plan {
				// "Point 6 of the U.S. draft limits … . The European
				// version reads: "…"": that point, in the other version
				number = contrastedPoint(clauses[ci-1], s, text, plan)
			}
			if number > 0 {
				text = pointSubjectText(s, text) // "The plan's sixth point limits …": the point's verb stays (provisions_pointsubject.go)
			} else {
				text = otherPointSubjectText(lx, s, text) // "Отдельный пункт предполагает …", likewise
			}
			parts := []numberedTerm{{number, text}}
			if ps := termsByPoint(text); ps != nil {
				// "… 600 тыс. человек (пункт 6) и о закреплении … (пункт
				// 7)", "lo status non nucleare (punto 11) e lo scambio di
				// prigionieri (punto 17)": each its own, whatever point
				// the sentence opened with
				parts = ps
			} else if number == 0 {
				if ns := pointList(lx, s); len(ns) > 1 {
					// "Points 3 and 4 provide that …": the term of each
					parts = parts[:0]
					for _, n := range ns {
						parts = append(parts, numberedTerm{n, text})
					}
				} else {
					parts[0].number = ownPointNumber(text)
				}
			}
			if len(parts) == 1 && parts[0].number > 0 {
				// "Le texte américain prévoyait dans son point 6 un plafond
				// …": the point's whole clause (provisions_pointclause.go)
				parts[0].text = pointClauseText(lx, s, parts[0].text)
			}
			if len(parts) == 1 && ci > 0 {
				if fl := formerLatter(lx, clauses[ci-1], text); fl != nil && (parts[0].number == 0 || parts[0].number == fl[0].number) {
					parts = fl // "Points 13 and 14 … Under the former, …; under the latter, …" (provisions_formerlatter.go)
				}
			}
			if len(parts) == 1 && parts[0].number == 0 && opensWithSamePoint(lx, s) && lastPointPara >= i-1 && continuesPoint(out, plan, out[max(len(out)-1, 0)].Position) {
				// "The same point goes further: Ukrainian troops would …"
				last := &out[len(out)-1]
				last.Text = joinTerms(last.Text, text)
				last.Topics = tagTopics(last.Text)
				termClause = ci
				continue
			}
			if conditional && len(parts) == 1 && parts[0].number == 0 && (termClause == ci-1 || consumed == ci-1 && termClause == ci-2) && text == trimSentenceEnd(s) && continuesPoint(out, plan, p.index) {
				// "Selon le point 14, … seraient investis … . L'Europe
				// ajouterait 100 milliards …": the point's terms go on
				last := &out[len(out)-1]
				last.Text = joinTerms(last.Text, text)
				last.Topics = tagTopics(last.Text)
				termClause = ci
				continue
			}
			termClause = ci
			if len(parts) == 1 && bothSubject(lx, s) {
				if other := otherVersionAbove(ps, i, src, plan); other != "" {
					// "Ambos textos recogen un intercambio …": the term of each
					out = append(out, newProvision(src, next+len(out)+1, other, parts[0].number, parts[0].text, p.index))
				}
			}
			if contrast != "" && contrastPlan != plan {
				// "Se il piano di Washington fissava un tetto di 600 mila
				// uomini, la controproposta …": the other version's term
				out = append(out, newProvision(src, next+len(out)+1, contrastPlan, contrastNumber(contrastPlan, contrast, plan, s), contrast, p.index))
			}
			for _, pt := range parts {
				if pt.number > 0 {
					seen[refKey{plan, pt.number}] = true
					trail.note(plan, pt.number, i, s)
					lastPointPara = i
				}
				out = append(out, newProvision(src, next+len(out)+1, plan, pt.number, pt.text, p.index))
			}
		}
	}
	return out
}

// pointList returns the numbers of a list of points a sentence names with
// a plural point word: "Points 3 and 4 provide …", "I punti 3, 4 e 5
// prevedono …", "пункты 6 и 7". nil for none, or for one number.
func pointList(lx *lexicon, s string) []int {
	if !numberPair(s) {
		return nil // (most sentences: a byte scan, no word scan)
	}
	for i := 0; i < len(s); {
		w, next := nextWord(s, i)
		if w == "" {
			return nil
		}
		i = next
		if len(w) < 5 || !lx.pointPlurals[w] && !(isCapital(w) && lowerIn(lx.pointPlurals, w)) {
			continue
		}
		if ns, end := numberList(lx, s[i:]); len(ns) > 1 && setsOutTerms(lx, s[i+end:]) {
			return ns
		}
	}
	return nil
}

// numberPair reports whether two numbers stand in s with at most a comma
// and a short word between them ("3 and 4", "3, 4", "6 и 7"): the cheap
// look before pointList reads words.
func numberPair(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		j := i
		for j < len(s) && (s[j] == ' ' || s[j] == ',') {
			j++
		}
		if j == i {
			continue
		}
		if j < len(s) && isDigit(s[j]) && s[i] == ',' && j > i+1 {
			return true // "3, 4"
		}
		k := j
		for k < len(s) && k-j <= 4 && s[k] != ' ' && !isDigit(s[k]) {
			k++
		}
		if k > j && k < len(s)-1 && s[k] == ' ' && isDigit(s[k+1]) {
			return true // "3 and 4", "6 и 7"
		}
		i = j - 1
	}
	return false
}

// numberList reads "3 and 4", "3, 4 e 5", "6 и 7" at the start of s and
// returns the numbers and where the list ends.
func numberList(lx *lexicon, s string) ([]int, int) {
	var ns []int
	end := 0
	for i := 0; i < len(s); {
		f, next := nextWord(s, i)
		if f == "" {
			break
		}
		if n, err := strconv.Atoi(f); err == nil && n > 0 && len(f) <= 4 {
			ns, end = append(ns, n), next
		} else if len(ns) == 0 || !lowerIn(lx.conjunctions, f) {
			break
		}
		i = next
	}
	return ns, end
}

// setsOutTerms reports whether a document verb follows a list of points
// within a few words ("… of the 28-point plan provide that", "del piano
// prevedono che"): the points set out terms, rather than being spoken of
// ("die Punkte 13 und 14 stießen auf Kritik", "les points 2 et 4
// reprennent des idées").
func setsOutTerms(lx *lexicon, s string) bool {
	n := 0
	for i := 0; i < len(s) && n < 8; n++ {
		w, next := nextWord(s, i)
		if w == "" {
			return false
		}
		if lx.isProseVerb(w) || lowerIn(proseVerbs, w) {
			return true
		}
		i = next
	}
	return false
}

// hasPointList is a cheap look for a plural point word in a paragraph.
func hasPointList(lx *lexicon, p string) bool {
	return pointList(lx, p) != nil
}

// numberedTerm is one point's term of a sentence that sets out several.
type numberedTerm struct {
	number int
	text   string
}

// termsByPoint splits a sentence that gives several points' terms, each
// followed by its number in brackets ("об ограничении численности ВСУ
// 600 тыс. человек (пункт 6) и о закреплении в конституции отказа от
// вступления в НАТО (пункт 7)", "a cap of 600,000 (point 6) and a ban
// on NATO membership (point 7)"), into one term per point; nil when it
// does not name two or more points so.
func termsByPoint(text string) []numberedTerm {
	if strings.Count(text, "(") < 2 {
		return nil
	}
	var out []numberedTerm
	start := 0 // where the next term starts
	for open, closeAt := range bracketSpans(text) {
		from := closeAt + 1
		inner := text[open+1 : closeAt]
		n, _, ok := pointRefEnd(inner)
		if !ok || countPointRefs(inner) != 1 {
			if n = bracketPoint(strings.TrimSpace(inner)); n == 0 {
				continue // (an ordinal note: "(punkt piąty), a … (punkt dziewiętnasty)")
			}
		}
		out = append(out, numberedTerm{n, trimLeadingJoin(text[start:from])})
		start = from
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// bracketSpans yields the byte offsets of each "(" of s and the ")" that
// closes it, left to right, each search starting after the last ")": the
// walk termsByPoint and wordNoteRefs share over a sentence's bracketed
// notes. An unclosed bracket ends it.
func bracketSpans(s string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for from := 0; from < len(s); {
			open := strings.IndexByte(s[from:], '(')
			if open < 0 {
				return
			}
			open += from
			end := strings.IndexByte(s[open:], ')')
			if end < 0 {
				return
			}
			end += open
			if !yield(open, end) {
				return
			}
			from = end + 1
		}
	}
}

// trimLeadingJoin drops the conjunction or comma that joins a term to the
// one before it: "и о закреплении …", "and a ban …", ", e la …".
func trimLeadingJoin(s string) string {
	s = strings.TrimLeft(s, ",; ")
	if w, rest, ok := strings.Cut(s, " "); ok && lowerIn(lexiconData().conjunctions, w) {
		return strings.TrimSpace(rest)
	}
	return s
}

// ownPointNumber is the number of the one point a term names in passing
// ("признание Крыма … фактически российскими (пункт 21)", "a cap of
// 600,000 (point 6)"), 0 when it names none or several.
func ownPointNumber(text string) int {
	if countPointRefs(text) != 1 {
		return 0
	}
	n, _, _ := pointRef(text)
	return n
}

// otherProseCue is proseCue for the other languages: a verb that sets out
// terms ("prevede", "предусматривает") or a term opener ("Según el plan,")
// at the start of a sentence.
func otherProseCue(p string) bool {
	lx := lexiconData()
	if strings.Contains(p, " under the ") {
		return true // "… would …, under the plan."
	}
	for i := 0; i < len(p); i++ {
		if i == 0 || p[i-1] == ' ' && (i < 2 || p[i-2] == '.' || p[i-2] == '!' || p[i-2] == '?') {
			if termOpenerAt(lx, p[i:]) != "" {
				return true
			}
		}
		if i > 0 && p[i-1] != ' ' {
			continue
		}
		j := i
		for j < len(p) && p[j] != ' ' && p[j] != ',' && p[j] != '.' && p[j] != ':' {
			j++
		}
		if j > i && lx.otherCueWord(p[i:j]) {
			return true
		}
	}
	return false
}

// reportsSpeech reports whether a clause holds a speech verb ("Zelensky
// said Ukraine would …"): someone's words, not the document's terms.
func reportsSpeech(lx *lexicon, c string) bool {
	for w := range strings.FieldsSeq(c) {
		w = strings.Trim(w, ",.;:")
		if lx.sayVerbs[w] {
			return true
		}
	}
	return false
}

// isProseNoun and isProseVerb look a word up in proseNouns and proseVerbs,
// asking the filter first: most words are neither, and lower-casing them
// all would cost an allocation each.
func (lx *lexicon) isProseNoun(w string) bool {
	if foldedIn(lx.proseNouns, lx.proseNounSet, w) {
		return true
	}
	// a German compound ending in a document noun: "28-Punkte-Plan",
	// "Friedensplan", "Gegenentwurf"
	if i := strings.LastIndexByte(w, '-'); i > 0 && i < len(w)-3 {
		return foldedIn(lx.proseNouns, lx.proseNounSet, w[i+1:])
	}
	if len(w) < 9 || !isCapital(w) {
		return false // (no compound below: lower-casing every word was much of the garbage)
	}
	low := lowerString(w)
	for _, n := range []string{"plan", "entwurf", "vorschlag"} {
		if len(low) > len(n)+4 && strings.HasSuffix(low, n) {
			return true
		}
	}
	return false
}

func (lx *lexicon) isProseVerb(w string) bool {
	return foldedIn(lx.proseVerbs, lx.proseVerbSet, w)
}

// foldedIn looks a word up in a lower-case set: the filter folds ASCII
// only, so a capitalised word of another script ("План") is lowered first.
func foldedIn(m map[string]bool, f *keyFilter, w string) bool {
	if w == "" {
		return false
	}
	var buf [64]byte // the lower-case key on the stack: m[string(b)] copies nothing
	if w[0] >= 0x80 {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			// the filter holds the keys' own wordKeys: asked with the
			// lowered word, it answers for a capital of any script
			b := appendLower(buf[:0], w)
			return f.has(wordKey(unsafe.String(unsafe.SliceData(b), len(b)))) && m[string(b)]
		}
	}
	return f.has(wordKey(w)) && m[string(appendLower(buf[:0], w))]
}

// termOpenerAt returns the term opener ("under the", "secondo il") s opens
// with, or "".
func termOpenerAt(lx *lexicon, s string) string {
	for _, o := range lx.openersFor(s) {
		if len(s) > len(o) && s[len(o)] == ' ' && strings.EqualFold(s[:len(o)], o) {
			return o
		}
	}
	return ""
}

// termsOf reads the terms a sentence of another language, or an English
// "Under the plan, …", reports: "<document noun> [adjectives] [also]
// <verb> [that] <terms>" in the first words ("Il piano americano prevede
// che…", "План также предусматривает…"), or "<opener> <plan>, <terms>"
// ("Según el borrador, Ucrania renunciaría…"; in English only with
// "would" or "will"). It returns the subject and the terms.
func termsOf(s string) (subject, terms string) {
	lx := lexiconData()
	if o := termOpenerAt(lx, s); o != "" {
		rest := s[len(o)+1:]
		c := strings.Index(rest, ", ")
		if c <= 0 || utf8.RuneCountInString(rest[:c]) > 60 {
			return "", "" // ("первоначальной версии мирного плана из 28 пунктов": runes, not bytes)
		}
		head, body := rest[:c], rest[c+2:]
		if hasPointRef(head) && listComma(lx, head, body) {
			return "", "" // "Según el punto 21 Crimea, Lugansk y Donetsk …": the point's reference reads it whole (provisions_listcomma.go)
		}
		nouns := false
		for w := range strings.FieldsSeq(lowerString(head)) {
			nouns = nouns || lx.proseNouns[w] || lx.proseNouns[strings.TrimRight(w, "ауеомі")]
		}
		if name, generic := planFor(head); !nouns && name == "" && !generic {
			return "", ""
		}
		if strings.HasPrefix(o, "under") && !strings.Contains(body, " would ") && !strings.Contains(body, " will ") || reportsSpeech(lx, body) {
			return "", ""
		}
		return head, body
	}
	if i := lastIndex(s, " under the "); i > 0 && (strings.Contains(s[:i], " would ") || strings.Contains(s[:i], " will ")) && !reportsSpeech(lx, s[:i]) {
		// "Kyiv would cap its army at 600,000 under the plan."
		tail := strings.TrimRight(s[i+len(" under the "):], ".!; ")
		if n := strings.Count(tail, " "); n <= 3 {
			for w := range strings.FieldsSeq(tail) {
				if lx.isProseNoun(w) || lowerIn(proseNouns, w) {
					return s[i+1:], strings.TrimRight(s[:i], ",")
				}
			}
		}
	}
	if subject, rest, ok := separableTerms(lx, s); ok {
		return subject, rest // "Nach Angaben … sieht der Entwurf vor, dass …"
	}
	var buf [9]string
	words := splitSpaces9(s, &buf)
	if len(words) > 3 && len(words[0]) <= 8 && docPronouns[string(appendLower(make([]byte, 0, 8), words[0]))] && lx.isProseVerb(words[1]) {
		words = words[1:] // "Elle stipule aussi que …": the document of the sentence before
	}
	if len(words) > 2 && lx.isProseVerb(words[0]) {
		// "Prevede inoltre che…", "Предусматривает также…": the document
		// of the sentence before, its subject left out
		rest := strings.Join(words[1:], " ")
		if w, r, ok := strings.Cut(rest, " "); ok && lowerIn(lx.proseFillers, strings.Trim(w, ",")) {
			rest = r
		}
		if w, r, ok := strings.Cut(rest, " "); ok && lowerIn(lx.thatWords, w) {
			rest = r
		}
		return "", rest
	}
	if subject, rest, ok := impersonalSays(lx, words); ok {
		return subject, rest
	}
	for n := 0; n < len(words)-2 && n < 4; n++ {
		if containsAny(words[n], ",;:") {
			if n <= 3 && strings.HasSuffix(words[n], ",") && !lowerIn(lx.according, strings.Trim(words[0], ",")) {
				// "Sur les territoires, le document indique que …": a topic
				// before the document, not someone's view
				if i := strings.Index(s, ", "); i > 0 {
					return termsOf(s[i+2:])
				}
			}
			if lowerIn(lx.according, strings.Trim(words[0], ",")) && unnamedBefore(lx, words[1:n+1]) {
				// "Secondo fonti diplomatiche, la controproposta prevede
				// che …": unnamed sources report the document's own
				// terms ("Zdaniem X, dokument wymaga…" stays X's view)
				if i := strings.Index(s, ", "); i > 0 {
					if subject, rest := termsOf(s[i+2:]); subject != "" && rest != "" {
						return subject, rest
					}
				}
			}
			return "", "" // "Zdaniem X, dokument wymaga…": someone's view
		}
		if !lx.isProseNoun(words[n]) && !(n > 0 && pointRefSet().has(words[n]) && !hasPointRef(s)) {
			continue // ("Еще один пункт предполагал …": a point sets out terms too)
		}
		k := n + 1
		isVerb := func(w string) bool {
			w = strings.TrimRight(w, ",")
			return lx.isProseVerb(w) || lowerIn(lx.proseSays, w)
		}
		for k < len(words)-1 && k <= n+3 && !isVerb(words[k]) {
			if containsAny(words[k], ",.;:") && !lowerIn(lx.proseFillers, strings.Trim(words[k], ",")) {
				if t := dropClauseAfterNoun(lx, s); t != s && strings.HasSuffix(words[k], ",") {
					return termsOf(t) // "План …, подготовленный …, предусматривал"
				}
				return "", ""
			}
			k++
		}
		if k >= len(words)-1 || !isVerb(words[k]) {
			if strings.HasSuffix(words[k-1], ",") || k < len(words) && strings.HasSuffix(words[k], ",") {
				// "План из 28 пунктов, подготовленный американской
				// стороной, предусматривал …": a clause between the
				// document and its verb
				if t := dropClauseAfterNoun(lx, s); t != s {
					return termsOf(t)
				}
			}
			return "", ""
		}
		if lowerIn(negations, words[k-1]) {
			return "", "" // "El texto europeo no incluye la amnistía": what it leaves out
		}
		if lowerIn(lx.proseSays, strings.TrimRight(words[k], ",")) && !lowerIn(lx.thatWords, words[k+1]) {
			return "", "" // "projekt mówi o samolotach": what it speaks of
		}
		rest := strings.Join(words[k+1:], " ")
		if lowerIn(lx.actionVerbs, strings.TrimRight(words[k], ",")) {
			// "El texto europeo eleva ese techo …": the verb is the term
			return strings.Join(words[:k], " "), strings.Join(words[k:], " ")
		}
		for _, f := range multiFillers {
			if len(rest) > len(f) && strings.EqualFold(rest[:len(f)], f) {
				rest = rest[len(f):] // "предусматривал, в частности, что"
				break
			}
		}
		for range 3 {
			w, r, ok := strings.Cut(rest, " ")
			if !ok || !(lowerIn(lx.proseFillers, w) || lowerIn(germanFillers, strings.TrimRight(w, ","))) {
				break
			}
			rest = r // "sieht auch vor, dass", "sieht unter anderem vor, dass"
		}
		if w, r, ok := strings.Cut(rest, " "); ok && lowerIn(lexiconData().thatWords, w) {
			rest = r
		}
		return strings.Join(words[:k], " "), rest
	}
	return "", ""
}

// pointOf, according and docSays run their expressions only on sentences
// holding their literal words: most sentences that pass proseCue hold none.
func pointOfIf(refs bool, s string) []string {
	if !refs {
		return nil
	}
	return pointOf(s)
}

func pointOf(s string) []string {
	if !strings.Contains(s, " of ") {
		return nil
	}
	if !strings.Contains(s, "oint ") && !strings.Contains(s, "lause ") && !strings.Contains(s, "rticle ") && !strings.Contains(s, "tem ") && !strings.Contains(s, "aragraph ") {
		return nil
	}
	if !hasASCIIDigit(s) {
		return nil // the expression reads the point's number (regexpgates.go)
	}
	return prosePointOf.FindStringSubmatch(s)
}

func according(s string) []string {
	if !strings.HasPrefix(s, "According to ") && !strings.HasPrefix(s, "according to ") {
		return nil
	}
	return proseAccording.FindStringSubmatch(s)
}

func docSays(s string) []string {
	// clauses start the sentence or follow ", ": "On the army, the
	// counter-proposal says ..."
	for start := 0; start < len(s); {
		if m := docSaysAt(s[start:]); m != nil {
			return m
		}
		k := strings.Index(s[start:], ", ")
		if k < 0 {
			break
		}
		start += k + 2
	}
	return nil
}

// docSaysAt reads "<the> [up to three words] <noun> [also] <verb> [that]
// <rest>" or "It [also] <verb> ..." at the start of c, returning the subject
// and the rest as proseDocSays's groups would.
func docSaysAt(c string) []string {
	var buf [9]string
	words := splitSpaces9(c, &buf)
	if len(words) < 3 {
		return nil
	}
	k := 0
	var low [32]byte // the first word lower-cased on the stack: most sentences open with a capital
	switch string(appendLower(low[:0], words[0])) {
	case "it":
		k = 1
	default:
		if !possessive(words[0]) {
			break
		}
		fallthrough // "Europe's version lifts the ceiling …": the owner's document
	case "the", "this", "that", "its", "their", "both":
		for n := 1; n < len(words)-1 && n <= 4; n++ {
			if !lowerIn(proseNouns, strings.TrimRight(words[n], ",;:")) {
				continue
			}
			if strings.HasSuffix(words[n], ",") && relativeAfterNoun(c, words[n+1]) {
				// "The original US draft, which was leaked last week,
				// provided for …": the document's verb follows the
				// relative clause
				head := strings.Join(words[:n+1], " ")
				if rc := strings.Index(c[len(head):], ", "); rc >= 0 {
					return docSaysAt(strings.TrimSuffix(head, ",") + " " + c[len(head)+rc+2:])
				}
				return nil
			}
			if !containsAny(words[n], ",;:") {
				k = n + 1
			}
			break
		}
	}
	if k == 0 || k >= len(words)-1 {
		return nil
	}
	subject := strings.Join(words[:k], " ")
	if words[k] == "that" || words[k] == "which" {
		// "The 28-point draft that leaked in November would have
		// required …": the document's verb after a short relative clause
		k = verbAfterRelative(words, k)
		if k < 0 {
			return nil
		}
	} else if !proseVerbs[words[k]] && pastParticiple(words[k]) {
		// "The 20-point framework presented in December says in point
		// 18 that …", "The framework presented by Kyiv provides that
		// …": the document's verb after a short participle phrase
		k = verbAfterParticiple(words, k)
		if k < 0 {
			return nil
		}
	}
	switch words[k] {
	case "also", "further", "now", "still", "instead", "however", "meanwhile", "only", "merely", "even", "explicitly":
		k++
	}
	if k >= len(words)-1 {
		return nil
	}
	verb := words[k]
	if verb == "calls" && words[k+1] == "for" {
		k++
	} else if !proseVerbs[verb] || verb == "calls" {
		return nil
	}
	if !keptVerbs[verb] || words[k+1] == "that" || versionIn(strings.Join(words[k+1:], " ")) != "" {
		k++ // ("… keeps the first point of the American plan, …": the object names the other version's point, which the verb would hand its version)
	}
	rest := strings.Join(words[k:], " ")
	if strings.HasPrefix(rest, "that ") {
		rest = rest[len("that "):]
	}
	if rest == "" {
		return nil
	}
	return []string{"", subject, rest}
}

// keptVerbs are the document verbs whose object alone is not the term:
// "The European text keeps Russian assets frozen until …", "It also
// required Kyiv to pull its troops out …". Without the verb the object
// reads as a bare state ("Russian assets frozen until …") or a subject
// with no verb ("Kyiv to pull …"), so docSaysAt leaves the verb at the
// head of the term; a verb that frames a clause ("says", "provides that")
// is cut as before, and so is one followed by "that" or in a clause that
// names a version.
var keptVerbs = map[string]bool{"keeps": true, "retains": true, "required": true, "requires": true, "obliges": true, "obliged": true}

// splitSpaces9 is strings.SplitN(c, " ", 9) into buf, without allocating:
// docSaysAt runs on every clause of a sentence that passes proseCue.
func splitSpaces9(c string, buf *[9]string) []string {
	n := 0
	for n < len(buf)-1 {
		i := strings.IndexByte(c, ' ')
		if i < 0 {
			break
		}
		buf[n] = c[:i]
		n++
		c = c[i+1:]
	}
	buf[n] = c
	return buf[:n+1]
}

// planLookBack is how many paragraphs up "the document" may refer to a
// version named there; further up, the document's own plan applies.
const planLookBack = 8

// moodConditional reports whether a text holds a verb in the conditional
// mood by its ending ("reduciría", "rinuncerebbe", "renoncerait",
// "zrezygnowałaby"): the Romance and Polish forms, which state a plan's
// terms in reports, unlike English "would", as often a comment. A byte
// scan, with no allocation, before conditionalTerm reads words.
func moodConditional(s string) bool {
	for _, lead := range moodLeads {
		for at := 0; at < len(s); {
			i := strings.Index(s[at:], lead.lead)
			if i < 0 {
				break
			}
			i += at
			for _, suf := range lead.endings {
				if strings.HasPrefix(s[i:], suf) {
					if end := i + len(suf); end == len(s) || s[end] < utf8.RuneSelf && !isASCIILetter(s[end]) {
						return true
					}
				}
			}
			at = i + len(lead.lead)
		}
	}
	return false
}

// moodLeads are the conditional endings moodConditional looks for, by
// the bytes they open with: each a vector search of the text, not a
// reading of every byte.
var moodLeads = []struct {
	lead    string
	endings []string
}{
	{"rí", []string{"ría", "rían"}}, // ("r" alone stops at every other word of English)
	{"rebbe", []string{"rebbe", "rebbero"}},
	{"rai", []string{"rait", "raient"}},
	{"ł", []string{"łaby", "łby", "łoby", "łyby"}},
	{"liby", []string{"liby"}},
}

// accordingTo reports whether a sentence gives someone's view with
// "according to" or its equivalents ("Selon Kiev, la Russie ne
// respecterait pas …"): a view, not a term.
func accordingTo(lx *lexicon, s string) bool {
	for w := range strings.FieldsSeq(s) {
		w = lowerString(strings.Trim(w, ",.;:"))
		if w == "according" || lx.according[w] {
			return true
		}
	}
	return false
}

// namesVersion reports whether a text names a version of the plan ("un
// plan de paz de 28 puntos", "il piano americano").
func namesVersion(s string) bool {
	return versionIn(s) != ""
}

// namedBefore is the version a sentence names before its terms begin:
// "Europejska kontrpropozycja, przygotowana przez …, przewiduje, że …"
// (not "…, invece dei 600 mila del piano americano": a version named in
// the terms is one they are compared with). "" when none is.
func namedBefore(s, terms string, planFor func(string) (string, bool)) string {
	at := strings.Index(s, terms)
	if at <= 0 {
		return ""
	}
	name, _ := planFor(s[:at])
	return name
}

// planBefore is the version named nearest before a sentence: in the
// paragraph's sentences before it (before), the last first
// ("Punkt 9 liczącego 28 punktów projektu … Punkt 8 stanowi z kolei …
// Europejska kontrpropozycja …": point 8 is the 28-point draft's), else
// as planAbove finds it in the paragraphs above.
func planBefore(ps []paragraph, i int, before []string, src Source, fallback string, planFor func(string) (string, bool)) string {
	if name, _ := planFor(ps[i].text); name != "" || adjectivePointVersion(lexiconData(), ps[i].text) != "" || authorsOwnVersion(ps[i].text) != "" { // (the paragraph names one at all: asked once, remembered; or at a point, "the European seventh point")
		for c := len(before) - 1; c >= 0; c-- {
			if rewriteNote(before, c) || c == 0 && openingNote(ps, i, before[0]) || passingOnly(before[c]) {
				continue // "The European text lifts that to 800,000.": a note on the point before (provisions_rewritenote.go)
			}
			if v := adjectivePointVersion(lexiconData(), before[c]); v != "" {
				return v // "… the European seventh point says …. Under point 8, …" (provisions_pointadjective.go)
			}
			if name := versionIn(before[c]); name != "" {
				if hasPointRef(before[c]) {
					// "Tačka 21 američkog nacrta …, a evropska verzija …":
					// the point goes on in the version named at it, not the
					// one the rules' order puts first (provisions_pointversion.go)
					return pointVersion(lexiconData(), before[c])
				}
				return name
			}
			if v := authorsOwnVersion(before[c]); v != "" {
				return v // "the Europeans hand over their own version. Its point 6 …" (provisions_ownversion.go)
			}
		}
	}
	if i == 0 {
		return planAbove(ps[:0], -1, src, fallback, planFor)
	}
	if runInLabel(ps[i].text) && runInLayout(ps) || figureLabel(ps[i].text) && figureLayout(ps) {
		return entryPlan(ps, i, src, fallback, planFor) // "Elecciones. Según el punto 25, …", "**2** — the point on …": an entry of its own (provisions_runin.go)
	}
	return planAbove(ps, i-1, src, fallback, planFor)
}

// planAbove is the version a document is speaking of at paragraph i: the
// nearest named one in that paragraph or above, else the front matter's,
// the title's, the caller's.
//
// Only the last planLookBack paragraphs are read.
func planAbove(ps []paragraph, i int, src Source, fallback string, planFor func(string) (string, bool)) string {
	section := -1 // the question that opens the answer paragraph i is in, if any
	for k := i; k >= 0 && k > i-planLookBack; k-- {
		if name, _ := planFor(ps[k].text); name != "" && !passingOnly(ps[k].text) { // (named only in passing above: provisions_passing.go)
			t, cut := withoutRewriteNotes(ps[k].text) // the other version's rewrite of a point names no context (provisions_rewritenote.go)
			if !cut {
				return contextVersion(ps[k].text, name) // (contextversion.go)
			}
			if v := firstNamedVersion(t); v != "" {
				return v
			}
		} else if name == "" && hasPointRef(ps[k].text) {
			if v := adjectivePointVersion(lexiconData(), ps[k].text); v != "" {
				return v // "… the European seventh point says …" above a bare point (provisions_pointadjective.go)
			}
		}
		if ps[k].kind == paraHeading && ps[k].heading || thematicBreak(ps[k]) { // ("---": provisions_breaks.go)
			// a section ("## Army and alliances") is about what its
			// heading or the document names, not about the version the
			// section before it mentioned in passing
			break
		}
		if faqQuestion(ps, k) || questionItem(ps, k) {
			section = k // an answer, likewise: "А про НАТО?" opens one; so does "**3. E la centrale?**" in an interview's numbered questions
			break
		}
	}
	if src.Plan != "" {
		return src.Plan
	}
	if name, _ := planFor(src.Title); name != "" {
		return contextVersion(src.Title, name)
	}
	if name := firstVersion(ps[:max(section, 0)], planFor); name != "" {
		return name
	}
	if fallback == "" {
		// "El plan de 28 puntos elaborado por Washington …" opening a
		// long round-up: the version the document named, however far up
		for k := i - planLookBack; k >= 0; k-- {
			if name, _ := planFor(ps[k].text); name != "" {
				return contextVersion(ps[k].text, name)
			}
		}
	}
	return firstNonEmpty(fallback, unnamedPlan)
}

// leadingQuotation splits a sentence that opens with a quotation into the
// quotation and what follows it.
func leadingQuotation(s string) (quote, rest string, ok bool) {
	r, n := utf8.DecodeRuneInString(s)
	if !isOpenQuote(r) {
		return "", "", false
	}
	for i, c := range s[n:] {
		if closesQuote(r, c) {
			_, cn := utf8.DecodeRuneInString(s[n+i:])
			rest = strings.TrimLeft(s[n+i+cn:], " ,")
			return trimQuote(s[n : n+i]), rest, true
		}
	}
	return "", "", false
}

// verbIsTerm reports whether the verb of a docSays match sets out the term
// itself ("would cap", "offers a lifting") rather than introducing it
// ("says that").
func verbIsTerm(s string, m []string) bool {
	head := strings.TrimSuffix(s, m[2])
	head = strings.TrimSuffix(head, "that ")
	for _, v := range []string{"would ", "will ", "offers ", "obliges ", "grants ", "caps ", "bars ", "lifts ", "raises ", "limits ", "drops ", "removes ", "deletes ", "scraps ", "adds "} {
		if strings.HasSuffix(head, v) {
			return true
		}
	}
	return false
}

// notATerm tells "the plan would be discussed next week" (news about the
// document) from a term of it.
func notATerm(rest string) bool {
	for _, p := range []string{"be discussed", "be presented", "be signed", "be published", "be shared", "be sent", "be submitted", "be finalised", "be finalized", "be ready", "be released", "be announced", "be reviewed", "be debated", "be handed", "be delivered", "take ", "need ", "go ", "come ", "fail", "succeed", "not ", "have to be"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// refKey names a point of a version.
type refKey struct {
	plan   string
	number int
}

// hasPointRef is a cheap look for a point reference before splitting a
// paragraph into sentences.
func hasPointRef(p string) bool {
	_, _, ok := pointRef(p)
	return ok
}

// pointRef finds a reference to a numbered point in running text: a point
// word of any language, in any case form ("point", "punkcie", "пункте"),
// followed by its number ("№ 5", "nr 5" too). It returns the number and
// the quotation the sentence gives of the point, if any ("В пункте 11
// говорится: «…»"). A reference to a list of points ("points 15 and 16")
// or to a "28-point" plan is not one point.
func pointRef(s string) (number int, quoted string, ok bool) {
	n, _, ok := pointRefEnd(s)
	if !ok {
		return 0, "", false
	}
	return n, quotationIn(s), true
}

// pointRefEnd is pointRef's number and where in s its reference ends.
func pointRefEnd(s string) (number, end int, ok bool) {
	if !hasASCIIDigit(s) {
		return 0, 0, false // a reference needs its number: skip the word scan (ordinals: ordinalPointRef)
	}
	prev, prev2 := "", ""
	for i := 0; i < len(s); {
		w, next := nextWord(s, i)
		if w == "" {
			break
		}
		i = next
		if len(w) < 3 || !pointRefSet().has(w) { // (3: "bod", "pont", "punt")
			if after, ok := runningPointAbbr(s, w, next); ok && hasDigitSoon(s, after) {
				i = after // "в п. 12 американского плана", "Laut Pkt. 7 des Entwurfs" (provisions_pointclause.go)
			} else {
				prev, prev2 = w, prev
				continue
			}
		}
		var buf [64]byte                  // lower-case look-ups from the stack, not a copy per word
		low := appendLower(buf[:0], prev) // the word before, lowered once for the look-ups below
		if offPlanQualifier(string(low)) {
			prev, prev2 = w, prev
			continue // "by road via crossing point 7", "assembly point 2": a place's number, no point of a plan (provisions_offplanowner.go)
		}
		if pointDeterminers[string(low)] && !foreignDeterminer(string(low), w) && !demonstrativeNumbered(s, i, string(low), prev2) {
			prev, prev2 = w, prev
			continue // "At this point 300 people …", "a questo punto 20 …" ("says that point 7 …" is one: pointref_demonstrative.go)
		}
		if numericOrdinal(prev) > 0 || bareNumberPoint(prev, w) > 0 || numberBeforePoint(s, i, prev, w) || lexiconData().ordinals[string(low)] > 0 {
			prev, prev2 = w, prev
			continue // "A terv 6. pontja 600 ezer főben …", "A hatodik pont 600 ezer …": the number or ordinal before is the point's, the one after a figure
		}
		rest := strings.TrimLeft(s[i:], " ")
		for _, mark := range []string{"№", "nr ", "nr. ", "no. ", "n. ", "nº ", "n° ", "n.º "} {
			if hasPrefixLowered(rest, mark) {
				rest = strings.TrimLeft(rest[len(mark):], " ")
			}
		}
		rest = cutOrdinalPrefix(rest) // "Điểm thứ 25", "poin ke-21" (ordinalprefix.go)
		d := 0
		for d < len(rest) && d < 4 && isDigit(rest[d]) {
			d++
		}
		if d == 0 || d < len(rest) && (isDigit(rest[d]) || rest[d] == '-' || isASCIILetter(rest[d])) {
			continue
		}
		if d+1 < len(rest) && rest[d] == '.' && isDigit(rest[d+1]) {
			continue // "Libro de Estilo (punto 9.2)", "section 4.1": a numbered rule's sub-clause; the plan's points are whole numbers (stop 51)
		}
		n, err := strconv.Atoi(rest[:d])
		if err != nil || n == 0 || offPlanOwner(rest[d:]) {
			continue // "Point 3 of the convoy's route plan …": not the plan's (provisions_offplanowner.go)
		}
		return n, len(s) - len(rest) + d, true
	}
	return 0, 0, false
}

// quotationIn returns the longest quotation of at least four words in s,
// or "".
func quotationIn(s string) string {
	best := ""
	for i, r := range s {
		if !isOpenQuote(r) {
			continue
		}
		n := utf8.RuneLen(r)
		for j, c := range s[i+n:] {
			if closesQuote(r, c) {
				q := s[i+n : i+n+j]
				if strings.Count(q, " ") >= 3 && len(q) > len(best) {
					best = q
				}
				break
			}
		}
	}
	return strings.TrimSpace(trimQuote(best))
}

// namesTerms reports whether a sentence speaks of a plan's terms in
// general: "The money clauses are just as unusual".
func namesTerms(lx *lexicon, s string) bool {
	prevNumber := false
	for i := 0; i < len(s); {
		w, next := nextWord(s, i)
		if w == "" {
			return false
		}
		i = next
		if len(w) >= 5 && !prevNumber && termNounSet().has(w) {
			return true // (not "the 28 points": a plan's name)
		}
		prevNumber = isDigit(w[0])
	}
	return false
}

// conditionalTerm reports whether a sentence reads as a term of a plan set
// out in the conditional, in a language of the corpus: "The plant would be
// restarted …", "quedaría bajo supervisión", "sarebbe istituito", "würde
// … abziehen", "была бы создана". A sentence that reports speech, quotes,
// or opens with a pronoun ("This would be a disaster") is a comment, not
// a term.
func conditionalTerm(lx *lexicon, s string) bool {
	if containsAny(s, "“”\"«»„") || reportsSpeech(lx, s) || impersonalView(s) {
		return false
	}
	first, next := nextWord(s, 0)
	if second, _ := nextWord(s, next); first == "I" && len(second) > 3 && strings.HasSuffix(second, "i") {
		// "I negoziati sui territori partirebbero …": the Italian article,
		// not the English pronoun
	} else if !isCapital(first) || lowerIn(commentOpeners, first) {
		return false
	}
	words := 0
	cond := false
	for i := 0; i < len(s); {
		w, next := nextWord(s, i)
		if w == "" {
			break
		}
		i = next
		words++
		if cond {
			continue
		}
		l := lowerString(w)
		switch {
		case l == "would" || l == "würde" || l == "würden" || l == "бы" || l == "би":
			cond = true
		case lx.reportatives[l]:
			cond = true // "Die Armee soll auf 600.000 Soldaten begrenzt werden", "Krim ska erkännas som ryskt"
		case len(l) > 5 && (strings.HasSuffix(l, "ría") || strings.HasSuffix(l, "rían") || strings.HasSuffix(l, "rebbe") || strings.HasSuffix(l, "rebbero") || strings.HasSuffix(l, "rait") || strings.HasSuffix(l, "raient")):
			cond = true
		case len(l) > 6 && (strings.HasSuffix(l, "łby") || strings.HasSuffix(l, "łaby") || strings.HasSuffix(l, "łoby") || strings.HasSuffix(l, "liby") || strings.HasSuffix(l, "łyby")):
			cond = true
		}
	}
	return cond && words >= 6
}

// commentOpeners open a sentence that comments on the terms rather than
// stating one: pronouns and demonstratives of the corpus's languages.
var commentOpeners = map[string]bool{
	"this": true, "that": true, "it": true, "these": true, "those": true, "they": true, "we": true, "i": true, "he": true, "she": true, "such": true, "critics": true, "some": true, "many": true,
	"questo": true, "ciò": true, "esto": true, "eso": true, "ello": true, "cela": true, "ce": true, "ceci": true, "dies": true, "das": true, "es": true,
	"это": true, "то": true, "це": true, "то́": true, "to": true, "tego": true, "taki": true,
}

// pointDeterminers before a point word make it the idiom "at this point",
// not a reference to a numbered point.
var pointDeterminers = grammarSet("pointDeterminers")

// dropAsides removes an aside between commas ("La contrapropuesta, en
// cambio, establece …") so the document and its verb stand together.
func dropAsides(lx *lexicon, s string) string {
	for _, c := range lx.connectives {
		if len(s) > len(c) && strings.HasPrefix(s, c) {
			r, n := utf8.DecodeRuneInString(s[len(c):])
			s = string(unicode.ToUpper(r)) + s[len(c)+n:] // "Кроме того, документ …" reads as "Документ …"
			break
		}
	}
	if !strings.Contains(s, ", ") || !hasAnyPhrase(s, lx.proseAsides) {
		return s // (most sentences: one pass, no aside)
	}
	for _, a := range lx.proseAsides {
		if i := strings.Index(s, a); i > 0 {
			s = s[:i] + s[i+len(a):]
		}
	}
	return s
}

// attributesSpeech reports whether a sentence gives someone's words: a
// speech verb next to a name or a pronoun ("…, sagte Hollmann", "Tusk
// powiedział", "– powiedział Tusk"), not a reflexive or passive one ("se
// considera", "it is said").
func attributesSpeech(lx *lexicon, s string) bool {
	var prev string
	prevEnd := 0
	var buf [64]byte // each word lower-cased here for the look-up: no copy per capitalised word
	for i := 0; i < len(s); {
		w, next := nextWord(s, i)
		if w == "" {
			return false
		}
		start := next - len(w)
		i = next
		if lx.sayVerbs[string(appendLower(buf[:0], w))] {
			after, an := nextWord(s, i)
			if len(after) <= 2 && an < len(s) && (s[an] == '\'' || strings.HasPrefix(s[an:], "’")) {
				after, _ = nextWord(s, an) // "l'ambasciatore": the word after the elided article
			}
			// inverted only after a comma or a dash: "…, sagte Hollmann",
			// "– powiedział Tusk", not "Point 5 said Ukraine would …"
			inverted := containsAny(s[prevEnd:start], ",–—") ||
				lowerIn(lx.auxiliaries, prev) && containsAny(s[max(prevEnd-len(prev)-3, 0):prevEnd], ",–—") // "», ha detto l'ambasciatore"
			lp := lowerString(prev)
			la := lowerString(after)
			if r, ok := cutElidedArticle(after); ok {
				la = r // "l'ambasciatore"
			}
			if isCapital(prev) || pronounGender[lp] != "" || lx.isRole(lp) || lx.backRef[lp] || inverted && (isCapital(after) || pronounGender[la] != "" || lx.isRole(la) || lx.backRef[la] || roleArticles[la]) {
				return true
			}
		}
		prev, prevEnd = w, next
	}
	return false
}

// negations before a document's verb say what it does not set out.
var negations = map[string]bool{"no": true, "not": true, "non": true, "ne": true, "n'": true, "nicht": true, "kein": true, "не": true, "nie": true, "doesn't": true}

// planLabel splits an explainer's "label: text" sentence whose label names
// a version of the plan or one of its points ("Point 7 of the U.S. draft:
// …", "European version: …", "Il testo europeo: …"). The label is short
// and the text says something (three words or more).
func planLabel(s string, planFor func(string) (string, bool)) (label, body string, ok bool) {
	i := strings.Index(s, ": ")
	if i <= 0 || i > 60 || strings.Count(s[i+2:], " ") < 2 || containsAny(s[:i], "“”\"«»„") {
		return "", "", false
	}
	label = s[:i]
	if strings.Count(label, "(") > strings.Count(label, ")") || strings.Count(label, "[") > strings.Count(label, "]") {
		return "", "", false // "(EN EL PLAN DE 28 PUNTOS, EL 21: RETIRADA …)": a bracket's words, no label (provisions_pointclause.go)
	}
	if strings.Count(label, " ") > 7 || pointsOnly(s[i+2:]) { // (provisions_rangeonly.go)
		return "", "", false
	}
	if _, _, ref := pointRef(label); ref {
		return label, s[i+2:], true
	}
	if name, _ := planFor(label); name != "" {
		return label, s[i+2:], true
	}
	return "", "", false
}

// pointInSpeech finds what a point sets out in a sentence that reports
// someone's words about it: the relative clause after the reference
// ("punkt 9, zgodnie z którym europejskie myśliwce mają stacjonować w
// Polsce, premier odparł"), up to the next comma.
func pointInSpeech(lx *lexicon, s string) (number int, clause string, ok bool) {
	n, _, ref := pointRef(s)
	if !ref {
		n = ordinalPointRef(s) // "said the final point, which has …, is the one to watch"
		ref = n > 0
	}
	if !ref || !attributesSpeech(lx, s) {
		return 0, "", false
	}
	for _, r := range lx.pointRels {
		i := strings.Index(s, r)
		if i < 0 {
			continue
		}
		c := cutTermAtComma(s[i+len(r):]) // (provisions_termcomma.go)
		if strings.Count(c, " ") >= 2 {
			return n, trimSentenceEnd(c), true
		}
	}
	return 0, "", false
}

// clauseJoins join two clauses that may each refer to a point: "według
// punktu 8 NATO zgadza się …, a według punktu 7 Ukraina ma …".
var clauseJoins = []string{", a ", ", and ", ", e ", ", y ", ", et ", ", und ", "; ", ", а ", ", і ", ", и ", ", oraz ", ", while ", " and ", " y ", " e ", " et ", " und ", " i ", " и ", " і ",
	", ja ", ", és ", ", ir ", ", un ", ", og ", ", och ", ", en ", ", ve ", ", și ", ", i ", ", και ",
	"، فيما ", "، بينما ",
	", or ", ", o ", ", ou ", ", oder ", ", of ", ", lub ", ", albo ", ", или ", ", або ", ", sau ", ", eller ", ", nebo ", ", alebo ", ", vagy ", ", ή "} // (the second line: the Finnic, Hungarian, Baltic, Nordic, Dutch, Turkish, Romanian, South Slavic and Greek "and" after a comma; the third: the Arabic "while"; the fourth: "or" after a comma, orJoin)

// orJoin reports whether a join is an "or" after a comma ("…, el punt 19,
// …, o el punt 24, que …", "…, or point 24, which …"): like a join without
// a comma, it cuts only before a clause that names its point at its head
// (refAfterJoin), since "o" is also an article ("…, o compromisso de …").
func orJoin(j string) bool {
	for _, o := range clauseJoins[orJoinsFrom:] {
		if j == o {
			return true
		}
	}
	return false
}

// orJoinsFrom is where clauseJoins' "or" joins begin.
var orJoinsFrom = slices.Index(clauseJoins, ", or ")

// bareJoin reports whether a join has no comma: the clause after it is cut
// off only when it names its point at its head (refAfterJoin), as "and"
// also joins words inside one clause.
func bareJoin(j string) bool { return j[0] == ' ' }

// joinedRefWords is how many short words a joined clause may put before
// the point it names: "… y en el punto 21 pide …", "… and in point 21 …".
const joinedRefWords = 3

// maxJoinedWordBytes bounds those words: articles and prepositions ("en",
// "el", "in", "w", "во"), not a clause's own subject and verb ("il
// secondo è il punto 25" names the point as a predicate).
const maxJoinedWordBytes = 4

// refAfterJoin reports whether the clause after a join names a point at
// its head, past a few short words: by number ("en el punto 21") or by an
// ordinal ("а 28-й пункт предусматривал").
func refAfterJoin(after string) bool {
	rest := strings.TrimLeft(after, " ")
	for k := 0; k <= joinedRefWords; k++ {
		if _, _, ok := pointRef(firstWords(rest, 2)); ok {
			return true
		}
		if ordinalPointRef(firstWords(rest, 3)) > 0 {
			return true
		}
		w, next, ok := strings.Cut(rest, " ")
		if !ok || len(w) > maxJoinedWordBytes {
			return false
		}
		rest = next
	}
	return false
}

// pointClauses splits each sentence that refers to two points or more at
// its joins, so each point gets its own clause.
func pointClauses(ss []string) []string {
	var out []string
	for _, s := range ss {
		if refs := countPointRefs(s) + wordNoteRefs(s); refs < 2 && (refs == 0 || ordinalPointRef(s) == 0) && (refs > 0 || ordinalRefs(s) < 2) { // (two ordinals: "Seitsemännessä kohdassa …, ja kahdeksas kohta …", pointref_docbefore.go)
			out = append(out, s)
			continue
		}
		parts := versionClauseCuts([]string{s}) // (a clause naming another version: provisions_versionclauses.go)
		for _, j := range clauseJoins {
			var next []string
			for _, p := range parts {
				for from := 0; ; {
					i := strings.Index(p[from:], j)
					if i < 0 {
						break
					}
					i += from
					if after := p[i+len(j):]; (bareJoin(j) || orJoin(j)) && !refAfterJoin(after) || !bareJoin(j) && !orJoin(j) && (!hasPointRef(joinedClauseHead(after)) || bracketedRef(after) && j != "; " && !ownNoteAfter(p[:i], after)) && ordinalPointRef(joinedClauseHead(after)) == 0 { // (the reference is the joined clause's own: provisions_joinhead.go) // (a bracketed note closes the term: provisions_itemlabel.go; one that began before a semicolon is another item's)
						// a join whose clause names no point of its own
						// stays, but a later one may ("…, Ukraine and
						// Europe (point 2); in point 9, …"): read on
						from = i + len(j)
						continue
					}
					next = append(next, p[:i])
					p, from = p[i+len(j):], 0
				}
				next = append(next, p)
			}
			parts = next
		}
		out = append(out, splitAtLeadingRefs(parts)...)
	}
	return out
}

// countPointRefs counts the point references of s (at most three).
func countPointRefs(s string) int {
	n := 0
	for n < 3 {
		_, end, ok := pointRefEnd(s)
		if !ok {
			break
		}
		n++
		s = s[end:] // go on after this reference's number
	}
	return n
}

// afterQuestion reports whether only a question stands between paragraph
// i and the last paragraph that set out terms: an explainer's next answer
// ("What about the army?" then "Ukraine's army would be limited to …").
func afterQuestion(ps []paragraph, i, lastDocPara int) bool {
	return i >= 2 && lastDocPara == i-2 && bareQuestion(ps[i-1].text)
}

// germanFillers stand between "sieht" and its "dass": "sieht unter anderem
// vor, dass …".
var germanFillers = map[string]bool{"vor": true, "fest": true, "unter": true, "anderem": true, "außerdem": true, "zudem": true}

// multiFillers stand between a document's verb and its "that": "в
// частности", "in particular".
var multiFillers = []string{"в частности, ", "зокрема, ", "in particular, ", "insbesondere, ", "in particolare, ", "en particulier, ", "en particular, ", "w szczególności, ", ", "}

// dropClauseAfterNoun removes the first clause between commas when the
// word after it is a document verb, so "План …, подготовленный …,
// предусматривал" reads as "План … предусматривал". s is returned as it is
// otherwise.
func dropClauseAfterNoun(lx *lexicon, s string) string {
	i := strings.Index(s, ", ")
	if i <= 0 {
		return s
	}
	j := strings.Index(s[i+2:], ", ")
	if j <= 0 {
		return s
	}
	after := s[i+2+j+2:]
	w, _, _ := strings.Cut(after, " ")
	if !lx.isProseVerb(strings.TrimRight(w, ",")) {
		return s
	}
	return s[:i] + " " + after
}

// relativeAfterNoun reports whether the words after "the <document>," in
// c open a clause about the document before its verb: "which was leaked",
// "first reported by …", "details of which were leaked", "drafted in
// Washington": a relative pronoun within its first four words, or a past
// participle opening it.
func relativeAfterNoun(c, next string) bool {
	if next == "first" || strings.HasSuffix(next, "ed") && len(next) > 4 {
		return true
	}
	_, after, ok := strings.Cut(c, ", ")
	if !ok {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(after) {
		if w = strings.Trim(w, ","); w == "which" || w == "whose" {
			return true
		}
		if n++; n >= 4 {
			break
		}
	}
	return false
}

// unnamedBefore reports whether words name unnamed sources ("fonti
// diplomatiche europee,").
func unnamedBefore(lx *lexicon, words []string) bool {
	for _, w := range words {
		if lx.isUnnamed(lowerString(strings.Trim(w, ","))) {
			return true
		}
	}
	return false
}

// ordinalPointRef returns the number of a point named by an ordinal next
// to a point word, "the first point of the plan", "punkt dziewiąty:", "il
// settimo punto del piano", "в девятом пункте плана", or 0. What follows
// must make it a point of a document: a colon or comma, "of" and the
// like, or a document noun ("The first point I would make" is none).
func ordinalPointRef(s string) int {
	lx := lexiconData()
	for _, at := range lx.pointWordsIn(s) {
		if n := ordinalAt(lx, s, at); n > 0 {
			return n
		}
	}
	return 0
}

// ordinalAt is ordinalPointRef for the point word at.
func ordinalAt(lx *lexicon, s string, at wordAt) int {
	before := wordBefore(s, at.start)
	n := lowerIn(lx.ordinals, before)
	if n > 0 {
		n = compoundOrdinal(s, at.start-1-len(before), before, n) // "двадцять шостий пункт" (ordinal_compound.go)
	} else if n = hyphenOrdinal(lx, before); n == 0 {
		n = numericOrdinal(before) // "the 13th point", "28-й пункт"
	}
	if n == 0 {
		n = lastOrdinal(before) // "Το τελευταίο σημείο ορίζει …" (lastordinal.go)
	}
	if n == 0 {
		// "Plano 7 punktas numato …" (pointref_docbefore.go); "21 punktas."
		// alone is a list label, read as one (text_labelpoints.go)
		if n = bareNumberPoint(before, at.word); n > 0 && !pointVerbAfter(lx, s[at.end:]) && !documentBeforeOrdinal(lx, s, at.start-1-len(before)) {
			n = 0
		}
	}
	if n > 0 && (ofADocument(lx, s[at.end:]) || pointVerbAfter(lx, s[at.end:]) || documentBeforeOrdinal(lx, s, at.start-1-len(before)) || relativeSoonAfter(lx, s[at.end:]) || locativeHead(s, at.start-1-len(before), at.word)) {
		return n
	}
	if w2, after := nextWord(s, at.end); w2 != "" && strings.HasPrefix(strings.TrimLeft(s[at.end:], " "), w2) {
		// "Punctul al șaptelea": the ordinal after its article (pointcomplement.go)
		w2, after = afterOrdinalArticle(s, w2, after)
		if n, after := ordinalAfter(lx, s, w2, after); n > 0 && (ofADocument(lx, s[after:]) || pointVerbAfter(lx, s[after:]) || prepositionBefore(s, at) && locativeHead(s, at.start, at.word)) { // "Punkt dziewiąty mówi, że …", as "Il nono punto dice"; "În punctul al cincilea se prevede …", "В пункте пятом говорится …"
			return n
		} else if n > 0 && pointVerbBefore(lx, s, at.start) {
			n, _ = tensAfterOrdinal(s, n, after)
			return n // "ويدعو البند الخامس والعشرون إلى …": the verb first (pointref_verbbefore.go)
		}
	}
	return 0
}

// unnumberedPoints reports whether a paragraph names a point by an
// ordinal or by a relative clause (ordinalPointRef, pointWithRelative),
// reading its point words once.
func unnumberedPoints(lx *lexicon, p string) bool {
	for _, at := range lx.pointWordsIn(p) {
		if ordinalAt(lx, p, at) > 0 {
			return true
		}
		if _, ok := relativeAt(lx, p, at); ok {
			return true
		}
	}
	return false
}

// wordAt is a word of s and where it starts and ends.
type wordAt struct {
	word       string
	start, end int
}

// pointWordsIn returns the point words of s ("point", "punkt", "пункте"),
// found by jumping to each occurrence of their letters rather than reading
// every word: most paragraphs hold none.
func (lx *lexicon) pointWordsIn(s string) []wordAt {
	if ps := pointMidScanFor(lx); ps != nil {
		return ps.wordsIn(s) // the same in one pass (pointwords_scan.go)
	}
	var out []wordAt
	for _, m := range lx.pointMids {
		for from := 0; from < len(s); {
			k := strings.Index(s[from:], m)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(m)
			// the word starts one letter before the match: one byte in
			// Latin script, two in Cyrillic
			ws := at - 1
			if ws > 0 && s[ws]&0xC0 == 0x80 {
				ws--
			}
			if ws < 0 || ws > 0 && !wordStartAfter(s[:ws]) {
				continue // inside a word ("appointed") or after a hyphen ("28-point")
			}
			out = appendPointWord(out, s, ws, at)
		}
	}
	// in the order of the text, not of the point words' letters: the
	// first point word is the one a caller means
	slices.SortFunc(out, func(a, b wordAt) int { return a.start - b.start })
	// a word two point words' letters find ("punto" by "unto" and by
	// "punt"'s "unt") once
	return slices.CompactFunc(out, func(a, b wordAt) bool { return a.start == b.start })
}

// ofADocument reports whether the text after a point's name ties it to a
// document: punctuation, a complement preposition, or a document noun.
func ofADocument(lx *lexicon, rest string) bool {
	if rest == "" || rest[0] == ':' || rest[0] == ',' || rest[0] == '.' {
		return true
	}
	w, end := nextWord(rest, 0)
	l := lowerString(w)
	return l == "of" || complementPreps[l] || pointComplement(l, rest) || lx.isProseNoun(w) || lx.proseNouns[l] || adjectiveThenDocument(lx, rest, end) || documentNoun(lx, l) // ("документа": pointtopic.go)
}

// pointVerbAfter reports whether the word after a point's name is the verb
// by which the point sets out its term ("the sixth point says …", "the
// 13th point would bring …", "Шостий пункт обмежує …"): a verb of
// plans.json that sets out terms, one of pointrefs.json's pointVerbs, or a
// modal.
func pointVerbAfter(lx *lexicon, rest string) bool {
	w, _ := nextWord(rest, 0)
	if w == "" {
		return false
	}
	if pointVerbWord(lx, w) {
		return true
	}
	if r, ok := skipPointHedges(rest); ok {
		w, _ := nextWord(r, 0)
		return w != "" && pointVerbWord(lx, w) // "the twenty-first point at least tells you …"
	}
	return false
}

// pointVerbWord reports whether w is a verb by which a point sets out its
// term (pointVerbAfter).
func pointVerbWord(lx *lexicon, w string) bool {
	l := lowerString(w)
	return lx.isProseVerb(w) || lx.proseSays[l] || termModals[l] || ordinalSuffixData().verbs[l] || conditionalVerb(w) // ("kieltäisi": pointref_docbefore.go)
}

// skipPointHedges returns rest past up to two of pointrefs.json's
// pointVerbHedges at its start ("at least", "ook"), ok when one was
// skipped.
func skipPointHedges(rest string) (string, bool) {
	skipped := false
	for range 2 {
		r := strings.TrimLeft(rest, " ")
		found := false
		for _, h := range ordinalSuffixData().Hedges {
			if len(r) > len(h) && r[len(h)] == ' ' && strings.EqualFold(r[:len(h)], h) {
				rest, found, skipped = r[len(h):], true, true
				break
			}
		}
		if !found {
			break
		}
	}
	return rest, skipped
}

// firstWords returns the first n words of s.
func firstWords(s string, n int) string {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			if n--; n == 0 {
				return s[:i]
			}
		}
	}
	return s
}

// impersonalSays reads a document saying something impersonally, in the
// languages that write it so: "В документе говорится, что …", "в нем
// говорилось, что …" (the document just named: no subject), "Im Entwurf
// heißt es, …", "Nel testo si legge che …", "W dokumencie czytamy, że …".
// The document may carry one adjective ("в американском документе").
func impersonalSays(lx *lexicon, words []string) (subject, rest string, ok bool) {
	var lb [16]byte // the look-up key on the stack: most sentences open with no such word
	if len(words) < 4 || len(words[0]) > len(lb) || !lx.docPreps[string(appendLower(lb[:0], words[0]))] {
		return "", "", false
	}
	for n := 1; n <= 2 && n+1 < len(words); n++ {
		w := lowerString(words[n])
		if containsAny(w, ",;:") {
			return "", "", false
		}
		noun := lx.isProseNoun(w) || lx.proseNouns[w] || lx.proseNouns[strings.TrimRight(w, "ауеомі")] // "документе"
		version := !noun && lx.namedVersion(words, n)
		if !noun && !version && !lx.docPronouns[w] {
			continue
		}
		noun = noun || version
		v := n + 1
		if version && v < len(words)-1 && !lowerIn(reflexive, words[v]) && !lowerIn(lx.impersonal, strings.TrimRight(words[v], ",")) {
			v++ // "Nella versione europea si precisa": the version's adjective after its noun
		}
		if v < len(words)-1 && lx.proseFillers[lowerString(words[v])] {
			v++ // "У європейській версії також сказано"
		}
		if v < len(words)-1 && lowerIn(reflexive, words[v]) {
			v++ // "si legge", "se lee"
		}
		if !lowerIn(lx.impersonal, strings.TrimRight(words[v], ",")) {
			return "", "", false
		}
		rest := strings.Join(words[v+1:], " ")
		for range 4 {
			w, r, ok := strings.Cut(rest, " ")
			l := lowerString(strings.TrimRight(w, ","))
			if !ok || !(l == "es" || l == "про" || l == "те" || l == "o" || l == "tym" || lx.thatWords[l] || lx.proseFillers[l]) {
				break
			}
			rest = r // "heißt es, …", "йдеться про те, що …", "mowa o tym, że"
		}
		if noun {
			subject = strings.Join(words[1:n+1], " ")
		}
		return subject, rest, true
	}
	return "", "", false
}

// pointWithRelative finds a point named without a number and what it sets
// out in a relative clause: "el punto que limita el ejército a 600.000",
// "the clause that caps the army at 600,000", "пункт, который
// ограничивает армию". The clause must open with a verb that is a term or
// sets one out; it runs to the next comma. pointWord says whether the
// paragraph holds a point word at all (hasPointWord).
func pointWithRelative(lx *lexicon, s string, pointWord bool) (string, bool) {
	if !pointWord {
		return "", false // the paragraph holds no point word
	}
	for _, at := range lx.pointWordsIn(s) {
		if c, ok := relativeAt(lx, s, at); ok {
			return c, true
		}
	}
	return "", false
}

// relativeAt is pointWithRelative for the point word at.
func relativeAt(lx *lexicon, s string, at wordAt) (string, bool) {
	if lowerIn(pointDeterminers, wordBefore(s, at.start)) {
		return "", false // "any clause that limits …": no clause of the plan
	}
	rel, after := nextWord(s, at.end)
	if rel == "" || !lowerIn(lx.relPronouns, rel) {
		return "", false
	}
	verb, _ := nextWord(s, after)
	l := lowerString(verb)
	if verb == "" || !(lx.actionVerbs[l] || lx.isProseVerb(verb)) {
		return "", false
	}
	c := cutTermAtComma(strings.TrimLeft(s[after:], " ")) // (provisions_termcomma.go)
	if strings.Count(c, " ") < 2 {
		return "", false
	}
	return trimSentenceEnd(c), true
}

// wordBefore returns the word that ends right before s[start] (one space
// between them), or "".
func wordBefore(s string, start int) string {
	if start < 2 {
		return ""
	}
	p := strings.LastIndexByte(s[:start-1], ' ') + 1
	return s[p : start-1]
}

// openQuoteSpoken reports whether a sentence opens with a quotation that a
// speech verb attributes: "«È un testo che chiede molto», osserva X" is
// someone's words about the document, not its terms.
func openQuoteSpoken(lx *lexicon, s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isOpenQuote(r) && reportsSpeech(lx, s)
}

// clauseAfterSpeech returns the clause after the that-word of a speech
// verb ("Analysts note that …", "Zauważył, że …"), or "". Only a clause
// opened by a that-word right after a speech verb (and its addressee or a
// comma) counts, so "the fact that" and "so that" open none.
func clauseAfterSpeech(lx *lexicon, s string) string {
	prevSay := -9
	n := 0
	for i := 0; i < len(s); {
		w, next := nextWord(s, i)
		if w == "" {
			break
		}
		n++
		if n-prevSay > 3 {
			// no speech verb just before: only a speech verb matters,
			// looked up through the cue filter (most words are none)
			if foldedInWide(lx.sayVerbs, lx.speechCues, w) {
				prevSay = n
			}
			i = next
			continue
		}
		var lb [32]byte
		l := w
		if len(w) <= len(lb) {
			l = string(appendLower(lb[:0], w))
		}
		if lx.sayVerbs[l] {
			prevSay = n
		} else if lx.thatWords[l] && n > 1 {
			return strings.TrimLeft(s[next:], " ")
		} else if n == prevSay+1 && (l == "the" || l == "this") {
			if c := strings.TrimLeft(s[i:], " "); docSaysAt(c) != nil {
				return c // "Zelensky said the proposal would force Kyiv …": English drops "that"
			}
		}
		i = next
	}
	return ""
}

// cutTrailingAttribution drops who said a term from its end: "… a 600.000
// efectivos, recuerda el diario", "…, a diplomat said". A tail of at most
// six words after the last comma that holds a speech verb is the
// attribution, not the term.
func cutTrailingAttribution(lx *lexicon, text string) string {
	c := strings.LastIndex(text, ", ")
	if c <= 0 {
		return text
	}
	tail := text[c+2:]
	if strings.Count(tail, " ") > 5 || containsAny(tail, "“”\"«»") {
		return text
	}
	if reportsSpeech(lx, lowerString(tail)) {
		return strings.TrimSpace(text[:c])
	}
	return text
}

// docRelative splits a sentence at a relative clause that opens a named
// document's terms, ", under which …", ", según el cual …", ", согласно
// которому …", when one of the four words before it is a document or
// terms noun. It returns the sentence up to it and the terms.
func docRelative(lx *lexicon, s string) (head, rest string, ok bool) {
	if !strings.Contains(s, ", ") || hasPointRef(s) || ordinalPointRef(s) > 0 {
		return "", "", false // ("punkt 9 planu, zgodnie z którym …" is that point's; so is "a terv 21. pontja, amely szerint …")
	}
	for _, r := range lx.docRels {
		i := strings.Index(s, r)
		if i <= 0 {
			continue
		}
		head, rest = s[:i], s[i+len(r):]
		f := strings.Fields(head)
		for _, w := range f[max(0, len(f)-4):] {
			l := lowerString(strings.Trim(w, ",;:"))
			if proseNouns[l] || lx.isProseNoun(w) || lx.proseNouns[l] || lx.termNouns[l] {
				if strings.Count(rest, " ") >= 3 {
					return head, rest, true
				}
			}
		}
	}
	return "", "", false
}

// hasDocRelative is a cheap look for docRelative's openers in a paragraph.
func hasDocRelative(lx *lexicon, p string) bool {
	for i := 0; i < len(p); {
		k := strings.Index(p[i:], ", ")
		if k < 0 {
			return false
		}
		i += k
		for _, r := range lx.docRels {
			if strings.HasPrefix(p[i:], r) {
				return true
			}
		}
		i += 2
	}
	return false
}

// otherCueWord reports whether a word is a document verb of another
// language, an impersonal "it says" or a plain "says" (otherProseCue): the
// word's key is looked up once in a filter over all three.
func (lx *lexicon) otherCueWord(w string) bool {
	if w == "" {
		return false
	}
	upper := false // a capital beyond ASCII: the filter's keys fold A-Z only
	if w[0] >= 0x80 {
		r, _ := utf8.DecodeRuneInString(w)
		upper = unicode.IsUpper(r)
	}
	if !upper && !lx.otherCueSet.has(wordKey(w)) {
		return false
	}
	var buf [64]byte
	if len(w) > len(buf) {
		return false
	}
	l := string(appendLower(buf[:0], w))
	return lx.proseVerbs[l] || lx.impersonal[l] || lx.proseSays[l]
}

// ordinalPointRefIf is ordinalPointRef when the paragraph holds a point
// word at all.
func ordinalPointRefIf(pointWord bool, s string) int {
	if !pointWord {
		return 0
	}
	return ordinalPointRef(s)
}

// docRelativeIf is docRelative when the paragraph holds an opener at all.
func docRelativeIf(docRel bool, lx *lexicon, s string) (head, rest string, ok bool) {
	if !docRel {
		return "", "", false
	}
	return docRelative(lx, s)
}

// hasThatWord is a cheap look for a that-word (or "said the") in a
// paragraph before clauseAfterSpeech reads its words.
func hasThatWord(lx *lexicon, p string) bool {
	if strings.Contains(p, " said the ") || strings.Contains(p, " says the ") {
		return true
	}
	if lx == lexiconData() {
		return thatPaddedSet().in(p) // the same words in one pass
	}
	for _, w := range lx.thatPadded {
		if strings.Contains(p, w) {
			return true
		}
	}
	return false
}

// wordStartAfter reports whether a word may start right after pre: at a
// space, a line break, a bracket or an opening quotation mark.
func wordStartAfter(pre string) bool {
	r, _ := utf8.DecodeLastRuneInString(pre)
	switch r {
	case ' ', '\n', '(', '„', '“', '«', '"', '\'', '*':
		return true
	}
	return false
}

// possessive reports whether a word is a capitalised owner ("Europe's",
// "Kyiv’s") that may stand before a document noun as "the" does.
func possessive(w string) bool {
	return len(w) > 3 && isCapital(w) && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"))
}

// newProvision is the n-th provision of src's document (counting from 1,
// which its ID carries), with its topics tagged from its text: the form
// every rule that finds a term in prose gives its finds.
func newProvision(src Source, n int, plan string, number int, text string, pos int) Provision {
	return Provision{
		ID:       src.ID + "-p" + strconv.Itoa(n),
		SourceID: src.ID,
		Plan:     plan,
		Number:   number,
		Text:     text,
		Topics:   tagTopics(text),
		Position: pos,
	}
}

// pastParticiple reports whether w reads as an English past participle by
// its regular ending ("presented", "published", "circulated"): after a
// document's noun it opens a phrase that describes the document, and the
// document's own verb follows it.
func pastParticiple(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ed") && isASCIILetter(w[0]) && !isCapital(w)
}

// verbAfterParticiple is the index of the document's verb after the
// participle phrase that opens at words[k] ("presented in December
// says"), within a few words and before any punctuation; -1 when none.
// Unlike a relative clause's ("the draft that Witkoff said …"), a
// participle phrase has no speaker of its own, so "says" is the
// document's.
func verbAfterParticiple(words []string, k int) int {
	for j := k + 1; j < len(words)-1 && j <= k+4; j++ {
		if strings.ContainsAny(words[j-1], ",;:()") {
			return -1
		}
		if w := words[j]; w == "would" || w == "will" || proseVerbs[w] {
			return j
		}
	}
	return -1
}

// wordsAfterRef reports whether s goes on for two words or more past the
// number of its point reference: the clause opens on the point and says
// something of it ("Point 1 confirms the sovereignty", "Pkt 1 potwierdza
// suwerenność Ukrainy"), unlike "Take point 14." or "… is point 21.".
func wordsAfterRef(s string) bool {
	_, end, ok := pointRefEnd(s)
	if !ok {
		return false
	}
	w1, next := nextWord(s, end)
	w2, _ := nextWord(s, next)
	return w1 != "" && w2 != ""
}

// namedVersion reports whether words[n] is a version noun ("versión",
// "варианте", "versão") with a version's name beside it ("La versión
// europea", "В европейском варианте", "a versão dos EUA"): the version is
// then a document that sets out terms. Alone ("Nella versione di Mosca",
// "La versión oficial") it is anybody's account, and no document.
func (lx *lexicon) namedVersion(words []string, n int) bool {
	if !foldedIn(lx.versionNouns, lx.versionNounSet, strings.TrimRight(words[n], ",;:")) {
		return false
	}
	from, to := max(0, n-2), min(len(words), n+3)
	name, _ := planFor(strings.Join(words[from:to], " "))
	return name != ""
}
