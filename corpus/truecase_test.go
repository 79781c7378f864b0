package corpus

import (
	"strings"
	"testing"
)

// TestIsCaseless: a paragraph without capitals is told from a cased one,
// including a cased one whose line opens with a lower-case label.
func TestIsCaseless(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"and he told reporters in the capital that no compromise had been found", true},
		{"the chapter at 10:18 is the clearest explanation of point 21 I've seen", true},
		{"y el ministro dijo que las conversaciones habían sido útiles", true},
		{"He told reporters in the capital that no compromise had been found", false},
		{"ore 18:55 – Rubio ai giornalisti: è stata una riunione produttiva. Ha spiegato che i punti sono pochi", false},
		{"lol same", false}, // too short to judge
		{"по словам помощника компромисс пока не найден", true}, // Cyrillic is cased
		{"ترامب قال إن المحادثات كانت مفيدة جدا اليوم", false},  // Arabic has no case (caseless.go)
	}
	for _, tc := range tests {
		if got := isCaseless(tc.text); got != tc.want {
			t.Errorf("isCaseless(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestReadCaseless: a caseless paragraph is read with the lexicon's and the
// document's names capitalised and sentences started where a subject
// opens a new clause, in English, German and Spanish; the written text
// comes back from the reading through restore.
func TestReadCaseless(t *testing.T) {
	tests := []struct {
		name, lang string
		cased      string // a cased paragraph of the same document
		text, want string
		quote      string // a part of the reading, restored to the text as written
	}{
		{
			name: "en names and pronoun clauses", lang: "en",
			cased: "Our reporter in Oslo spoke to the envoy Marek Halloran on Thursday.",
			text:  "okay so marek halloran met putin's aide in oslo and he told reporters the talks were useful but he also said nothing was agreed",
			want:  "Marek Halloran met Putin's aide in Oslo. He told reporters the talks were useful. He also said nothing was agreed.",
			quote: "He also said nothing",
		},
		{
			name: "en: a pronoun bound to the sentence before stays in it", lang: "en",
			text: "the minister said he was waiting for the text and that they would answer when it came",
			want: "The minister said he was waiting for the text and that they would answer when it came.",
		},
		{
			name: "de: nouns the document capitalises", lang: "de",
			cased: "Der Gesandte Marek Halloran traf in Oslo beide Delegationen.",
			text:  "also der gesandte marek halloran sagte den delegationen dass es fortschritte gebe und er sagte auch die nächste runde folge",
			want:  "Der Gesandte Marek Halloran sagte den Delegationen dass es fortschritte gebe. Er sagte auch die nächste runde folge.",
			quote: "Delegationen dass es fortschritte gebe. Er sagte",
		},
		{
			name: "es", lang: "es",
			text: "bueno el enviado habló con la prensa en oslo y él dijo que el diálogo seguirá",
			want: "El enviado habló con la prensa en oslo. Él dijo que el diálogo seguirá.",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var paras []paragraph
			if tc.cased != "" {
				paras = append(paras, paragraph{text: tc.cased, index: 0})
			}
			paras = append(paras, paragraph{text: tc.text, index: len(paras)})
			out, cr := readCaseless(paras, tc.lang, nil)
			got := out[len(out)-1].text
			if got != tc.want {
				t.Fatalf("reading:\n got %q\nwant %q", got, tc.want)
			}
			if tc.cased != "" && out[0].text != tc.cased {
				t.Errorf("cased paragraph changed: %q", out[0].text)
			}
			if tc.quote != "" {
				r := cr.restore(tc.quote, len(paras)-1)
				if r == tc.quote || !strings.Contains(tc.text, r) || r != strings.ToLower(r) {
					t.Errorf("restore(%q) = %q, want the words as written", tc.quote, r)
				}
			}
		})
	}
}
