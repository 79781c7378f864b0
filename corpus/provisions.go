package corpus

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// unnamedPlan labels a list that introduces a plan whose version neither
// the document nor the caller can tell.
const unnamedPlan = "unnamed plan"

// extractProvisions turns the lists that set out a plan into Provisions.
// A list is a run of list items; lettered and more deeply indented items are
// sub-points kept in their parent's text. The plan comes from, in order: a
// known plan named in the lead-in or heading, the front matter, the title,
// the caller's fallback. A list whose context does not speak of a plan at
// all (a "Key developments" list) is not a plan, unless the front matter or
// caller names one.
func extractProvisions(ps []paragraph, src Source, fallback string, topics topicMemo, trace termTracer, authorsLeads, frameworkOwner, bareOrdinal, lastPoint, pointCardinal, lateBeforeOn bool) []Provision {
	ps = withoutThreadCounters(withoutCiteMarks(ps)) // "….[2] Outros pontos": reference marks out (provisions_citemarks.go); "6/14 Point 9 …": a thread's post counters out (provisions_threadcounter.go)
	items := 0
	for _, p := range ps {
		if p.kind == paraItem {
			items++
		}
	}
	out := make([]Provision, 0, items) // at most one provision per item

	planFor := memoPlans(withLateNames(planFor, src)) // lead-ins, context and the title are asked about again and again; a late document's names of the 20-point text: lateframework.go
	heading := ""                                     // nearest heading above
	prevText := ""                                    // the paragraph just before the list (lead-in)
	var context [3]string                             // the text paragraphs before the lead-in, newest first
	lastPlan := ""                                    // plan of the previous list, for numbering that continues
	above := ""                                       // the last text paragraph before the nearest heading
	lastNumber := 0                                   // last point number of the previous list
	lastEnd := 0                                      // where the previous list of a plan ended
	var sections sectionRun                           // the article's own numbered sections read so far (storysections.go)
	cloned := false                                   // whether ps is this function's own copy (asProse)
	var selected []selectedItem                       // items of selection lists that close on their point label (provisions_selection.go)
	for i := 0; i < len(ps); {
		p := ps[i]
		if p.kind != paraItem {
			if p.kind == paraHeading {
				heading = p.text
				if prevText != "" {
					// the text before a heading stays in view: "Voici ce
					// que l'on sait de cette contre-proposition" then
					// "Ce qui change" and its bullets
					above = prevText
				}
				prevText = ""
				context = [3]string{}
			} else if p.kind == paraText {
				if prevText != "" {
					context = [3]string{prevText, context[0], context[1]}
				}
				prevText = p.text
			}
			i++
			continue
		}
		j := i
		for j < len(ps) && ps[j].kind == paraItem {
			j++
		}
		items := ps[i:j]
		if sectionOverList(items) {
			// "3. Scenarios (…)" over "1. …", "2. …": a numbered section's
			// title heads the list below it (provisions_vocab.go)
			if prevText != "" {
				above = prevText
			}
			heading, prevText, context = items[0].text, "", [3]string{}
			i++
			continue
		}
		// the plan's numbering goes on: the next number, or a later one
		// after a paragraph or two of commentary between the points
		// ("**Nr. 14:** …", "> Einordnung: …", "**Nr. 19:** …")
		resumes := lastNumber > 0 && items[0].number > lastNumber && i-lastEnd <= maxCommentBetweenPoints
		continues := lastPlan != "" && lastNumber > 0 && (items[0].number == lastNumber+1 || resumes)
		if !continues && src.Plan == "" && (storyList(items) || boldHeadline(ps, i, j) || sections.goesOn(ps, i, j)) {
			// "**1. The deadline softened.**" over a paragraph that
			// reports who said what: an article's numbered sections,
			// read as its prose (storysections.go)
			sections.last = lastItemNumber(items, ps[i].number)
			prevText = ""
			i = j
			continue
		}
		if !continues && !strings.HasSuffix(prevText, ":") && numberedHeadline(ps, i, j) {
			// (a point after a lead-in, or one that goes on with the
			// plan's numbering, is a point however short)
			// "**2. Trump: Zelensky "hasn't read it"**" over its story: a
			// digest's numbered headline, not a point of a plan
			prevText = ""
			i = j
			continue
		}
		plan, isPlan := "", false
		name, generic := planFor(prevText)
		name = leadVersion(prevText, name) // of a lead-in naming two versions, the one it names first (provisions_leadversion.go)
		if continues && commentNamesOther(prevText, name, lastPlan) {
			name = lastPlan // a note between two points compares; the numbering goes on (provisions_listcontext.go)
		}
		if name != "" {
			// "the points of the text prepared in response to the US
			// plan" under a heading naming the counter-proposal: the plan
			// after the response marker is the one answered (the lead-in
			// is searched for a marker only when the heading or context
			// names another plan)
			h, _ := planFor(heading)
			c, _ := planFor(context[0])
			if h != "" && h != name || c != "" && c != name {
				if before := beforeResponse(prevText); before != prevText {
					name, generic = planFor(before)
				}
			}
		}
		if name != "" || generic {
			plan, isPlan = name, true
		}
		if plan == "" {
			if name, generic := planFor(heading); name != "" || generic {
				plan, isPlan = listVersion(heading, name), true
			}
		}
		if plan == "" && isPlan {
			// "We document the points below" after a paragraph that
			// names the version: the lead-in's context names it
			for _, c := range context {
				// "their response to the US plan": the plan answered is
				// not the one listed below
				if name, _ := planFor(beforeResponse(c)); name != "" {
					plan = listVersion(beforeResponse(c), name) // (contextversion.go)
					break
				}
			}
		}
		if plan == "" && !isPlan && above != "" && explainerList(items) {
			// bullets of sentences under a heading that names nothing,
			// after a paragraph that names the version they describe
			if name, _ := planFor(above); name != "" {
				plan, isPlan = titleVersion(src.Title, above, listVersion(above, name), planFor), true // the title's version, when the paragraph names it too (provisions_leadversion.go)
			}
		}
		if !isPlan && numberedPoints(items) >= 3 {
			// three numbered sentences or more after a paragraph that
			// speaks of something else ("Selenskyj sprach von …"), with
			// the version named a paragraph or two above: the plan's
			// points, documented after a word of context
			for _, c := range context[:2] {
				if name, _ := planFor(c); name != "" {
					plan, isPlan = listVersion(c, name), true
					break
				}
			}
		}
		if plan == "" && lastPlan != "" && lastNumber > 0 && (firstNumber(items) == lastNumber+1 || resumes) {
			plan, isPlan = lastPlan, true
		}
		byTerms := false
		if !isPlan && termsList(items) {
			// "15. Vznikne …", "16. Rusko zakotví …" after "Continued
			// from Friday's edition": a reprint's points speak the plan's
			// vocabulary, whatever the lead-in says (storysections.go)
			isPlan, byTerms = true, true
		}
		if src.Plan != "" || fallback != "" {
			isPlan = true
		}
		if dialogueList(items) || spokenDashList(items) {
			isPlan = false // an interview printed as dialogue: its answers are prose (provisions_listcontext.go); a dashed quotation closing on its speaker (provisions_pointers.go)
		}
		leadNamed := plan != "" // a version the lead-in, the heading, the context or the numbering named, not the title's or the nearest one
		if plan == "" && src.Plan == "" {
			plan, _ = planFor(src.Title)
			plan = listVersion(src.Title, plan)
		}
		if plan == "" && src.Plan == "" && fallback == "" {
			// "Мирний план: повний текст" with the version named only in
			// the body: the nearest version the document names
			plan = nearestPlan(ps, i, j, planFor)
		}
		if plan == "" {
			plan = firstNonEmpty(src.Plan, fallback, unnamedPlan)
		}
		if isPlan && !continues && src.Plan == "" && (summaryLead(prevText) || prevText == "" && summaryLead(heading)) && !itemsNamePoints(items) {
			isPlan = false // "Key points:", "Das Wichtigste in Kürze:": the story's own summary (summarylead.go)
		}
		selection := false
		if isPlan && src.Plan == "" && selectionList(items) {
			isPlan, selection = false, true // "**2.** Пункт 1 підтверджує …": a list numbering its own items, each citing the plan's point (provisions_selection.go)
		}
		if !continues && !leadNamed && src.Plan == "" && fallback == "" && !dialogueList(items) && !spokenDashList(items) && itemsNameVersions(items, planFor) {
			isPlan = false // "- The US draft said (point 25) …", "- The 20-point framework says …": each bullet names its own version, read as prose (provisions_itemversions.go)
			ps = asProse(ps, i, j, &cloned)
		}
		if isPlan && src.Plan == "" && bodyResolutions(items) {
			isPlan = false // "1. The European Council reiterates …", "2. The European Council welcomes …": a body's own conclusions (provisions_resolutions.go)
		}
		if isPlan && !continues && !byTerms && src.Plan == "" {
			// Dates, scenarios, pledges near a plan: not its points
			// (provisions_vocab.go). A document whose front matter names
			// its version (a moderator's "plan:") is that version's text:
			// its list stands whatever it speaks of, as a new version's
			// points need not be in the catalogue.
			weak := !leadSpeaksOfPlan(prevText, heading, planFor)
			if weak || asideLead(prevText, heading, planFor) {
				// (a paragraph that only mentions the plan, with no colon
				// to open a list, does not vouch for a list none of whose
				// items speaks the plan's vocabulary: a playlist after a
				// news flash, a slide deck's agenda, a thesis's conclusions)
				if n, on := planItemCount(items); (weak || on == 0) && offPlanList(n, on) {
					isPlan = false
				}
			}
		}
		if isPlan {
			from := len(out)
			out = splitRanges(groupItems(out, items), from) // "punkty od 10. do 12. — a, b i c" (provisions_range.go)
			for k := from; k < len(out); k++ {
				pr := &out[k]
				pr.SourceID = src.ID
				pr.Plan = plan
				if c := columnPlan(ps, pr.Position, planFor); c != "" {
					pr.Plan = c // a table's cell: the version over its column
				}
				pr.ID = src.ID + "-p" + strconv.Itoa(k+1)
				pr.Topics = topics.tag(pr.Text)
				if pr.Number > 0 {
					lastNumber = pr.Number
				}
			}
			lastPlan = plan
			lastEnd = j
		} else if selection {
			selected = labelledSelection(selected, items, plan) // "2. … (point 5)." (provisions_selection.go)
		} else if !dialogueList(items) && !spokenDashList(items) {
			ps = proseItems(ps, i, j, &cloned) // "1. Официальный текст … не публиковался. … (п. 17).": a letter's numbered paragraph (provisions_itemversions.go)
		}
		prevText = ""
		i = j
	}
	out = listTermVersions(out) // an unnamed list numbered as a version's catalogue: provisions_listterms.go
	out = append(out, proseProvisions(ps, src, fallback, out, planFor)...)
	out = append(out, pronounAnswers(ps, src, fallback, out, planFor)...) // "What does point 7 say?" "It says …" (provisions_answerpronoun.go)
	out = append(out, asideProvisions(ps, src, fallback, out, planFor)...)
	out = append(out, termProvisions(ps, src, fallback, out, planFor, trace)...)                                                    // the plan's terms in prose: planterms.go
	out = authorsProvisions(ps, src, out, authorsLeads)                                                                             // a term its version's authors set out: provisions_authorsclause.go
	out = termVersions(splitContrastTails(ps, src, fallback, planFor, sectionPoints(ps, splitTerms(ps, elidedPairs(ps, out)))), ps) // a version its terms rule out: provisions_termversion.go; contrast tails: provisions_contrasttail.go
	out = rewriteNumbers(termNumbers(out, ps), ps)                                                                                  // a number its terms tell: provisions_termnumber.go; a rewrite's number: provisions_rewrite.go
	out = splitRewriteTails(answerNumbers(noteNumbers(out), ps))                                                                    // a closing "(21-й пункт)": provisions_notepoint.go; a point asked about: provisions_answernumber.go; another version's rewrite inside a point's text: provisions_rewritetail.go
	out = rewriteSentences(out, ps)                                                                                                 // a rewrite in the sentence after a point: provisions_rewritelang.go
	out = fixPointerNumbers(out, ps, planFor)                                                                                       // a pointer sentence's number, a quotation's point clause, a numbered point's version: provisions_pointers.go
	out = proposalVersions(turnVersions(spokenText(answeredPoints(sentenceVersions(out, ps), ps, src), ps), ps), ps)                // spoken frame out of the text (provisions_spoken.go); each sentence's own version, introductions, carried numbers, judgements: provisions_sentenceversion.go
	out = mainVersionForUnnamed(noteBaseVersions(out, ps), ps, src)                                                                 // a bare point a rewrite note answers: provisions_noteafter.go; the document's main version for points none named: provisions_mainversion.go
	if bareOrdinal {
		out = bareOrdinals(out, ps, src) // "The fourth keeps the army at 800,000": a point by its ordinal alone (provisions_bareordinal.go)
	}
	if pointCardinal {
		out = pointCardinals(out, ps, src) // "Point seventeen sets up a committee …": a point by its cardinal in words (provisions_pointcardinal.go)
	}
	if lastPoint {
		out = lastPoints(out, ps, src) // "the last point says a full ceasefire …": a version's last point (provisions_lastpoint.go)
	}
	out, lows := dropTermlessTalk(out)
	out = numberVersions(out, lows, ps, src) // the version a point's own number tells: provisions_numberversion.go
	if lateBeforeOn {
		out = lateBefore(out, ps, src) // "… Punkt 12 des ukrainischen Rahmenplans: … . Der siebzehnte Punkt …": a late name before a point (provisions_latebefore.go)
	}
	if frameworkOwner {
		out = frameworkOwners(out, src) // "El punto 12 del marco …": the framework's point (provisions_frameworkowner.go)
	}
	return addSelected(out, selected, src.ID, topics) // a selection's items no reading above gave, with the list's version (provisions_selection.go)
}

