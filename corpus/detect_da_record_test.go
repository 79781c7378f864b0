package corpus

import "testing"

// TestDetectDanishRecord checks that a Danish parliamentary record with no
// lang header is told from Norwegian, which shares most of its short
// words: Danish "hvad", "blot", "mellem", "tak" (Norwegian "hva", "bare",
// "mellom", "takk") decide the vote (languages.json).
func TestDetectDanishRecord(t *testing.T) {
	body := "# Rigsdagstidende – Forhandlinger\n\n**Onsdag den 3. december 2025, kl. 10.00**\n\n**Punkt 2. Forespørgsel nr. F 7 om fredsplanen for Ukraine og det europæiske modforslag.**\n\n**Formanden:**\nForhandlingen er åbnet. Første ordfører er hr. Mads Holm.\n\n**Mads Holm (Vestlisten):**\nTak for det. Den plan på 28 punkter, som blev lækket i sidste uge, er ikke en fredsplan, men en overgivelse. Se blot på punkt 12: Hvad betyder det for forholdet mellem Europa og Ukraine? Jeg vil gerne høre ministeren, om regeringen støtter det.\n"
	if got := detectLang(body); got != "da" {
		t.Errorf("Danish record detected as %q", got)
	}
}
