package index

import "testing"

// TestVariantsFindDeclinedAndCyrillicNames checks that a name typed in
// Latin letters without its ending finds the text that declines it
// (Polish locative, Russian genitive) or writes it in Cyrillic, while
// words the corpus has in no form still answer nothing.
func TestVariantsFindDeclinedAndCyrillicNames(t *testing.T) {
	ix := openTexts(t,
		"---\ntitle: Lotniska\noutlet: Test Gazeta\npublished: 2025-11-24\nlang: pl\n---\nGenerał Zbigniew Ratajczak uważa, że lotniska w Łasku i w Malborku są gotowe przyjmować sojusznicze eskadry.\n",
		"---\ntitle: Канал\noutlet: Test Agency\npublished: 2025-11-24\nlang: ru\n---\nПодписчица из Белгорода рассказала о сыне, который пропал весной.\n",
		"---\ntitle: Репортаж\noutlet: Test Media\npublished: 2025-11-24\nlang: uk\n---\nВійськовий аналітик Тарас Гринчук називає місто останньою лінією укріплень.\n",
		"---\ntitle: Wire\noutlet: Test Wire\npublished: 2025-11-24\n---\nThe envoys flew home after five hours of talks on the peace plan.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"ratajczak lask malbork", "Malborku"},     // Polish locative of Malbork
		{"malbork airfield ratajczak", "Malborku"}, // stem the analyzer gives
		{"belgorod", "Белгорода"},                  // Russian genitive, Latin letters
		{"hrynchuk", "Гринчук"},                    // Ukrainian transliteration
		{"grinchuk", "Гринчук"},                    // Russian transliteration
		{"bitcoin price", ""},
		{"miami dolphins score", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestSkeleton checks that the usual Latin spellings of a Cyrillic name
// and the name itself share one skeleton, and that other names do not.
func TestSkeleton(t *testing.T) {
	for _, c := range []struct{ a, b string }{
		{"Гринчук", "hrynchuk"},
		{"Гринчук", "grinchuk"},
		{"Савельева", "savelyeva"},
		{"Кислиця", "kyslytsya"},
		{"Зеленський", "zelenskiy"},
		{"Зеленский", "zelensky"},
		{"Ялта", "yalta"},
		{"Щербак", "shcherbak"},
	} {
		if skeleton(c.a) != skeleton(c.b) {
			t.Errorf("skeleton(%q) = %q, skeleton(%q) = %q; want the same", c.a, skeleton(c.a), c.b, skeleton(c.b))
		}
	}
	for _, c := range []struct{ a, b string }{
		{"Гринчук", "hrycenko"},
		{"Белгород", "bilhorod"},
	} {
		if skeleton(c.a) == skeleton(c.b) {
			t.Errorf("skeleton(%q) = skeleton(%q) = %q; want them apart", c.a, c.b, skeleton(c.a))
		}
	}
}

// TestVariantGap checks the bounds of another form of a word: a shared
// stem of four letters or more, a short ending on either side.
func TestVariantGap(t *testing.T) {
	for _, c := range []struct {
		q, f string
		ok   bool
	}{
		{"malbork", "malborku", true},
		{"rzeszow", "rzeszowie", true},
		{"kramatorsk", "kramatorsk", true},
		{"lask", "lasku", true},
		{"lask", "lata", false},     // a short word must be a prefix
		{"deadline", "dead", false}, // too much of the typed word left
		{"belgorod", "belgorodskaya", false},
		{"trade", "tragedie", false},
	} {
		if _, ok := variantGap(c.q, c.f); ok != c.ok {
			t.Errorf("variantGap(%q, %q) ok = %v, want %v", c.q, c.f, ok, c.ok)
		}
	}
}

// TestLatinTransliterations: a Slavic name typed in another Latin
// transliteration than the text's, English ("dmitryev" for Dmitriev) or
// German and Polish ("Kachowka", "Tschernihiw", "Charkiw"), finds the text,
// in English as in another language's report; words the corpus has in no
// form still answer nothing.
func TestLatinTransliterations(t *testing.T) {
	ix := openTexts(t,
		"---\ntitle: Wire\noutlet: Test Wire\npublished: 2025-11-24\n---\nKirill Dmitriev flew to Miami for a third round.\n\nThe Kakhovka reservoir has been empty since the dam was destroyed.\n\nDrones hit Chernihiv overnight.\n",
		"---\ntitle: Nota\noutlet: Test Agencia\npublished: 2025-11-24\nlang: es\n---\nLas alarmas antiaéreas sonaron en la región de Járkov durante la noche.\n\nLos bombardeos sobre Kharkiv continuaron al amanecer.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"dmitryev miami", "Dmitriev"},
		{"dmitrijew", "Dmitriev"},
		{"kachowka reservoir", "Kakhovka"},
		{"charkiw bombardeos", "Kharkiv"},
		{"tschernihiw drones", "Chernihiv"},
		{"bitcoin price", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
