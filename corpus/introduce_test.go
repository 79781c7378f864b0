package corpus

import "testing"

func TestPronounAfterIntroduction(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"en feature subject, then he said", doc("en", "Taras Melnychuk has spent the war repairing substations in Sumy.\n\nThe talks in Geneva are far away from his workshop.\n\n\"We say thank you every day,\" he said eventually.\n"), "Melnychuk", "We say thank you every day"},
		{"de portrait subject, then sagte er", doc("de", "Jannik Oltmanns forscht seit Jahren in Bremerhaven über Russland.\n\nAuf seinem Schreibtisch liegt der Entwurf aus Washington.\n\n„Das ist ein Katalog von Zusicherungen“, sagte er.\n"), "Oltmanns", "Das ist ein Katalog"},
	})
}

func TestIntroductionNeedsAName(t *testing.T) {
	d, err := Parse([]byte("---\ntitle: t\nlang: de\n---\n\nDie Ukraine steht vor einem schweren Winter.\n\nDer Entwurf liegt seit Tagen in Kiew.\n\n„Wir prüfen den Text“, sagte er.\n"), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range d.Statements {
		if s.Speaker == "Die Ukraine" {
			t.Errorf("an article and a country are no person: %+v", s)
		}
	}
}

func TestBareQuoteAfterReportedStatement(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"en quote after a reported statement in the paragraph", doc("en", "Deputy governor Serhiy Hnatiuk said he had read the draft twice. The clause that stayed with him was the army cap. \"People abroad think 600,000 is a big number.\"\n"), "Hnatiuk", "People abroad think"},
		{"de quote after a reported statement in the paragraph", doc("de", "Der Forscher Jannik Oltmanns sagte, Punkt 6 sei kaum annehmbar. Der Rest sei verhandelbar. „Eine Armee per Vertrag unterschreibt keine Regierung.“\n"), "Oltmanns", "Eine Armee per Vertrag"},
	})
}

func TestPronounAfterNameWithAppositive(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"en name, appositive, then he told", doc("en", "In Moscow, Kremlin spokesman Dmitry Peskov told reporters that Russia would wait for a briefing. He repeated that Moscow wanted a pullout.\n\nMykola Derkach, an opposition lawmaker who sits on the foreign affairs committee of the Ukrainian parliament, was less upbeat. Any deal would go to a referendum, he told dpa, and he doubted it could win one.\n"), "Derkach", "Any deal would go to a referendum"},
		{"pt name, aside, then disse", doc("pt", "O secretário Marco Rubio disse que a reunião foi produtiva. «Ainda há muito trabalho», acrescentou.\n\nVolodymyr Zelensky, por seu lado, mostrou-se mais reservado. Num vídeo, disse que o encontro tinha sido «construtivo». «Há temas difíceis», afirmou.\n"), "Zelensky", "Há temas difíceis"},
	})
}

func TestPronounGenderIsLearnt(t *testing.T) {
	for _, c := range []struct{ name, text, not string }{
		{"en", "---\ntitle: t\nlang: en\n---\n\nTaras Melnychuk has spent the war repairing substations.\n\n\"We say thank you every day,\" he said.\n\nAcross town, a neighbour was queueing for water. \"They can call it a plan,\" she told us.\n", "Taras Melnychuk"},
		{"de", "---\ntitle: t\nlang: de\n---\n\nJannik Oltmanns forscht seit Jahren über Russland.\n\n„Das ist ein Katalog“, sagte er.\n\nIm Nachbarhaus wartet eine Lehrerin auf Wasser. „Sie können es einen Plan nennen“, sagte sie.\n", "Jannik Oltmanns"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.text), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, s := range d.Statements {
				if s.Speaker == c.not {
					n++
				}
			}
			if n != 1 {
				t.Errorf("%s should have one statement, the one \"he\" gave him: %+v", c.not, d.Statements)
			}
		})
	}
}
