package corpus

import (
	"strings"
	"testing"
)

// recordRoleCase is one short record written for this test: a briefing,
// a hearing or a government press conference, in its own words and with
// invented people. want lists the statements that must be read (speaker
// and role substrings, case-insensitive, and a fragment of the text);
// not lists fragments no statement may hold (a questioner's own words).
type recordRoleCase struct {
	name, lang, text string
	want             []recordRoleWant
	not              []string
}

type recordRoleWant struct{ speaker, role, fragment string }

// recordRoleCases is the record matrix: the role a record's frame (its
// title, heading or publisher's note) gives a speaker follows every turn
// of theirs, in every language, and over an abbreviation in the label's
// bracket; questioners' turns ("Q:", "FRAGE X:", "Вопрос (…):", a
// senator who asks) are no statements, while the answers keep their
// answerer, even when they name someone else ("The President wants …");
// what a turn reports of a title alone ("Der Kanzler hat gestern gesagt,
// dass …") is the title's.
var recordRoleCases = []recordRoleCase{
	{name: "en-briefing", lang: "en", text: `# Press briefing by Deputy Press Secretary Nora Fenwick

*Questioners are marked "Q".*

MS. FENWICK: Good morning. The envoy met both delegations yesterday and the talks will continue on Friday.

Q: Is the ceasefire text final?

MS. FENWICK: No text is final until both sides sign it. The President wants a durable agreement, not a quick one.

Q: The President told reporters on Friday that the offer was final. Will the envoy travel to Kyiv next week?

MS. FENWICK: I have nothing to announce on travel today.`,
		want: []recordRoleWant{
			{"fenwick", "deputy press secretary", "No text is final until both sides sign it"},
			{"fenwick", "deputy press secretary", "The President wants a durable agreement"},
			{"fenwick", "deputy press secretary", "nothing to announce on travel"},
			{"president", "", "the offer was final"},
		},
		not: []string{"Is the ceasefire text final", "travel to Kyiv next week"}},
	{name: "en-hearing", lang: "en", text: `# Committee hearing with Deputy Secretary of Defense Alan Crewe

SEN. HARLOW: Mr. Crewe, thank you for coming. Who drafted the security annex?

MR. CREWE: The annex was drafted by our negotiators with input from both delegations.

SEN. HARLOW: So the allies were simply not consulted.

MR. CREWE: The allies were briefed at every stage, Senator.

SEN. MARBURY: Point 9 mentions a monitoring mission. Who would lead it?

MR. CREWE: That question is still open between the parties.

SEN. MARBURY: Then the mission has no commander yet.`,
		want: []recordRoleWant{
			{"crewe", "deputy secretary of defense", "drafted by our negotiators"},
			{"crewe", "deputy secretary of defense", "briefed at every stage"},
		},
		not: []string{"the allies were simply not consulted", "the mission has no commander yet", "mentions a monitoring mission"}},
	{name: "de-regpk", lang: "de", text: `# Regierungspressekonferenz vom 3. März

*Auszug aus dem Protokoll. Auf dem Podium: StS Albrecht (Regierungssprecher), Sprecher des Verteidigungsministeriums Dr. Wendler.*

FRAGE MEINERT: Herr Albrecht, hat der Kanzler mit dem ukrainischen Präsidenten telefoniert?

StS ALBRECHT: Das Gespräch hat am Vormittag stattgefunden. Beide waren sich einig, dass die Gespräche in Genf fortgesetzt werden sollen.

ZUSATZFRAGE MEINERT: Die Opposition fordert ein Mandat des Bundestages. Welche Rolle spielt die Bundeswehr bei einer möglichen Mission?

WENDLER (BMVg): Darüber zu spekulieren wäre verfrüht. Die Planungen beginnen erst, wenn es ein Mandat gibt.

FRAGE DR. KORTE: Herr Wendler, wie viele Soldaten stehen bereit?

WENDLER (BMVg): Ich äußere mich hier nicht zu Zahlen. Der Kanzler hat gestern gesagt, dass Deutschland seinen Beitrag leisten wird.`,
		want: []recordRoleWant{
			{"albrecht", "regierungssprecher", "Das Gespräch hat am Vormittag stattgefunden"},
			{"wendler", "sprecher des verteidigungsministeriums", "Darüber zu spekulieren wäre verfrüht"},
			{"wendler", "sprecher des verteidigungsministeriums", "Ich äußere mich hier nicht zu Zahlen"},
			{"kanzler", "kanzler", "Deutschland seinen Beitrag leisten wird"},
		},
		not: []string{"hat der Kanzler mit dem ukrainischen Präsidenten telefoniert", "Die Opposition fordert ein Mandat", "wie viele Soldaten stehen bereit"}},
	{name: "ru-briefing", lang: "ru", text: `# Брифинг официального представителя Министерства обороны И.С.Ковалёвой

Вопрос (газета «Вечерний курьер»): Когда состоится следующий раунд переговоров?

И.С.Ковалёва: Сроки пока не определены. Мы ожидаем ответа от партнёров.

Вопрос: Накануне Президент заявил, что контакты будут продолжены. Как Министерство оценивает новый документ?

И.С.Ковалёва: Документ изучается специалистами, выводы делать рано.`,
		want: []recordRoleWant{
			{"ковалёв", "официального представителя министерства обороны", "Сроки пока не определены"},
			{"ковалёв", "официального представителя министерства обороны", "выводы делать рано"},
			{"президент", "президент", "контакты будут продолжены"},
		},
		not: []string{"следующий раунд переговоров", "новый документ?"}},
	{name: "es-rueda", lang: "es", text: `# Rueda de prensa de la portavoz del Gobierno Marta Iribarren

PREGUNTA: ¿Ha hablado el presidente con Kiev esta semana?

IRIBARREN: El presidente habló el martes con el Gobierno ucraniano. España apoyará cualquier acuerdo que respete la soberanía de Ucrania.

PREGUNTA: ¿Enviará España tropas a la misión?

IRIBARREN: No vamos a adelantar decisiones que todavía no se han tomado.`,
		want: []recordRoleWant{
			{"iribarren", "portavoz del gobierno", "España apoyará cualquier acuerdo"},
			{"iribarren", "portavoz del gobierno", "No vamos a adelantar decisiones"},
		},
		not: []string{"Ha hablado el presidente con Kiev", "Enviará España tropas"}},
	{name: "it-audizione", lang: "it", text: `# Audizione del sottosegretario agli Esteri Livio Marchetti in commissione

DOMANDA: Il governo sostiene la versione europea del piano?

MARCHETTI: Il governo sostiene ogni sforzo che porti a una pace giusta. Le garanzie di sicurezza restano il punto centrale.

DOMANDA: E le sanzioni?

MARCHETTI: Le sanzioni resteranno finché la Russia non ritirerà le truppe.`,
		want: []recordRoleWant{
			{"marchetti", "sottosegretario agli esteri", "Le garanzie di sicurezza restano il punto centrale"},
			{"marchetti", "sottosegretario agli esteri", "Le sanzioni resteranno"},
		},
		not: []string{"la versione europea del piano?"}},
}

