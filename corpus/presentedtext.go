package corpus

// Texts a report prints whole, in their signatories' voice: a wire sets a
// joint statement between "Begin text:" and "End text." under an intro
// ("Leaders of … issued the following joint statement"), and the text
// names its speakers itself, in the first person plural: "We, the leaders
// of Canada, Finland, France, …, met today". No sentence of it says who
// speaks; every paragraph in "we" is the signatories'. A written answer
// under "Answered on 3 December by Baroness X, Minister of State" is the
// minister's in the same way, first person or not, as a letter is. The
// cues are data (data/authortext.json: beginMarks, endMarks, selfNamed,
// answeredBy), read by authorSpans beside bylines and signatures.

import (
	"strings"
	"sync"
)

// presentedLex is the part of data/authortext.json this file reads.
type presentedLex struct {
	begin, end map[string]bool     // "begin text", "end text": lines around a text printed whole
	selfNamed  map[string][]string // language -> "we, the": signatories naming themselves
	joins      map[string]bool     // "of", "and", "the": lower-case words inside that apposition
	answered   map[string]bool     // "answered": a line naming who answered the text below it
	peers      map[string]bool     // "baroness": a title a peer is named by
	// beginLen and endLen are the longest begin and end marks in bytes,
	// for isMark; selfNamedLen the longest selfNamed cue, for selfNamed
	beginLen, endLen, selfNamedLen int
}

var presentedData = sync.OnceValue(func() presentedLex {
	var d struct {
		Begin     []string            `json:"beginMarks"`
		End       []string            `json:"endMarks"`
		SelfNamed map[string][]string `json:"selfNamed"`
		Joins     []string            `json:"selfNamedJoins"`
		Answered  []string            `json:"answeredBy"`
		Peers     []string            `json:"peerNames"`
	}
	mustDecodeJSON("data/authortext.json", authorTextJSON, &d)
	lx := presentedLex{begin: setOf(d.Begin), end: setOf(d.End), selfNamed: d.SelfNamed, joins: setOf(d.Joins), answered: setOf(d.Answered), peers: setOf(d.Peers),
		beginLen: longestOf(d.Begin), endLen: longestOf(d.End)}
	for _, cues := range d.SelfNamed {
		lx.selfNamedLen = max(lx.selfNamedLen, longestOf(cues))
	}
	return lx
})

// maxSelfNamed bounds the words of a self-naming apposition: thirteen
// leaders and two presidents fit.
const maxSelfNamed = 60

// markLine is a paragraph as a begin or end mark is compared: lower case,
// without the colon, full stop or dashes around it.
func markLine(t string) string {
	return lowerString(strings.Trim(strings.TrimSpace(t), ":.-–—*_ "))
}

// isMark reports whether t is one of marks (presentedLex's begin or end)
// by markLine. A line longer than lower-casing could shrink to the
// longest mark is none, and is not lower-cased: most paragraphs are
// sentences, far longer than "begin text".
func isMark(marks map[string]bool, longest int, t string) bool {
	trimmed := strings.Trim(strings.TrimSpace(t), ":.-–—*_ ")
	if len(trimmed) > 3*longest {
		return false // a rune lower-cases to no fewer than a third of its bytes (K, the Kelvin sign, to k)
	}
	return lowerIn(marks, trimmed)
}

// presentedSpan reads a text printed whole from ps[i]: a begin mark, or a
// paragraph opening with the signatories' own naming ("We, the leaders of
// …") right after a begin mark or an intro presenting "the following"
// text. It returns the span of the text's paragraphs, up to an end mark,
// a rule or the end, and where the reader goes on.
func (x *extractor) presentedSpan(ps []paragraph, i int) (authorSpan, int, bool) {
	lx := presentedData()
	from, intro := i, -1
	if isMark(lx.begin, lx.beginLen, ps[i].text) {
		from = i + 1
		if i > 0 && x.presents(ps[i-1].text) {
			intro = i - 1
		}
	} else if name, _ := x.selfNamed(ps[i].text); name == "" {
		return authorSpan{}, 0, false // (nearly every paragraph: asked before the paragraphs above it are)
	} else if intro = x.presented(ps, i); intro < 0 {
		return authorSpan{}, 0, false
	}
	if from >= len(ps) {
		return authorSpan{}, 0, false
	}
	name, alone := x.selfNamed(ps[from].text)
	if name == "" {
		return authorSpan{}, 0, false
	}
	to := from + 1
	for to < len(ps) && !ruleLine(ps[to].text) && !isMark(lx.end, lx.endLen, ps[to].text) {
		to++
	}
	next := to
	if alone {
		from++ // "We, the leaders of …, met today in X.": who they are, not what they say
	}
	sp := &speaker{name: name, role: "joint statement", kind: kindGroup, compound: true}
	if intro >= 0 {
		x.dropPresenting(ps[intro].index)
	}
	return authorSpan{from: from, to: to, sp: sp}, next, true
}

// presented is the paragraph one or two before ps[i] that presents the
// text from it: a begin mark, or an intro presenting "the following" text
// ("issued the following joint statement"); -1 when none does. A begin
// mark gives the paragraph before it when that is the intro.
func (x *extractor) presented(ps []paragraph, i int) int {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if lx := presentedData(); isMark(lx.begin, lx.beginLen, ps[k].text) {
			if k > 0 && x.presents(ps[k-1].text) {
				return k - 1
			}
			return k
		}
		if x.presents(ps[k].text) {
			return k
		}
	}
	return -1
}

