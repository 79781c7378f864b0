package corpus

import (
	"strings"
	"testing"
)

// TestSameDupDropped: a report inside a transcript's answer is read both by
// the sentence reader and as the answer's inner speech; the speaker's words
// come out once. Negatives: the same words said again in another
// paragraph stay twice, and other words of the same speaker stay.
func TestSameDupDropped(t *testing.T) {
	tests := []struct {
		name, lang, body string
		speaker, words   string // the statement looked at: its speaker and words
		want             int    // how many times it comes out with the rule on
	}{
		{"en answer relays", "en", "HOST: How was the mood?\n\nLEWIS ABARA: Lighter than on Saturday. Andriy Yermak said the sides had made very good progress and were moving towards a just and lasting peace. Nobody would tell me which points were rewritten.\n\nHOST: Thank you.",
			"Andriy Yermak", "the sides had made very good progress", 1},
		{"de answer relays", "de", "MODERATORIN: Und wie reagiert Moskau?\n\nTOBIAS WELTER: Kühl. Kremlsprecher Dmitri Peskow hat gesagt, europäische Soldaten in der Ukraine kämen für Russland nicht infrage. Lawrow war kaum ein Thema.\n\nMODERATORIN: Danke.",
			"Dmitry Peskov", "europäische Soldaten in der Ukraine", 1},
		// negative: the same words in two paragraphs, said twice
		{"en said twice", "en", "Andriy Yermak said the sides had made very good progress.\n\nThe talks went on into the night in Geneva.\n\nOn Monday Andriy Yermak said the sides had made very good progress.",
			"Andriy Yermak", "the sides had made very good progress", 2},
	}
	for _, tc := range tests {
		for _, off := range []bool{false, true} {
			d, err := Parse([]byte("---\nlang: "+tc.lang+"\n---\n\n"+tc.body+"\n"), ParseOptions{Name: "probe.md", Now: fixedNow, noSameDup: off})
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, s := range d.Statements {
				if s.Speaker == tc.speaker && strings.Contains(s.Text, tc.words) {
					n++
				}
			}
			if !off && n != tc.want || off && tc.want == 1 && n < 2 {
				t.Errorf("%s (rule off %v): %d statements of %s with %q, want %d\n%v", tc.name, off, n, tc.speaker, tc.words, tc.want, speakersOf(d.Statements))
			}
		}
	}
}

// TestDropSameDupKeys: which statements dropSameDup takes for one: the same
// speaker, paragraph and words, quotation marks, case and a closing stop
// aside (ru, it, pl); another paragraph, speaker or wording stays.
func TestDropSameDupKeys(t *testing.T) {
	st := func(sp string, pos int, text string) Statement {
		return Statement{Speaker: sp, Text: text, Position: pos}
	}
	tests := []struct {
		name string
		in   []Statement
		want int // statements kept
	}{
		{"ru quoted and bare", []Statement{st("Yuri Ushakov", 3, "«Компромиссный вариант пока не найден»"), st("Yuri Ushakov", 3, "Компромиссный вариант пока не найден")}, 1},
		{"it case and stop", []Statement{st("Dmitry Peskov", 12, "Mosca sta analizzando il documento"), st("Dmitry Peskov", 12, "mosca sta analizzando il documento.")}, 1},
		{"pl same clause", []Statement{st("Donald Tusk", 3, "zanim zaczniemy, dobrze byłoby wiedzieć"), st("Donald Tusk", 3, "zanim zaczniemy, dobrze byłoby wiedzieć"), st("Donald Tusk", 3, "zanim zaczniemy, dobrze byłoby wiedzieć")}, 1},
		// negatives
		{"other paragraph", []Statement{st("Yuri Ushakov", 8, "das Treffen sei nützlich gewesen"), st("Yuri Ushakov", 18, "das Treffen sei nützlich gewesen")}, 2},
		{"other speaker", []Statement{st("Yuri Ushakov", 3, "the meeting was useful"), st("Dmitry Peskov", 3, "the meeting was useful")}, 2},
		{"part of the words", []Statement{st("Steve Witkoff", 9, "the press the security protocols were largely finished"), st("Steve Witkoff", 9, "the security protocols were largely finished")}, 2},
	}
	for _, tc := range tests {
		for _, off := range []bool{false, true} {
			x := &extractor{out: append([]Statement(nil), tc.in...), ParseOptions: ParseOptions{noSameDup: off}}
			x.dropSameDup()
			want := tc.want
			if off {
				want = len(tc.in)
			}
			if len(x.out) != want {
				t.Errorf("%s (rule off %v): %d kept, want %d: %v", tc.name, off, len(x.out), want, x.out)
			}
		}
	}
}
