package corpus

import "testing"

// xshapesBattery holds the stop-51 xshapes probes (docs/design.md,
// xshapes): a "both" word between a coordinated subject and its speech
// verb, and German weak-noun titles in the genitive or dative before a
// name, and a time aside closed by a postposition ("неделю спустя").
// Same case form as xprobeBattery; negatives have no speaker.
var xshapesBattery = []xprobeCase{
	// "both" between the subject and the verb
	{"en", "Hana Kovač and Petr Novák both said the plan ignored the victims.", "Hana Kovač and Petr Novák", "the plan ignored the victims", ""},
	{"en", "Hana Kovač, a lawyer, and Petr Novák, an economist, both said the plan ignored the victims.", "Petr Novák", "the plan ignored the victims", "economist"},
	{"it", "Hana Kovač, avvocata a Kiev, e Petr Novák, economista a Praga, hanno entrambi detto che il piano ignora le vittime.", "Petr Novák", "il piano ignora le vittime", "economista"},
	{"es", "Hana Kovač y Petr Novák dijeron ambos que el plan ignora a las víctimas.", "Petr Novák", "el plan ignora a las víctimas", ""},
	{"ru", "Хана Ковач и Петр Новак оба заявили, что план несправедлив.", "Петр Новак", "план несправедлив", ""},
	// negatives: "both" alone is nobody
	{"en", "Both said the plan ignored the victims.", "", "the plan ignored the victims", ""},
	{"en", "Both plans ignored the victims, the report found.", "", "ignored the victims", ""},
	{"de", "Beide Pläne übergehen die Opfer.", "", "übergehen die Opfer", ""},

	// a weak-noun title inflected before the name
	{"de", "Der Plan ist tot, so das Urteil des Ökonomen Petr Novák.", "Petr Novák", "Der Plan ist tot", "Ökonom"},
	{"de", "Der Plan ist tot, so die Einschätzung des Politologen Petr Novák.", "Petr Novák", "Der Plan ist tot", "Politolog"},
	{"de", "Laut dem Politologen Petr Novák ist der Plan tot.", "Petr Novák", "der Plan tot", ""},
	{"de", "Der Plan ist tot, sagte der Ökonom Petr Novák.", "Petr Novák", "Der Plan ist tot", "Ökonom"},
	// negatives: the plural of the same nouns is no speaker
	{"de", "Die Ökonomen warnen vor dem Plan.", "", "vor dem Plan", ""},
	{"de", "Viele Juristen halten den Plan für rechtswidrig.", "", "rechtswidrig", ""},

	// a time phrase closed by a postposition, set off by commas
	{"ru", "Петр Новак, неделю спустя, заявил, что план провалился.", "Петр Новак", "план провалился", "-"},
	{"ru", "Петр Новак, два дня спустя, заявил, что план провалился.", "Петр Новак", "план провалился", "-"},
	{"ru", "Петр Новак, спустя неделю, заявил, что план провалился.", "Петр Новак", "план провалился", "-"},
	{"uk", "Петро Новак, тиждень потому, заявив, що план провалився.", "Петро Новак", "план провалився", "-"},
	{"pl", "Petr Novák, tydzień później, powiedział, że plan się nie powiódł.", "Petr Novák", "plan się nie powiódł", "-"},
	{"de", "Petr Novák, eine Woche später, sagte, der Plan sei gescheitert.", "Petr Novák", "der Plan sei gescheitert", "-"},
	// negatives: no speech verb, or no person before the aside
	{"ru", "Петр Новак, неделю спустя, уехал в Москву.", "", "уехал в Москву", ""},
	{"ru", "Встреча, неделю спустя, прошла в Москве.", "", "прошла в Москве", ""},
	{"pl", "Spotkanie, tydzień później, odbyło się w Genewie.", "", "odbyło się w Genewie", ""},
}

// TestXShapesBattery: every xshapes probe holds.
func TestXShapesBattery(t *testing.T) {
	for i, tc := range xshapesBattery {
		if ok, got := runXProbe(t, tc); !ok {
			t.Errorf("#%d %s: %q\n got %q\nwant %s (%s): %s", i, tc.lang, tc.text, got, tc.speaker, tc.role, tc.said)
		}
	}
}
