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
		t.Run(tt.name, func(t *testing.T) { wantLangAndDate(t, tt.doc, "tr", tt.date) })
	}
}

// TestTurkishVerbFinal checks Turkish speech with the verb last: the
// speaker opens the sentence (a title and a name, a name met before, or an
// unnamed source), set off by a comma or by a particle such as "ise", and
// what was said stands before the closing phrase ("söyledi", "ifade
// etti", "değerlendirmesinde bulundu"), as a reported clause or a
// quotation.
func TestTurkishVerbFinal(t *testing.T) {
	tr := "---\ntitle: t\nlang: tr\n---\n\n"
	checkStatements(t, []statementCase{
		{"title and name, comma, söyledi", tr + "Dışişleri Bakanı Ahmet Yalçın, görüşmelerin önümüzdeki hafta yeniden başlayacağını söyledi.", "Ahmet Yalçın", "görüşmelerin önümüzdeki hafta yeniden başlayacağını"},
		{"particle ise, two-word phrase", tr + "Savunma Bakanlığı Sözcüsü Elif Demirtaş ise sınırdaki birliklerin geri çekilmeyeceğini ifade etti.", "Elif Demirtaş", "sınırdaki birliklerin geri çekilmeyeceğini"},
		{"name met before", tr + "Dışişleri Bakanı Ahmet Yalçın, görüşmelerin süreceğini söyledi. Yalçın, taslağın henüz kesinleşmediğini belirtti.", "Ahmet Yalçın", "taslağın henüz kesinleşmediğini"},
		{"quotation before the phrase", tr + "Siyaset bilimci Doç. Dr. Kerem Aydın, \"Bu metin bir ateşkesten fazlasını vaat ediyor\" değerlendirmesinde bulundu.", "Kerem Aydın", "Bu metin bir ateşkesten fazlasını vaat ediyor"},
		{"unnamed source", tr + "Brüksel'deki bir diplomatik kaynak ise, müzakerelerin yıl sonuna kadar sürebileceğini söyledi.", "unnamed source", "müzakerelerin yıl sonuna kadar sürebileceğini"},
	})
	for _, body := range []string{
		"Ayrıca, toplantının ertelendiğini söyledi.",                // an adverb, not a speaker
		"Ankara'da dün akşam, müzakerecilerin anlaştığını söyledi.", // a place and a time: the subject is dropped, not guessed
	} {
		for _, s := range statementsOf(t, tr+body) {
			t.Errorf("%q: statement %q by %q, want none", body, s.Text, s.Speaker)
		}
	}
}
