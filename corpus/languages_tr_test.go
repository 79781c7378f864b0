package corpus

import "testing"

// TestTurkishSource checks that Turkish is read as data: a Turkish body
// with no lang header is told apart from the languages near it in
// trigrams, and a Turkish month name dates an agency dateline, in two
// wires of different layout.
func TestTurkishSource(t *testing.T) {
	tests := []struct {
		name, doc, date string
	}{
		{"dateline with agency in brackets",
			"İZMİR, 3 Aralık 2025 (Ege Haber Merkezi) - Dışişleri Bakanı Ahmet Yalçın, görüşmelerin önümüzdeki hafta yeniden başlayacağını söyledi. Bakan, taslağın henüz kesinleşmediğini ve bütün tarafların metni incelediğini belirtti.\n",
			"12-03"},
		{"dateline with day and month only",
			"BURSA, 14 Şubat 2026 - Belediye Başkanı Deniz Arslan, kentteki yeni köprünün yaz aylarında açılacağını açıkladı. Arslan ayrıca inşaatın planlanandan daha hızlı ilerlediğini ifade etti.\n",
			"02-14"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.doc), ParseOptions{Name: "x.txt", Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			if d.Source.Lang != "tr" {
				t.Errorf("lang %q, want tr", d.Source.Lang)
			}
			if len(d.Source.Published) < 10 || d.Source.Published[5:] != tt.date {
				t.Errorf("published %q, want a date ending %s", d.Source.Published, tt.date)
			}
		})
	}
}
