package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// contrastTerm reads the clause a sentence opens with to set one version
// against another: "Se il piano di Washington fissava un tetto di 600
// mila uomini, la controproposta …", "While the US draft capped the army
// at 600,000, the European text …". It returns the clause without its
// opener, the version it names, and the main clause, its first letter
// raised, to be read on its own; ok is false for any other sentence, and
// for a clause that names no version (a time, a condition).
func contrastTerm(lx *lexicon, s string) (clause, other, rest string, ok bool) {
	c := strings.Index(s, ", ")
	if c <= 0 || c > 200 || len(s) < c+12 {
		return "", "", "", false
	}
	head := s[:c]
	first, _, _ := strings.Cut(head, " ")
	if len(first) > 16 {
		return "", "", "", false
	}
	var buf [32]byte
	if !contrastFirsts()[string(appendLower(buf[:0], first))] {
		return "", "", "", false // (most sentences: one look-up)
	}
	for _, o := range lx.contrasts {
		if len(head) <= len(o) || head[len(o)] != ' ' || !strings.EqualFold(head[:len(o)], o) {
			continue
		}
		if other = versionIn(head); other == "" {
			other = termOnlyVersion(head[len(o):]) // "Là où Washington prévoyait 600 000 hommes, …": provisions_contrastterm.go
		}
		if other == "" || strings.Count(head, " ") < 4 {
			return "", "", "", false
		}
		rest = s[c+2:]
		if r, n := utf8.DecodeRuneInString(rest); unicode.IsLower(r) {
			rest = string(unicode.ToUpper(r)) + rest[n:]
		}
		return strings.TrimSpace(head[len(o):]), other, rest, true
	}
	return "", "", "", false
}

// contrastFirsts holds the first words of contrastOpeners, for a look-up
// of a sentence's first word before the openers are tried.
var contrastFirsts = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, o := range lexiconData().contrasts {
		f, _, _ := strings.Cut(o, " ")
		m[f] = true
	}
	return m
})

// versionRelative reads a relative clause in the conditional on a named
// version ("a 28-point plan that would, among other things, require
// Ukraine to hand over the rest of the Donbas", "the US draft, which would
// cap the army at 600,000", "il piano americano, che prevederebbe …"):
// the clause is a term of that version. The version must be named in the
// last words before the relative pronoun, and the clause be in the
// conditional; it returns the version and the clause from its verb on.
func versionRelative(lx *lexicon, s string) (plan, terms string, ok bool) {
	if versionIn(s) == "" {
		return "", "", false // (most sentences name no version: one scan)
	}
	for i := 0; i < len(s); {
		w, next := nextWord(s, i)
		if w == "" {
			return "", "", false
		}
		at := next - len(w)
		i = next
		var buf [32]byte
		if at == 0 || len(w) > 12 || !lx.relPronouns[string(appendLower(buf[:0], w))] {
			continue
		}
		head := strings.TrimRight(s[:at], ", ")
		if k := strings.LastIndexAny(head, ".;:!?"); k >= 0 {
			head = head[k+1:]
		}
		tail := lastWords(head, 5)
		name := versionIn(tail)
		if name == "" || !strings.HasSuffix(lowerString(tail), lastPhraseWord(lx, lowerString(tail))) {
			continue
		}
		rest := strings.TrimLeft(s[next:], " ,")
		if end := strings.Index(rest, ". "); end > 0 {
			rest = rest[:end]
		}
		if strings.Count(rest, " ") < 3 || !(strings.HasPrefix(rest, "would ") || strings.HasPrefix(rest, "would,") || moodConditional(firstWords(rest, 2))) {
			continue
		}
		return name, trimSentenceEnd(rest), true
	}
	return "", "", false
}

// lastWords is the end of s from its n-th last word on.
func lastWords(s string, n int) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ' ' {
			if n--; n == 0 {
				return s[i+1:]
			}
		}
	}
	return s
}

// lastPhraseWord is the last word of the last version phrase in low, so
// that a relative pronoun counts only right after a version's name ("a
// 28-point plan that …", not "the 28-point plan's critics, who …").
func lastPhraseWord(lx *lexicon, low string) string {
	best, bestEnd := -1, 0
	for _, r := range lx.plans {
		for _, p := range r.Phrases {
			if i := strings.LastIndex(low, p); i > best {
				best, bestEnd = i, i+len(p)
			}
		}
	}
	if best < 0 {
		return "\x00"
	}
	end := bestEnd
	for end < len(low) && low[end] != ' ' {
		end++
	}
	// the name may go on with one noun: "28-point plan", "piano americano"
	rest := strings.Fields(low[end:])
	if len(rest) > 1 {
		return "\x00"
	}
	return strings.TrimSpace(low[best:])
}
