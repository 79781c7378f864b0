package corpus

import "testing"

// TestCompareLabels is the probe battery of stop 48 (xcompare): invented
// before/after explainers in the shapes real comparisons of the plan's
// versions use ("❌ Було (28 пунктів): … (п. 6)" / "✅ Стало (20
// пунктів): …", "Before (28 points): … (pt. 6)" / "Now (20 points): …",
// "Vorher/Jetzt", "Avant/Après", "Prima/Ora", "Antes/Ahora",
// "Было/Стало", "Przed/Teraz"), in en de fr it es ru uk pl. The version
// is named only at each side's first label; a later bare label must give
// its line the same version, and the line's "(pt. N)" its number. Guards:
// a plain list and a lone "Now:" line are left as they were.
func TestCompareLabels(t *testing.T) {
	tests := []struct {
		name, body string
		plan       string
		number     int
		want       string
	}{
		{"en/before-now-zaporizhzhia",
			"**Army**\n❌ Before (28 points): Ukraine's armed forces are capped at 600,000 (pt. 6).\n✅ Now (20 points): Ukraine keeps 800,000 troops in peacetime (pt. 4).\n\n**Zaporizhzhia**\n❌ Before: the plant restarts under IAEA supervision and its power is split equally between Russia and Ukraine (pt. 19).\n✅ Now: the US proposes trilateral operation of the plant (pt. 12).\n",
			usDraft, 19, "iaea supervision"},
		{"en/before-now-after-side",
			"**Army**\n❌ Before (28 points): Ukraine's armed forces are capped at 600,000 (pt. 6).\n✅ Now (20 points): Ukraine keeps 800,000 troops in peacetime (pt. 4).\n\n**Oversight**\n❌ Before: a Peace Council chaired by Trump (pt. 27).\n✅ Now: the agreement is legally binding and a Peace Council chaired by Trump monitors it (pt. 19).\n",
			twentyPoint, 19, "legally binding"},
		{"de/vorher-jetzt",
			"**Armee**\nVorher (28 Punkte): Die ukrainische Armee wird auf 600.000 Soldaten begrenzt (Punkt 6).\nJetzt (20 Punkte): Die Ukraine behält 800.000 Soldaten in Friedenszeiten (Punkt 4).\n\n**Saporischschja**\nVorher: Das Kraftwerk wird unter Aufsicht der IAEA wieder angefahren, der Strom zwischen Russland und der Ukraine geteilt (Punkt 19).\nJetzt: Die USA schlagen einen gemeinsamen Betrieb des Kraftwerks vor (Punkt 12).\n",
			usDraft, 19, "aufsicht der iaea"},
		{"fr/avant-apres",
			"**Armée**\nAvant (28 points) : l'armée ukrainienne est plafonnée à 600 000 hommes (point 6).\nAprès (20 points) : l'Ukraine garde 800 000 soldats en temps de paix (point 4).\n\n**Zaporijjia**\nAvant : la centrale redémarre sous la supervision de l'AIEA et l'électricité est partagée entre la Russie et l'Ukraine (point 19).\nAprès : Washington propose une exploitation conjointe de la centrale (point 12).\n",
			usDraft, 19, "supervision de l'aiea"},
		{"it/prima-ora",
			"**Esercito**\nPrima (28 punti): l'esercito ucraino è limitato a 600.000 effettivi (punto 6).\nOra (20 punti): l'Ucraina mantiene 800.000 soldati in tempo di pace (punto 4).\n\n**Zaporizhzhia**\nPrima: la centrale riparte sotto la supervisione dell'AIEA e l'elettricità è divisa tra Russia e Ucraina (punto 19).\nOra: gli Stati Uniti propongono una gestione congiunta della centrale (punto 12).\n",
			usDraft, 19, "supervisione dell'aiea"},
		{"es/antes-ahora",
			"**Ejército**\nAntes (28 puntos): el ejército ucraniano se limita a 600.000 efectivos (punto 6).\nAhora (20 puntos): Ucrania mantiene 800.000 soldados en tiempos de paz (punto 4).\n\n**Zaporiyia**\nAntes: la central se reactiva bajo supervisión del OIEA y la electricidad se reparte entre Rusia y Ucrania (punto 19).\nAhora: Estados Unidos propone una gestión conjunta de la central (punto 12).\n",
			usDraft, 19, "supervisión del oiea"},
		{"ru/bylo-stalo",
			"**Армия**\n❌ Было (28 пунктов): численность ВСУ ограничивают 600 тысячами (п. 6).\n✅ Стало (20 пунктов): ВСУ в мирное время сохраняют 800 тысяч военных (п. 4).\n\n**ЗАЭС**\n❌ Было: станцию запускают под надзором МАГАТЭ, а электроэнергию делят поровну между Россией и Украиной (п. 19).\n✅ Стало: США предлагают совместную работу станции (п. 12).\n",
			usDraft, 19, "надзором магатэ"},
		{"uk/bulo-stalo",
			"**Армія**\n❌ Було (28 пунктів): чисельність ЗСУ обмежують 600 тисячами (п. 6).\n✅ Стало (20 пунктів): ЗСУ у мирний час зберігають 800 тисяч військових (п. 4).\n\n**ЗАЕС**\n❌ Було: станцію запускають під наглядом МАГАТЕ, а електроенергію ділять навпіл (п. 19).\n✅ Стало: США пропонують тристоронню роботу станції (п. 12).\n",
			usDraft, 19, "наглядом магате"},
		{"pl/przed-teraz",
			"**Armia**\nPrzed (28 punktów): armia ukraińska zostaje ograniczona do 600 tys. żołnierzy (pkt 6).\nTeraz (20 punktów): Ukraina zachowuje 800 tys. żołnierzy w czasie pokoju (pkt 4).\n\n**Zaporoże**\nPrzed: elektrownia rusza pod nadzorem MAEA, a prąd dzielony jest po połowie między Rosję i Ukrainę (pkt 19).\nTeraz: USA proponują wspólną eksploatację elektrowni (pkt 12).\n",
			usDraft, 19, "nadzorem maea"},
		{"fr/inline-avant-apres",
			"**Armée.** Avant (28 points) : l'armée ukrainienne est plafonnée à 600 000 hommes (point 6). Après (20 points) : l'Ukraine garde 800 000 soldats en temps de paix (point 4).\n\n**Zaporijjia.** Avant : la centrale redémarre sous la supervision de l'AIEA et l'électricité est partagée (point 19). Après : Washington propose une exploitation conjointe de la centrale (point 12).\n",
			usDraft, 19, "supervision de l'aiea"},
		{"en/heading-label-carried",
			"**Before (28 points):**\n- Ukraine's armed forces are capped at 600,000 (pt. 6).\n- the Zaporizhzhia plant restarts under IAEA supervision and its power is split equally (pt. 19).\n\n**Now (20 points):**\n- Ukraine keeps 800,000 troops in peacetime (pt. 4).\n- the US proposes trilateral operation of the plant (pt. 12).\n",
			twentyPoint, 12, "trilateral operation"},
		// guards: a plain list keeps its version; one "Now:" line is no comparison
		{"en/plain-list-guard",
			"The US 28-point draft says:\n\n- Ukraine's armed forces are capped at 600,000 (point 6);\n- the Zaporizhzhia plant restarts under IAEA supervision (point 19).\n",
			usDraft, 19, "iaea supervision"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := "---\ntitle: \"Before and after: the peace plan\"\npublished: 2025-12-27\n---\n\n" + tt.body
			checkProvisionHolding(t, doc, tt.want, tt.plan, tt.number)
		})
	}
}

// TestCarryCompareLabelsLeavesProse checks that text which is no
// comparison comes back as it was: one "Now:" line, labels without a
// version named, a quotation opening on a label.
func TestCarryCompareLabelsLeavesProse(t *testing.T) {
	for _, s := range []string{
		"Now: the talks resume in Miami.\n\nZelensky said the text is not final.\n",
		"Before: one thing.\nAfter: another.\nBefore: a third.\n",
		"«Стало: зрозуміло», — сказав він.\nБуло (28 пунктів): щось.\n",
	} {
		if got := carryCompareLabels(s); got != s {
			t.Errorf("carryCompareLabels(%q) = %q, want it unchanged", s, got)
		}
	}
}
