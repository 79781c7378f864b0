package index

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/search"

	"planbot/corpus"
)

// topicVocab is the taxonomy in the words people use: per topic ID its
// label and its keywords (without the trailing * of prefix keywords).
var topicVocab = sync.OnceValue(func() map[string]corpus.Topic {
	out := map[string]corpus.Topic{}
	for _, t := range corpus.Topics() {
		out[t.ID] = t
	}
	return out
})

// TopicLabel returns the label of a topic ID in words ("prisoners-humanitarian"
// -> "Prisoners and humanitarian issues"), so that no one is shown an
// internal ID; an unknown ID is returned with its dashes as spaces.
func TopicLabel(id string) string {
	if t, ok := topicVocab()[id]; ok && t.Label != "" {
		return t.Label
	}
	return strings.NewReplacer("-", " ", "_", " ").Replace(id)
}

// topicWords is the text that stands for a record's topics: the labels and
// keywords of its topics, so that "prisoners" or "sanctions" retrieves what
// the taxonomy tagged even when the text says "all-for-all exchange" or
// "restrictions".
func topicWords(topics []string) string {
	var b strings.Builder
	for _, id := range topics {
		t, ok := topicVocab()[id]
		if !ok {
			continue
		}
		b.WriteString(t.Label)
		b.WriteString(" ; ")
		for _, k := range t.Keywords {
			b.WriteString(strings.TrimSuffix(k, "*"))
			b.WriteString(" ; ")
		}
	}
	return b.String()
}

//go:embed institutions.txt
var institutionData []byte

// institution is one line of institutions.txt.
type institution struct {
	name    string
	aliases []string // lower case
}

// institutions parses institutions.txt once; the file is part of the
// binary, so a parse error is a programming error caught by the tests.
var institutions = sync.OnceValues(func() ([]institution, error) { return parseInstitutions(institutionData) })

func parseInstitutions(data []byte) ([]institution, error) {
	var out []institution
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, rest, ok := strings.Cut(line, ":")
		if !ok || strings.TrimSpace(name) == "" {
			return nil, fmt.Errorf("institutions line %d: want \"Name: alias / alias\": %q", i+1, line)
		}
		in := institution{name: strings.TrimSpace(name)}
		for _, a := range strings.Split(rest, "/") {
			if a = strings.ToLower(strings.TrimSpace(a)); a != "" {
				in.aliases = append(in.aliases, a)
			}
		}
		if len(in.aliases) == 0 {
			return nil, fmt.Errorf("institutions line %d: no alias: %q", i+1, line)
		}
		out = append(out, in)
	}
	return out, nil
}

// speakersOf is the speaker_any of a statement: its speaker, the members of
// a group speaker, and the institutions its role names ("Kremlin
// spokesman" -> Kremlin), so a filter or suggestion on any of them finds it.
func speakersOf(st corpus.Statement) []string {
	out := []string{}
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	add(st.Speaker)
	for _, m := range st.Members {
		add(m)
	}
	ins, _ := institutions()
	for _, text := range []string{st.Role, st.Speaker} {
		lt := strings.ToLower(text)
		for _, in := range ins {
			for _, a := range in.aliases {
				if containsWord(lt, a) {
					add(in.name)
					break
				}
			}
		}
	}
	return out
}

// containsWord reports whether phrase occurs in s on word boundaries.
func containsWord(s, phrase string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], phrase)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(phrase)
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		next, _ := utf8.DecodeRuneInString(s[j:])
		if (i == 0 || !isWord(prev)) && (j == len(s) || !isWord(next)) {
			return true
		}
		from = i + 1
	}
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// hasTopicTerm reports whether t is an English term of the topic words of
// one of h's topics. It asks each topic's set rather than building their
// union: mark asks it of every fetched hit.
func (ix *Index) hasTopicTerm(h *search.DocumentMatch, t string) bool {
	switch v := h.Fields[fieldTopics].(type) {
	case string:
		return ix.topicTermsOf(v)[t]
	case []interface{}:
		for _, id := range v {
			if s, ok := id.(string); ok && ix.topicTermsOf(s)[t] {
				return true
			}
		}
	}
	return false
}

// topicTermsOf returns the analysed topic words of one topic, computed once.
func (ix *Index) topicTermsOf(id string) map[string]bool {
	if v, ok := ix.topicCache.Load(id); ok {
		return v.(map[string]bool)
	}
	set := map[string]bool{}
	an := ix.analyzer(analyzerFor(defaultLang))
	if w := topicWords([]string{id}); w != "" {
		for _, t := range terms(an, w) {
			set[t] = true
		}
	}
	// The first part of a hyphenated keyword ("non" of "non-nuclear",
	// "anti" of "anti-corruption") only modifies the word after it: by
	// itself it is no word of the topic, and a record tagged with the topic
	// must not count as matching "non" of a query through its topics (an
	// Italian paragraph on the nuclear plant's status would then match every
	// word of "non-nuclear status"). It stays a topic word where the
	// taxonomy also uses it on its own.
	if t, ok := topicVocab()[id]; ok {
		alone := map[string]bool{}
		var lead []string
		for _, k := range append([]string{t.Label}, t.Keywords...) {
			for _, w := range strings.Fields(strings.TrimSuffix(k, "*")) {
				if i := strings.IndexByte(w, '-'); i > 0 && i < len(w)-1 {
					lead = append(lead, w[:i])
					continue
				}
				for _, a := range terms(an, w) {
					alone[a] = true
				}
			}
		}
		for _, w := range lead {
			for _, a := range terms(an, w) {
				if !alone[a] {
					delete(set, a)
				}
			}
		}
	}
	ix.topicCache.Store(id, set)
	return set
}
