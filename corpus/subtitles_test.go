package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSubtitleDocuments parses caption files in several languages and
// formats end to end: what extraction finds in them, what their header
// and name tell, and that no caption furniture reaches the body.
func TestSubtitleDocuments(t *testing.T) {
	type said struct{ speaker, fragment string }
	type point struct {
		number   int
		fragment string
	}
	tests := []struct {
		file                   string
		title, published, lang string
		statements             []said
		points                 []point
	}{
		{
			file: "2025-11-24_embassy-briefing.srt", title: "Embassy briefing", published: "2025-11-24", lang: "en",
			statements: []said{
				{"Helen Marsh", "We will never accept a plan that rewards aggression."},
				{"Helen Marsh", "We will not accept limits that Ukraine itself rejects."},
			},
			points: []point{
				{1, "A ceasefire along the current line of contact, monitored by observers."},
				{2, "An exchange of all prisoners of war within sixty days."},
				{3, "Reconstruction funded in part by frozen Russian assets."},
			},
		},
		{
			file: "2025-11-26_pressekonferenz.vtt", title: "Pressekonferenz", published: "2025-11-26", lang: "de",
			statements: []said{
				{"Jonas Albrecht", "Ein Waffenstillstand muss am Anfang stehen, nicht am Ende."},
				{"Jonas Albrecht", "Ohne Sicherheitsgarantien wird es keinen dauerhaften Frieden geben."},
				{"Jonas Albrecht", "Die Sanktionen bleiben, bis Russland seine Truppen zurückzieht."},
			},
		},
		{
			file: "2025-11-25_conference-de-presse.vtt", title: "Conference de presse", published: "2025-11-25", lang: "fr",
			statements: []said{
				{"Claire Duval", "Nous soutenons pleinement l'Ukraine dans ces négociations."},
				{"Claire Duval", "Aucune décision ne sera prise sans les Européens."},
			},
		},
		{
			file: "interviu-kyiv.uk.srt", title: "Interviu kyiv", published: "", lang: "uk",
			statements: []said{
				{"Оксана Лисенко", "Ми не погодимося на жодні територіальні поступки."},
				{"Оксана Лисенко", "Але рамкова угода ще не готова до підпису."},
			},
		},
	}
	furniture := []string{"-->", "WEBVTT", "NOTE", "STYLE", "REGION", "<", "{\\", "APPLAUSE", "Musique", "Music", "rires", "00:00", "align:", "::cue", "&"}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "subtitles", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			d, err := Parse(data, ParseOptions{Name: tt.file, Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			if d.Source.Title != tt.title || d.Source.Published != tt.published || d.Source.Lang != tt.lang {
				t.Errorf("source title %q published %q lang %q, want %q %q %q", d.Source.Title, d.Source.Published, d.Source.Lang, tt.title, tt.published, tt.lang)
			}
			for _, f := range furniture {
				if strings.Contains(d.Body, f) {
					t.Errorf("body holds caption furniture %q:\n%s", f, d.Body)
				}
			}
			for _, w := range tt.statements {
				found := false
				for _, s := range d.Statements {
					if s.Speaker == w.speaker && strings.Contains(s.Text, w.fragment) {
						found = true
					}
				}
				if !found {
					t.Errorf("no statement by %s with %q in %s", w.speaker, w.fragment, describeStatements(d))
				}
			}
			for _, s := range d.Statements {
				if s.Speaker == unnamedTurnLabel || strings.EqualFold(s.Speaker, "reporter") || s.Speaker == "Journalistin" {
					t.Errorf("statement credited to a caption label: %s: %q", s.Speaker, s.Text)
				}
			}
			if len(d.Provisions) != len(tt.points) {
				t.Errorf("%d provisions, want %d: %+v", len(d.Provisions), len(tt.points), d.Provisions)
			}
			for i, w := range tt.points {
				if i < len(d.Provisions) && (d.Provisions[i].Number != w.number || !strings.Contains(d.Provisions[i].Text, w.fragment)) {
					t.Errorf("provision %d is %d %q, want %d %q", i, d.Provisions[i].Number, d.Provisions[i].Text, w.number, w.fragment)
				}
			}
			// what the store keeps (the transcript) reads back to the same document
			again, err := Parse([]byte(d.Body), ParseOptions{Name: d.Source.ID + ".md", Now: fixedNow, Lang: d.Source.Lang})
			if err != nil || again.Source.Hash != d.Source.Hash || len(again.Statements) != len(d.Statements) {
				t.Errorf("the transcript parsed again differs: %v", err)
			}
		})
	}
}

