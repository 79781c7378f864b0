package corpus

import (
	"strings"
	"unicode/utf8"
)

// correctionOpeners open an editor's correction or amendment note, in the
// languages of the corpus, once emphasis and brackets are trimmed:
// "(Corrects paragraph 7 …)", "Correction, November 25: …", "This article
// was amended on …", "Rettifica: …", "Поправка: …".
var correctionOpeners = []string{
	"corrects ", "correction", "corrected ", "this article was amended", "this story was amended", "this article has been amended", "this article was updated to correct", "editor's note", "editor’s note", "clarification",
	"rectificatif", "correctif", "erratum", "cet article a été modifié", "cet article a été corrigé",
	"korrektur", "berichtigung", "in einer früheren version",
	"rettifica", "correzione", "errata corrige", "in una versione precedente",
	"corrección", "fe de erratas", "correção", "errata",
	"sprostowanie", "korekta",
	"поправка", "исправление", "в предыдущей версии", "виправлення", "у попередній версії",
	// an editor's note in the other languages: it says what the text is
	// based on ("Nota della redazione: il testo si basa sulla versione
	// circolata giovedì …"), not what the plan provides (xprov, set T)
	"nota della redazione", "nota redazionale", "n.d.r.", "note de la rédaction", "n.d.l.r.", "ndlr",
	"anmerkung der redaktion", "hinweis der redaktion", "nota de la redacción", "nota del editor", "nota da redação", "nota do editor",
	"nota redakcji", "od redakcji", "примечание редакции", "от редакции", "примітка редакції", "від редакції",
}

// correctionMarkers say inside a note that it corrects the text: "an
// earlier version of this article wrongly numbered …".
var correctionMarkers = []string{"an earlier version of this", "a previous version of this", "an earlier version wrongly", "earlier version of this article"}

// correctionNote reports whether a paragraph is an editor's correction or
// amendment note: it names points ("the amnesty clause is point 26, not
// point 25") only to say what the text got wrong, and sets out no term.
func correctionNote(text string) bool {
	t := strings.TrimLeft(text, "*_([ ")
	if len(t) < 8 {
		return false
	}
	var buf [64]byte // lower-cased on the stack: most paragraphs are no note
	head := appendLower(buf[:0], t[:min(len(t), 48)])
	for _, o := range correctionOpeners {
		if len(head) >= len(o) && string(head[:len(o)]) == o {
			return true
		}
	}
	if !strings.Contains(text, "version") {
		return false
	}
	low := lowerString(text)
	for _, m := range correctionMarkers {
		if strings.Contains(low, m) {
			return true
		}
	}
	return false
}

// introducesPoint reports whether a sentence only introduces a point by its
// number, leaving its content to the next sentence: the reference is the
// complement of a copula ("The most contested part of the draft is point
// 21.", "È il punto 14, l'unico ancora tra parentesi quadre.") or its
// subject is said to be the one ("Point 14 is the one that has angered
// European capitals most.").
func introducesPoint(s string) bool {
	_, end, ok := pointRefEnd(s)
	if !ok {
		return false
	}
	if topicIntro(lexiconData(), s, end) {
		return true // "Речь прежде всего о пункте 21 первоначального плана." (pointtopic.go)
	}
	after := strings.TrimSpace(trimSentenceEnd(s[end:]))
	if after != "" && after[0] == ',' && relativeTerms(s[end:]) {
		return false // "Il primo è il punto 6, secondo cui le forze …": the sentence gives it
	}
	if after == "" || after[0] == ',' {
		// the reference closes the sentence, or an aside follows: a
		// copula just before the point word
		before := strings.Fields(lowerString(s[:end]))
		if len(before) < 3 {
			return false
		}
		for _, w := range before[max(0, len(before)-4) : len(before)-2] {
			if pointCopulas[w] {
				return true
			}
		}
		return false
	}
	low := lowerString(after)
	words := strings.Fields(low)
	return len(words) >= 3 && pointCopulas[words[0]] && pointOnes[words[1]+" "+words[2]]
}

// pointCopulas are pointers.json's pointCopulas: the verbs "is" and "was"
// of the corpus's languages, by which a sentence says what a point is
// rather than what it sets out.
var pointCopulas = pointersData().copulas

// pointOnes follow a copula after a point to make the sentence say which
// point it is about: "Point 14 is the one that …", "il punto 14 è quello
// che …".
var pointOnes = map[string]bool{"the one": true, "the clause": true, "the point": true, "the part": true, "the most": true, "quello che": true, "quello più": true, "il più": true, "celui qui": true, "le plus": true, "der punkt": true, "the only": true}

