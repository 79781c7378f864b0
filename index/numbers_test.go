package index

import (
	"reflect"
	"testing"
)

func TestNumberForms(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"limited to 600,000 troops", []string{"600000"}},
		{"auf 600.000 Soldaten begrenzt", []string{"600000"}},
		{"plafonnés à 800 000 militaires", []string{"800000"}},
		{"plafonnés à 800\u00a0000 militaires", []string{"800000"}},
		{"ограничена 600 тысячами военнослужащих", []string{"600000"}},
		{"limitato a 600 mila soldati", []string{"600000"}},
		{"600 thousand troops", []string{"600000"}},
		{"capped at 600k", []string{"600000"}},
		{"a 15km buffer", nil},
		{"1,250,000 people and 1,250,000 more", []string{"1250000"}},
		{"600000 troops", nil},                  // already plain
		{"a share of 3.14 percent", nil},        // a decimal, not a group
		{"1,234.5 tonnes", nil},                 // grouped with a decimal part: left alone
		{"on November 23, 2025 in Geneva", nil}, // a date, not a number
		{"points 1, 2, 3 and 28", nil},          // a list
		{"in 2022 the talks", nil},              // a year
		{"milestone 12 milioni", nil},           // millions are not thousands
		{"Article 5 of the treaty", nil},        // a single digit
		{"about 100 milers ran", nil},           // "mil" only as a whole word
	} {
		if got := numberForms(c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("numberForms(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestNormalizeNumbers(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"800,000 troops european", "800000 troops european"},
		{"800 000 troops", "800000 troops"},
		{"600 тысяч солдат", "600000 солдат"},
		{"article 5", "article 5"},
		{"army cap 800k", "army cap 800000"},
		{"a 5km zone", "a 5km zone"},
		{"", ""},
		{"28 points", "28 points"},
	} {
		if got := normalizeNumbers(c.in); got != c.want {
			t.Errorf("normalizeNumbers(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
