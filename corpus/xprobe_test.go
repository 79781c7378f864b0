package corpus

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// xprobeCase is one statement shape of the stop-51 probe battery: the text,
// the speaker expected (empty: no statement may hold said), a fragment of
// what was said, and the role: "" is not checked, "-" must be empty, "!w"
// must not contain w, otherwise alternatives separated by "|".
type xprobeCase struct {
	lang, text, speaker, said, role string
}

var xprobeBattery = []xprobeCase{
	// "Pour X, …": a person's view led by a benefactive preposition
	{"fr", "Pour Petr Novák, économiste à Prague, le plan ne tient pas compte de l'économie ukrainienne.", "Petr Novák", "le plan ne tient pas compte", "économiste"},
	{"fr", "Pour l'économiste Petr Novák, le plan ne tient pas compte de l'économie ukrainienne.", "Petr Novák", "le plan ne tient pas compte", "économiste"},
	{"it", "Per l'economista Petr Novák, il piano non tiene conto dell'economia ucraina.", "Petr Novák", "il piano non tiene conto", "economista"},
	{"it", "Per Hana Kovač, avvocata a Kiev, il piano è un tradimento.", "Hana Kovač", "il piano è un tradimento", "avvocata"},
	{"es", "Para el economista Petr Novák, el plan no tiene en cuenta la economía ucraniana.", "Petr Novák", "el plan no tiene en cuenta", "economista"},
	{"es", "Para Hana Kovač, abogada en Kiev, el plan es una traición.", "Hana Kovač", "el plan es una traición", "abogada"},
	{"en", "For Hana Kovač, a lawyer in Kyiv, the plan is a betrayal.", "Hana Kovač", "the plan is a betrayal", "lawyer"},
	{"en", "For economist Petr Novák, the plan ignores Ukraine's economy.", "Petr Novák", "the plan ignores Ukraine's economy", "economist"},
	{"de", "Für den Ökonomen Petr Novák ist der Plan ein Fehler.", "Petr Novák", "der Plan ein Fehler", ""},
	{"de", "Für Hana Kovač, Anwältin in Kiew, ist der Plan ein Verrat.", "Hana Kovač", "der Plan ein Verrat", "Anwältin"},
	{"pl", "Dla Hany Kovač, prawniczki z Kijowa, plan jest zdradą.", "Hana Kovač", "plan jest zdradą", ""},
	// negatives: the same preposition before a time, a reason, a place or a thing
	{"fr", "Pour la première fois, le plan mentionne les garanties de sécurité.", "", "le plan mentionne", ""},
	{"fr", "Pour 2026, le budget prévoit une hausse des dépenses militaires.", "", "le budget prévoit", ""},
	{"it", "Per questo motivo, il piano è stato rivisto a Ginevra.", "", "il piano è stato rivisto", ""},
	{"es", "Para la próxima semana, el plan prevé una nueva ronda en Ginebra.", "", "el plan prevé", ""},
	{"en", "For the first time, the plan mentions security guarantees.", "", "the plan mentions", ""},
	{"en", "For now, the plan remains a draft.", "", "the plan remains a draft", ""},
	{"de", "Für die nächste Woche ist ein Treffen in Genf geplant.", "", "ein Treffen in Genf", ""},
	{"fr", "Pour Emmanuel Macron, le voyage à Kiev a été reporté.", "", "le voyage à Kiev a été reporté", ""},

	// two speakers with their appositions saying the same thing
	{"en", "Hana Kovač, a lawyer, and Petr Novák, an economist, both said the plan ignored the victims.", "Hana Kovač", "the plan ignored the victims", "lawyer"},
	{"en", "Hana Kovač, a lawyer, and Petr Novák, an economist, both said the plan ignored the victims.", "Petr Novák", "the plan ignored the victims", "economist"},
	{"de", "Hana Kovač, Anwältin in Kiew, und Petr Novák, Ökonom in Prag, sagten beide, der Plan übergehe die Opfer.", "Petr Novák", "der Plan übergehe die Opfer", "Ökonom"},
	{"fr", "Hana Kovač, avocate à Kiev, et Petr Novák, économiste à Prague, ont tous deux affirmé que le plan ignorait les victimes.", "Petr Novák", "le plan ignorait les victimes", "économiste"},
	{"it", "Hana Kovač, avvocata a Kiev, e Petr Novák, economista a Praga, hanno entrambi detto che il piano ignora le vittime.", "Hana Kovač", "il piano ignora le vittime", "avvocata"},
	{"es", "Hana Kovač, abogada en Kiev, y Petr Novák, economista en Praga, dijeron ambos que el plan ignora a las víctimas.", "Petr Novák", "el plan ignora a las víctimas", "economista"},

	// "That was the verdict of X"
	{"en", "\"The plan is dead on arrival.\" That was the verdict of Petr Novák, an economist in Prague.", "Petr Novák", "The plan is dead on arrival", ""},
	{"en", "The plan is dead on arrival. That was the verdict of economist Petr Novák.", "Petr Novák", "The plan is dead on arrival", ""},
	{"en", "The plan is dead on arrival, was the verdict of Petr Novák.", "Petr Novák", "The plan is dead on arrival", ""},
	{"de", "Der Plan ist tot, so das Urteil des Ökonomen Petr Novák.", "Petr Novák", "Der Plan ist tot", ""},
	{"de", "„Der Plan ist tot.“ So lautet das Urteil von Petr Novák.", "Petr Novák", "Der Plan ist tot", ""},
	{"fr", "« Le plan est mort-né. » C'est le verdict de Petr Novák, économiste à Prague.", "Petr Novák", "Le plan est mort-né", ""},
	{"it", "«Il piano è nato morto». È il verdetto di Petr Novák, economista a Praga.", "Petr Novák", "Il piano è nato morto", ""},
	{"es", "«El plan nació muerto». Ese es el veredicto de Petr Novák, economista en Praga.", "Petr Novák", "El plan nació muerto", ""},
	{"ru", "«План мертв». Таков вердикт экономиста Петра Новака.", "Петр Новак", "План мертв", ""},
	// negatives: a court's or a jury's verdict
	{"en", "The plan is dead on arrival. That was the verdict of the jury in 2019.", "", "The plan is dead on arrival", ""},
	{"en", "The verdict of the court was clear.", "", "court was clear", ""},

	// German "X hält … für …"
	{"de", "Der Ökonom Petr Novák hält den Plan für einen Fehler.", "Petr Novák", "den Plan für einen Fehler", ""},
	{"de", "Novák hält den Plan für unrealistisch.", "Novák", "den Plan für unrealistisch", ""},
	{"de", "Merz hält den Plan für eine gute Grundlage.", "Friedrich Merz", "den Plan für eine gute Grundlage", ""},
	{"de", "Merz hält eine Rede in Berlin.", "", "eine Rede in Berlin", ""},
	{"de", "Die Regierung hält an dem Plan fest.", "", "an dem Plan fest", ""},
	{"de", "Merz hält für den Abend eine Rede bereit.", "", "eine Rede bereit", ""},

	// genitive names in Russian and Ukrainian given back in the nominative
	{"ru", "По словам Ханы Ковач, юриста из Киева, план несправедлив.", "Хана Ковач", "план несправедлив", ""},
	{"ru", "По словам Петра Новака, экономиста из Праги, план несправедлив.", "Петр Новак", "план несправедлив", ""},
	{"ru", "По словам экономиста Петра Новака, план несправедлив.", "Петр Новак", "план несправедлив", ""},
	{"ru", "Слова Ханы Ковач о плане прозвучали жестко: «План несправедлив».", "Хана Ковач", "План несправедлив", ""},
	{"uk", "За словами Ганни Коваль, юристки з Києва, план несправедливий.", "Ганна Коваль", "план несправедливий", ""},
	{"uk", "За словами Петра Новака, економіста з Праги, план несправедливий.", "Петро Новак", "план несправедливий", ""},
	{"uk", "На думку Ірини Мельник, план несправедливий.", "Ірина Мельник", "план несправедливий", ""},

	// French dash-led lines: name, role, colon, quotation
	{"fr", "— Petr Novák, économiste : « Le plan ignore l'économie ukrainienne. »\n\n— Hana Kovač, avocate : « Les victimes sont oubliées. »", "Petr Novák", "Le plan ignore l'économie", "économiste"},
	{"fr", "— Petr Novák, économiste : « Le plan ignore l'économie ukrainienne. »\n\n— Hana Kovač, avocate : « Les victimes sont oubliées. »", "Hana Kovač", "Les victimes sont oubliées", "avocate"},
	{"fr", "— Petr Novák, économiste : « Le plan ignore l'économie ukrainienne. »\n\n— Hana Kovač, avocate : « Les victimes sont oubliées. »", "Petr Novák", "Le plan ignore l'économie", "!«"},
	{"it", "— Petr Novák, economista: «Il piano ignora l'economia ucraina».\n\n— Hana Kovač, avvocata: «Le vittime sono dimenticate».", "Hana Kovač", "Le vittime sono dimenticate", "avvocata"},
	{"es", "— Petr Novák, economista: «El plan ignora la economía ucraniana».\n\n— Hana Kovač, abogada: «Las víctimas quedan olvidadas».", "Petr Novák", "El plan ignora la economía", "economista"},
	{"en", "— Petr Novák, economist: \"The plan ignores Ukraine's economy.\"\n\n— Hana Kovač, lawyer: \"The victims are forgotten.\"", "Hana Kovač", "The victims are forgotten", "lawyer"},
	{"de", "— Petr Novák, Ökonom: „Der Plan übergeht die ukrainische Wirtschaft.“\n\n— Hana Kovač, Anwältin: „Die Opfer sind vergessen.“", "Petr Novák", "Der Plan übergeht", "Ökonom"},

	// an age between the name and the role
	{"en", "Hana Kovač, 41, a nurse in Kharkiv, said the plan ignored the victims.", "Hana Kovač", "the plan ignored the victims", "nurse"},
	{"en", "Petr Novák, 58, an economist, said the plan was unrealistic.", "Petr Novák", "the plan was unrealistic", "economist"},
	{"de", "Hana Kovač, 41, Krankenschwester in Charkiw, sagte, der Plan übergehe die Opfer.", "Hana Kovač", "der Plan übergehe die Opfer", "Krankenschwester"},
	{"fr", "Hana Kovač, 41 ans, infirmière à Kharkiv, a déclaré que le plan ignorait les victimes.", "Hana Kovač", "le plan ignorait les victimes", "infirmière"},
	{"it", "Hana Kovač, 41 anni, infermiera a Kharkiv, ha detto che il piano ignora le vittime.", "Hana Kovač", "il piano ignora le vittime", "infermiera"},
	{"es", "Hana Kovač, de 41 años, enfermera en Járkov, dijo que el plan ignora a las víctimas.", "Hana Kovač", "el plan ignora a las víctimas", "enfermera"},
	{"ru", "Хана Ковач, 41 год, медсестра из Харькова, сказала, что план несправедлив.", "Хана Ковач", "план несправедлив", "медсестра"},
	{"pl", "Hana Kovač, 41 lat, pielęgniarka z Charkowa, powiedziała, że plan jest niesprawiedliwy.", "Hana Kovač", "plan jest niesprawiedliwy", "pielęgniarka"},
	{"en", "Hana Kovač, 41, said the plan ignored the victims.", "Hana Kovač", "the plan ignored the victims", "-"},

	// a time phrase in apposition is no role
	{"en", "Petr Novák, a week later, said the plan had failed.", "Petr Novák", "the plan had failed", "-"},
	{"en", "Petr Novák, two days later, told reporters the plan had failed.", "Petr Novák", "the plan had failed", "-"},
	{"fr", "Petr Novák, une semaine plus tard, a déclaré que le plan avait échoué.", "Petr Novák", "le plan avait échoué", "-"},
	{"it", "Petr Novák, una settimana dopo, ha detto che il piano era fallito.", "Petr Novák", "il piano era fallito", "-"},
	{"es", "Petr Novák, una semana después, dijo que el plan había fracasado.", "Petr Novák", "el plan había fracasado", "-"},
	{"de", "Petr Novák, eine Woche später, sagte, der Plan sei gescheitert.", "Petr Novák", "der Plan sei gescheitert", "-"},
	{"ru", "Петр Новак, неделю спустя, заявил, что план провалился.", "Петр Новак", "план провалился", "-"},
}