// versionInClauses is the version the nearest of a paragraph's earlier
// sentences names, the last first: the one "Its text says …" speaks of.
// "" when none does.
func versionInClauses(before []string) string {
	for c := len(before) - 1; c >= 0; c-- {
		if name := versionIn(before[c]); name != "" {
			return name
		}
	}
	return ""
}

// splitAtLeadingRefs splits clauses at a bare comma that a point reference
// follows at once ("Il punto 1 riafferma la sovranità, il punto 2 prevede
// …", "Point 3 caps the army, point 4 bars …"): each point its own
// clause, as pointClauses does at "and".
func splitAtLeadingRefs(parts []string) []string {
	var out []string
	for _, p := range parts {
		for {
			cut := -1
			for at := 0; at < len(p); {
				i := strings.Index(p[at:], ", ")
				if i < 0 {
					break
				}
				i += at
				rest := p[i+2:]
				if _, end, ok := pointRefEnd(rest); ok && end <= 20 && i > 0 && strings.Count(rest[:end], " ") <= 2 {
					cut = i
					break
				}
				at = i + 2
			}
			if cut < 0 {
				break
			}
			out = append(out, p[:cut])
			p = p[cut+2:]
		}
		out = append(out, p)
	}
	return out
}

// pointNamedBefore is the number of the point a sentence names before the
// terms it gives begin ("Il punto 20, infine, stabilisce che il cessate il
// fuoco …"), 0 when none is: a point named inside the terms is another
// one they speak of.
func pointNamedBefore(s, terms string) int {
	at := strings.Index(s, terms)
	if at <= 0 {
		return 0
	}
	n, _, ok := pointRefEnd(s[:at])
	if !ok {
		return 0
	}
	return n
}

// separableTerms reads the German separable verb "sieht … vor" with the
// document after it, as a sentence that opens with something else puts it
// ("Nach Angaben aus Delegationskreisen sieht der überarbeitete Entwurf
// unter anderem vor, dass …", "Demnach sah der Plan vor, dass …"): the
// subject is the document's words, the terms what follows "vor, dass".
func separableTerms(lx *lexicon, s string) (subject, terms string, ok bool) {
	vor := strings.Index(s, " vor, dass ")
	if vor < 0 {
		return "", "", false
	}
	head := s[:vor]
	for _, v := range []string{" sieht ", " sah ", " sehe "} {
		i := strings.Index(head, v)
		if i < 0 {
			continue
		}
		words := strings.Fields(head[i+len(v):])
		for k, w := range words {
			if k > 3 {
				break
			}
			if lx.isProseNoun(w) || lowerIn(proseNouns, w) {
				return strings.Join(words[:k+1], " "), s[vor+len(" vor, dass "):], true
			}
		}
	}
	return "", "", false
}

// docPronouns stand as the subject for the document the sentence before
// named, in the languages that need one ("Elle stipule aussi que …", "Er
// sieht vor, dass …"): the sentence reads as one with no subject.
var docPronouns = map[string]bool{"elle": true, "il": true, "er": true, "sie": true, "он": true, "она": true, "він": true, "вона": true, "ele": true, "ela": true, "ona": true, "on": true}

// afterLeadWord drops one opening word and its comma before a quotation
// ("Instead, "Ukraine's accession …," the document says"), so the
// quotation opens the sentence; any other sentence is returned as is.
func afterLeadWord(s string) string {
	i := strings.Index(s, ", ")
	if i <= 0 || i > 24 || strings.Contains(s[:i], " ") {
		return s
	}
	r, _ := utf8.DecodeRuneInString(s[i+2:])
	if !isOpenQuote(r) {
		return s
	}
	return s[i+2:]
}

// provisionNouns are the stems of the nouns for a clause of a document
// with no number, before a relative that says what it sets out ("do
// zapisu, według którego …", "the provision under which …", "la
// disposizione secondo cui …").
var provisionNouns = []string{"zapis", "provision", "clause", "disposizion", "disposition", "bestimmung", "regelung", "klausel", "cláusul", "clausol", "положени", "положенн", "пункт", "punkt", "point", "punto"}

// hasProvisionRelative reports whether a paragraph holds a clause noun and
// a relative that says what it sets out: the look before provisionRelative
// reads sentences.
func hasProvisionRelative(lx *lexicon, p string) bool {
	_, ok := provisionRelative(lx, p)
	return ok
}

