package corpus

import (
	"strings"
	"testing"
)

// TestGivenNameGender checks that a gendered pronoun looks past the last
// speaker when that speaker's given name shows the other gender
// (givengender.go), in several languages, and that a given name of either
// gender (Andrea, Sasha) or no given name leaves the pronoun with the last
// speaker. With the switch off the pronoun goes to the last speaker, so
// the positive cases fail without the lexicon.
func TestGivenNameGender(t *testing.T) {
	tests := []struct {
		name, lang, body string
		quote            string // words of the pronoun's statement
		want             string // its speaker with the lexicon
		off              string // its speaker with the switch off
	}{
		{"en she past Thomas", "en", "Anna Whitfield, a nurse from Leeds, said the clinic had run out of fuel twice this winter.\n\nThomas Brandt, a driver, said the roads were closed for days.\n\n“We cannot go on like this,” she said.",
			"We cannot go on like this", "Anna Whitfield", "Thomas Brandt"},
		{"de sie past Thomas", "de", "Anna Weber, Krankenschwester aus Köln, sagte, der Klinik sei zweimal der Treibstoff ausgegangen.\n\nThomas Brandt, ein Fahrer, sagte, die Straßen seien tagelang gesperrt gewesen.\n\n„So kann es nicht weitergehen“, sagte sie.",
			"So kann es nicht weitergehen", "Anna Weber", "Thomas Brandt"},
		{"fr il past Claire", "fr", "Pierre Lambert, infirmier à Lyon, a dit que la clinique avait manqué de carburant deux fois cet hiver.\n\nClaire Moreau, une voisine, a déclaré que les routes étaient fermées depuis des jours.\n\n« Nous ne pouvons pas continuer ainsi », a-t-il dit.",
			"Nous ne pouvons pas continuer ainsi", "Pierre Lambert", "Claire Moreau"},
		{"it lei past Marco", "it", "Giulia Ferri, infermiera di Torino, ha detto che la clinica è rimasta senza carburante due volte quest'inverno.\n\nMarco Bellini, autista, ha detto che le strade sono rimaste chiuse per giorni.\n\n«Non possiamo andare avanti così», ha detto lei.",
			"Non possiamo andare avanti così", "Giulia Ferri", "Marco Bellini"},
		{"uk вона past Олег", "uk", "Ганна Шевчук, медсестра з Харкова, каже, що клініці двічі бракувало пального цієї зими.\n\nОлег Коваленко, водій, каже, що дороги були закриті кілька днів.\n\n«Так далі не можна», — каже вона.",
			"Так далі не можна", "Ганна Шевчук", "Олег Коваленко"},
		{"nl zij past Pieter", "nl", "Sanne de Vries, verpleegkundige uit Utrecht, zei dat de kliniek deze winter twee keer zonder brandstof zat.\n\nPieter Jansen, chauffeur, zei dat de wegen dagenlang dicht waren.\n\n„Zo kan het niet verder”, zei zij.",
			"Zo kan het niet verder", "Sanne de Vries", "Pieter Jansen"},
		{"en as he put it, own sentence", "en", "Mary Lund, a farmer, said the harvest was late this year.\n\nPeter Hall said the prices were too low.\n\nOur rep Neil Ormerod, who follows the grain markets, brought in the plan because, as he put it, \"whatever happens at sea happens on my price list\".",
			"whatever happens at sea", "Neil Ormerod", "Peter Hall"},
		// negatives: a name of either gender, and a pronoun that fits the last speaker
		{"en she after Andrea", "en", "Anna Whitfield, a nurse from Leeds, said the clinic had run out of fuel twice this winter.\n\nAndrea Conti, a driver, said the roads were closed for days.\n\n“We cannot go on like this,” she said.",
			"We cannot go on like this", "Andrea Conti", "Andrea Conti"},
		{"de er after Thomas", "de", "Anna Weber, Krankenschwester aus Köln, sagte, der Klinik sei zweimal der Treibstoff ausgegangen.\n\nThomas Brandt, ein Fahrer, sagte, die Straßen seien tagelang gesperrt gewesen.\n\n„So kann es nicht weitergehen“, sagte er.",
			"So kann es nicht weitergehen", "Thomas Brandt", "Thomas Brandt"},
	}
	for _, tc := range tests {
		for _, off := range []bool{false, true} {
			d, err := Parse([]byte("---\nlang: "+tc.lang+"\n---\n\n"+tc.body+"\n"), ParseOptions{Name: "probe.md", Now: fixedNow, noGivenGender: off})
			if err != nil {
				t.Fatal(err)
			}
			want := tc.want
			if off {
				want = tc.off
			}
			got := ""
			for _, s := range d.Statements {
				if strings.Contains(s.Text, tc.quote) {
					got = s.Speaker
				}
			}
			if got != want {
				t.Errorf("%s (switch off %v): speaker %q, want %q\n%v", tc.name, off, got, want, speakersOf(d.Statements))
			}
		}
	}
}
