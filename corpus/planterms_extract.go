package corpus

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// termProvisions finds the plan's terms stated in prose that no other rule
// made a provision of ("the U.S. draft had set the limit at 600,000",
// "prevede elezioni in Ucraina entro cento giorni", "die Gebiete Donezk und
// Luhansk vollständig abtreten"). A sentence that holds a term's signature,
// is no question, and speaks of a plan (or follows a sentence, paragraph
// or heading that does) becomes a provision in its own words: of the
// version named nearest the term in the sentence, else the one the
// document spoke of above, else the term's own; numbered as the term is in
// that version. have are the provisions the other rules found.
func termProvisions(ps []paragraph, src Source, fallback string, have []Provision, planFor func(string) (string, bool), trace termTracer) []Provision {
	c := planTermsData()
	lx := lexiconData()
	var out []Provision
	w := termWorkPool.Get().(*termWork)
	defer termWorkPool.Put(w)
	scan := &w.scan
	var given map[termKey]bool // the terms each version's provisions give, read when first asked
	var taken map[int]bool     // paragraphs of the lists the other rules read, built at the first list item
	var turns map[int]bool     // an interview's questions printed as dialogue, built at the first list item
	turnsRead := false
	heading := ""  // nearest heading above
	lastText := "" // the text paragraph before this one
	titleTalk := -1
	late := lateDocument(src) // a late name names the 20-point framework (lateframework.go)
	for i, p := range ps {
		switch p.kind {
		case paraHeading:
			heading, lastText = p.text, ""
			continue
		case paraItem:
			if taken == nil {
				taken = listsTaken(ps, have)
			}
			if taken[p.index] {
				traceTerm(trace, "list-taken", p.text, "")
				continue
			}
			if !turnsRead {
				turns, turnsRead = interviewerTurns(ps), true
			}
			if turns[p.index] {
				traceTerm(trace, "interviewer-turn", p.text, "")
				continue // the interviewer asks about a term; the answer states it (provisions_listcontext.go)
			}
		case paraText:
		default:
			continue
		}
		prevPara := lastText
		if p.kind == paraText {
			lastText = p.text
		}
		w.low = appendLower(w.low[:0], p.text)
		if len(c.matchTerms(scan, unsafe.String(unsafe.SliceData(w.low), len(w.low)))) == 0 && !figureOpens(c, scan, ps, i) {
			traceTerm(trace, "para-no-term", p.text, "")
			continue // (most paragraphs: one pass, and no sentence is read)
		}
		ss := semicolonItems(sentences(p.text)) // (provisions_semicolon.go)
		for si, s := range ss {
			if question(s) || opensQuote(s) || spokenLine(s) { // (provisions_dialogue.go)
				traceTerm(trace, "question-quote-spoken", s, "")
				continue // a question, or someone's words ("«An army of 600,000 is no peace», she wrote")
			}
			own := lowerString(s)
			sl := own // the text the terms are read in: the sentence, or the one before and it
			hits := c.matchTerms(scan, sl)
			if len(hits) == 0 && si > 0 {
				// "… eine Obergrenze von 600.000 Mann … . Der europäische
				// Gegenvorschlag nennt 800.000.": a figure that answers
				// the sentence before, which holds the term's other words
				sl = lowerString(ss[si-1]) + " " + sl
				hits = c.figureAnswers(scan, sl, len(sl)-len(s))
			}
			if len(hits) == 0 && si == 0 {
				sl, hits = figureAcross(c, scan, ps, i, own)
				if len(hits) == 0 {
					sl = own
				}
			}
			if len(hits) == 0 {
				traceTerm(trace, "sentence-no-term", s, "")
				continue
			}
			var taken [][2]int // the spans of own other rules' provisions hold
			if madeBefore(have, p.index, own) {
				// another rule took part of the sentence: only the terms
				// outside what it took are still to read
				// (planterms_madebefore.go)
				if hits, taken = hitsNotMade(have, p.index, own, sl, hits); len(hits) == 0 {
					traceTerm(trace, "made-before", s, "")
					continue
				}
			}
			if (reportsWords(lx, s) && !c.documentSays(lx, own) && !c.docSubjectSays(lx, own) && !c.planWordBeforeTerm(sl, len(sl)-len(own), hits) && !c.pronounChainSays(lx, own, ss, si, prevPara) || c.personsView(s, own)) && versionIn(s) == "" && !numberedPointRef(lx, s) && authorsOwnVersion(s) == "" {
				// "Dr Zieliński ocenił, że zapis o myśliwcach …": a
				// speaker's view of a term; what a speaker reports of a
				// named version is kept ("…, sagte er, im europäischen
				// Gegenvorschlag sei die Obergrenze … angehoben worden")
				traceTerm(trace, "speaker-view", s, "")
				continue
			}
			if versionIn(s) == "" && !numberedPointRef(lx, s) && personBeforeTerms(s, own, sl, src.Lang, hits) && authorsOwnVersion(s) == "" {
				traceTerm(trace, "person-before", s, "")
				continue // "Emmanuel Macron habló de garantías «robustas».": a person's words, not a version's term (planterms_personsubject.go)
			}
			talk := c.speaksOfPlan(s) || si > 0 && c.speaksOfPlan(ss[si-1]) || c.speaksOfPlan(prevPara) || c.speaksOfPlan(heading)
			if !talk {
				if titleTalk < 0 {
					titleTalk = 0
					if c.speaksOfPlan(src.Title) || src.Plan != "" || fallback != "" {
						titleTalk = 1
					}
				}
				talk = titleTalk == 1
			}
			if !talk {
				traceTerm(trace, "no-plan-talk", s, "")
				continue
			}
			named := namedVersions(sl)
			if late {
				if at, ok := lateVersionAt(sl); ok && !namesPlan(named, at.plan) {
					// "По рамочному плану Украина может получить …" in a late
					// report (lateframework.go); beside another version's
					// name the nearer one holds the term: "The earlier
					// American draft wanted …; the new text only says …"
					named = append(named, at)
				}
			}
			if len(named) == 0 && si > 0 {
				if pt := pointGoesOn(c, have, out, p.index, ss[si-1], own); pt != nil {
					// "O ponto 21 estabelece … . Em Kherson, a linha da
					// frente seria congelada.": the point's terms go on
					// (provisions_pointgoeson.go); the point given by the
					// rules before is completed in place
					pt.Text = joinGoingOn(pt.Text, strings.TrimSpace(s))
					pt.Topics = tagTopics(pt.Text)
					continue
				}
			}
			if len(named) == 0 && si > 0 && pointGiven(have, p.index, ss[si-1], s) {
				// "È il punto 14 … . Washington propone di trasformare …":
				// a sentence on the same topic after a point in its
				// paragraph goes on with it, as the rules that read the
				// point take it ("Quanto ai soldi, al punto 14 … .
				// Infine, le elezioni: …" turns to another)
				traceTerm(trace, "point-given", s, "")
				continue
			}
			both := stemIn(sl, c.both)
			above := ""
			aboveRead := false
			pron := "" // "… their own version. It says …": the version the pronoun stands for
			if len(named) == 0 && c.pronounSays(lx, own) {
				pron, _ = c.pronounAntecedent(lx, ss, si, prevPara) // (planterms_pronounchain.go)
			}
			if len(named) == 0 && pron == "" {
				// "The radio said the Europeans had sent back their own
				// version: an army of 800,000 …": the authors and their
				// own text name the version (provisions_ownversion.go)
				pron = authorsOwnVersion(s)
			}
			if len(named) == 0 && pron == "" && si > 0 {
				pron = ownTextVersion(own, ss[si-1]) // "… what the Europeans offer. She explained: in their version, …" (planterms_docverb.go)
			}
			stated := statedNumber(c, lx, s, hits)
			var parts []numberedTerm
			splitPlan, splitFrom := "", 0 // the version of the first term a split sentence gave, and where it went in out
			split := strings.Count(s, "(") > 1
			if split {
				parts = termsByPoint(strings.TrimSpace(s))
				split = parts != nil
			}
			for _, h := range hits {
				t := &c.terms[h.term]
				if t.Drop && strings.ContainsAny(sl[h.start:h.end], ";:") {
					traceTerm(trace, "drop-clauses", s, t.ID)
					continue // "… the amnesty clause is point 26; adds dropped word": the drop is another clause's
				}
				if t.Drop && src.Title != "" && strings.TrimSpace(p.text) == src.Title {
					traceTerm(trace, "drop-headline", s, t.ID)
					continue // "EXCLUSIVE-Europe's rewrite … drops amnesty, keeps …": a headline announces the drop; the story under it states it
				}
				if t.Drop && nearestVersion(t, named, h) == "" && authorsOwnVersion(s) == "" {
					traceTerm(trace, "drop-not-said", s, t.ID)
					continue // "It also drops the blanket amnesty.": a drop is its version's point only where the sentence names the version
				}
				if !t.Drop && c.dropsTerm(sl, h) {
					traceTerm(trace, "drops-term", s, t.ID)
					continue
				}
				if stated > 0 && len(t.Points) > 0 && !t.numbers(stated) {
					traceTerm(trace, "stated-number", s, t.ID)
					continue // "Point 12 — the Zaporizhzhia plant, joint operation …": the 20-point text's 12, not the US draft's 19 its words also match
				}
				plan := nearestVersion(t, ownClauseVersions(sl, named, hits, h), h) // (a contrasting clause's version is its own: planterms_contrastclause.go)
				if both {
					plan = t.Plan // "both texts provide for …": the version the term comes from
				}
				if plan == "" && pron != "" && t.allows(pron) {
					plan = pron
				}
				if plan == "" {
					if !aboveRead {
						aboveRead = true
						above = termPlanAbove(ps, i, ss[:si], src, fallback, planFor)
					}
					if t.allows(above) {
						plan = above
					} else if above != "" {
						plan = sectionVersionFor(t, ps, i, planFor) // (planterms_sectionversion.go)
					}
				}
				if plan == "" {
					if t.Drop {
						traceTerm(trace, "drop-unnamed", s, t.ID)
						continue // "the amnesty was dropped", of no version named: the newer US text's, not the term's own
					}
					plan = t.Plan
				}
				number := t.Points[plan]
				piece := s // the sentence, or its part no other provision took
				if taken != nil {
					piece = notMadePiece(s, own, taken, h.start-(len(sl)-len(own)), h.end-(len(sl)-len(own)))
				}
				if n, ok := pointRefNumber(lx, piece); ok && n > 0 && (number == 0 || n != number && t.numbers(n) && onePointRef(piece)) {
					// "Under point 12, …" of a version the catalogue does
					// not number (provisions_pointview.go); "Point 12 — the
					// Zaporizhzhia plant …", the 20-point text's number for
					// the US draft's 19: the document's number stays, and
					// numberVersions gives the version that numbers the
					// term so (provisions_numberversion.go)
					number = n
				}
				text := strings.TrimSpace(piece)
				if split {
					// "… у визначений термін (пункт 7), а вибори … (пункт
					// 18).": each term is its own note's point, as the
					// prose reader splits them (termsByPoint)
					if k, ok := termOfNote(parts, sl[h.start:h.end]); ok {
						text, number = parts[k].text, parts[k].number
					}
				}
				if givenAlready(c, have, out, plan, number, sl[h.start:h.end], quoteCut(sl[h.start:h.end], text)) {
					traceTerm(trace, "given-already", s, t.ID)
					continue
				}
				if given == nil {
					given = termsGiven(c, have)
				}
				if given[termKey{plan, h.term}] {
					traceTerm(trace, "term-given", s, t.ID)
					continue // "… assets that will remain frozen until Russia compensates …," the counter-proposal says: given above in a quotation
				}
				given[termKey{plan, h.term}] = true
				traceTerm(trace, "made", s, t.ID)
				out = append(out, newProvision(src, len(have)+len(out)+1, plan, number, text, p.index))
				if split && splitPlan == "" {
					splitPlan, splitFrom = plan, len(out)-1
				}
			}
			if splitPlan != "" {
				// the sentence's other noted clauses, whose words no
				// catalogue term holds ("Україна стає членом ЄС у
				// визначений термін (пункт 7)"): the note makes each a
				// point of the version its terms gave
				for _, pt := range parts {
					if !noteTextIn(out[splitFrom:], pt.text) && !givenAlready(c, have, out, splitPlan, pt.number, lowerString(pt.text), false) {
						out = append(out, newProvision(src, len(have)+len(out)+1, splitPlan, pt.number, pt.text, p.index))
					}
				}
			}
		}
	}
	return out
}

