package index

import "testing"

// TestEverydayWords: the everyday words of questions ("good", "in
// writing", "translated", "leadership", "hardest", "next week") find their
// translations in German, Spanish, Russian and Ukrainian reports, ahead of
// an English text that has fewer of the query's words.
func TestEverydayWords(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: de\n---\n\nNach Angaben aus Washington verlief das Treffen mit Umerov in Miami gut.\n",
		"---\nlang: ru\n---\n\nМосква готова закрепить в письменном виде гарантии безопасности для Европы.\n\nПодписывать документы с нынешним руководством Украины бессмысленно.\n",
		"---\nlang: es\n---\n\nEl texto del plan fue traducido del ruso, según los analistas.\n",
		"---\nlang: uk\n---\n\nУмєров заявив, що делегації досягли спільного розуміння щодо гарантій безпеки.\n",
		"---\nlang: en\n---\n\nThe talks with Umerov took place in Miami on Sunday.\n\nMoscow offered security guarantees for Europe.\n\nThe plan text was discussed by analysts.\n\nUmerov spoke about security guarantees.\n\nThe Kremlin said it would not sign documents before the talks.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"umerov miami good meeting", "gut"},
		{"security guarantees for europe in writing", "письменном"},
		{"plan text translated from russian", "traducido"},
		{"sign documents with ukraine's leadership", "руководством"},
		{"umerov common understanding security guarantees", "спільного розуміння"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestPeopleWords: the words for the people of a story ("officials",
// "adviser", "members", "team") find their translations in German,
// Italian and Russian reports.
func TestPeopleWords(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: de\n---\n\nNach Angaben von Beamten in Berlin wurde der Entwurf überarbeitet.\n",
		"---\nlang: it\n---\n\nIl consigliere per la sicurezza nazionale ha incontrato i membri della squadra ucraina.\n",
		"---\nlang: ru\n---\n\nКоманда Умерова прибыла в Майами.\n",
		"---\nlang: en\n---\n\nBerlin revised the draft.\n\nThe national security meeting took place in Rome.\n\nUmerov arrived in Miami.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"officials in berlin revised draft", "Beamten"},
		{"national security adviser met members of the ukrainian team", "consigliere"},
		{"umerov team arrived in miami", "Команда"},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}

// TestReportageWords: the everyday words of reportage (residents, a mother,
// a son, the missing) find their translations, so an English question
// about a Russian or German report from a named place is answered by it.
func TestReportageWords(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: ru\n---\n\nЖительница Белгорода рассказала, что её сын пропал весной.\n",
		"---\nlang: de\n---\n\nIn Cottbus suchen Eltern nach ihrem vermissten Sohn.\n\nDie Einwohner von Görlitz fürchten die Winterpause.\n",
		"---\nlang: en\n---\n\nThe delegations met again on Tuesday.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"belgorod son missing", "сын пропал"},
		{"cottbus missing son", "vermissten Sohn"},
		{"gorlitz residents", "Einwohner"},
		{"bitcoin price", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
