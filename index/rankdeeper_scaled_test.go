package index

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"planbot/corpus"
)

// TestScaledDeeper: the deeper look reads one hit in deeperShare of the
// searchable records, no fewer than widerSize's and no more than
// maxDeeper.
func TestScaledDeeper(t *testing.T) {
	for _, c := range []struct {
		name    string
		size    int
		records uint64
		want    int
	}{
		{"one set's documents", 6, 900, widerFetch},
		{"a few sets", 6, 2500, 50},
		{"every released set", 6, 6000, maxDeeper},
		{"a year of news", 6, 200000, maxDeeper},
		{"a long page asked", 40, 900, 80},
		{"an empty index", 6, 0, widerFetch},
	} {
		if got := scaledDeeper(c.size, c.records); got != c.want {
			t.Errorf("%s: scaledDeeper(%d, %d) = %d, want %d", c.name, c.size, c.records, got, c.want)
		}
	}
}

// TestRankDeeperScaled: in a corpus where short army points in five
// languages (each holding "troops" and "Ukraine" as typed) fill more than
// thirty places of BM25's order, the long Italian and Portuguese reports
// that hold the question's third word too are found by a deeper look
// scaled to the corpus (here one hit per record, as a large corpus would
// give): the first hit matches every word of the question.
func TestRankDeeperScaled(t *testing.T) {
	old := deeperShare
	deeperShare = 1
	t.Cleanup(func() { deeperShare = old })
	points := []struct{ lang, label, army, troops string }{
		{"cs", "Bod", "Armáda Ukrajiny bude menší.", "Vojáci Ukrajiny zůstanou v kasárnách."},
		{"pl", "Punkt", "Armia Ukrainy będzie mniejsza.", "Żołnierze Ukrainy zostaną w koszarach."},
		{"sk", "Bod", "Armáda Ukrajiny bude menšia.", "Vojaci Ukrajiny zostanú v kasárňach."},
		{"ro", "Punctul", "Armata Ucrainei va fi mai mică.", "Soldații Ucrainei rămân în cazărmi."},
		{"hr", "Točka", "Vojska Ukrajine bit će manja.", "Vojnici Ukrajine ostaju u vojarnama."},
	}
	var docs []*corpus.Document
	for _, p := range points {
		var b strings.Builder
		fmt.Fprintf(&b, "---\ntitle: \"%s\"\nlang: %s\n---\n\n", p.label, p.lang)
		for n := 1; n <= 9; n++ {
			text := p.army
			if n%2 == 0 {
				text = p.troops
			}
			fmt.Fprintf(&b, "%s %d. %s\n\n", p.label, n, text)
		}
		docs = append(docs, parseText(t, p.lang+"-points.md", b.String()))
	}
	docs = append(docs,
		parseText(t, "it-ministero.md", "---\ntitle: \"Il ministero e il contingente\"\nlang: it\n---\n\n"+
			"Nella conferenza stampa del pomeriggio il ministero ha chiarito che qualsiasi contingente di militari diretto in Ucraina "+
			"dovrà ottenere prima l'approvazione del Parlamento, e che il calendario dipenderà dalla firma di una tregua duratura "+
			"tra le parti e dai fondi previsti nella prossima legge di bilancio, che il governo presenterà in autunno.\n"),
		parseText(t, "pt-ministerio.md", "---\ntitle: \"O ministério e o contingente\"\nlang: pt\n---\n\n"+
			"Numa conferência de imprensa ao fim da tarde, o ministério esclareceu que qualquer contingente de tropas enviado para a Ucrânia "+
			"terá primeiro de ser aprovado pelo Parlamento, e que o calendário dependerá da assinatura de uma trégua duradoura "+
			"entre as partes e das verbas inscritas no próximo orçamento do Estado, a apresentar no outono.\n"),
	)
	ix := openDocs(t, docs)
	for _, q := range []string{"troops ukraine parliament", "soldiers ukraine parliament approval"} {
		res, err := ix.Search(context.Background(), corpus.Query{Text: q, Limit: 3})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Text, "Parlamento") {
			first := ""
			if len(res.Hits) > 0 {
				first = res.Hits[0].Text
			}
			t.Errorf("%q: first %.80q, want a report that names the parliament", q, first)
		}
	}
}

// parseText parses one document given as text, named name.
func parseText(t *testing.T, name, text string) *corpus.Document {
	t.Helper()
	d, err := corpus.Parse([]byte(text), corpus.ParseOptions{Name: name})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return d
}
