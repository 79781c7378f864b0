package corpus

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// tenseFrame is one language of testdata/langmatrix/tenses.json: a
// sentence with "{v}" for the reporting verb, the speaker and what was
// said, and the verb forms by verb and tense.
type tenseFrame struct {
	Frame    string                       `json:"frame"`
	Speaker  string                       `json:"speaker"`
	Fragment string                       `json:"fragment"`
	Verbs    map[string]map[string]string `json:"verbs"`
	Frames   []tenseVariant               `json:"frames"`
}

// tenseVariant is a further frame of a language, tried with the same verb
// forms: a time adverb between the verb and the clause ("estimait mardi
// que"), the quotation first and the verb inverted before its speaker
// ("», déclarait le ministre …"), a pronoun or no subject after the
// sentence naming the speaker ("Sosteneva che …", "{V}" for the verb
// with a capital). Skip lists the verbs, tenses or
// verb/tense pairs the frame does not fit ("insiste en" after a
// quotation, a German perfect whose participle goes to the end).
type tenseVariant struct {
	Tag      string   `json:"tag"`
	Frame    string   `json:"frame"`
	Speaker  string   `json:"speaker"`
	Fragment string   `json:"fragment"`
	Skip     []string `json:"skip"`
}

// tenseCase is one sentence of the tense matrix, named lang/verb/tense.
type tenseCase struct {
	id, lang, text, speaker, fragment string
}

// loadTenseMatrix reads the frames and expands them into one case per
// verb form, sorted by id so that the log reads the same every run.
func loadTenseMatrix(t *testing.T) []tenseCase {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "langmatrix", "tenses.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	var out []tenseCase
	for lang, body := range m {
		if strings.HasPrefix(lang, "_") {
			continue
		}
		var f tenseFrame
		if err := json.Unmarshal(body, &f); err != nil {
			t.Fatalf("tense matrix %s: %v", lang, err)
		}
		frames := append([]tenseVariant{{Frame: f.Frame, Speaker: f.Speaker, Fragment: f.Fragment}}, f.Frames...)
		for _, fr := range frames {
			if !strings.Contains(fr.Frame, "{v}") && !strings.Contains(fr.Frame, "{V}") {
				t.Fatalf("tense matrix %s/%s: frame has no {v}", lang, fr.Tag)
			}
			skip := map[string]bool{}
			for _, s := range fr.Skip {
				skip[s] = true
			}
			prefix := lang + "/"
			if fr.Tag != "" {
				prefix += fr.Tag + "/"
			}
			for verb, forms := range f.Verbs {
				for tense, form := range forms {
					if skip[verb] || skip[tense] || skip[verb+"/"+tense] {
						continue
					}
					out = append(out, tenseCase{
						id:       prefix + verb + "/" + tense,
						lang:     lang,
						text:     strings.NewReplacer("{v}", form, "{V}", capitalise(form)).Replace(fr.Frame),
						speaker:  fr.Speaker,
						fragment: fr.Fragment,
					})
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out
}

// TestTenseMatrix checks that a reporting verb is read in every tense
// news uses (present and historic present, simple past, compound
// perfect, imperfect, pluperfect, the Slavic perfective and imperfective
// past): a reader that knows "a déclaré" but not "déclarait" or "avait
// déclaré" loses the statements of whole articles written in narrative
// tenses. Each sentence changes only the verb, so a miss is a form the
// lexicon lacks. It prints recall per language and per tense, and fails
// on any case that is not in tenses-open.txt.
func TestTenseMatrix(t *testing.T) {
	cases := loadTenseMatrix(t)
	open := loadMatrixOpenFile(t, "tenses-open.txt")
	type tally struct{ hit, all int }
	perLang, perTense := map[string]*tally{}, map[string]*tally{}
	hit := 0
	for _, c := range cases {
		tense := c.id[strings.LastIndex(c.id, "/")+1:]
		for _, k := range []struct {
			m   map[string]*tally
			key string
		}{{perLang, c.lang}, {perTense, tense}} {
			if k.m[k.key] == nil {
				k.m[k.key] = &tally{}
			}
			k.m[k.key].all++
		}
		d, err := Parse([]byte("---\ntitle: t\nlang: "+c.lang+"\n---\n\n"+c.text+"\n"), ParseOptions{})
		if err != nil {
			t.Fatalf("%s: %v", c.id, err)
		}
		ok := false
		for _, s := range d.Statements {
			if strings.Contains(s.Speaker, c.speaker) && strings.Contains(s.Text, c.fragment) {
				ok = true
				break
			}
		}
		switch {
		case ok:
			hit++
			perLang[c.lang].hit++
			perTense[tense].hit++
			if open[c.id] {
				t.Logf("%s passes now: remove it from tenses-open.txt", c.id)
			}
		case open[c.id]:
			t.Logf("open %s: %q got %s", c.id, c.text, statementsBrief(d.Statements))
		default:
			t.Errorf("%s: %q: no statement of %q with %q; got %s", c.id, c.text, c.speaker, c.fragment, statementsBrief(d.Statements))
		}
	}
	brief := func(m map[string]*tally) string {
		var keys []string
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var parts []string
		for _, k := range keys {
			parts = append(parts, fmt.Sprintf("%s %d/%d", k, m[k].hit, m[k].all))
		}
		return strings.Join(parts, ", ")
	}
	t.Logf("tense matrix: %d/%d; by language: %s; by tense: %s", hit, len(cases), brief(perLang), brief(perTense))
}

// capitalise is s with its first letter in upper case, for a verb that
// opens a sentence with no subject ("Sosteneva che …").
func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}