// presents reports whether t presents a text below it: "the following"
// and a text noun ("issued the following joint statement").
func (x *extractor) presents(t string) bool {
	lx := authorData()
	low := lowerString(t)
	if !followingSet().in(low) {
		return false // (nearly every paragraph: no following phrase at all)
	}
	for _, f := range lx.following {
		if wordIndex(low, f) < 0 {
			continue
		}
		for _, tk := range tokenize(t) {
			if lowerIn(lx.textNouns, tk.word) {
				return true
			}
		}
	}
	return false
}

// dropPresenting drops the statements read from an intro's presenting
// words ("issued the following joint statement on Saturday"): the text
// below is what was said, the intro only announces it.
func (x *extractor) dropPresenting(intro int) {
	lx := authorData()
	kept := x.out[:0]
	for _, st := range x.out {
		if st.Position == intro {
			low := lowerString(st.Text)
			presenting := false
			for _, f := range lx.following {
				if wordIndex(low, f) >= 0 {
					presenting = true
					break
				}
			}
			if presenting {
				continue
			}
		}
		kept = append(kept, st)
	}
	clear(x.out[len(kept):])
	x.out = kept
}

// selfNamed reads the signatories' naming of themselves at the start of
// t: "We, the leaders of Canada, …, the President of the European
// Commission" before ", met today". alone says t is that one sentence.
func (x *extractor) selfNamed(t string) (name string, alone bool) {
	lx := presentedData()
	t = strings.TrimSpace(t)
	var buf [128]byte
	low := lowerHead(buf[:], t, lx.selfNamedLen+1) // each cue is tested with a space after it
	opened := false
	for _, cue := range lx.selfNamed[x.src.Lang] {
		if strings.HasPrefix(low, cue+" ") {
			opened = true
			break
		}
	}
	if !opened {
		return "", false
	}
	comma := strings.Index(t, ",") // after "We"
	words := strings.Fields(t[comma+1:])
	end := comma + 1
	n := 0
	for k, w := range words {
		n++
		if n > maxSelfNamed {
			return "", false
		}
		at := strings.Index(t[end:], w) + end
		if k > 0 && strings.HasSuffix(words[k-1], ",") && !isCapital(w) && !lowerIn(lx.joins, w) {
			name = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t[:at]), ","))
			break // ", met today": the apposition is over
		}
		if containsAny(w, ".;:") && k > 0 {
			return "", false // a sentence without the closing comma: no naming
		}
		end = at + len(w)
	}
	if name == "" || len(strings.Fields(name)) < 3 {
		return "", false
	}
	return name, len(sentences(t)) == 1
}

// answeredAuthor reads p as the line naming who answered or wrote the
// text below it: "Answered on 3 December 2025 by Baroness Whitcombe,
// Minister of State for Europe". The answer is wholly that person's, as
// a letter is.
func (x *extractor) answeredAuthor(p paragraph) (*speaker, bool) {
	t := strings.Trim(strings.TrimSpace(p.text), "*_")
	if !presentedData().answered[firstTokLow(t)] {
		return nil, false // (nearly every paragraph: read from its first word alone)
	}
	toks := tokenize(t)
	if len(toks) < 3 {
		return nil, false
	}
	by := authorData().bylines
	for k := 1; k < len(toks)-1 && k < 12; k++ {
		if by[toks[k].low] && isCapital(toks[k+1].word) {
			sp := x.namedAt(t, toks, k+1)
			if sp == nil {
				sp = peerNamedAt(t, toks, k+1)
			}
			if sp != nil && sp.role != "" && !x.newsroomRole(sp.role) {
				return sp, true
			}
			return nil, false
		}
	}
	return nil, false
}

// firstTokLow is tokenize(s)[0].low, "" when s has no word, without
// tokenizing the rest of s: tokenize splits at spaces and reads each word
// by itself.
func firstTokLow(s string) string {
	t, _ := firstToken(s)
	return t.low
}

// peerNamedAt reads a peer named from toks[k] by their title and one or
// two capitalised words ("Baroness Whitcombe, Minister of State for
// Europe"): the title is part of the name, no first name follows it. The
// apposition after the comma is the role.
func peerNamedAt(t string, toks []tok, k int) *speaker {
	if !presentedData().peers[toks[k].low] {
		return nil
	}
	n := 1
	for k+n < len(toks) && n < 3 && isCapital(toks[k+n].word) {
		n++
		if toks[k+n-1].trail != "" {
			break
		}
	}
	last := toks[k+n-1]
	if n < 2 || !strings.HasPrefix(last.trail, ",") || k+n >= len(toks) {
		return nil
	}
	rest := t[toks[k+n].start:]
	if cut := strings.IndexAny(rest, ",.;("); cut >= 0 {
		rest = rest[:cut]
	}
	role := cleanRole(rest)
	if role == "" || len(strings.Fields(role)) > 10 {
		return nil
	}
	return &speaker{name: strings.Join(tokWords(toks[k:k+n]), " "), role: role, kind: kindPerson}
}

// longestOf is the length in bytes of the longest of ws.
func longestOf(ws []string) int {
	n := 0
	for _, w := range ws {
		n = max(n, len(w))
	}
	return n
}
