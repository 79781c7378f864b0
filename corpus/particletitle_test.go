package corpus

import "testing"

// TestParticleNameAfterTitle: a person the lexicon knows by particles and
// surname, named after a title or an institution without the given name,
// keeps the particles in the speaker's name in every language and
// position real coverage writes it ("EU-Kommissionschefin von der Leyen",
// "Commission President von der Leyen", "la presidente della Commissione
// von der Leyen", "La présidente de la Commission, von der Leyen,"); a
// title's own preposition and its place stay a title.
func TestParticleNameAfterTitle(t *testing.T) {
	const vdl = "Ursula von der Leyen"
	tests := []struct {
		lang, sentence, speaker, text string
	}{
		{"de", "EU-Kommissionschefin von der Leyen sagte, Grenzen dürften nicht mit Gewalt verschoben werden.", vdl, "Grenzen dürften nicht mit Gewalt verschoben werden"},
		{"en", "Commission President von der Leyen said borders could not be changed by force.", vdl, "borders could not be changed by force"},
		{"en", "The Commission president, von der Leyen, said borders could not be changed by force.", vdl, "borders could not be changed by force"},
		{"fr", "La présidente de la Commission von der Leyen a déclaré que les frontières ne pouvaient pas être modifiées par la force.", vdl, "les frontières ne pouvaient pas être modifiées par la force"},
		{"fr", "La présidente de la Commission, von der Leyen, a déclaré que les frontières ne pouvaient pas être modifiées par la force.", vdl, "les frontières ne pouvaient pas être modifiées par la force"},
		{"it", "La presidente della Commissione von der Leyen ha detto che i confini non si cambiano con la forza.", vdl, "i confini non si cambiano con la forza"},
		{"es", "La presidenta de la Comisión Europea, von der Leyen, dijo que las fronteras no pueden cambiarse por la fuerza.", vdl, "las fronteras no pueden cambiarse por la fuerza"},
		{"es", "La presidenta de la Comisión Europea von der Leyen dijo que las fronteras no pueden cambiarse por la fuerza.", vdl, "las fronteras no pueden cambiarse por la fuerza"},
		{"pl", "Przewodnicząca Komisji Europejskiej von der Leyen powiedziała, że granic nie można zmieniać siłą.", vdl, "granic nie można zmieniać siłą"},
		{"nl", "Commissievoorzitter von der Leyen zei dat grenzen niet met geweld mogen worden verlegd.", vdl, "grenzen niet met geweld mogen worden verlegd"},
		{"ru", "Глава Еврокомиссии фон дер Ляйен заявила, что границы нельзя менять силой.", vdl, "границы нельзя менять силой"},
		{"uk", "Голова Єврокомісії фон дер Ляєн заявила, що кордони не можна змінювати силою.", vdl, "кордони не можна змінювати силою"},
		// a title's complement is no name
		{"it", "Il sindaco di Roma ha detto che la città è pronta.", "Sindaco", "la città è pronta"},
		{"fr", "Le président de la République a déclaré que la France était prête.", "Président", "la France était prête"},
		{"es", "El secretario de Estado dijo que la reunión fue productiva.", "Secretario", "la reunión fue productiva"},
	}
	for _, tc := range tests {
		checkOneStatement(t, tc.lang, tc.sentence, tc.speaker, tc.text)
	}
}

// TestParticleNameFromDocument: a name with particles the document gave
// in full is known by particles and surname after a title later on.
func TestParticleNameFromDocument(t *testing.T) {
	doc := "---\ntitle: T\nlang: en\npublished: 2025-12-03\n---\n\nForeign Minister Anna van der Berg said the talks were useful. Later, Minister van der Berg said the Netherlands would keep its support.\n"
	d, err := Parse([]byte(doc), ParseOptions{Name: "p.md"})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Statements) != 2 || d.Statements[1].Speaker != "Anna van der Berg" {
		t.Errorf("got %+v, want two statements of Anna van der Berg", d.Statements)
	}
}

// TestParticleNameAfterTitleOpen records a shape still read wrong: a
// German subject after the verb ("sagte Bundespräsident van der Bellen")
// with a lower-case particle and a person the lexicon does not know.
func TestParticleNameAfterTitleOpen(t *testing.T) {
	t.Skip(`known failure: "Am Abend sagte Bundespräsident van der Bellen, …" gives "der Bellen"; the inverted subject reader does not consult the document's names`)
}
