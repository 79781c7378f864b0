package index

import (
	"strings"
	"testing"
)

// TestMergeSupplements: a supplement line ("+ key | forms") adds its forms
// to the one line whose English side holds the key, and names no line or
// two lines only as an error.
func TestMergeSupplements(t *testing.T) {
	for _, c := range []struct {
		name, in, want, err string
	}{
		{"adds both sides", "# c\nshelling / shells | beschuss\n+ shells / bombardment | bombardování / beschieting\n",
			"# c\nshelling / shells / bombardment | beschuss / bombardování / beschieting\n", ""},
		{"foreign forms only", "trench | okop\n\n+ trench | zákopy\n", "trench | okop / zákopy\n\n", ""},
		{"line without a bar", "annexion / aneksja\n+ annexion / annexation | anexe\n", "annexion / annexation | aneksja / anexe\n", ""},
		{"no supplement", "a | b\n", "a | b\n", ""},
		{"key is a foreign term", "trench | okop\n+ okop | zákopy\n", "", "not the English term"},
		{"key in two lines", "bank | ufer\nbank | banca\n+ bank | břeh\n", "", "not the English term"},
		{"no key", "a | b\n+ | c\n", "", "no key"},
	} {
		got, err := mergeSupplements([]byte(c.in))
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%s: error %v, want %q", c.name, err, c.err)
			}
			continue
		}
		if err != nil || string(got) != c.want {
			t.Errorf("%s: got %q, %v; want %q", c.name, got, err, c.want)
		}
	}
	if _, err := mergeSupplements(translationData); err != nil {
		t.Errorf("embedded vocabulary: %v", err)
	}
}

// TestFieldWords: the words of the semantic-field files
// (translations-fields-*.txt), new lines and supplements of older ones,
// let an English question find a report in Czech, Dutch, Portuguese,
// Polish, Russian, Ukrainian or German that says it in its own words,
// ahead of an English text sharing one word; questions made of such words
// about something else still answer nothing.
func TestFieldWords(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: cs\n---\n\nSenát odložil ratifikaci smlouvy o spolupráci až na jaro.\n\nVojáci celou noc kopali zákopy u řeky.\n",
		"---\nlang: nl\n---\n\nDe waarnemers zagen nieuwe schade langs de demarcatielijn.\n",
		"---\nlang: pt\n---\n\nO governo decretou o recolher obrigatório em toda a cidade portuária.\n",
		"---\nlang: pl\n---\n\nDwa okręty podwodne opuściły bazę w nocy.\n",
		"---\nlang: ru\n---\n\nСаудовская Аравия предложила принять следующую встречу делегаций.\n",
		"---\nlang: uk\n---\n\nДо Києва повернули тіла загиблих після репатріації з півдня.\n",
		"---\nlang: de\n---\n\nDie Gegenoffensive im Süden kommt nur langsam voran.\n",
		"---\nlang: en\n---\n\nThe river rose after the rain.\n\nThe city council met in the evening.\n\nThe south had a mild winter.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"senate postponed ratification", "ratifikaci"},
		{"ratification of the treaty delayed", "ratifikaci"},
		{"soldiers dug trenches by the river", "zákopy"},
		{"observers along the demarcation line", "waarnemers"},
		{"curfew in the port city", "recolher"},
		{"submarines leaving the base", "okręty"},
		{"saudi arabia offers to host the next meeting", "Саудовская"},
		{"repatriation of human remains", "репатріації"},
		{"counteroffensive in the south", "Gegenoffensive"},
		{"bread recipe", ""},
		{"submarine sandwich recipe", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