// TestRecordRoleMatrix runs the record matrix: every want found, no
// not-fragment in any statement.
func TestRecordRoleMatrix(t *testing.T) {
	hit, all := scoreRecordRoles(t, true)
	t.Logf("record matrix: %d/%d", hit, all)
}

// TestRecordRoleMechanisms shows that each mechanism carries cases of the
// record matrix: with the frame roles or the questioner labels turned
// off, fewer pass.
func TestRecordRoleMechanisms(t *testing.T) {
	full, _ := scoreRecordRoles(t, false)
	for _, off := range []struct {
		name string
		flag *bool
	}{{"frameRoles", &frameRolesOff}, {"markAskers", &recordAskersOff}, {"titleAlone", &titleAloneOff}} {
		*off.flag = true
		hit, all := scoreRecordRoles(t, false)
		*off.flag = false
		t.Logf("without %s: %d/%d (with: %d)", off.name, hit, all, full)
		if hit >= full {
			t.Errorf("without %s the record matrix still scores %d/%d", off.name, hit, all)
		}
	}
}

// scoreRecordRoles parses every case of the record matrix and counts the
// wants found and the not-fragments no statement holds; report fails the
// test on each miss.
func scoreRecordRoles(t *testing.T, report bool) (hit, all int) {
	t.Helper()
	for _, c := range recordRoleCases {
		d, err := Parse([]byte("---\ntitle: t\nlang: "+c.lang+"\n---\n\n"+c.text+"\n"), ParseOptions{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		for _, w := range c.want {
			all++
			found := false
			for _, s := range d.Statements {
				if strings.Contains(strings.ToLower(s.Speaker), w.speaker) && strings.Contains(strings.ToLower(s.Role), w.role) && strings.Contains(s.Text, w.fragment) {
					found = true
					break
				}
			}
			if found {
				hit++
			} else if report {
				t.Errorf("%s: no statement of %q (%s) with %q; got %s", c.name, w.speaker, w.role, w.fragment, statementsRoles(d.Statements))
			}
		}
		for _, n := range c.not {
			all++
			ok := true
			for _, s := range d.Statements {
				if strings.Contains(s.Text, n) {
					ok = false
					if report {
						t.Errorf("%s: a questioner's words read as %s (%s): %q", c.name, s.Speaker, s.Role, s.Text)
					}
					break
				}
			}
			if ok {
				hit++
			}
		}
	}
	return hit, all
}