// maxCommentBetweenPoints is the most paragraphs of commentary a reprint
// of a plan puts between two of its points ("> Einordnung: …") with the
// numbering still going on after them.
const maxCommentBetweenPoints = 2

// renumber gives each provision of ps the ID of its position in the
// source ("<source>-p<k>", from 1) and returns ps: IDs are positions, so a
// pass that splits, adds or drops provisions numbers the list again.
func renumber(ps []Provision) []Provision {
	for k := range ps {
		ps[k].ID = ps[k].SourceID + "-p" + strconv.Itoa(k+1)
	}
	return ps
}

// nearestPlan is the version named nearest a list that names none around
// it: above it first, then below; "" when the document names none.
func nearestPlan(ps []paragraph, from, to int, planFor func(string) (string, bool)) string {
	for k := from - 1; k >= 0; k-- {
		if ps[k].kind != paraItem {
			if name, _ := planFor(ps[k].text); name != "" {
				return listVersion(ps[k].text, name)
			}
		}
	}
	for k := to; k < len(ps); k++ {
		if ps[k].kind != paraItem {
			if name, _ := planFor(ps[k].text); name != "" {
				return name
			}
		}
	}
	return ""
}

// newPlanMemo wraps planFor with a memo for one document.
func newPlanMemo() func(string) (string, bool) {
	return memoPlans(planFor)
}