func describeStatements(d *Document) string {
	var b strings.Builder
	for _, s := range d.Statements {
		b.WriteString("\n  " + s.Speaker + ": " + s.Text)
	}
	return b.String()
}

// TestSubtitleTranscript checks how cues become paragraphs: speaker
// labels of each kind, dialogue dashes, pauses, markup and descriptions.
func TestSubtitleTranscript(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"cues joined into sentences",
			"1\n00:00:01,000 --> 00:00:02,000\nThe talks\nwent on\n\n2\n00:00:02,100 --> 00:00:04,000\nall night.\n",
			"The talks went on all night."},
		{"pause after a sentence starts a paragraph",
			"1\n00:00:01,000 --> 00:00:02,000\nFirst part.\n\n2\n00:00:08,000 --> 00:00:09,000\nSecond part.\n",
			"First part.\n\nSecond part."},
		{"pause mid-sentence does not",
			"1\n00:00:01,000 --> 00:00:02,000\nThe first\n\n2\n00:00:08,000 --> 00:00:09,000\npart.\n",
			"The first part."},
		{"bracket label and speaker change",
			"1\n00:00:01,000 --> 00:00:02,000\n[ANNA BERG] We agree.\n\n2\n00:00:02,000 --> 00:00:03,000\n[TOM HALE] We do not.\n",
			"ANNA BERG: We agree.\n\nTOM HALE: We do not."},
		{"label alone on its line",
			"1\n00:00:01,000 --> 00:00:02,000\n[ANNA BERG]\nWe agree.\n",
			"ANNA BERG: We agree."},
		{"voice tags, one speaker across cues",
			"WEBVTT\n\n00:01.000 --> 00:02.000\n<v Anna Berg>We agree\n\n00:02.000 --> 00:03.000\n<v Anna Berg>on that.</v>\n",
			"Anna Berg: We agree on that."},
		{"colon label in capitals and mixed case",
			"1\n00:00:01,000 --> 00:00:02,000\nANNA: Yes.\n\n2\n00:00:02,000 --> 00:00:03,000\nTom Hale: No.\n\n3\n00:00:03,000 --> 00:00:04,000\nLook: a sentence.\n",
			"ANNA: Yes.\n\nTom Hale: No. Look: a sentence."},
		{"dialogue dashes after a named speaker",
			"1\n00:00:01,000 --> 00:00:02,000\nANNA BERG: We agree.\n\n2\n00:00:02,000 --> 00:00:03,000\n- Really?\n- Yes.\n",
			"ANNA BERG: We agree.\n\nSPEAKER: Really? – Yes."},
		{"a quote's dash in a report stays in its paragraph",
			"1\n00:00:01,000 --> 00:00:02,000\nThe minister spoke.\n\n2\n00:00:02,000 --> 00:00:03,000\n– We agree, she said.\n",
			"The minister spoke. – We agree, she said."},
		{"chevrons mark a new speaker",
			"1\n00:00:01,000 --> 00:00:02,000\nANNA BERG: We agree.\n\n2\n00:00:02,000 --> 00:00:03,000\n>> Thank you.\n",
			"ANNA BERG: We agree.\n\nSPEAKER: Thank you."},
		{"markup, entities and descriptions go",
			"1\n00:00:01,000 --> 00:00:02,000\n<i>We</i> <font color=\"red\">agree</font> [applause] (laughs) {\\an8}&amp; sign &lt;now&gt;.\n\n2\n00:00:02,000 --> 00:00:03,000\n[APPLAUSE]\n♪ la la ♪\n",
			"We agree & sign <now>."},
		{"numbered items are paragraphs",
			"1\n00:00:01,000 --> 00:00:02,000\nThe points:\n1. A ceasefire.\n\n2\n00:00:02,000 --> 00:00:03,000\n2. An exchange.\n",
			"The points:\n\n1. A ceasefire.\n\n2. An exchange."},
		{"no blank lines between cues",
			"1\n00:00:01,000 --> 00:00:02,000\nOne.\n2\n00:00:02,000 --> 00:00:03,000\nTwo.\n",
			"One. Two."},
		{"a blank line inside a cue",
			"1\n00:00:01,000 --> 00:00:02,000\nOne\n\nstill one.\n\n2\n00:00:02,000 --> 00:00:03,000\nTwo.\n",
			"One still one. Two."},
		{"WebVTT blocks and settings",
			"WEBVTT - a title\nKind: captions\n\nNOTE a comment\n\nSTYLE\n::cue { color: red }\n\nintro\n00:00:01.000 --> 00:00:02.000 align:start line:0\nOne.\n",
			"One."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind := sniffSubtitles(tt.in)
			subs, err := readSubtitles(tt.in, kind)
			if err != nil {
				t.Fatal(err)
			}
			if got := transcript(subs); got != tt.want {
				t.Errorf("transcript\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestRollingCaptions: captions that repeat the line before (as live and
// automatic captions scroll) give each sentence once.
func TestRollingCaptions(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"line repeated",
			"WEBVTT\n\n00:00.000 --> 00:02.000\nWe will not give up\n\n00:02.000 --> 00:04.000\nWe will not give up\nour land, she said.\n\n00:04.000 --> 00:06.000\nour land, she said.\nNobody asked us.\n",
			"We will not give up our land, she said. Nobody asked us."},
		{"words carried over",
			"WEBVTT\n\n00:00.000 --> 00:02.000\nthe talks in Geneva will\n\n00:02.000 --> 00:04.000\nin Geneva will go on tomorrow\n",
			"the talks in Geneva will go on tomorrow"},
		{"labelled line repeated",
			"1\n00:00:01,000 --> 00:00:02,000\nANNA BERG: We agree\n\n2\n00:00:02,000 --> 00:00:03,000\nANNA BERG: We agree\non the text.\n",
			"ANNA BERG: We agree on the text."},
		{"one shared word is not a repeat",
			"1\n00:00:01,000 --> 00:00:02,000\nWe said that\n\n2\n00:00:02,000 --> 00:00:03,000\nthat was wrong.\n",
			"We said that that was wrong."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			subs, err := readSubtitles(tt.in, sniffSubtitles(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			if got := transcript(subs); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestSniffSubtitles: caption files are told by content whatever their
// name, and plain text is not taken for one.
func TestSniffSubtitles(t *testing.T) {
	tests := []struct {
		name, body string
		want       subtitleKind
	}{
		{"webvtt", "WEBVTT\n\n00:01.000 --> 00:02.000\nHi.\n", webVTT},
		{"webvtt with title", "WEBVTT Captions\n", webVTT},
		{"webvtt after blank lines", "\n\nWEBVTT\n", webVTT},
		{"srt after a byte order mark", "\ufeff1\n00:00:01,000 --> 00:00:02,000\nHi.\n", subRip},
		{"srt with number", "1\n00:00:01,000 --> 00:00:02,000\nHi.\n", subRip},
		{"srt without number", "00:00:01,000 --> 00:00:02,000\nHi.\n", subRip},
		{"prose", "The talks went on.\n", notSubtitles},
		{"numbered list", "1\nThe first point.\n", notSubtitles},
		{"word starting WEBVTT", "WEBVTTX is no header\n", notSubtitles},
		{"arrow in prose", "1\nprices --> up\n", notSubtitles},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sniffSubtitles(tt.body); got != tt.want {
				t.Errorf("sniffSubtitles = %v, want %v", got, tt.want)
			}
		})
	}
	// a caption file named .txt is still read as one
	d, err := Parse([]byte("1\n00:00:01,000 --> 00:00:02,000\nANNA BERG: We will never accept this plan.\n"), ParseOptions{Name: "upload.txt", Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(d.Body, "-->") || len(d.Statements) != 1 {
		t.Errorf("a .txt caption file was not read as captions: body %q, %d statements", d.Body, len(d.Statements))
	}
}

// TestSubtitleMetadata: a caption file's date, title and language come
// from its name and WebVTT header; a front matter says more than either.
func TestSubtitleMetadata(t *testing.T) {
	cue := "\n00:00:01.000 --> 00:00:02.000\nWe will never accept this plan, the minister said.\n"
	tests := []struct {
		name, file, data       string
		title, published, lang string
	}{
		{"date and title", "2025-11-23_interview.srt", cue, "Interview", "2025-11-23", "en"},
		{"compact date", "20251201-evening-news.vtt", "WEBVTT\n" + cue, "Evening news", "2025-12-01", "en"},
		{"language in the name", "statement.uk.vtt", "WEBVTT\n" + cue, "Statement", "", "uk"},
		{"vtt header beats the name", "statement.fr.vtt", "WEBVTT\nLanguage: pl-PL\n" + cue, "Statement", "", "pl"},
		{"front matter beats both", "2025-11-23_interview.vtt", "---\ntitle: Real title\npublished: 2025-11-30\nlang: de\n---\nWEBVTT\nLanguage: pl\n" + cue, "Real title", "2025-11-30", "de"},
		{"an impossible date is no date", "2025-13-45_clip.srt", cue, "2025 13 45 clip", "", "en"},
		{"a BOM after the front matter", "clip.vtt", "---\nurl: https://x.example/clip.vtt\n---\n\ufeffWEBVTT\n" + cue, "Clip", "", "en"},
		{"a URL as web.ParseName gives it", "https://example.org/v/2025-11-23_clip.vtt?x=1.txt", "WEBVTT\n" + cue, "Clip", "2025-11-23", "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.data), ParseOptions{Name: tt.file, Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			if d.Source.Title != tt.title || d.Source.Published != tt.published || d.Source.Lang != tt.lang {
				t.Errorf("title %q published %q lang %q, want %q %q %q", d.Source.Title, d.Source.Published, d.Source.Lang, tt.title, tt.published, tt.lang)
			}
		})
	}
}

// TestMalformedSubtitles: a caption file whose cues cannot be read is an
// error naming the problem, never a panic or an empty document.
func TestMalformedSubtitles(t *testing.T) {
	tests := []struct {
		name, file, data, want string
	}{
		{"no cues", "a.srt", "just some words\nand more\n", "want a cue number or a timing line"},
		{"header only", "a.vtt", "WEBVTT\n\nNOTE nothing here\n", "no cues"},
		{"bad timing", "a.srt", "1\n00:00:01,000 --> later\nHi.\n", "cannot read the timing"},
		{"line numbers count leading blank lines", "a.srt", "\n\n1\n00:00:01,000 --> 00:00:02,000\nHi.\n\n2\n00:00:0x,000 --> 00:00:03,000\nHo.\n", "line 8"},
		{"minutes out of range", "a.srt", "1\n00:75:01,000 --> 00:75:02,000\nHi.\n", "cannot read the timing"},
		{"cues without text", "a.srt", "1\n00:00:01,000 --> 00:00:02,000\n[MUSIC]\n", "hold no text"},
		{"text before the first cue", "a.vtt", "WEBVTT\n\nstray line\nanother\n\n00:01.000 --> 00:02.000\nHi.\n", "line 3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.data), ParseOptions{Name: tt.file, Now: fixedNow})
			if err == nil {
				t.Fatal("parsed; want an error")
			}
			if !errors.Is(err, ErrMalformedSubtitles) || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), tt.file) {
				t.Errorf("error %q: want ErrMalformedSubtitles naming %s and saying %q", err, tt.file, tt.want)
			}
		})
	}
}

// FuzzSubtitles: any caption-like input parses or fails with an error,
// never a panic; a parsed one's transcript reads back as the same text.
func FuzzSubtitles(f *testing.F) {
	for _, s := range []string{
		"WEBVTT\n\n00:01.000 --> 00:02.000\n<v Anna>Hi <i>there</i>.\n",
		"1\n00:00:01,000 --> 00:00:02,000\n[ANNA] - Yes.\n- No.\n\n2\n00:00:02,000 --> 00:00:03,000\n>> OK: fine\n",
		"1\n00:00:01,000 --> 00:00:02,000\n<v\n",
		"WEBVTT\nLanguage: uk\n\nNOTE\n\n1\n00:00:01.000 --> 00:00:02.000 align:start\n(laughs) [\n",
	} {
		f.Add([]byte(s), "x.srt")
		f.Add([]byte(s), "2025-11-23_x.uk.vtt")
	}
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		name = filepath.Base(name)
		if subtitleExtension(name) == notSubtitles {
			name += ".srt"
		}
		defer watchdog(data)()
		d, ok := fuzzParse(t, data, name)
		if !ok {
			return
		}
		again, err := Parse([]byte(d.Body), ParseOptions{Name: "stored.md", Now: func() time.Time { return fixedNow() }, Lang: d.Source.Lang})
		if err != nil || again.Body != d.Body {
			t.Fatalf("the transcript does not read back: %v", err)
		}
	})
}