// noteTextIn reports whether one of ps has text as its text.
func noteTextIn(ps []Provision, text string) bool {
	for _, p := range ps {
		if p.Text == text {
			return true
		}
	}
	return false
}

// documentSays reports whether low (a sentence, lower case) has a document
// say what it holds ("The framework's territorial clause says that …",
// "Elsewhere the text says …", planterms.json documentSays) with no speech
// verb before it: the verb is the text's, and the terms are the plan's,
// not someone's view. A person's verb before it ("… replied that … their
// text says …") keeps the sentence that person's report.
func (c *termCatalogue) documentSays(lx *lexicon, low string) bool {
	for _, w := range c.docSays {
		if at := strings.Index(low, w); at >= 0 {
			return !sayVerbBefore(lx, low[:at])
		}
	}
	return false
}

// pronounSays reports whether low (a sentence, lower case) has a pronoun
// of planterms.json's documentPronouns as its subject, at its start or
// after an opening phrase and a comma ("According to copies seen by
// reporters, it would allow …"), with no speech verb before it: when the
// sentence before names a version (versionBefore), the pronoun is that
// version, and what "it says" or "asked" is the plan's.
func (c *termCatalogue) pronounSays(lx *lexicon, low string) bool {
	if personalSpeaker(lx, low) {
		return false // "It is unacceptable, he said, that …": a person's words after all
	}
	for _, p := range c.docPronouns {
		if strings.HasPrefix(low, p+" ") {
			return true
		}
		if at := strings.Index(low, ", "+p+" "); at >= 0 && !sayVerbBefore(lx, low[:at]) && !strings.Contains(low[:at], "\"") {
			return true
		}
	}
	return false
}

