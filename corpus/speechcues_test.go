package corpus

// TestSpeechCuesEveryLanguage: the coverage of the speech lexicons by
// language, read through the extractor rather than by listing words.

import (
	"encoding/json"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// speechCueCase is one sentence of testdata/speech/cues.json.
type speechCueCase struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker"`
	Role    string `json:"role"`
	Said    string `json:"said"`
}

// TestSpeechCuesEveryLanguage walks data/languages.json and, for every
// language the corpus reads, requires a sentence of each kind of
// attribution in testdata/speech/cues.json (a past speech verb with a man
// and with a woman speaking, a present one, according-to, as, a pointer
// back, a title, an unnamed source, a channel phrase, an inverted
// quotation), or the reason the language writes no such sentence, and
// requires the extractor to read the sentence as the speaker's statement
// beginning with the words given. A language added to languages.json
// without its speech words, or a lexicon list that misses a language,
// fails here, as TestPlanTermsEveryPoint does for the plan's terms.
func TestSpeechCuesEveryLanguage(t *testing.T) {
	raw, err := os.ReadFile("testdata/speech/cues.json")
	if err != nil {
		t.Fatal(err)
	}
	var fx struct {
		Kinds     []string                            `json:"kinds"`
		Sentences map[string]map[string]speechCueCase `json:"sentences"`
		Gaps      map[string]map[string]string        `json:"gaps"`
		Open      map[string]map[string]string        `json:"open"`
	}
	if err := json.Unmarshal(raw, &fx); err != nil {
		t.Fatalf("cues.json: %v", err)
	}
	var lf struct {
		Languages []struct {
			Code string `json:"code"`
		} `json:"languages"`
	}
	if err := json.Unmarshal(mustReadData(t, "data/languages.json"), &lf); err != nil {
		t.Fatal(err)
	}
	var langs []string
	for _, l := range lf.Languages {
		langs = append(langs, l.Code)
	}
	sort.Strings(langs)
	for _, lang := range langs {
		for _, kind := range fx.Kinds {
			c, ok := fx.Sentences[lang][kind]
			if why, gap := fx.Gaps[lang][kind]; gap {
				if ok {
					t.Errorf("%s %s: a sentence and a gap (%s)", lang, kind, why)
				}
				continue
			}
			if !ok {
				t.Errorf("%s %s: no sentence and no gap", lang, kind)
				continue
			}
			if why, open := fx.Open[lang][kind]; open {
				if speechCueRead(t, lang, c) == nil {
					t.Errorf("%s %s: listed as open (%s) but read: take it off the list", lang, kind, why)
				}
				continue
			}
			t.Run(lang+"/"+kind, func(t *testing.T) {
				if got := speechCueRead(t, lang, c); got != nil {
					t.Errorf("%q: want %s (%s) saying %q…; got %q", c.Text, c.Speaker, c.Role, c.Said, got)
				}
			})
		}
	}
}

// speechCueRead parses one cues.json sentence and returns nil if a
// statement of the speaker (with the role) begins with the words given,
// or else the statements read instead.
func speechCueRead(t *testing.T, lang string, c speechCueCase) []string {
	t.Helper()
	doc := "---\ntitle: t\nlang: " + lang + "\n---\n\n" + c.Text + "\n"
	got := []string{}
	for _, s := range statementsOf(t, doc) {
		text := strings.ToLower(strings.TrimLeftFunc(s.Text, func(r rune) bool { return !unicode.IsLetter(r) }))
		if s.Speaker == c.Speaker && strings.Contains(strings.ToLower(s.Role), strings.ToLower(c.Role)) && strings.HasPrefix(text, c.Said) {
			return nil
		}
		got = append(got, s.Speaker+" ("+s.Role+"): "+s.Text)
	}
	return got
}