// memoPlans wraps base, a planFor, with a memo for one document.
func memoPlans(base func(string) (string, bool)) func(string) (string, bool) {
	type hit struct {
		name    string
		generic bool
	}
	seen := map[string]hit{}
	return func(text string) (string, bool) {
		if h, ok := seen[text]; ok {
			return h.name, h.generic
		}
		name, generic := base(text)
		seen[text] = hit{name, generic}
		return name, generic
	}
}

// groupItems folds sub-points into their parent item: a lettered item, or
// one indented deeper than the current top-level item, continues it. The
// provisions are appended to out.
func groupItems(out []Provision, items []paragraph) []Provision {
	from := len(out)
	topIndent := -1
	colonParent := false // the last point is a numbered lead-in ("10. US guarantees:"): its bullets are its sub-points (colonLead)
	for _, it := range items {
		it = trailingLabelled(labelledPoint(ownPointLabel(it))) // "- … (ponto 6);" (provisions_itemlabel.go); "1. Bod 6 – …" (provisions_ownlabel.go)
		sub := len(out) > from && (it.letter != 0 || it.indent > topIndent || colonParent && it.number == 0)
		if sub {
			label := "–"
			if it.letter != 0 {
				label = string(it.letter) + ")"
			} else if it.number > 0 {
				label = strconv.Itoa(it.number) + ")"
			}
			out[len(out)-1].Text += "\n" + label + " " + it.text
			continue
		}
		if it.number == 0 && it.letter == 0 && spokenLine(it.text) { // (provisions_dialogue.go)
			continue // "– Zanim zaczniemy … – powiedział Tusk.": a line of dialogue
		}
		if it.number == 0 && it.letter == 0 && speechBullet(lexiconData(), it.text) {
			continue // "— Путин сказал, что …": a digest of what was said
		}
		if it.number == 0 && dashSubhead(it.text) {
			continue // "- « Pas une capitulation » -": a wire report's subheading
		}
		if it.number == 0 && strings.Contains(it.text, "(@") {
			continue // "— Donald Tusk (@donaldtusk) November 24, 2025": an embedded post's signature
		}
		if postStamp(it.text) {
			continue // "2. Rubio: the text is an American one published at 10:20 GMT": a live blog's post
		}
		topIndent = it.indent
		colonParent = it.number > 0 && colonLead(it.text)
		out = append(out, Provision{Number: it.number, Text: it.text, Position: it.index})
	}
	return out
}