// personalSpeaker reports whether an English sentence (lower case) has a
// personal pronoun ("he", "she", "they", "i", "we") speak: a speech verb
// of the lexicon next to it ("It is unacceptable, he said, that …", "…,
// said she"). The "it" of pronounSays is then not the speaker. A pronoun
// that only does something in the plan's terms ("… the part of Donetsk
// region they still hold", "… without saying what they were") leaves "it"
// the document.
func personalSpeaker(lx *lexicon, low string) bool {
	prev, prevPersonal := "", false
	for i := 0; i < len(low); {
		w, next := nextWord(low, i)
		if w == "" {
			break
		}
		i = next
		personal := false
		switch w {
		case "he", "she", "they", "i", "we":
			personal = true
		}
		if personal && lx.sayVerbs[prev] || prevPersonal && lx.sayVerbs[w] {
			return true
		}
		prev, prevPersonal = w, personal
	}
	return false
}

// versionBefore reports whether a sentence names a version, by a plan
// phrase or as its authors' own ("Britain, France and Germany have
// circulated their own version"), for a pronoun after it to stand for.
func versionBefore(s string) bool {
	return versionIn(s) != "" || authorsOwnVersion(s) != ""
}

// sayVerbBefore reports whether s holds a speech verb of the lexicon.
func sayVerbBefore(lx *lexicon, s string) bool {
	for i := 0; i < len(s); {
		w, next := nextWord(s, i)
		if w == "" {
			break
		}
		i = next
		if lx.sayVerbs[w] {
			return true
		}
	}
	return false
}

