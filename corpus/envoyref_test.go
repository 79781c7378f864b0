package corpus

import "testing"

// TestEnvoyBackReference checks that "the envoy" in the languages of the
// corpus points back to the person named before, as "the envoy" does in
// English: "L'émissaire a affirmé que …", "L'inviato ha detto che …".
func TestEnvoyBackReference(t *testing.T) {
	for _, tc := range []struct{ lang, body, text string }{
		{"fr", "Steve Witkoff était dans la salle. L'émissaire a affirmé que les protocoles étaient achevés.", "les protocoles étaient achevés"},
		{"fr", "Steve Witkoff était dans la salle. Les protocoles étaient achevés, a affirmé l'envoyé américain.", "Les protocoles étaient achevés"},
		{"it", "Steve Witkoff era nella sala. L'emissario ha detto che i protocolli erano pronti.", "i protocolli erano pronti"},
		{"es", "Steve Witkoff estaba en la sala. El emisario afirmó que los protocolos estaban listos.", "los protocolos estaban listos"},
		{"de", "Steve Witkoff war im Saal. Der Sondergesandte sagte, die Protokolle seien fertig.", "die Protokolle seien fertig"},
		{"ru", "Стив Уиткофф был в зале. Посланник заявил, что протоколы готовы.", "протоколы готовы"},
	} {
		t.Run(tc.lang+" "+tc.text, func(t *testing.T) {
			got := statementsOf(t, "---\nlang: "+tc.lang+"\n---\n\n"+tc.body+"\n")
			if len(got) != 1 || got[0].Speaker != "Steve Witkoff" || got[0].Text != tc.text {
				t.Fatalf("want Steve Witkoff / %q, got %+v", tc.text, got)
			}
		})
	}
}
