package corpus

import (
	"strings"
	"testing"

	"github.com/abadojack/whatlanggo"
)

// TestVoteOverWholeSample checks that a text whose opening holds too few
// common words, but whose next sentences leave no doubt, is settled by
// the vote without the trigram detection, in two languages; and that a
// text the vote cannot settle still reaches it.
func TestVoteOverWholeSample(t *testing.T) {
	// an opening of names, places and figures: few common words
	opening := "Kyiv, Geneva, Abu Dhabi, Miami: 28 points, 19 points, 12 points. " +
		"Witkoff, Kushner, Driscoll, Umerov, Yermak, Dmitriev, Rubio, Vance. " +
		"November 23, November 25, November 30, December 2. " +
		"Delegations: 4, 6, 9. Rounds: 3. Drafts: 2. Annexes: 5. Maps: 7. Lists: 11. " +
		"Zaporizhzhia, Donetsk, Luhansk, Kherson, Crimea, Kharkiv, Sumy, Odesa. " +
		"Istanbul, Riyadh, Doha, Ankara, Warsaw, Budapest, Bratislava. "
	cases := []struct {
		lang, rest string
	}{
		{"en", "The delegations met in the evening and they said that the text was not the final one, but that it was the basis for the talks of the next week and of the month after it."},
		{"de", "Die Delegationen trafen sich am Abend und sie sagten, dass der Text nicht der letzte sei, aber dass er die Grundlage für die Gespräche der nächsten Woche und des Monats danach sei."},
	}
	called := 0
	saved := trigramDetect
	defer func() { trigramDetect = saved }()
	trigramDetect = func(text string, o whatlanggo.Options) whatlanggo.Info {
		called++
		return saved(text, o)
	}
	for _, c := range cases {
		body := opening + c.rest
		if _, sure := voteLangSure(body[:runeCut(body, 400)]); sure {
			t.Fatalf("%s: the opening alone settles the vote; the case tests nothing", c.lang)
		}
		called = 0
		if got := detectLang(body); got != c.lang {
			t.Errorf("%s: detected %q", c.lang, got)
		}
		if called != 0 {
			t.Errorf("%s: the trigram detection ran though the whole sample's vote was sure", c.lang)
		}
	}
	// names and figures alone: no vote is sure, the trigrams decide
	called = 0
	detectLang(strings.Repeat(opening, 3))
	if called != 1 {
		t.Errorf("a text without common words: trigram detection ran %d times, want 1", called)
	}
}