// onePointRef reports whether s, in which pointRefNumber read one number,
// names a single point: one reference with a digit ("Point 12 — …"), or
// none with a digit, when the number was read from an ordinal ("the
// seventh point offered …", "пункт сьомий — членство …", "Пятый пункт —
// гарантии …"). The ordinal is the document's number as a digit is: a
// term its version numbers otherwise is another version's point, which
// numberVersions gives it (provisions_numberversion.go).
func onePointRef(s string) bool {
	return countPointRefs(s) <= 1
}

// statedNumber is the one point number sentence s names ("Point 12 — …",
// "punkt 17: …") when a term of hits is numbered so in some version, else
// 0. The versions number their shared terms differently, and the words of
// one point may match a term of another number too (the 20-point text's
// joint operation of the Zaporizhzhia plant, point 12, and the US draft's
// plant under the IAEA, point 19): the number the text states tells which
// is meant.
func statedNumber(c *termCatalogue, lx *lexicon, s string, hits []termHit) int {
	n, ok := pointRefNumber(lx, s)
	if !ok || n <= 0 || countPointRefs(s) != 1 {
		return 0
	}
	for _, h := range hits {
		if c.terms[h.term].numbers(n) {
			return n
		}
	}
	return 0
}

// termWork is the reusable state of termProvisions: the scan and a
// buffer for a paragraph lower-cased.
type termWork struct {
	scan termScan
	low  []byte
}

var termWorkPool = sync.Pool{New: func() any { return new(termWork) }}

// listsTaken lists the paragraphs of the lists the other rules read: a
// list with a provision is theirs, its sub-points too.
func listsTaken(ps []paragraph, have []Provision) map[int]bool {
	taken := map[int]bool{}
	for _, p := range have {
		taken[p.Position] = true
	}
	for i := 0; i < len(ps); {
		j, any := i, false
		for j < len(ps) && ps[j].kind == paraItem {
			any = any || taken[ps[j].index]
			j++
		}
		for k := i; k < j && any; k++ {
			taken[ps[k].index] = true
		}
		i = max(j, i+1)
	}
	return taken
}

