package index

import "testing"

// TestBodyText: a transcript's speaker label is not part of what is said.
func TestBodyText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"FISCHER: The line holds today.", " The line holds today."},
		{"RUTH FISHER, FORMER ENVOY: We waited.", " We waited."},
		{"Q: Is it signed?", " Is it signed?"},
		{"Fisher: no label in mixed case.", "Fisher: no label in mixed case."},
		{"Note the time: noon.", "Note the time: noon."},
		{"Talks resume at 10:30 in Geneva.", "Talks resume at 10:30 in Geneva."},
	} {
		if got := bodyText(c.in); got != c.want {
			t.Errorf("bodyText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestCapitalWords: only the words with a capital can be a name.
func TestCapitalWords(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"the fisher boats left, said Ruth Fisher", "Ruth Fisher "},
		{"Koch sagte, der koch sei müde", "Koch "},
	} {
		if got := capitalWords(c.in); got != c.want {
			t.Errorf("capitalWords(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestOffTopicNames: a question about something the corpus does not say
// is not answered because a speaker's surname is also a common word,
// matched through the speaker, a transcript label or a lower-case word,
// in English and German; the same names still answer what they are
// asked about.
func TestOffTopicNames(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: en\ntitle: Evening talk\n---\n\nHOST: With me is former envoy Ruth Fisher. Is the line holding?\n\n"+
			"RUTH FISHER, FORMER ENVOY: The front line holds for now. Both armies are tired today.\n\n"+
			"HOST: And the ceasefire?\n\nFISHER: A ceasefire needs monitors on the ground first.\n",
		"---\nlang: de\ntitle: Abendgespräch\n---\n\nMODERATOR: Bei mir ist der Diplomat Tobias Koch.\n\n"+
			"KOCH: Die Waffenruhe hält heute noch, aber die Beobachter fehlen.\n",
		"---\nlang: en\n---\n\nOnly the fisher boats stayed in port today.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"fisher licence today", ""},
		{"koch rezept heute", ""},
		{"fisher boats licence", ""},
		{"fisher ceasefire monitors", "monitors"},
		{"fisher front line tired", "front line"},
		{"koch waffenruhe", "Waffenruhe"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestOffTopicFillers: a question whose own subject matches nothing is not
// answered by a hit that matches only its words of time or of getting
// things done and a name, in English and German; the same name with a
// word of its own still answers.
func TestOffTopicFillers(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: en\ntitle: Evening talk\n---\n\nHOST: With me is former envoy Ruth Fisher.\n\n"+
			"RUTH FISHER, FORMER ENVOY: Talks with Fisher's team resume tomorrow, and the monitors start work next week.\n",
		"---\nlang: de\n---\n\nDer Diplomat Tobias Koch sagte, die Beobachter würden heute in Saporischschja erwartet.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"fisher concert tickets tomorrow", ""},
		{"how to apply for fisher tickets", ""},
		{"koch wetter heute", ""},
		{"fisher monitors", "monitors"},
		{"koch beobachter", "Beobachter"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestOffTopicPlaces: a place of the glossary with filler words alone does
// not answer a question whose subject matches nothing, in English and
// German; the place with a word of the question's own still answers.
func TestOffTopicPlaces(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: en\n---\n\nThe delegations meet in Kharkiv tomorrow to discuss the prisoner exchange.\n",
		"---\nlang: de\n---\n\nIn Odessa beginnen heute die Gespräche über den Getreidekorridor.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"weather in kharkiv tomorrow", ""},
		{"odessa strand hotel heute", ""},
		{"kharkiv prisoner exchange", "prisoner exchange"},
		{"odessa getreidekorridor", "Getreidekorridor"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestProperTerms: the glossary's places and countries are proper terms,
// its subject matter is not.
func TestProperTerms(t *testing.T) {
	for w, want := range map[string]bool{"kharkiv": true, "charkiw": true, "deutschland": true, "ceasefire": false, "sanctions": false} {
		if got := properTerms()[w]; got != want {
			t.Errorf("properTerms()[%q] = %v, want %v", w, got, want)
		}
	}
}
