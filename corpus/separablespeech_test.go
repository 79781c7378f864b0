package corpus

import "testing"

// TestSeparableSpeech checks reporting verbs that come apart or are
// written in several words (verbs.json phraseVerbs, gappedPhraseVerbs,
// phraseGapWords; phraseverbs.go): German and Dutch separable verbs whose
// particle closes the clause with the speaker or an adverb inside
// ("Am Abend stellte X klar, …", "räumte zugleich ein, dass", "Daarbij gaf
// X toe dat"), Slavic phrases an adverb splits ("dał jasno do
// zrozumienia"), the Romance and Slavic phrases of several words ("ha
// tenuto a precisare che", "hizo hincapié en que", "a ținut să precizeze
// că", "fez questão de dizer que", "звернув увагу на те, що"), and a
// phrase that opens its sentence with the subject dropped ("Zwrócił też
// uwagę, że …"). Each case gave no statement before stop 65.
func TestSeparableSpeech(t *testing.T) {
	checkSaidExactly(t, []saidCase{
		{"de", "Dabei räumte Friedrich Brandt ein, dass der Plan Schwächen habe.", "Friedrich Brandt", "der Plan Schwächen habe"},
		{"de", "Giorgia Ferrante stellte hingegen klar, Italien werde keine Soldaten schicken.", "Giorgia Ferrante", "Italien werde keine Soldaten schicken"},
		{"de", "Am Abend stellte Giorgia Ferrante klar, Italien werde keine Soldaten schicken.", "Giorgia Ferrante", "Italien werde keine Soldaten schicken"},
		{"de", "Kaja Lindner hob zudem hervor, dass die Ukraine mitentscheiden müsse.", "Kaja Lindner", "die Ukraine mitentscheiden müsse"},
		{"de", "Anna Weber machte klar, dass die Lage schwierig sei.", "Anna Weber", "die Lage schwierig sei"},
		{"de", "Das Ministerium gab bekannt, dass die Delegation nach Genf reise.", "Ministerium", "die Delegation nach Genf reise"},
		{"nl", "Daarbij gaf Joris Wendt toe dat het plan zwakke punten heeft.", "Joris Wendt", "het plan zwakke punten heeft"},
		{"nl", "Joris Wendt kondigde aan dat Nederland meebetaalt.", "Joris Wendt", "Nederland meebetaalt"},
		{"nl", "Joris Wendt legde uit dat het plan zwakke punten heeft.", "Joris Wendt", "het plan zwakke punten heeft"},
		{"nl", "Joris Wendt drong erop aan dat Europa meebetaalt.", "Joris Wendt", "Europa meebetaalt"},
		{"nl", "Joris Wendt gaf aan dat het plan zwakke punten heeft.", "Joris Wendt", "het plan zwakke punten heeft"},
		{"sv", "Lars Eklöf slog fast att planen har brister.", "Lars Eklöf", "planen har brister"},
		{"it", "Marta Lodi ha tenuto a precisare che l'Italia non invierà soldati.", "Marta Lodi", "l'Italia non invierà soldati"},
		{"it", "Marta Lodi ha voluto sottolineare che l'Italia non invierà soldati.", "Marta Lodi", "l'Italia non invierà soldati"},
		{"fr", "Claire Nodier a tenu à préciser que la France ne signera pas.", "Claire Nodier", "la France ne signera pas"},
		{"es", "Irene Baños hizo hincapié en que España no enviará tropas.", "Irene Baños", "España no enviará tropas"},
		{"es", "Irene Baños puso de relieve que España no enviará tropas.", "Irene Baños", "España no enviará tropas"},
		{"es", "Irene Baños dio a conocer que España no enviará tropas.", "Irene Baños", "España no enviará tropas"},
		{"pt", "Rui Tavares fez questão de frisar que o Brasil não enviará tropas.", "Rui Tavares", "o Brasil não enviará tropas"},
		{"ro", "Andrei Popescu a ținut să precizeze că România nu trimite trupe.", "Andrei Popescu", "România nu trimite trupe"},
		{"ro", "Andrei Popescu a atras atenția că România nu trimite trupe.", "Andrei Popescu", "România nu trimite trupe"},
		{"ro", "Andrei Popescu a dat de înțeles că România nu trimite trupe.", "Andrei Popescu", "România nu trimite trupe"},
		{"ru", "Олег Сизов сделал акцент на том, что Москва ждёт текст.", "Олег Сизов", "Москва ждёт текст"},
		{"uk", "Богдан Ярош звернув увагу на те, що Україна не визнає окупацію.", "Богдан Ярош", "Україна не визнає окупацію"},
		{"pl", "Marek Zawada dał jasno do zrozumienia, że Polska nie wyśle wojsk.", "Marek Zawada", "Polska nie wyśle wojsk"},
		{"pl", "– Od tego startowaliśmy – powiedział Kacper Ondrusz. Zwrócił też uwagę, że pkt 7 wyznacza Ukrainie datę wejścia do Unii.", "Kacper Ondrusz", "pkt 7 wyznacza Ukrainie datę wejścia do Unii"},
		{"ru", "Олег Сизов дал ясно понять, что Москва не спешит с ответом.", "Олег Сизов", "Москва не спешит с ответом"},
		// an inverted attribution set off after what was said keeps the
		// reading it had (the whole sentence), not the clause after it
		{"de", "Er teile diese Haltung, fügte Jörg Brandtner hinzu, auch wenn er keine Außenpolitik mache.", "Jörg Brandtner", "Er teile diese Haltung, fügte Jörg Brandtner hinzu, auch wenn er keine Außenpolitik mache"},
	})
}

// TestSeparableSpeechNot: the words of a separable or phrasal verb in
// other uses give nothing: the particle as a preposition ("gaf aan
// Oekraïne", "stellte … an der Seite … vor"), "zu" before a noun, the
// phrase with an object and no clause ("dio a conocer su plan", "обратил
// внимание на документ"), no one named in the
// gap ("legde de documenten uit"), a dropped subject with no one to take
// it from.
func TestSeparableSpeechNot(t *testing.T) {
	for _, c := range [][2]string{
		{"de", "Die Delegation gab zu Beginn der Sitzung keine Erklärung ab."},
		{"de", "Friedrich Brandt stellte den Plan an der Seite von Emmanuel Leroy vor."},
		{"de", "Am 3. Dezember kündigte sich an der Front eine Wende an."},
		{"nl", "Het kabinet gaf aan Oekraïne extra geld voor de winter."},
		{"nl", "Joris Wendt legde de documenten uit Genève op tafel."},
		{"sv", "Polisen slog fast kedjan vid räcket."},
		{"es", "Irene Baños dio a conocer su plan el lunes."},
		{"ru", "Олег Сизов обратил внимание на документ."},
		{"it", "Ha tenuto a precisare che l'Italia non invierà soldati."},
	} {
		t.Run(c[1], func(t *testing.T) {
			for _, s := range statementsOf(t, "---\nlang: "+c[0]+"\n---\n\n"+c[1]+"\n") {
				t.Errorf("statement %q by %q: no speech here", s.Text, s.Speaker)
			}
		})
	}
}
