package index

import (
	"strings"
	"testing"
)

// TestThemedTranslations: the everyday words of the themed translation
// files (translations-*.txt: economy, daily life, public life, places) let
// an English question find a report in another language that says it in
// its own words, in more than one phrasing, ahead of an English text that
// shares only one word; an off-topic question made of such words alone
// still answers nothing.
func TestThemedTranslations(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: ru\n---\n\nСтраховщики подняли ставки для танкеров, которые заходят в черноморские порты.\n",
		"---\nlang: uk\n---\n\nУ Краматорську досі мешкають близько сорока тисяч людей, кажуть волонтери.\n",
		"---\nlang: de\n---\n\nFällt die Leitung aus, sichern Dieselgeneratoren die Kühlung der Reaktoren.\n",
		"---\nlang: pl\n---\n\nRolnicy z Podkarpacia skarżą się na ceny nawozów i brak pracowników.\n",
		"---\nlang: it\n---\n\nIl sindaco ha chiesto il permesso di riaprire la scuola nel quartiere colpito.\n",
		"---\nlang: fr\n---\n\nLe procureur a réuni des preuves sur les crimes commis dans la ville.\n",
		"---\nlang: en\n---\n\nThe ministers met in Vienna to discuss prices.\n\nThe volunteers arrived on Monday.\n\nThe school year began in September.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"insurers tankers black sea ports", "Страховщики"},
		{"insurance for tankers", "Страховщики"},
		{"how many people still live in kramatorsk", "Краматорську"},
		{"kramatorsk residents volunteers", "Краматорську"},
		{"diesel generators cooling reactors", "Dieselgeneratoren"},
		{"backup diesel for reactor cooling", "Dieselgeneratoren"},
		{"farmers fertilizer prices", "nawozów"},
		{"fertiliser costs and worker shortage for farmers", "nawozów"},
		{"mayor permission to reopen school", "permesso"}, // first is the mayor's statement (speaker "Sindaco"), whose text starts after "Il sindaco ha"
		{"mayor asked permission for the school", "scuola"},
		{"prosecutor evidence crimes", "procureur"},
		{"evidence of crimes in the city", "preuves"},
		{"bread recipe", ""},
		{"weather in kramatorsk tomorrow", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestGenreWords: a word that names the kind of document ("report",
// "column", "felieton", "Bericht") points at a document that seldom calls
// itself so: it is not held against a hit that lacks it, in English and
// in the document's own language, while a question of ordinary words
// without it is still turned down.
func TestGenreWords(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: pl\n---\n\nPrzed piekarniami w Lublinie znów stoją kolejki.\n",
		"---\nlang: de\n---\n\nDie Bäckereien in Lemberg haben höhere Preise angekündigt.\n",
		"---\nlang: en\n---\n\nThe delegations met in Geneva on Sunday.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"bakery queues polish column", "kolejki"},
		{"bakeries queues felieton", "kolejki"},
		{"bakeries prices german report", "Bäckereien"},
		{"bäckereien preise bericht", "Bäckereien"},
		{"bread recipe", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestTitleSpellings: a place the title of a report names in its own
// spelling and case ("w Dębowicach", "в Лозовой") counts for the query
// word that spells it in plain Latin letters ("debowice", "lozova"), as
// the name typed as written does (TestTitleNameCounts).
func TestTitleSpellings(t *testing.T) {
	ix := openTexts(t,
		"---\ntitle: \"Reportaż: zima w Dębowicach\"\nlang: pl\n---\n\nMieszkańcy od tygodnia czekają na prąd.\n",
		"---\ntitle: \"Репортаж: ночь в Лозовой\"\nlang: ru\n---\n\nЖители всю ночь провели в подвале.\n",
		"---\nlang: en\n---\n\nThe delegations met in Geneva on Sunday.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"debowice mieszkańcy", "Mieszkańcy"},
		{"dębowice mieszkańcy prąd", "Mieszkańcy"},
		{"lozova жители", "Жители"},
		{"lozovaya жители подвале", "Жители"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestCapAcrossLanguages: the cap on an army's size, a term of the plan
// (synonyms.txt), finds the Italian, Polish and German wording of it
// ("limitate", "pułap", "Obergrenze"), "swap" finds an exchange of
// prisoners written as "обмін", and "prisoners" finds them in every
// language, not only as "POWs" ("полоненими").
func TestCapAcrossLanguages(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: it\n---\n\nLe forze armate della Moldavia sarebbero limitate a 40.000 effettivi.\n",
		"---\nlang: pl\n---\n\nPułap liczebności armii ma wynosić 50 tysięcy żołnierzy.\n",
		"---\nlang: uk\n---\n\nНаступний обмін полоненими готують у Стамбулі.\n",
		"---\nlang: en\n---\n\nThe army held exercises near the border.\n\nThe talks in Istanbul were short.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"moldova army cap", "limitate"},
		{"ceiling on moldovan troops", "limitate"},
		{"army cap 50 thousand", "Pułap"},
		{"troop ceiling 50 thousand", "Pułap"},
		{"next swap in istanbul", "обмін"},
		{"istanbul swap", "обмін"},
		{"prisoner swap istanbul", "обмін"},
		{"prisoners in istanbul", "полоненими"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestGroupOfEightWords: the G8 and G7 as Russian and Ukrainian reports
// write them in words ("большой восьмёрки", "великої сімки") answer a
// question that types "g8" or "g7".
func TestGroupOfEightWords(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: ru\n---\n\nВозвращение в формат большой восьмёрки Кремль считает делом престижа.\n",
		"---\nlang: uk\n---\n\nКраїни великої сімки обговорять активи в середу.\n",
		"---\nlang: en\n---\n\nThe Kremlin spoke of prestige.\n\nThe ministers will meet on Wednesday.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"kremlin g8 return", "восьмёрки"},
		{"g8 format kremlin", "восьмёрки"},
		{"g7 assets wednesday", "сімки"},
		{"g7 wednesday", "сімки"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestTranslationTermsUnique: across translations.txt and the themed files
// loaded with it, no term is in two lines (a term in two senses would pull
// one sense's texts into the other's questions), and none is a term of the
// glossary (synonyms.txt), whose terms are domain words.
func TestTranslationTermsUnique(t *testing.T) {
	terms := func(data []byte) map[string][]int {
		out := map[string][]int{}
		for i, l := range strings.Split(string(data), "\n") {
			l = strings.TrimSpace(l)
			if l == "" || strings.HasPrefix(l, "#") {
				continue
			}
			if rest, ok := strings.CutPrefix(l, supplementPrefix); ok {
				// a supplement's key is its owner line's term, not a
				// member of its own: several files may supplement one line
				en, to, _ := strings.Cut(rest, "|")
				_, more, _ := strings.Cut(en, "/")
				l = more + "|" + to
			}
			l = strings.NewReplacer("=>", "/", "|", "/").Replace(l)
			seen := map[string]bool{}
			for _, term := range strings.Split(l, "/") {
				term = strings.ToLower(strings.TrimSpace(term))
				if term != "" && !seen[term] {
					seen[term] = true
					out[term] = append(out[term], i+1)
				}
			}
		}
		return out
	}
	glossary := terms(synonymData)
	for term, lines := range terms(translationData) {
		if len(lines) > 1 {
			t.Errorf("%q is in %d translation lines", term, len(lines))
		}
		if glossary[term] != nil {
			t.Errorf("%q is a glossary term (synonyms.txt) and a translation", term)
		}
	}
}

// TestNoStemCollisions: an English term of the vocabulary must not share
// its stem with an everyday word of the coverage: "generators" stems to
// "gener" as "general" does, so listing it beside "diesel" made a
// general's words answer a question about diesel prices.
func TestNoStemCollisions(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: en\n---\n\nGeneral Alan Mercer said the cap makes military sense.\n",
		"---\nlang: de\n---\n\nDie Dieselpreise steigen, Dieselgeneratoren sind knapp.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"diesel price today", ""},
		{"diesel", "Dieselgeneratoren"},
		{"what did the general say about the cap", "military sense"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
