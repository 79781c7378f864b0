package corpus

import "testing"

// TestNoteMeta pins the date and outlet read from WebVTT NOTE lines in
// several scripts, and the notes that give neither.
func TestNoteMeta(t *testing.T) {
	cases := []struct {
		notes             []string
		published, outlet string
	}{
		{[]string{"北港テレビ「夕方ニュース」 2025年12月3日放送分", "字幕：北港テレビ"}, "2025-12-03", "北港テレビ"},
		{[]string{"Harbourline TV – Evening News, 23 November 2025"}, "2025-11-23", "Harbourline TV"},
		{[]string{"南岸电视台《晚间新闻》 2025年11月30日"}, "2025-11-30", "南岸电视台"},
		{[]string{"한빛방송 뉴스 2025년 11월 29일"}, "2025-11-29", ""},
		{[]string{"Radio Nordkap | Abendjournal | 2. Dezember 2025"}, "2025-12-02", "Radio Nordkap"},
		{[]string{"this file was made with an automatic tool"}, "", ""},
		{[]string{"2025年2月30日"}, "", ""},
	}
	for _, c := range cases {
		p, o := noteMeta(c.notes)
		if p != c.published || o != c.outlet {
			t.Errorf("noteMeta(%q) = %q, %q; want %q, %q", c.notes, p, o, c.published, c.outlet)
		}
	}
}

// TestCaptionNoteSource parses caption files without front matter or a
// dated name: the NOTE block gives the document's date and outlet.
func TestCaptionNoteSource(t *testing.T) {
	cases := []struct{ name, body, published, outlet string }{
		{"news.vtt", "WEBVTT\nLanguage: ja\n\nNOTE\n北港テレビ「夕方ニュース」 2025年12月3日放送分\n\n1\n00:00:00.000 --> 00:00:03.000\n<v キャスター>港の再開についてお伝えします。\n",
			"2025-12-03", "北港テレビ"},
		{"bulletin.vtt", "WEBVTT\n\nNOTE Harbourline TV – Evening News, 23 November 2025\n\n00:00:00.000 --> 00:00:03.000\n<v Presenter>The ferry port reopens tomorrow.\n",
			"2025-11-23", "Harbourline TV"},
	}
	for _, c := range cases {
		d, err := Parse([]byte(c.body), ParseOptions{Name: c.name})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if d.Source.Published != c.published || d.Source.Outlet != c.outlet {
			t.Errorf("%s: published %q outlet %q, want %q %q", c.name, d.Source.Published, d.Source.Outlet, c.published, c.outlet)
		}
	}
}
