package index

import "testing"

// TestTensInWords: a question that types a number of tens in digits finds
// the report that spells it out, in French, German, Italian, Spanish,
// Polish, Russian and Ukrainian (translations.txt, the tens), and a
// question sharing only the number with the corpus answers nothing.
func TestTensInWords(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: fr\n---\n\nÀ Rennes, le président voudrait des garanties de sécurité pour trente, quarante ou cinquante ans.\n",
		"---\nlang: de\n---\n\nIn Bremen soll die Waffenruhe zunächst sechzig Tage gelten.\n",
		"---\nlang: it\n---\n\nA Bologna la zona demilitarizzata sarebbe larga quaranta chilometri.\n",
		"---\nlang: es\n---\n\nEn Murcia, la comisión tendría noventa días para el informe sobre el alto el fuego.\n",
		"---\nlang: pl\n---\n\nW Gdańsku mówiono o gwarancjach bezpieczeństwa na pięćdziesiąt lat.\n",
		"---\nlang: ru\n---\n\nВ Самаре сообщили, что обмен пленными займет тридцать дней.\n",
		"---\nlang: uk\n---\n\nУ Вінниці нагадали, що референдум мають провести протягом шістдесяти днів після перемир'я.\n",
		"---\nlang: en\n---\n\nReporters from Rennes, Bremen, Bologna, Murcia, Gdansk, Samara and Vinnytsia met at a hotel about the guarantees, the ceasefire, the zone, the exchange and the referendum.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"rennes guarantees for 30 40 or 50 years", "cinquante"},
		{"bremen ceasefire 60 days", "sechzig"},
		{"bologna zone 40 km", "quaranta"},
		{"murcia commission 90 days ceasefire", "noventa"},
		{"gdansk security guarantees 50 years", "pięćdziesiąt"},
		{"samara prisoner exchange 30 days", "тридцать"},
		{"vinnytsia referendum within 60 days", "шістдесяти"},
		{"30 day fitness challenge", ""},
		{"best 80s music playlist", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