// question reports whether a sentence asks rather than states ("Did the
// cap on the army change?", "Was bleibt vom Punkt 6?**").
func question(s string) bool {
	s = strings.TrimRight(strings.TrimSpace(s), "\"'”»“*_) ")
	return strings.HasSuffix(s, "?")
}

// reportsWords reports whether a sentence gives what someone said or
// thinks: a speech verb of the lexicon anywhere in it ("stwierdził",
// "riferiscono", "said"), or one attributed to a name or pronoun.
func reportsWords(lx *lexicon, s string) bool {
	for i := 0; i < len(s); {
		w, next := nextWord(s, i)
		if w == "" {
			break
		}
		i = next
		if lowerIn(lx.sayVerbs, w) {
			return true
		}
	}
	return attributesSpeech(lx, s)
}

// opensQuote reports whether a sentence opens with a quotation mark: the
// words of a person, not a report of the plan's terms.
func opensQuote(s string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s, "*_[ "))
	return isOpenQuote(r) || r == '”'
}

// madeBefore reports whether another rule already made a provision of a
// sentence of paragraph position (low, lower-cased): the sentence holds
// its text, or its text the sentence. A sentence that sets one version's
// term beside another's ("800,000 rather than the 600,000 of the US
// draft") is read by those rules, which know the construction.
func madeBefore(have []Provision, position int, low string) bool {
	for _, p := range have {
		if p.Position != position {
			continue
		}
		pl := lowerString(strings.TrimSpace(p.Text))
		pl = strings.TrimRight(pl, ".;: ")
		if pl != "" && (strings.Contains(low, pl) || strings.Contains(pl, strings.TrimRight(low, ".;: "))) {
			return true
		}
	}
	return false
}

// nearestVersion is the version named in the sentence nearest the term's
// words, among those that hold the term ("contre un plafond de 600.000
// dans la version américaine": the US draft's figure); "" when the sentence
// names none of them.
func nearestVersion(t *planTerm, named []versionAt, h termHit) string {
	best, bestDist := "", -1
	for _, v := range named {
		if !t.allows(v.plan) {
			continue
		}
		d := 0
		switch {
		case v.end <= h.start:
			d = h.start - v.end
		case v.start >= h.end:
			d = v.start - h.end
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = v.plan, d
		}
	}
	return best
}

// termPlanAbove is the version the document speaks of before sentence
// i's given sentences: the last of them that names one, else the
// paragraphs above as planAbove reads them; "" for none, so that the term's
// own version stands.
func termPlanAbove(ps []paragraph, i int, before []string, src Source, fallback string, planFor func(string) (string, bool)) string {
	for k := len(before) - 1; k >= 0; k-- {
		if name := versionIn(before[k]); name != "" {
			return name
		}
	}
	if i == 0 {
		return ""
	}
	plan := planAbove(ps, i-1, src, fallback, planFor)
	if plan == unnamedPlan {
		return ""
	}
	return plan
}

// pointGiven reports whether another rule gave a numbered point of
// paragraph position from its sentence prev, on a topic of sentence s.
func pointGiven(have []Provision, position int, prev, s string) bool {
	var pl string
	for _, p := range have {
		if p.Position != position || p.Number == 0 {
			continue
		}
		if pl == "" {
			pl = lowerString(prev)
		}
		t := lowerString(strings.TrimSpace(p.Text))
		if head := t[:min(len(t), 40)]; !strings.Contains(pl, head) && !strings.Contains(t, strings.TrimRight(pl, ".;: ")) {
			continue
		}
		for _, a := range tagTopics(s) {
			if slices.Contains(p.Topics, a) {
				return true
			}
		}
	}
	return false
}

// termKey is a term of a version.
type termKey struct {
	plan string
	term int
}

// termsGiven reads which terms the provisions found by the other rules
// give, by version: a term they give is not given again from prose.
func termsGiven(c *termCatalogue, have []Provision) map[termKey]bool {
	given := map[termKey]bool{}
	var sc termScan
	for _, p := range have {
		for _, h := range c.matchTerms(&sc, lowerString(p.Text)) {
			given[termKey{p.Plan, h.term}] = true
		}
	}
	return given
}

