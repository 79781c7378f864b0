package corpus

import "testing"

// TestFinnishEstonianSpeech checks that Finnish and Estonian are read as
// data (speech verbs, "että", titles, addressees in morphology.json):
// reports in the subject-verb order both languages use, with a that-clause
// and with the what-was-said before an inverted verb. Without their words
// none of these sentences gives a statement, since neither language holds
// a quotation mark for the fallback to read.
func TestFinnishEstonianSpeech(t *testing.T) {
	fi := "---\ntitle: t\nlang: fi\n---\n\n"
	et := "---\ntitle: t\nlang: et\n---\n\n"
	checkStatements(t, []statementCase{
		{"fi: title, name, sanoi, että", fi + "Valtiovarainministeri Liisa Korhonen sanoi, että budjetti hyväksytään ensi viikolla.", "Liisa Korhonen", "budjetti hyväksytään ensi viikolla"},
		{"fi: addressee then että", fi + "Pääministeri Antti Virtanen kertoi toimittajille, että neuvottelut jatkuvat keskiviikkona.", "Antti Virtanen", "neuvottelut jatkuvat keskiviikkona"},
		{"fi: kuvaili keeps its verb", fi + "Suurlähettiläs Pekka Laine kuvaili tapaamista hyödylliseksi ja avoimeksi keskusteluksi.", "Pekka Laine", "kuvaili tapaamista hyödylliseksi"},
		{"et: minister, ütles", et + "Välisminister Kadri Tamm ütles, et läbirääkimised jätkuvad järgmisel nädalal.", "Kadri Tamm", "läbirääkimised jätkuvad järgmisel nädalal"},
	})
}
