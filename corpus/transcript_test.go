package corpus

import (
	"strings"
	"testing"
)

// TestJoinCueBlocks: a transcript pasted with its time cues, anywhere in a
// page, is read as running text; a chapter list and a transcript with a
// time before each long paragraph are left as they are.
func TestJoinCueBlocks(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{
			name: "cues alone on their lines, sound tags, >> turns, a jump in time",
			in:   "Intro text.\n\n0:04\n[Music]\n0:06\nso the envoy came out after four hours\n0:10\nand he told reporters the talks were useful\n0:13\n>> which means nothing\n0:16\n>> pretty much\n4:02\nnow to the second topic\n0:04:06\nthe prisoner exchange\n\nComments 12",
			want: "Intro text.\n\n\nso the envoy came out after four hours and he told reporters the talks were useful\n\nwhich means nothing\n\npretty much\n\nnow to the second topic the prisoner exchange\n\n\nComments 12",
		},
		{
			name: "bracketed cues at the line start, German",
			in:   "[00:06] die gesandte sagte nach dem treffen\n[00:09] dass die gespräche nützlich gewesen seien\n[00:12] (unverständlich) und eine neue runde folge\n",
			want: "\ndie gesandte sagte nach dem treffen dass die gespräche nützlich gewesen seien und eine neue runde folge\n\n",
		},
		{
			name: "sections of two cues under chapter headings",
			in:   "Intro\n0:00 hi everyone and welcome back\n0:06 so let's go through what we know\n\nThe statement\n0:41 late on sunday the delegations put out\n0:48 a joint statement on the framework\n",
			want: "Intro\n\nhi everyone and welcome back so let's go through what we know\n\n\nThe statement\n\nlate on sunday the delegations put out a joint statement on the framework\n\n",
		},
		{
			name: "chapter list: minutes between cues",
			in:   "Chapters\n0:00 Intro\n0:42 The meeting in numbers\n2:15 The readout\n5:03 Point 21\n",
			want: "Chapters\n0:00 Intro\n0:42 The meeting in numbers\n2:15 The readout\n5:03 Point 21\n",
		},
		{
			name: "a time before each speaker's paragraph",
			in: "[00:00:04] HOST: Welcome back. " + strings.Repeat("We talk about the plan today and what it means. ", 6) +
				"\n\n[00:00:20] GUEST: Thanks. " + strings.Repeat("The plan has moved a lot since last week, I think. ", 6) +
				"\n\n[00:00:31] HOST: Right.\n\n[00:00:33] GUEST: " + strings.Repeat("And nobody has published the new list. ", 8) + "\n",
		},
		{
			name: "two times in prose",
			in:   "The meeting began at\n10:30 and ended\n11:15 with no statement.\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if want == "" {
				want = tc.in
			}
			got, _ := joinCueBlocks(tc.in)
			if got != want {
				t.Errorf("joinCueBlocks:\n got %q\nwant %q", got, want)
			}
		})
	}
}

// TestTranscriptStatements: an invented video page whose auto-generated
// captions (lower case, no punctuation, one cue a line) report what an
// envoy said, in English and German: the envoy is the speaker, the words
// are given as the captions wrote them, and no cue is left in the body.
func TestTranscriptStatements(t *testing.T) {
	type want struct{ speaker, text string }
	tests := []struct {
		name, doc string
		want      []want
	}{
		{
			name: "en, cues alone on their lines",
			doc: "---\ntitle: \"Envoy after the Oslo round | Harbour Lane Video\"\noutlet: Harbour Lane Video\npublished: 2025-12-05\n---\n\n" +
				"Our correspondent Lena Morrow reports from Oslo, where the envoy Marek Halloran met both delegations on Thursday.\n\nTranscript\n\n" +
				"0:04\n[Music]\n0:06\nso the envoy marek halloran came out of the meeting after four hours\n0:10\nand he told reporters that the talks had been long but useful\n" +
				"0:15\nhe also said a new round would follow in january\n0:19\n>> thanks lena\n",
			want: []want{
				{"Marek Halloran", "the talks had been long but useful"},
				{"Marek Halloran", "a new round would follow in january"},
			},
		},
		{
			name: "de, cues at the line start",
			doc: "---\ntitle: \"Gespräche in Oslo | Hafenkanal TV\"\noutlet: Hafenkanal TV\npublished: 2025-12-05\n---\n\n" +
				"Der Gesandte Marek Halloran traf in Oslo beide Delegationen.\n\nTranskript\n\n" +
				"0:04 [Musik]\n0:06 also der gesandte marek halloran sagte nach vier stunden den reportern\n0:10 dass die gespräche lang aber nützlich gewesen seien\n" +
				"0:15 und er sagte auch eine neue runde werde im januar folgen\n0:19 >> danke lena\n",
			want: []want{
				{"Marek Halloran", "die gespräche lang aber nützlich gewesen seien"},
				{"Marek Halloran", "eine neue runde werde im januar folgen"},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Parse([]byte(tc.doc), ParseOptions{Name: "video.md"})
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(doc.Body, "0:1") || strings.Contains(doc.Body, ">>") {
				t.Errorf("cues left in the body: %q", doc.Body)
			}
			for _, w := range tc.want {
				found := false
				for _, s := range doc.Statements {
					if s.Speaker == w.speaker && strings.Contains(s.Text, w.text) {
						found = true
					}
				}
				if !found {
					t.Errorf("no statement of %s with %q; got:", w.speaker, w.text)
					for _, s := range doc.Statements {
						t.Logf("  %s (%s): %q", s.Speaker, s.Role, s.Text)
					}
				}
			}
		})
	}
}