// givenAlready reports whether a term is given by a provision found
// before: a point of the same version and number that states one of that
// point's terms (pointStated), or a provision of the same version, not
// numbered as another point (unless it states a term so numbered too:
// statesNumber), whose text holds the term's words.
//
// A point that states none of its terms is a label or talk about the
// point ("📌 PUNTO 14 (MARCO DE 20 PUNTOS)", "Il venticinquesimo punto
// andrebbe cancellato"), or a point numbered wrongly ("Одинадцятий: …" read
// as the 7): the sentence that states the term is not given by it. Words
// held by another numbered point ("в шестнадцатом пункте … политику
// ненападения" for the 2's "ненападении") are that point's.
//
// cut says the term's words are no clause of their own (they run into a
// quotation, or the sentence was cut inside one): then any point of the
// same version and number gives them, as it states nothing of its own.
func givenAlready(c *termCatalogue, have, out []Provision, plan string, number int, words string, cut bool) bool {
	for _, list := range [2][]Provision{have, out} {
		for _, p := range list {
			if p.Plan != plan {
				continue
			}
			if number > 0 && p.Number == number && !termsMoveIt(p) && (cut || pointStated(c, p)) {
				return true
			}
			if (number == 0 || p.Number == 0 || p.Number == number || statesNumber(c, p, number)) && strings.Contains(lowerString(p.Text), words) {
				return true
			}
		}
	}
	return false
}

// quoteCut reports whether a term's words (span) or the piece of its
// sentence it would be given as are cut by a quotation: the words run from
// the narration into someone's quoted words ("il vero nodo resta il
// Donbass: «Nessun governo ucraino può consegnare …»"), or the piece ends
// inside a quotation another rule took ("… as de facto Russian, \"" before
// "\"including by the United States\""). Such words are no clause of their
// own, and a point of their number found before gives them. A quotation
// past a colon or dash after the words is a comment of its own ("… nel G8,
// previsto dal punto 13: per un alto funzionario, la formula «"): the
// words before it are their own clause.
func quoteCut(span, piece string) bool {
	if quoteOpen(span) {
		return true
	}
	if !quoteOpen(piece) {
		return false
	}
	low := lowerString(piece)
	at := strings.Index(low, span)
	if at < 0 {
		return true
	}
	return !strings.ContainsAny(low[at+len(span):], ":—–")
}

// pointStated reports whether p's text holds a catalogue term that a
// version numbers as p's number: of p's version, or of another that the
// rules after may move p to ("Το έκτο σημείο του αμερικανικού κειμένου …
// 600.000", the US draft's 6, read under the Geneva text above it).
func pointStated(c *termCatalogue, p Provision) bool {
	return statesNumber(c, p, p.Number)
}

// statesNumber reports whether p's text holds a catalogue term that a
// version numbers n: a sentence of two points ("the army is capped at
// 600,000, and elections follow within 100 days") given as the first
// point's holds the second's terms too, and gives them.
func statesNumber(c *termCatalogue, p Provision, n int) bool {
	var sc termScan
	for _, h := range c.matchTerms(&sc, lowerString(p.Text)) {
		if c.terms[h.term].numbers(n) {
			return true
		}
	}
	return false
}

// termOfNote is the index of the part of a sentence split at its point
// notes (termsByPoint) that holds a term's words (lower case), false when
// none or more than one does.
func termOfNote(parts []numberedTerm, term string) (int, bool) {
	found, n := 0, 0
	for k, pt := range parts {
		if strings.Contains(lowerString(pt.text), term) {
			found = k
			n++
		}
	}
	return found, n == 1
}

// namesPlan reports whether named holds a name of plan.
func namesPlan(named []versionAt, plan string) bool {
	for _, v := range named {
		if v.plan == plan {
			return true
		}
	}
	return false
}

// A termTracer, nil but in diagnostics, is told each gate of
// termProvisions that stops a paragraph or sentence holding a term, and
// each provision it makes: TestProvisionGateDiag names the check that
// dropped a missed provision whose words fill a term (stop 62, zgate). It
// comes with the parse (ParseOptions.termTrace), so no package state is
// shared between parses.
type termTracer func(gate, text string)

// traceTerm tells trace, when set, that gate stopped text (for the term
// id, when one is given): the gate's name is built only then.
func traceTerm(trace termTracer, gate, text, id string) {
	if trace != nil {
		if id != "" {
			gate += ":" + id
		}
		trace(gate, text)
	}
}
