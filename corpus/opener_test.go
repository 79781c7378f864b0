package corpus

import (
	"strings"
	"testing"
)

func TestPronounMeansTheSentencesSubject(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	// each document names the subject in full first, then quotes someone
	// else, so the last speaker is not who the pronoun means
	checkStatements(t, []statementCase{
		{"en pronoun in a relative clause after an intro",
			doc("en", "Prime Minister Ilona Sarkadi received the envoys on Monday.\n\nEnvoy Pavel Orlik, who took part in the talks, said the meeting was productive.\n\nHours before the talks, Sarkadi had sharpened her tone towards the neighbours, whom she accused of trying to sink the initiative.\n"),
			"Ilona Sarkadi", "accused of trying to sink"},
		{"en pronoun in a participle clause, no intro",
			doc("en", "President Arvid Lennart received the envoys on Monday.\n\nEnvoy Pavel Orlik said the meeting was productive.\n\nLennart had used a speech to attack the opposition, accusing it of demands he said were unacceptable to the country.\n"),
			"Arvid Lennart", "were unacceptable"},
		{"en pronoun in the next sentence after an intro",
			doc("en", "President Arvid Lennart received the envoys on Monday.\n\nEnvoy Pavel Orlik said the meeting was productive.\n\nEarlier that day, Lennart had used a speech to attack the opposition. The country was not planning to fight anyone, he said, but it was ready.\n"),
			"Arvid Lennart", "not planning to fight anyone"},
		{"de Pronomen im Relativsatz",
			doc("de", "Präsident Arvid Lennart empfing die Gesandten am Montag.\n\nDer Gesandte Pavel Orlik sagte, das Treffen sei produktiv gewesen.\n\nLennart hielt am Dienstag eine Rede, in der er sagte, das Land plane keinen Krieg.\n"),
			"Arvid Lennart", "plane keinen Krieg"},
		{"en a one-word lexicon name opening a comma splice",
			doc("en", "Envoy Pavel Orlik said the Russian side had seen the draft.\n\nLavrov went further, he said that the spirit of Anchorage had to stay in the text.\n"),
			"Sergei Lavrov", "the spirit of Anchorage"},
		{"en a one-word lexicon name, pronoun in a relative clause",
			doc("en", "Envoy Pavel Orlik said the Russian side had seen the draft.\n\nLavrov spoke in Moscow, where he said that the spirit of Anchorage had to stay in the text.\n"),
			"Sergei Lavrov", "the spirit of Anchorage"},
	})
}

func TestTimePhraseIsNoSpeaker(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"en On Tuesday", "Envoy Pavel Orlik said the meeting was productive.\n\nOn Tuesday morning, the president gave a speech. The country was not planning to fight anyone, he said, but it was ready.\n"},
		{"en On Friday evening", "Envoy Pavel Orlik said the talks were over.\n\nOn Friday evening, the delegations left Geneva. Nothing had been signed, he said.\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.text), ParseOptions{})
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range d.Statements {
				if strings.HasPrefix(s.Speaker, "On ") {
					t.Errorf("a time phrase is no speaker: %+v", s)
				}
			}
		})
	}
}

func TestLexiconNameOfSeveralWordsOpens(t *testing.T) {
	checkStatements(t, []statementCase{
		{"en von der Leyen, comma splice",
			"---\ntitle: t\nlang: en\n---\n\nKaja Kallas said it was for the EU to decide. Von der Leyen was vaguer, she said the EU would look at the plan with its partners.\n",
			"Ursula von der Leyen", "the EU would look at the plan"},
		{"en von der Leyen, relative clause",
			"---\ntitle: t\nlang: en\n---\n\nKaja Kallas said it was for the EU to decide. Von der Leyen followed her at the podium, where she said the EU would study the plan.\n",
			"Ursula von der Leyen", "the EU would study the plan"},
	})
}
