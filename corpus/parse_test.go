package corpus

import (
	"errors"
	"strings"
	"testing"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		file string
		data string
		want string // substring of the error
	}{
		{"empty", "a.txt", "", "empty body"},
		{"blank lines only", "a.txt", "\n \n\t\n", "empty body"},
		{"front matter only", "a.md", "---\ntitle: X\n---\n\n", "empty body"},
		{"unclosed front matter", "a.md", "---\ntitle: X\nbody text\n", "no closing ---"},
		{"broken yaml", "a.md", "---\ntitle: [unclosed\n---\nBody text here.\n", "front matter"},
		{"nested value", "a.md", "---\ntitle:\n  a: b\n---\nBody text here.\n", `field "title"`},
		{"bad published", "a.md", "---\npublished: someday\n---\nBody text here.\n", "front matter published"},
		{"bad added", "a.md", "---\nadded: yesterday\n---\nBody text here.\n", "front matter added"},
		{"bad fallback date", "a.txt", "Body text here.\n", "fallback published"},
		{"binary", "a.txt", "PK\x03\x04\x00\x00binary", "binary data: NUL byte at offset 4"},
		{"invalid utf8", "a.txt", "Hello \xff\xfe world", "not UTF-8 text: invalid byte at offset 6"},
		{"page without text", "page.html", "<html><head><title>T</title><script>x()</script></head><body><nav>Home</nav></body></html>", "no readable text"},
		{"xml that is no feed", "data.xml", "<?xml version=\"1.0\"?><inventory><item>1</item></inventory>", "read feed"},
		{"feed without entries", "feed.txt", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title></channel></rss>", "no readable text"},
		{"pdf by name", "doc.pdf", "%PDF-1.4", `unsupported format ".pdf"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := ParseOptions{Name: tt.file}
			if tt.name == "bad fallback date" {
				opts.Published = "next week"
			}
			d, err := Parse([]byte(tt.data), opts)
			if err == nil {
				t.Fatalf("Parse succeeded with %+v, want error containing %q", d.Source, tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.file) {
				t.Errorf("error %q does not name the file %q", err, tt.file)
			}
		})
	}
	if _, err := Parse([]byte("%PDF-1.4"), ParseOptions{Name: "x.pdf"}); !errors.Is(err, ErrUnsupportedFormat) {
		t.Errorf("PDF error %v does not wrap ErrUnsupportedFormat", err)
	}
	big := strings.Repeat("a", MaxDocumentSize+1)
	if _, err := Parse([]byte(big), ParseOptions{Name: "big.txt"}); err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("oversized document: err = %v, want too large", err)
	}
}

func TestParseSource(t *testing.T) {
	tests := []struct {
		name string
		data string
		opts ParseOptions
		want Source // ID, Hash, Added not compared
	}{
		{
			name: "front matter",
			data: "---\ntitle: A title\nurl: https://example.org/a\noutlet: Example\npublished: 2025-11-23\nplan: Geneva framework\nlang: EN\n---\nBody.\n",
			want: Source{Title: "A title", URL: "https://example.org/a", Outlet: "Example", Published: "2025-11-23", Plan: "Geneva framework", Lang: "en"},
		},
		{
			name: "quoted date and RFC 3339",
			data: "---\ntitle: \"Q\"\npublished: \"2025-11-23T10:00:00Z\"\n---\nBody.\n",
			want: Source{Title: "Q", Published: "2025-11-23", Lang: "en"},
		},
		{
			name: "no header: first line is the title, date from the text",
			data: "Talks resume in Geneva\nGENEVA, November 24, 2025 – Talks resumed.\n",
			want: Source{Title: "Talks resume in Geneva", Published: "2025-11-24", Lang: "en"},
		},
		{
			name: "day month year in text",
			data: "# Heading\n\nOn 23 November 2025 the teams met.\n",
			want: Source{Title: "Heading", Published: "2025-11-23", Lang: "en"},
			opts: ParseOptions{Name: "x.md"},
		},
		{
			name: "fallbacks",
			data: "Short note without a date.\n",
			opts: ParseOptions{Published: "2025-12-01", Lang: "de"},
			want: Source{Title: "Short note without a date.", Published: "2025-12-01", Lang: "de"},
		},
		{
			name: "long first line is shortened",
			data: strings.Repeat("word ", 60) + "\n",
			want: Source{Title: strings.TrimSpace(strings.Repeat("word ", 24)) + "…", Lang: "en"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.opts.Name == "" {
				tt.opts.Name = "x.txt"
			}
			tt.opts.Now = fixedNow
			d, err := Parse([]byte(tt.data), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			got := d.Source
			got.ID, got.Hash, got.Added = "", "", ""
			if got != tt.want {
				t.Errorf("Source = %+v\nwant     %+v", got, tt.want)
			}
			if d.Source.Added != "2025-11-24T12:00:00Z" {
				t.Errorf("Added = %q, want the Now time", d.Source.Added)
			}
		})
	}
}

// TestStableIDs: the same body gives the same IDs whatever the header, the
// line endings or trailing spaces; another body gives another ID.
func TestStableIDs(t *testing.T) {
	body := "US Secretary of State Marco Rubio said the talks went well.\nKey points of the plan:\n- Point one.\n- Point two.\n"
	a, err := Parse([]byte(body), ParseOptions{Name: "a.txt"})
	if err != nil {
		t.Fatal(err)
	}
	variants := []string{
		"---\nurl: https://other.example/x\ntitle: Other\n---\n" + body,
		strings.ReplaceAll(body, "\n", "  \r\n"),
		"\n\n" + body + "\n\n",
	}
	for _, v := range variants {
		b, err := Parse([]byte(v), ParseOptions{Name: "b.md"})
		if err != nil {
			t.Fatal(err)
		}
		if b.Source.ID != a.Source.ID || b.Source.Hash != a.Source.Hash {
			t.Errorf("variant %q: ID %s, want %s", v, b.Source.ID, a.Source.ID)
		}
		if len(b.Provisions) != 2 || b.Provisions[1].ID != a.Source.ID+"-p2" {
			t.Errorf("variant %q: provisions %+v", v, b.Provisions)
		}
		if len(b.Statements) != 1 || b.Statements[0].ID != a.Source.ID+"-s1" {
			t.Errorf("variant %q: statements %+v", v, b.Statements)
		}
	}
	c, _ := Parse([]byte(body+"One more line.\n"), ParseOptions{Name: "c.txt"})
	if c.Source.ID == a.Source.ID {
		t.Error("a different body has the same ID")
	}
}

func TestListForms(t *testing.T) {
	type item struct {
		number int
		text   string
	}
	tests := []struct {
		name string
		body string
		want []item
	}{
		{"dot", "The plan's points:\n1. First point.\n2. Second point.", []item{{1, "First point."}, {2, "Second point."}}},
		{"paren", "The plan's points:\n1) First point.\n2) Second point.", []item{{1, "First point."}, {2, "Second point."}}},
		{"en dash", "The plan's points:\n2 – Second point.\n3 – Third point.", []item{{2, "Second point."}, {3, "Third point."}}},
		{"hyphen", "The plan's points:\n8- Eighth point.\n9- Ninth point.", []item{{8, "Eighth point."}, {9, "Ninth point."}}},
		{"bare numbers", "The plan's points:\n7 NATO would not expand.\n8 Ukraine keeps its army.", []item{{7, "NATO would not expand."}, {8, "Ukraine keeps its army."}}},
		{"dash bullets", "The plan's points:\n- One.\n- Two.", []item{{0, "One."}, {0, "Two."}}},
		{"star bullets", "The plan's points:\n* One.\n* Two.", []item{{0, "One."}, {0, "Two."}}},
		{"dot bullets", "The plan's points:\n• One.\n• Two.", []item{{0, "One."}, {0, "Two."}}},
		{"lettered sub-points", "The plan's points:\n1. Guarantees.\na. Lapse on attack.\nb. Joint response.\n2. Elections.", []item{{1, "Guarantees.\na) Lapse on attack.\nb) Joint response."}, {2, "Elections."}}},
		{"indented sub-bullets", "The plan's points:\n1. Territory.\n   - Withdrawal.\n   - Buffer zone.\n2. Army.", []item{{1, "Territory.\n– Withdrawal.\n– Buffer zone."}, {2, "Army."}}},
		{"markdown wrapped items", "The plan's points:\n\n1. First point\n   continues here.\n\n2. Second.", []item{{1, "First point continues here."}, {2, "Second."}}},
		{"lone bare number is text", "The plan's points:\n100 Ukrainian soldiers were freed.", nil},
		{"compound number is text", "The plan's points:\n28-point plans are long.", nil},
		{"no plan context", "Key developments:\n- Talks in Geneva.\n- More talks.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.body), ParseOptions{Name: "x.txt"})
			if err != nil {
				t.Fatal(err)
			}
			var got []item
			for _, p := range d.Provisions {
				got = append(got, item{p.Number, p.Text})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("provisions = %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("provision %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestPlanNames(t *testing.T) {
	tests := []struct {
		name, body string
		opts       ParseOptions
		want       []string
	}{
		{"heading names the 28 points", "# The 28 points\n\n1. A.\n2. B.\n", ParseOptions{Name: "x.md"}, []string{"US 28-point draft", "US 28-point draft"}},
		{"lead-in names the counter-proposal", "Europe answered with a counter-proposal:\n- A.\n", ParseOptions{}, []string{"European counter-proposal"}},
		{"front matter", "---\nplan: Geneva framework\n---\nThe points:\n- A.\n", ParseOptions{}, []string{"Geneva framework"}},
		{"caller fallback", "The terms:\n- A.\n", ParseOptions{Plan: "Draft X"}, []string{"Draft X"}},
		{"generic context, nothing known", "The terms:\n- A.\n", ParseOptions{}, []string{unnamedPlan}},
		{"two lists, two plans", "The 28 points:\n1. A.\n2. B.\nThe European counter-proposal:\n1. C.\n", ParseOptions{}, []string{"US 28-point draft", "US 28-point draft", "European counter-proposal"}},
		{"numbering continues after a paragraph", "The 28 points:\n1. A.\n2. B.\nAnalysts were surprised.\n3. C.\n", ParseOptions{}, []string{"US 28-point draft", "US 28-point draft", "US 28-point draft"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.opts.Name == "" {
				tt.opts.Name = "x.txt"
			}
			d, err := Parse([]byte(tt.body), tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range d.Provisions {
				got = append(got, p.Plan)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("plans = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestTopics(t *testing.T) {
	tests := []struct {
		text string
		want string
	}{
		{"Reducing Ukraine’s military from 880,000 to 600,000 personnel.", "military-size"},
		{"Ukraine would agree not to pursue NATO membership.", "nato"},
		{"the release of Ukrainian POWs", "prisoners-humanitarian"},
		{"Sanctions would be lifted in stages.", "sanctions-economy"},
		{"Ukraine would be eligible for EU membership.", "eu-membership"},
		{"The plant would restart under IAEA supervision.", "nuclear-safety"},
		{"Nothing here matches.", ""},
	}
	for _, tt := range tests {
		got := strings.Join(tagTopics(tt.text), ",")
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(","+got+",", ","+tt.want+",") {
			t.Errorf("tagTopics(%q) = %q, want it to include %q", tt.text, got, tt.want)
		}
	}
	if tagTopics("") == nil {
		t.Error("tagTopics returns nil, want [] for JSON")
	}
	if len(Topics()) < 10 || len(topicIDs()) != len(Topics()) {
		t.Errorf("taxonomy has %d topics", len(Topics()))
	}
}

func TestLexicon(t *testing.T) {
	if _, err := loadLexicon(); err != nil {
		t.Fatal(err)
	}
	sl := sourceData() // outlets.json and languages.json; panics if broken
	modelled := 0      // Catalan is told by its words alone: whatlanggo has no model for it (langvote_model.go)
	for _, code := range sl.langOrder {
		if hasTrigramModel(code) {
			modelled++
		}
	}
	if len(sl.outletByDomain) == 0 || len(sl.months) < 12 || len(sl.detectable) < modelled {
		t.Errorf("source lexicon: %d domains, %d month names, %d of %d languages detectable",
			len(sl.outletByDomain), len(sl.months), len(sl.detectable), len(sl.langOrder))
	}
}

// TestFrontMatterColonInValue checks the header people write with an
// unquoted colon in a title, which YAML rejects.
func TestFrontMatterColonInValue(t *testing.T) {
	d, err := Parse([]byte("---\ntitle: Peace talks live: day two\noutlet: Example\n---\nBody text here.\n"), ParseOptions{Name: "a.md"})
	if err != nil {
		t.Fatal(err)
	}
	if d.Source.Title != "Peace talks live: day two" || d.Source.Outlet != "Example" {
		t.Errorf("source = %+v", d.Source)
	}
}

// TestLineBlocks: a blank-separated paragraph of short lines, each its
// own (a transcript's header, a byline), is a paragraph per line; a
// sentence wrapped narrow stays one paragraph; a capital or bold label
// starts its own turn.
func TestLineBlocks(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"header block", "Claire Ashby, Deputy Department Spokesperson\nWashington, D.C.\n2:17 p.m. EST\n\nMS ASHBY: Good afternoon.",
			[]string{"Claire Ashby, Deputy Department Spokesperson", "Washington, D.C.", "2:17 p.m. EST", "MS ASHBY: Good afternoon."}},
		{"byline", "By ANNA BERG Associated Press\nUpdated 7:48 PM UTC\n\nGENEVA (AP) — Talks went on.",
			[]string{"By ANNA BERG Associated Press", "Updated 7:48 PM UTC", "GENEVA (AP) — Talks went on."}},
		{"a sentence wrapped narrow", "Zelensky said the plan was\nunacceptable to Kyiv.\n\nNext.",
			[]string{"Zelensky said the plan was unacceptable to Kyiv.", "Next."}},
		{"labels without a blank line", "QUESTION: Is the cap still there? We heard it was\nMR OKAFOR: I will not go point by point.\n\n**HM:** Und?\n**AB:** Nein.",
			[]string{"QUESTION: Is the cap still there? We heard it was", "MR OKAFOR: I will not go point by point.", "HM: Und?", "AB: Nein."}},
		{"wrapped prose", "The draft circulated among diplomats this week, and what follows is our\nown summary of each point as it was reported in the press on Friday.\n\nNext.",
			[]string{"The draft circulated among diplomats this week, and what follows is our own summary of each point as it was reported in the press on Friday.", "Next."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range splitParagraphs(tt.body) {
				got = append(got, p.text)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("paragraphs\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
