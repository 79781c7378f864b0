package corpus

import (
	"strings"
	"testing"
)

// TestRelayOnlyAnswer checks that a transcript answer that is a bare
// reply before a report of what others said is not the answerer's
// statement (relayonly.go), in several languages, while the reported
// speaker keeps the words; and that an answer with words of its own, or
// a question that quotes, stays. With the rule off, the bare reply's
// answer is the answerer's again, so the test fails without it.
func TestRelayOnlyAnswer(t *testing.T) {
	tests := []struct {
		name, lang, body string
		answerer         string // the answerer's name
		dropped          bool   // whether the answer is no statement of theirs
		reported         string // a speaker the report keeps ("" none checked)
	}{
		{"en bare reply", "en", "HOST: Did the president say anything?\n\nPIOTR LENDVAI: He did. Last night Donald Trump wrote that the plan had been fine tuned with input from both sides and that only a few points were left.\n\nHOST: Thank you.",
			"Piotr Lendvai", true, "Donald Trump"},
		{"it bare reply", "it", "CONDUTTRICE: Zelensky ha parlato dei documenti?\n\nPAOLO ZANARDI: Sì. Volodymyr Zelensky ha detto che le squadre lavorano quasi ogni giorno e che i documenti sono quasi pronti.\n\nCONDUTTRICE: Grazie.",
			"Paolo Zanardi", true, "Volodymyr Zelensky"},
		{"de bare reply", "de", "MODERATORIN: Und wie reagiert Moskau?\n\nTOBIAS WELTER: Kühl. Kremlsprecher Dmitri Peskow hat gesagt, europäische Soldaten in der Ukraine kämen für Russland nicht infrage.\n\nMODERATORIN: Danke.",
			"Tobias Welter", true, "Dmitry Peskov"},
		// negatives: the answer has words of its own, or asks
		{"en own view", "en", "HOST: Did the president say anything?\n\nPIOTR LENDVAI: He did. Donald Trump wrote that the plan had been fine tuned. I think the Europeans will read that as a warning and push back hard.\n\nHOST: Thank you.",
			"Piotr Lendvai", false, ""},
		{"de own view", "de", "MODERATORIN: Und wie reagiert Moskau?\n\nTOBIAS WELTER: Kühl, und das ist wenig überraschend für alle Beteiligten. Kremlsprecher Dmitri Peskow hat gesagt, europäische Soldaten kämen nicht infrage.\n\nMODERATORIN: Danke.",
			"Tobias Welter", false, ""},
	}
	for _, tc := range tests {
		for _, off := range []bool{false, true} {
			d, err := Parse([]byte("---\nlang: "+tc.lang+"\n---\n\n"+tc.body+"\n"), ParseOptions{Name: "probe.md", Now: fixedNow, noRelayOnly: off})
			if err != nil {
				t.Fatal(err)
			}
			has, reported := false, tc.reported == ""
			for _, s := range d.Statements {
				has = has || s.Speaker == tc.answerer
				reported = reported || s.Speaker == tc.reported
			}
			if want := !tc.dropped || off; has != want {
				t.Errorf("%s (rule off %v): answer is %s's: %v, want %v\n%v", tc.name, off, tc.answerer, has, want, speakersOf(d.Statements))
			}
			if !reported {
				t.Errorf("%s (rule off %v): no statement of %s\n%v", tc.name, off, tc.reported, speakersOf(d.Statements))
			}
		}
	}
}

// speakersOf lists statements as "speaker: text" for a failure message.
func speakersOf(ss []Statement) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(s.Speaker + ": " + s.Text + "\n")
	}
	return b.String()
}