// provisionRelativeIf is provisionRelative when the paragraph holds one.
func provisionRelativeIf(has bool, lx *lexicon, s string) (string, bool) {
	if !has {
		return "", false
	}
	return provisionRelative(lx, s)
}

// provisionRelative returns what a clause of the document sets out when a
// sentence names the clause by a noun and a relative ("Premier odniósł się
// do zapisu, według którego europejskie myśliwce mają stacjonować w
// Polsce", "asked about the clause, under which Nato would not expand"):
// the words after the relative, up to the next comma. It looks at each
// comma once: the word before it, then the relatives that may follow.
func provisionRelative(lx *lexicon, s string) (string, bool) {
	for at := 0; at < len(s); {
		i := strings.Index(s[at:], ", ")
		if i < 0 {
			return "", false
		}
		i += at
		at = i + 2
		if !provisionNounBefore(s, i) {
			continue
		}
		for _, r := range lx.pointRels {
			if r == ", which " || !strings.HasPrefix(s[i:], r) {
				continue // (", which": "the key point, which was …" is a comment)
			}
			c := cutTermAtComma(s[i+len(r):]) // (provisions_termcomma.go)
			if strings.Count(c, " ") >= 2 {
				return trimSentenceEnd(c), true
			}
		}
	}
	return "", false
}

// provisionNounBefore reports whether the word that ends at s[i] is a
// clause noun (provisionNouns), in any case.
func provisionNounBefore(s string, i int) bool {
	w := s[strings.LastIndexByte(s[:i], ' ')+1 : i]
	if len(w) < 5 {
		return false
	}
	for _, n := range provisionNouns {
		if len(w) >= len(n) && strings.EqualFold(w[:len(n)], n) {
			return true
		}
	}
	return false
}

// verbAfterRelative is the index of the document's verb after a short
// relative clause with no commas that opens at words[k] ("that leaked in
// November would …"): a modal, or a verb that sets out terms, within four
// words; -1 when there is none, or the clause has punctuation (a longer
// aside, or the relative is the document's own words).
func verbAfterRelative(words []string, k int) int {
	for j := k + 2; j < len(words)-1 && j <= k+5; j++ {
		w := words[j]
		if containsAny(words[j-1], ",;:") {
			return -1
		}
		switch {
		case w == "would" || w == "will":
			return j
		case proseVerbs[w] && w != "said" && w != "says" && w != "states" && w != "stated" && w != "reads":
			return j
		}
	}
	return -1
}

// viewOf reports whether a sentence opens on whose view it gives
// ("Secondo Zelensky gli americani hanno proposto …", "Selon Kiev, la
// Russie ne respecterait pas …", "According to analysts, …"): a view, not
// a term, unless the one it is "according to" is a document ("Secondo il
// piano, …", read as a term elsewhere).
func viewOf(lx *lexicon, s string) bool {
	w, next := nextWord(s, 0)
	if w == "" {
		return false
	}
	l := lowerString(w)
	if l != "according" && !lx.according[l] {
		return false
	}
	if l == "according" {
		_, next = nextWord(s, next) // "to"
	}
	for k := 0; k < 3; k++ {
		x, n := nextWord(s, next)
		if x == "" {
			return false
		}
		if lx.isProseNoun(x) || lowerIn(proseNouns, x) {
			return false // "Secondo il piano, …", "According to the draft, …"
		}
		next = n
	}
	return true
}

// impersonalViews are the impersonal "it would be" of the corpus's
// languages after a comma, by which a sentence judges rather than sets out
// a term ("Before we start working on any plan, it would be good to know
// who wrote it", "Avant de signer, il serait bon de savoir …").
var impersonalViews = []string{", it would be ", ", il serait ", ", sarebbe ", ", es wäre ", ", было бы ", ", було б ", ", byłoby ", ", sería "}

// impersonalView reports whether a sentence judges in the impersonal
// conditional after an opening clause.
func impersonalView(s string) bool {
	if !strings.Contains(s, ", ") {
		return false
	}
	for _, v := range impersonalViews {
		if strings.Contains(s, v) {
			return true
		}
	}
	return false
}

// relativeTerms reports whether what follows a point reference is a
// relative clause setting out the point (", secondo cui …", ", which caps
// …", ", che prevede …", ", qui prévoit …").
func relativeTerms(after string) bool {
	lx := lexiconData()
	for _, r := range lx.pointRels {
		if strings.HasPrefix(after, r) {
			return true
		}
	}
	w, _ := nextWord(after, 0)
	return w != "" && lowerIn(lx.relPronouns, w) && strings.Count(after, " ") >= 4
}
