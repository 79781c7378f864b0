// Digest posts: a newsletter that reads a messaging channel for its
// readers heads each post it sums up with a line naming the account and,
// after dots, when it was posted and how often seen ("📌 **@kyiv_desk** ·
// Sun 23 Nov, 21:47 · 👁 1.4M", "**Olena Marchuk, MP** · Mon, 19:30"). The
// paragraphs under the head report the post in the compiler's words: "The
// deputy argues that …", "he writes". The head says who the post's author
// is, so a title alone in those paragraphs is that author, as a title under
// a round-up's heading is its person (headingperson.go). An account's
// handle names its owner only when it holds the surname of a person the
// lexicon knows ("@V_Zelenskiy_official"); an anonymous channel names no
// one, and the head then forgets the section's person.

package corpus

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/digest.json
var digestJSON []byte

// digestLex is data/digest.json.
type digestLex struct {
	anonymous   map[string]bool // "anonymous": a head's note that the channel names no one
	authorNouns map[string]bool // "admin": whoever runs the channel
}

var digestData = sync.OnceValue(func() digestLex {
	var d struct {
		Anonymous   []string `json:"anonymousNotes"`
		AuthorNouns []string `json:"postAuthorNouns"`
	}
	mustDecodeJSON("data/digest.json", digestJSON, &d)
	return digestLex{anonymous: setOf(d.Anonymous), authorNouns: setOf(d.AuthorNouns)}
})

// postHeadSeparators part a post head's fields: a middle dot, a bullet,
// a vertical bar.
var postHeadSeparators = []string{" · ", " • ", " | "}

// maxPostHead bounds a post head's length in bytes, and maxPostField the
// length of a field after the author in runes ("Sun 23 Nov, 21:47").
const (
	maxPostHead  = 240
	maxPostField = 40
)

// digestPostHead reads t as a digest's post head and returns the author as
// the head writes them (a handle with its "@", or a name) and the role
// the head gives after a comma ("Olena Marchuk, MP"). A head is the author
// and at least one more field, every one short and one holding a digit
// (a day, a time, a view count); the pictographs before it are dropped.
// The head is marked as a digest marks it, by a pictograph, the author in
// bold or a handle: a byline ("*Name · 1 December, 08:15*") is none.
func digestPostHead(t string) (author, role string, anonymous, ok bool) {
	t = strings.TrimSpace(t)
	if strings.HasPrefix(t, "*") && !strings.HasPrefix(t, "**") || strings.HasPrefix(t, "_") {
		return "", "", false, false // "*Name · 1 December 2025, 08:15*": an article's byline in italics
	}
	bare := strings.TrimSpace(dropLeadPictographs(t))
	marked := bare != t || strings.HasPrefix(bare, "**") || strings.HasPrefix(bare, "@")
	if !marked {
		return "", "", false, false // a post head opens with a pictograph, the author in bold or the handle
	}
	t = bare
	if t == "" || len(t) > maxPostHead {
		return "", "", false, false
	}
	var fields []string
	for _, sep := range postHeadSeparators {
		if strings.Contains(t, sep) {
			fields = strings.Split(t, sep)
			break
		}
	}
	if len(fields) < 2 {
		return "", "", false, false
	}
	digit := false
	for _, f := range fields[1:] {
		if utf8.RuneCountInString(f) > maxPostField || containsAny(f, ".!?") && !hasDigit(f) {
			return "", "", false, false // a sentence, not when and how often
		}
		digit = digit || hasDigit(f)
	}
	if !digit {
		return "", "", false, false
	}
	head := strings.TrimSpace(strings.Trim(fields[0], "*_ "))
	if b, note := cutBracket(head); note != "" {
		head = strings.TrimSpace(strings.Trim(b, "*_ ")) // "@channel** (anonymous, pro-Kremlin)"
		for w := range strings.FieldsSeq(lowerString(note)) {
			anonymous = anonymous || digestData().anonymous[strings.Trim(w, ",;.")]
		}
	}
	if containsAny(head, "*_") && !strings.HasPrefix(head, "@") || containsAny(head, ".!?:;\"“”«»") {
		return "", "", false, false
	}
	if strings.HasPrefix(head, "@") {
		if containsAny(head, " ,") || len(head) < 3 {
			return "", "", false, false
		}
		return head, "", anonymous, true
	}
	name, role, _ := strings.Cut(head, ", ")
	if n := len(strings.Fields(name)); n == 0 || n > maxHeadingNameWords+2 {
		return "", "", false, false
	}
	return strings.TrimSpace(name), strings.TrimSpace(role), anonymous, true
}

