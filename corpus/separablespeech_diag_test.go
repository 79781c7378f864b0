package corpus

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// sepReportForms are the reporting verbs written apart or in several
// words that TestSeparableSpeechDiag looks for before a missed gold
// statement, by language: German and Dutch separable verbs whose particle
// closes the clause, Swedish particle verbs, and Romance and Slavic
// phrases of several words.
var sepReportForms = map[string]*regexp.Regexp{
	"de":  regexp.MustCompile(`\b(räumte|räumt|räumten|wies|weist|wiesen|fügte|fügt|fügten|stellte|stellt|stellten|hob|hebt|gab|gibt|gaben|kündigte|kündigt|kündigten|deutete|deutet|merkte|merkt|machte|macht|schlug|schlägt|führte|führt|hielt|hält|wandte|warf|wirft|legte|rief|ruft|bot|sprach)\b[^.;:!?]{0,60}?\b(ein|zurück|hinzu|klar|hervor|zu|an|hin|fest|aus|vor|deutlich|heraus|auf)\b[,.:]`),
	"nl":  regexp.MustCompile(`\b(gaf|geeft|gaven|wees|wijst|voegde|voegt|kondigde|kondigt|merkte|merkt|deed|stelde|stelt|legde|haalde|sprak|hield|drong)\b[^.;:!?]{0,60}?\b(toe|af|aan|op|uit|erop|voor|vast|uiteen|eraan toe)\b[,.:]?`),
	"nl1": regexp.MustCompile(`\b(benadrukte|benadrukt|onderstreepte|onderstreept)\b`),
	"sv":  regexp.MustCompile(`\b(la till|lade till|lägger till|påpekade|påpekar|tog avstånd|tar avstånd|framhöll|framhåller|underströk|understryker|slog fast|konstaterade|tillade)\b`),
	"rom": regexp.MustCompile(`(ha tenuto a|hanno tenuto a|a tenu à|ont tenu à|hizo hincapié|hace hincapié|fez questão de|faz questão de|a ținut să|au ținut să|ha voluto (sottolineare|precisare|ribadire)|ha fatto sapere|a fait savoir|dio a conocer|puso de relieve|dejó claro|ha messo in chiaro|a fait valoir|ha messo in evidenza|ha posto l'accento|pôs ênfase|deixou claro|chamou a atenção|llamó la atención|a atras atenția|a subliniat)`),
	"sla": regexp.MustCompile(`(дал понять|дала понять|дали понять|дав зрозуміти|дала зрозуміти|наголосив на|наголосила на|наголошує на|zwrócił uwagę|zwróciła uwagę|zwracał uwagę|zwracała uwagę|dał do zrozumienia|dała do zrozumienia|обратил внимание|обратила внимание|звернув увагу|звернула увагу|upozornil|upozornila|dal najevo|dala najevo|обърна внимание|изтъкна|podkreślił|скрепил)`),
}

// TestSeparableSpeechDiag prints, for every released extraction set
// (never a blind one), the gold statements missed where the text just
// before the fragment holds one of sepReportForms, with how it was missed
// (never extracted, another speaker, a role, bounds), and counts them by
// form and by distinct set. It runs only with PLANBOT_SEP_DIAG set:
//
//	PLANBOT_SEP_DIAG=1 go test ./corpus -run TestSeparableSpeechDiag -v -count=1
func TestSeparableSpeechDiag(t *testing.T) {
	if os.Getenv("PLANBOT_SEP_DIAG") == "" {
		t.Skip("set PLANBOT_SEP_DIAG to print the statements missed after a separable or phrasal speech verb")
	}
	sets := map[string]map[string]bool{}
	count := map[string]int{}
	eachReleasedParse(t, ParseOptions{}, func(set string, f goldFixture, d *Document) {
		text := goldLow(string(f.data))
		for _, gs := range f.gold.Statements {
			if gs.foundIn(d.Statements) {
				continue
			}
			words := strings.Fields(fragmentWords(gs.Fragment))
			if len(words) > 3 {
				words = words[:3]
			}
			i := strings.Index(text, strings.Join(words, " "))
			if i < 0 {
				continue
			}
			end := min(len(text), i+len(fragmentWords(gs.Fragment))+160)
			win := text[max(0, i-220):end]
			for form, re := range sepReportForms {
				m := re.FindString(win)
				if m == "" {
					continue
				}
				how := gs.nearIn(d.Statements)
				if how == "" {
					how = "never"
				}
				key := form + " " + how
				count[key]++
				if sets[key] == nil {
					sets[key] = map[string]bool{}
				}
				sets[key][set] = true
				t.Logf("SEP %s | %s | %s | %s | %q | %q | %q", key, set, filepath.Base(f.doc), m, gs.Speaker, gs.Fragment, win)
			}
		}
	})
	var keys []string
	for k := range count {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("SEPCOUNT %s statements %d sets %d", k, count[k], len(sets[k]))
	}
}