// maxColonLeadWords is the longest title, in words, of a point that opens
// a list of its own ("10. US guarantees:", "10. Garanties américaines :").
const maxColonLeadWords = 6

// colonLead reports whether a numbered point's text is only a short title
// ending in a colon, so the bullets under it, indented or not, are its
// sub-points ("10. Guarantees from the United States:" over "- The US
// will receive compensation …"). A long sentence ending in a colon ("2.
// What Europe changed: the counter-proposal keeps the numbering, which
// makes the comparison easy:") introduces bullets that are points of
// their own.
func colonLead(t string) bool {
	t = strings.TrimRight(t, " *_\u00a0")
	return strings.HasSuffix(t, ":") && strings.Count(t, " ") < maxColonLeadWords
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// responseMarkers introduce the plan a text answers, not the one it sets
// out: "the points of the text prepared in response to the US plan".
var responseMarkers = []string{"in response to", "a response to", "responding to", "instead of", "en réponse au", "en réponse à", "au lieu du", "in risposta al", "in risposta a", "als antwort auf", "in reaktion auf", "statt des", "в ответ на", "вместо", "у відповідь на", "замість", "w odpowiedzi na", "zamiast", "resposta ao", "resposta à", "respuesta al", "respuesta a la", "risposta al", "risposta alla", "réponse au", "réponse à", "response to", "reply to", "antwort auf", "ответ на", "відповідь на", "odpowiedź na", "απάντηση στο", "απάντηση στην"}

// beforeResponse cuts a lead-in at the first response marker.
func beforeResponse(s string) string {
	// one pass, trying only the markers that start with the byte at i
	// (they are lower-case mid-sentence, as they are written)
	for i := 0; i < len(s); i++ {
		for _, m := range responseByFirst[s[i]] {
			if len(s)-i >= len(m) && s[i+1] == m[1] && s[i:i+len(m)] == m {
				return s[:i]
			}
		}
	}
	return s
}

// responseByFirst holds responseMarkers by their first byte.
var responseByFirst = func() (t [256][]string) {
	for _, m := range responseMarkers {
		t[m[0]] = append(t[m[0]], m)
	}
	return t
}()

// dialogueLine reports whether a dashed item is a line of dialogue: it
// ends with its attribution after a second dash ("… – powiedział Tusk.",
// "… — сказал Песков.").
func dialogueLine(t string) bool {
	lx := lexiconData()
	for _, d := range []string{" – ", " — "} {
		i := lastIndex(t, d)
		if i < 0 {
			continue
		}
		w, _ := nextWord(t, i+len(d))
		if lowerIn(lx.sayVerbs, w) {
			return true
		}
	}
	return false
}

// postStamp reports whether an item carries a live blog's time stamp
// ("published at 10:20 GMT", "updated 09:55", "10:20 GMT"): a numbered
// post heading, not a point of a plan.
func postStamp(t string) bool {
	if !hasASCIIDigit(t) {
		return false // every mark must be followed by a digit, and lower-casing makes none
	}
	low := lowerText(t)
	for _, m := range []string{"published at ", "updated at ", "updated ", "posted at ", "aktualisiert", "pubblicato alle", "publié à", "publicado a las", "опубликовано в", "оновлено"} {
		if i := strings.Index(low, m); i >= 0 && hasASCIIDigit(low[i:]) {
			return true
		}
	}
	return false
}

// explainerList reports whether a list reads as an explainer's bullets of
// terms: three items or more, each a sentence rather than a link or a name.
func explainerList(items []paragraph) bool {
	if len(items) < 3 {
		return false
	}
	for _, it := range items {
		if len(it.text) < 40 || !strings.Contains(it.text, " ") {
			return false
		}
	}
	return true
}

// labelledPoint reads the number of a bullet whose text opens with a point
// label ("- **Point 3:** Russia would …", "• Пункт 5: Украина …"): the
// number is kept and the label dropped. Other items are returned as they
// are.
func labelledPoint(it paragraph) paragraph {
	if it.number != 0 || it.letter != 0 || it.text == "" || it.text[0] <= '9' {
		return it
	}
	m := pointMarker(withoutPointArticle(it.text)) // "- El punto 7: …" (pointarticle.go)
	if len(m) == len(it.text) && m == it.text {
		if n := subjectPoint(it.text); n > 0 {
			it.number = n // "- Point 1 reaffirms the sovereignty of Ukraine."
		} else if n, rest, ok := ordinalLabel(it.text); ok {
			it.number, it.text = n, rest // "- punkt trzeci — Rosja …" (provisions_ordlabel.go)
		}
		return it // (most bullets: no point word before a number)
	}
	if p, ok := listItem(m); ok && p.number > 0 && !p.bare {
		it.number, it.text = p.number, p.text
	}
	return it
}

// subjectPoint is the number of a point that is the subject of the
// sentence s opens ("Point 1 reaffirms …", "Punkt 6 legt … fest",
// "Пункт 7 предусматривает …", "п. 17 предполагает …"): a point word or
// its short form, its number and a word in lower case, the verb that says
// what the point sets out. 0 otherwise.
func subjectPoint(s string) int {
	var buf [3]string
	f := firstFields(s, buf[:0]) // the first three words are all it reads
	// the point word or its short form: "- п. 17 предполагает …", "- pkt 5 daje …"
	if len(f) < 3 || !lowerIn(lexiconData().pointWords, f[0]) && !lowerIn(lexiconData().pointAbbrs, f[0]) {
		return 0
	}
	n, err := strconv.Atoi(f[1])
	if err != nil || n <= 0 {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(f[2])
	if !unicode.IsLower(r) {
		return 0
	}
	return n
}

// firstNumber is the number of a run's first numbered item, 0 for none: a
// run may open with a line that is no point (an embedded post's
// signature) before the numbering goes on.
func firstNumber(items []paragraph) int {
	for _, it := range items {
		if it.number > 0 {
			return it.number
		}
	}
	return 0
}

// numberedPoints counts the items of a run that are numbered sentences
// setting out a term: a point number and a text that ends as a sentence.
func numberedPoints(items []paragraph) int {
	n := 0
	for _, it := range items {
		t := strings.TrimSpace(it.text)
		if it.number > 0 && !it.bare && len(t) > 20 && containsAny(t[len(t)-1:], ".;") {
			n++
		}
	}
	return n
}

// numberedHeadline reports whether the run ps[i:j] is one numbered item
// that heads the story below it, as newsletters and digests number their
// stories ("5. Kremlin: "a lot of work" ahead", "4. Що відомо про
// оновлений план"): a text paragraph follows, and the item is a short
// line with no full stop, unlike a point of a plan, which reads as a
// sentence setting out a term.
func numberedHeadline(ps []paragraph, i, j int) bool {
	if j != i+1 || j >= len(ps) || ps[j].kind != paraText || ps[i].number == 0 {
		return false
	}
	t := strings.TrimSpace(ps[i].text)
	if t == "" || containsAny(t[len(t)-1:], ".;") {
		return false
	}
	return strings.Count(t, " ") < 8 && !futureOrModal(t) || headlineQuote(t)
}

// headlineQuote reports whether a line is a headline quote: a name, a
// colon and the words quoted ("Peskov: «Moscow will study the text»",
// "Rubio: "We will get this done""), however long, for a point of a plan
// gives no one's words after its label.
func headlineQuote(t string) bool {
	c := strings.Index(t, ": ")
	if c <= 0 || c > 40 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t[c+2:])
	return isOpenQuote(r)
}

// futureOrModal reports whether a line holds a verb that sets out a term:
// a modal, future or conditional word of the corpus's languages ("will",
// "would", "shall", "sarà", "wird", "будет"). Headlines seldom have one.
func futureOrModal(t string) bool {
	for _, w := range strings.Fields(lowerString(t)) {
		w = strings.Trim(w, ",:;\"'«»“”„")
		if termModals[w] {
			return true
		}
	}
	return false
}

// termModals are the words by which a short point sets out a term.
var termModals = map[string]bool{
	"will": true, "would": true, "shall": true, "must": true, "may": true, "should": true,
	"sarà": true, "saranno": true, "deve": true, "dovrà": true,
	"wird": true, "werden": true, "soll": true, "muss": true,
	"sera": true, "seront": true, "doit": true, "devra": true,
	"será": true, "serán": true, "debe": true, "deberá": true,
	"będzie": true, "będą": true, "musi": true,
	"будет": true, "будут": true, "должна": true, "должен": true, "должны": true,
	"буде": true, "будуть": true, "повинна": true,
}

// dashSubhead reports whether a dashed item is a wire report's subheading,
// written between dashes ("- La contre-proposition européenne -"): the
// item's text ends with the closing dash.
func dashSubhead(t string) bool {
	return strings.HasSuffix(t, " -") || strings.HasSuffix(t, " –") || strings.HasSuffix(t, " —")
}

// columnPlan is the version named over the table column of the item at
// position ("Evropský protinávrh", "US draft (November)"), "" when the
// item stands in no table or its column names none.
func columnPlan(ps []paragraph, position int, planFor func(string) (string, bool)) string {
	if position < 0 || position >= len(ps) || ps[position].column == "" {
		return ""
	}
	name, _ := planFor(ps[position].column)
	return name
}