// runXProbe reports whether the case holds and what the statements were.
func runXProbe(t *testing.T, tc xprobeCase) (bool, []string) {
	d, err := Parse([]byte(probeDoc(tc.lang, tc.text)), ParseOptions{Name: "probe.md"})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	found := false
	for _, s := range d.Statements {
		got = append(got, s.Speaker+" ("+s.Role+"): "+s.Text)
		has := strings.Contains(s.Text, tc.said)
		if tc.speaker == "" {
			found = found || has
			continue
		}
		if s.Speaker != tc.speaker || !has {
			continue
		}
		found = found || xroleHolds(s.Role, tc.role)
	}
	if tc.speaker == "" {
		return !found, got
	}
	return found, got
}

// xroleHolds checks a statement's role against a case's role pattern.
func xroleHolds(role, want string) bool {
	switch {
	case want == "":
		return true
	case want == "-":
		return role == ""
	case strings.HasPrefix(want, "!"):
		return !strings.Contains(role, want[1:])
	}
	for _, r := range strings.Split(want, "|") {
		if strings.Contains(strings.ToLower(role), strings.ToLower(r)) {
			return true
		}
	}
	return false
}

// TestXProbeBattery: the statement shapes of the stop-51 probe battery
// (docs/design.md, xprobe). XPROBES_ALL=1 lists the open cases too.
func TestXProbeBattery(t *testing.T) {
	pass := checkBattery(t, xprobeBattery, xprobeOpen, os.Getenv("XPROBES_ALL") != "",
		func(tc xprobeCase) (bool, []string) { return runXProbe(t, tc) },
		func(tc xprobeCase, got []string) string {
			return fmt.Sprintf("%s: %q\n got %q\nwant %s (%s): %s", tc.lang, tc.text, got, tc.speaker, tc.role, tc.said)
		})
	t.Logf("%d of %d probes pass", pass, len(xprobeBattery))
}

// xprobeOpen lists the battery's cases known to fail (docs/design.md,
// xprobe): "Pour X, …" and its forms (0-10: read since stop 47 as the
// writer's summary, only noting the person), two speakers sharing one verb
// (19, 22, 23; 20 and 28 read since xshapes), a
// quotation before "C'est le verdict de" (30), Russian genitive names and
// titles (33, 45, 47), "hält … für" (36-38); the Russian time aside (71)
// is read since xshapes.
var xprobeOpen = map[int]bool{0: true, 1: true, 2: true, 3: true, 4: true, 5: true, 6: true, 7: true, 8: true, 9: true, 10: true,
	19: true, 22: true, 23: true, 30: true, 33: true, 36: true, 37: true, 38: true, 45: true, 47: true}
