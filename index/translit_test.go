package index

import (
	"reflect"
	"testing"
)

func TestTranslitForms(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"заявил Дмитрий Свиридов", []string{"dmitry", "dmytryi", "sviridov", "svyrydov"}},
		{"Ольга Дячук, речниця", []string{"olga", "olha", "dyachuk", "diachuk"}},
		{"Зеленский сказал", []string{"zelensky", "zelenskyi"}},
		{"мирный план", nil}, // lower case: not a name
		{"NATO and Kyiv", nil},
	} {
		if got := translitForms(c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("translitForms(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
