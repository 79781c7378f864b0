package corpus

import (
	"strings"
	"testing"
)

// TestRomanianCompoundOrdinalPoints: Romanian writes the ordinals past
// the twentieth as the tens, "și" and the unit, after the article "al",
// before or after the point word ("al douăzeci și doilea punct",
// "punctul al douăzeci și șaselea"), so the unit alone is not the point;
// the Ukrainian ordinals with a typographic apostrophe ("п’ятий") read as
// with a plain one. Words that are no ordinal point stay none.
func TestRomanianCompoundOrdinalPoints(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"Al douăzeci și doilea punct prevede înghețarea liniei frontului.", 22},
		{"Punctul al douăzeci și șaselea prevede o amnistie generală.", 26},
		{"Punctul al douăzeci și unulea prevede recunoașterea de facto a Crimeii.", 21},
		{"Al douăzecilea punct prevede un schimb de prizonieri.", 20},
		{"Punctul al patrulea prevede un dialog între Rusia și NATO.", 4},
		{"П’ятий пункт передбачає гарантії безпеки для України.", 5},
		{"Дев’ятий пункт передбачає розміщення винищувачів у Польщі.", 9},
		{"Двадцать шестой пункт предусматривает амнистию.", 26}, // (as before)
		// no point word, or the ordinal before another noun
		{"Douăzeci și doi de oameni au fost evacuați din oraș.", 0},
		{"Al douăzeci și doilea an de conflict începe curând.", 0},
	} {
		if got := ordinalPointRef(c.s); got != c.want {
			t.Errorf("ordinalPointRef(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// TestDemonstrativeNumberedPoint: a demonstrative before a point word is
// the idiom "at that point" unless a number follows the point word and no
// preposition stands before the demonstrative; then it names that point,
// whether the word is a demonstrative or, as in "says that point 7", the
// conjunction (English, German, Italian, Spanish).
func TestDemonstrativeNumberedPoint(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"The draft says that point 7 limits the army to a fixed size.", 7},
		{"Critics reject this point 12, which freezes the front line.", 12},
		{"Die Kritik gilt diesem Punkt 7 des Entwurfs.", 7},
		{"Il governo respinge quel punto 9 del piano.", 9},
		{"Kiev rechaza ese punto 21 por completo.", 21},
		// the idiom, with a preposition before it or no lone number after
		{"At that point 7 soldiers had already left the town.", 0},
		{"By this point 20 villages had been emptied.", 0},
		{"A questo punto 15 persone hanno lasciato la sala.", 0},
		{"En ese punto 40 personas esperaban fuera.", 0},
		{"Critics say that point is moot anyway.", 0},
		{"Officials reached this point 300 days into the war.", 0},
	} {
		got, _, _ := pointRef(c.s)
		if got != c.want {
			t.Errorf("pointRef(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// TestOrdinalOpensOwnPoint: a short sentence naming a point is followed
// by one that opens on another point named by its ordinal, as a digest
// runs through a plan; the second sentence is its own point's, not the
// first one's terms (Russian, Ukrainian, Polish, Czech). A next sentence
// that names no other point still gives the short one its terms.
func TestOrdinalOpensOwnPoint(t *testing.T) {
	head := func(lang, title string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n# " + title + "\n\n"
	}
	for _, c := range []struct {
		name, doc string
		n         int    // the point the second sentence's terms belong to
		frag      string // a fragment of those terms
	}{
		{"ru ordinal after ordinal", head("ru", "Американский план из 28 пунктов") + "Пятый пункт касается гарантий безопасности. Шестой пункт предусматривает сокращение армии до 600 тысяч.\n", 6, "сокращение армии"},
		{"uk ordinal after number", head("uk", "Американський план із 28 пунктів") + "Пункт 5 стосується гарантій безпеки. Шостий пункт передбачає скорочення армії до 600 тисяч.\n", 6, "скорочення армії"},
		{"pl ordinal after number", head("pl", "Amerykański plan 28 punktów") + "Punkt 5 dotyczy gwarancji bezpieczeństwa. Szósty punkt przewiduje ograniczenie armii do 600 tysięcy żołnierzy.\n", 6, "ograniczenie armii"},
		{"cs ordinal after ordinal", head("cs", "Americký plán o 28 bodech") + "Pátý bod se týká záruk. Šestý bod stanoví omezení armády na 600 tisíc vojáků.\n", 6, "omezení armády"},
		// no other point in the next sentence: it is the short one's
		{"de next without point", head("de", "Der amerikanische 28-Punkte-Plan") + "Nehmen Sie Punkt 14. Da sollen eingefrorene russische Gelder in den Wiederaufbau fließen.\n", 14, "eingefrorene russische Gelder"},
		{"pl next without point", head("pl", "Amerykański plan 28 punktów") + "Weźmy punkt dziewiąty. Europejskie myśliwce mają stacjonować w Polsce.\n", 9, "myśliwce mają stacjonować"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Parse([]byte(c.doc), ParseOptions{Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, p := range d.Provisions {
				if strings.Contains(p.Text, c.frag) {
					if p.Number != c.n {
						t.Errorf("%q is point %d's, want point %d's", p.Text, p.Number, c.n)
					}
					found = true
				}
			}
			if !found {
				t.Errorf("no provision holds %q: %+v", c.frag, d.Provisions)
			}
		})
	}
}
