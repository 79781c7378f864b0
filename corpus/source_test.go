package corpus

import "testing"

// TestSourceWithoutHeader checks what a document says of itself when it
// has no front matter: outlet and date from the dateline, else the URL's
// site; a headline for a title; the language detected.
func TestSourceWithoutHeader(t *testing.T) {
	tests := []struct {
		name, doc                      string
		outlet, published, title, lang string
	}{
		{"reuters", "KYIV, Nov 24 (Reuters) - Officials met on Monday to discuss the draft, and said little afterwards about what had been agreed between the two delegations in the long session that followed.\n",
			"Reuters", "2025-11-24", "Officials met on Monday to discuss the draft, and said little afterwards about what had been agreed between the two…", "en"},
		{"tass", "Headline here\n\nLONDON, November 23. /TASS/. The government has not received the text.\n", "TASS", "2025-11-23", "Headline here", ""},
		{"tass cyrillic", "МОСКВА, 25 ноября. /ТАСС/. Кремль не получил текст плана, и это не первый раз, когда так происходит.\n", "TASS", "2025-11-25", "", "ru"},
		{"ap", "WASHINGTON (AP) — Senators asked for the text.\n", "AP", "", "", ""},
		{"plain", "KYIV, Nov 21: The draft arrived.\n", "", "2025-11-21", "", ""},
		{"two cities", "LISBON/MADRID, Nov 19 (Tagus Wire) - Two ministers compared notes.\n", "Tagus Wire", "2025-11-19", "", ""},
		{"three cities and a dash", "Wrap-up title\n\nOSLO/RIGA/VILNIUS, Nov 22 (Baltic Desk) — Ministers met.\n", "Baltic Desk", "2025-11-22", "", ""},
		{"two cities, plain", "PARIS/BERLIN, Nov 20: Leaders spoke by phone.\n", "", "2025-11-20", "", ""},
		{"ap after a byline block", "Talks make headway\n\nBy ANNA BERG and TOM HALE Associated Press\nUpdated 7:48 PM UTC\n\nGENEVA (AP) — Negotiators said they had made progress.\n", "AP", "", "", ""},
		{"tass after a byline block", "Заголовок\n\nИван Петров\nобновлено 12:40\n\nМОСКВА, 25 ноября. /ТАСС/. Кремль не получил текст плана.\n", "TASS", "2025-11-25", "", ""},
		{"url", "---\nurl: https://www.lemonde.fr/international/article/x.html\n---\nLe texte du plan en 28 points a été publié dimanche et il est discuté à Genève par les conseillers.\n", "Le Monde", "", "", "fr"},
		{"unknown site", "---\nurl: https://news.example.org/a/b\n---\nText.\n", "news.example.org", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.doc), ParseOptions{Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			s := d.Source
			if s.Outlet != tt.outlet || s.Published != tt.published {
				t.Errorf("outlet %q published %q, want %q %q", s.Outlet, s.Published, tt.outlet, tt.published)
			}
			if tt.title != "" && s.Title != tt.title {
				t.Errorf("title %q, want %q", s.Title, tt.title)
			}
			if tt.lang != "" && s.Lang != tt.lang {
				t.Errorf("lang %q, want %q", s.Lang, tt.lang)
			}
		})
	}
}

// TestDatelineOnItsOwnLine reads the dateline agencies print on a line of
// its own, the place in ordinary case and the outlet after the date, and
// leaves alone a short paragraph that only looks like one.
func TestDatelineOnItsOwnLine(t *testing.T) {
	tests := []struct {
		name, doc, outlet, date string
	}{
		{"ukrinform", "Зеленський про Женеву\n\nКиїв, 23 листопада 2025. Укрінформ.\n\nТекст новини.\n", "Ukrinform", "2025-11-23"},
		{"ansa", "Titolo\n\nRoma, 23 novembre 2025 – ANSA\n\nTesto della notizia.\n", "ANSA", "2025-11-23"},
		{"not an outlet", "Title\n\nParis, 23 November. Nothing else.\n\nBody text here.\n", "", ""},
		{"interfax", "Ушаков о встрече\n\nМосква. 3 декабря. INTERFAX.RU - Переговоры продолжались пять часов, сообщил Ушаков.\n", "Interfax", "2024-12-03"}, // fixedNow is 24 November 2025: 3 December is last year's,
		{"interfax-ukraine, a known outlet by name", "Умєров про Женеву\n\nКиїв. 24 листопада. Інтерфакс-Україна - Делегації завершили консультації, повідомив Умєров.\n", "Interfax-Ukraine", "2025-11-24"},
		{"dots without an outlet", "Title\n\nParis. 23 November. NOTHING - else follows here.\n", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.doc), ParseOptions{Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			if d.Source.Outlet != tt.outlet {
				t.Errorf("outlet %q, want %q", d.Source.Outlet, tt.outlet)
			}
			if tt.date != "" && d.Source.Published != tt.date {
				t.Errorf("published %q, want %q", d.Source.Published, tt.date)
			}
		})
	}
}
