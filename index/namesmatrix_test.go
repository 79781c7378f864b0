package index

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"planbot/corpus"
)

// namesSearchFloor is the number of cells TestNamesMatrixSearch must pass:
// what it passed when the name forms (nameforms.go) were last filled.
const namesSearchFloor = 2162

// TestNamesMatrixSearch: a question typing a known person's surname in
// English ("zelensky", "orban", "von der leyen") finds a passage naming the
// person in any of 25 languages and scripts, in any case the language
// declines the name in ("Zelenskiui", "Zelenszkijjel", "Ζελένσκι",
// "Зеленського"), as issue 11 asks. The forms are the names matrix of
// the corpus tests (corpus/testdata/names/matrix.json); every form's
// sentence is a passage of one document per language, and each person's
// query must bring all of that person's passages, in its first hits,
// before any other person's. It prints the count per language and fails
// below namesSearchFloor; PLANBOT_NAMES_MISSES=1 logs each miss.
func TestNamesMatrixSearch(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "corpus", "testdata", "names", "matrix.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m struct {
		Search map[string]map[string]string `json:"search"`
		People []map[string]json.RawMessage `json:"people"`
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	type cell struct{ person, lang, text string }
	var cells []cell
	paras := map[string][]string{}
	var names []string
	for _, row := range m.People {
		var name string
		if err := json.Unmarshal(row["name"], &name); err != nil {
			t.Fatal(err)
		}
		names = append(names, name)
		for lang, v := range row {
			if lang == "name" || lang == "gender" {
				continue
			}
			var forms map[string]string
			if err := json.Unmarshal(v, &forms); err != nil {
				t.Fatal(err)
			}
			for cs, f := range forms {
				tmpl, ok := m.Search[lang][cs]
				if !ok {
					t.Fatalf("names matrix: no search sentence for %s/%s", lang, cs)
				}
				text := strings.ReplaceAll(tmpl, "{N}", f)
				cells = append(cells, cell{name, lang, text})
				paras[lang] = append(paras[lang], text)
			}
		}
	}
	var langs []string
	for l := range paras {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	var docs []*corpus.Document
	for i, l := range langs {
		sort.Strings(paras[l])
		d, err := corpus.Parse([]byte("---\ntitle: names "+l+"\nlang: "+l+"\n---\n\n"+strings.Join(paras[l], "\n\n")+"\n"), corpus.ParseOptions{Name: fmt.Sprintf("names-%02d.md", i)})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	ix := openDocs(t, docs)
	owner := map[string]string{} // passage text -> person
	for _, c := range cells {
		owner[c.text] = c.person
	}
	mine := map[string]int{}
	for _, c := range cells {
		mine[c.person]++
	}
	found := map[string]map[string]bool{} // person -> passages found before any other person's
	leaks := 0
	verbose := os.Getenv("PLANBOT_NAMES_MISSES") != ""
	for _, name := range names {
		q := queryName(name)
		res, err := ix.Search(context.Background(), corpus.Query{Text: q, Kind: corpus.KindPassage, Limit: mine[name] + 20})
		if err != nil {
			t.Fatal(err)
		}
		found[name] = map[string]bool{}
		for _, h := range res.Hits {
			if owner[h.Text] != name {
				leaks++
				if verbose {
					t.Logf("leak %q: %q", q, h.Text)
				}
				continue
			}
			found[name][h.Text] = true
		}
	}
	type tally struct{ hit, all int }
	per := map[string]*tally{}
	hit := 0
	for _, c := range cells {
		if per[c.lang] == nil {
			per[c.lang] = &tally{}
		}
		per[c.lang].all++
		if found[c.person][c.text] {
			per[c.lang].hit++
			hit++
		} else if verbose {
			t.Logf("miss %q: %q", queryName(c.person), c.text)
		}
	}
	var line []string
	for _, l := range langs {
		line = append(line, fmt.Sprintf("%s %d/%d", l, per[l].hit, per[l].all))
	}
	t.Logf("names matrix search: %d/%d cells, %d hits of another person; %s", hit, len(cells), leaks, strings.Join(line, ", "))
	if hit < namesSearchFloor {
		t.Errorf("names matrix search %d below the floor %d", hit, namesSearchFloor)
	}
}

// queryName is what a reader types for a person: the surname, lower case,
// without accents ("orban", "erdogan", "von der leyen").
func queryName(name string) string {
	f := strings.Fields(name)
	q := f[len(f)-1]
	if i := strings.Index(name, " von "); i >= 0 {
		q = name[i+1:]
	}
	r := strings.NewReplacer("á", "a", "ğ", "g", "ł", "l", "ó", "o")
	return r.Replace(strings.ToLower(q))
}