// dropLeadPictographs removes the pictographs, variation selectors and
// joiners a line opens with ("📌 ", "🔴 ").
func dropLeadPictographs(t string) string {
	i := 0
	for i < len(t) {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !unicode.Is(unicode.So, r) && !unicode.Is(unicode.Sk, r) && !unicode.Is(unicode.Variation_Selector, r) && r != '\u200d' && !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return t[i:]
}

// notePostHead reads a digest's post head: the section's person becomes
// the post's author when the head names one, and no one otherwise. It
// reports whether p was a post head, which states nothing itself.
func (x *extractor) notePostHead(p paragraph) bool {
	if p.kind != paraText && p.kind != paraHeading {
		return false
	}
	author, role, anonymous, ok := digestPostHead(p.text)
	if !ok {
		return false
	}
	x.headSpeaker = nil
	x.headPerson, x.headFromPost, x.postAnonymous = x.postAuthor(author, role), true, anonymous
	x.postAt = p.index
	if sp := x.headPerson; sp != nil && sp.role == "" && p.index+1 < len(x.paras) {
		// "@V_Zelenskiy_official" over "The president thanked …": the
		// summary names its author by title first
		sp.role = x.openingTitle(x.paras[p.index+1].text)
	}
	return true
}

// openingTitle is the title a paragraph opens with as its subject, after
// an article: "The president thanked …" gives "president". "" when the
// paragraph opens otherwise, or its subject holds a word that is no title
// ("The opposition deputy", read by the rules for subjects instead).
func (x *extractor) openingTitle(t string) string {
	words := strings.Fields(t)
	if len(words) < 3 || !lowerIn(roleArticles, words[0]) {
		return ""
	}
	n := 1
	for n < len(words) && n <= 3 && x.lx.isRole(lowerString(strings.Trim(words[n], ",."))) && !containsAny(words[n-1], ",.") {
		n++
	}
	if n == 1 || n == len(words) || isCapital(words[n]) || lowerIn(complementPreps, words[n]) {
		return "" // "The chairman of the Fund writes": the subject's rules read the complement
	}
	return strings.Trim(strings.Join(words[1:n], " "), ",.")
}

// postAuthor is the person a post head's author names: a name of two to
// four capitalised words, or a handle holding a known person's surname.
// nil for an institution ("Office of the President"), an anonymous
// channel or a handle of no known person.
func (x *extractor) postAuthor(author, role string) *speaker {
	if handle, ok := strings.CutPrefix(author, "@"); ok {
		for _, part := range handleParts(handle) {
			if utf8.RuneCountInString(part) < 4 {
				continue
			}
			if p, ok := lowerIn2(x.lx.people, part); ok && strings.Contains(p.Name, " ") {
				return x.person(strings.Fields(p.Name), role)
			}
		}
		return nil
	}
	words := strings.Fields(author)
	if len(words) < 2 || len(words) > maxHeadingNameWords {
		return nil
	}
	for _, w := range words {
		l := lowerString(w)
		if !isCapital(w) || isAllCaps(w) || x.lx.isRole(l) || x.lx.bodyWords[l] || x.lx.notSpeakers[l] || x.lx.groupNouns[l] {
			return nil
		}
	}
	sp := x.person(words, role)
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	return sp
}

// handleParts cuts an account's handle into its words: at underscores,
// dots and digits, and where a lower-case letter meets a capital
// ("VZelenskiyOfficial" gives "VZelenskiy", "Official").
func handleParts(h string) []string {
	var out []string
	var b strings.Builder
	prevLower := false
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	for _, r := range h {
		switch {
		case !unicode.IsLetter(r):
			flush()
			prevLower = false
			continue
		case unicode.IsUpper(r) && prevLower:
			flush()
		}
		b.WriteRune(r)
		prevLower = unicode.IsLower(r)
	}
	flush()
	return out
}

// complementBefore reports whether the title words before a capitalised
// one (lower case) hold a complement's preposition after the title noun
// ("secretary of the …"): the capitals that follow name the office's
// institution, not a person. Trusted only under a post's head, where the
// title is known to be the author's.
func complementBefore(lows []string) bool {
	for i, l := range lows {
		if i > 0 && complementPreps[l] {
			return true
		}
	}
	return false
}

// postAdmin is who a digest's summary means by "the admin" (a noun of
// data/digest.json, lows being the subject's words in lower case without
// the article): the post's author when its head names one, an unnamed
// source for a channel the head calls anonymous, no one for another
// channel (its handle is no person). ok says the subject was such a noun.
func (x *extractor) postAdmin(lows []string) (sp *speaker, ok bool) {
	if !x.headFromPost || len(lows) == 0 || len(lows) > 2 || !digestData().authorNouns[strings.Join(lows, " ")] {
		return nil, false
	}
	if x.headPerson != nil {
		return x.headPerson, true
	}
	if x.postAnonymous {
		return &speaker{name: unnamedSpeaker, role: strings.Join(lows, " "), kind: kindGroup}, true
	}
	return nil, true
}
