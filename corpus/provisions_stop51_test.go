package corpus

import "testing"

// stop51Battery holds the provision shapes of stop 51 (xprov), read from
// the released set ZP and checked against zh08, zi12 and real coverage,
// written anew in several languages: a memo's numbered section titles in
// capitals over its bullets, and points of the document's own rules (a
// rule book's sub-clause "9.2", rules of procedure, a lesson plan).
var stop51Battery = []stop49Case{
	// Numbered section titles in capitals: the sections are no points,
	// their bullets no points; the point markers under them are.
	{name: "en memo sections", title: "Talking points: the 20-point framework", published: "2025-12-29",
		body: "1. CONTEXT (not for quotation)\nThe president met Trump on Sunday.\n\n2. KEY MESSAGES\n- We negotiate, we do not surrender.\n- Guarantees first, signatures later.\n\n3. FACTS YOU CAN CITE\n- What the document says:\n  - point 4 — a peacetime army of 800,000;\n  - point 18 — elections as soon as possible after signing.\n\n4. WHAT TO AVOID\n- Do not promise peace by New Year.\n",
		want: []Provision{{Plan: v20, Number: 4, Text: "800,000"}, {Plan: v20, Number: 18, Text: "elections as soon as possible"}},
		none: []string{"context", "key messages", "we negotiate", "guarantees first", "what to avoid", "peace by new year"}},
	{name: "de vermerk", title: "Sprechzettel: der 20-Punkte-Rahmen", published: "2025-12-29",
		body: "1. HINTERGRUND (nicht zitieren)\nDer Präsident traf Trump am Sonntag.\n\n2. KERNBOTSCHAFTEN\n- Wir verhandeln, wir kapitulieren nicht.\n- Erst Garantien, dann Unterschriften.\n\n3. FAKTEN\n- Was im Dokument steht:\n  - Punkt 4 — eine Friedensarmee von 800.000 Soldaten;\n  - Punkt 18 — Wahlen so bald wie möglich nach der Unterzeichnung.\n\n4. ZU VERMEIDEN\n- Keinen Frieden bis Neujahr versprechen.\n",
		want: []Provision{{Plan: v20, Number: 4, Text: "800.000"}, {Plan: v20, Number: 18, Text: "wahlen so bald"}},
		none: []string{"hintergrund", "kernbotschaften", "wir verhandeln", "erst garantien", "bis neujahr"}},
	{name: "fr note interne", title: "Éléments de langage : le cadre en 20 points", published: "2025-12-29",
		body:  "1. CONTEXTE (ne pas citer)\nLe président a rencontré Trump dimanche.\n\n2. MESSAGES CLÉS\n- Nous négocions, nous ne capitulons pas.\n- Les garanties d'abord, les signatures ensuite.\n\n3. FAITS\n- Ce que dit le document :\n  - point 4 — une armée de 800 000 hommes en temps de paix ;\n  - point 18 — des élections se tiendront au plus vite après la signature.\n\n4. À ÉVITER\n- Ne pas promettre la paix pour le Nouvel An.\n",
		want:  []Provision{{Plan: v20, Number: 4, Text: "800 000"}, {Plan: v20, Number: 18, Text: "élections se tiendront au plus vite"}},
		none:  []string{"contexte", "messages clés", "nous négocions", "les garanties d'abord", "nouvel an"},
		known: "the second point-marked sub-bullet under a bullet lead-in is read only by the prose reader, which finds no French term in it"},
	{name: "it promemoria", title: "Promemoria: il quadro in 20 punti", published: "2025-12-29",
		body: "1. CONTESTO (non citare)\nIl presidente ha incontrato Trump domenica.\n\n2. MESSAGGI CHIAVE\n- Trattiamo, non ci arrendiamo.\n- Prima le garanzie, poi le firme.\n\n3. FATTI\n- Cosa dice il documento:\n  - punto 4 — un esercito di 800 mila uomini in tempo di pace;\n  - punto 18 — elezioni il prima possibile dopo la firma.\n\n4. DA EVITARE\n- Non promettere la pace entro Capodanno.\n",
		want: []Provision{{Plan: v20, Number: 4, Text: "800 mila"}, {Plan: v20, Number: 18, Text: "elezioni il prima possibile"}},
		none: []string{"contesto", "messaggi chiave", "trattiamo", "prima le garanzie", "capodanno"}},
	{name: "es argumentario", title: "Argumentario: el marco de 20 puntos", published: "2025-12-29",
		body: "1. CONTEXTO (no citar)\nEl presidente se reunió con Trump el domingo.\n\n2. MENSAJES CLAVE\n- Negociamos, no capitulamos.\n- Primero las garantías, luego las firmas.\n\n3. DATOS\n- Qué dice el documento:\n  - punto 4 — un ejército de 800.000 efectivos en tiempo de paz;\n  - punto 18 — elecciones lo antes posible tras la firma.\n\n4. QUÉ EVITAR\n- No prometer la paz para Año Nuevo.\n",
		want: []Provision{{Plan: v20, Number: 4, Text: "800.000"}, {Plan: v20, Number: 18, Text: "elecciones lo antes posible"}},
		none: []string{"contexto", "mensajes clave", "negociamos", "primero las garantías", "año nuevo"}},
	{name: "ru tezisy", title: "Тезисы: рамочный план из 20 пунктов", published: "2025-12-29",
		body: "1. КОНТЕКСТ (не цитировать)\nПрезидент встретился с Трампом в воскресенье.\n\n2. КЛЮЧЕВЫЕ СООБЩЕНИЯ\n- Мы ведём переговоры, а не капитулируем.\n- Сначала гарантии, потом подписи.\n\n3. ФАКТЫ\n- Что в документе:\n  • п. 4 — армия 800 тыс. в мирное время;\n  • п. 18 — выборы как можно скорее после подписания.\n\n4. ЧЕГО ИЗБЕГАТЬ\n- Не обещать мир к Новому году.\n",
		want: []Provision{{Plan: v20, Number: 4, Text: "800 тыс"}, {Plan: v20, Number: 18, Text: "выборы как можно скорее"}},
		none: []string{"контекст", "ключевые сообщения", "мы ведём переговоры", "сначала гарантии", "новому году"}},
	{name: "uk tezy", title: "Тези: рамковий план з 20 пунктів", published: "2025-12-29",
		body: "1. КОНТЕКСТ (не цитувати)\nПрезидент зустрівся з Трампом у неділю.\n\n2. КЛЮЧОВІ МЕСЕДЖІ\n- Ми ведемо переговори, а не капітулюємо.\n- Спершу гарантії, потім підписи.\n\n3. ФАКТИ\n- Що в документі:\n  • п. 4 — армія 800 тис. у мирний час;\n  • п. 18 — вибори якнайшвидше після підписання.\n\n4. ЧОГО УНИКАТИ\n- Не обіцяти мир до Нового року.\n",
		want: []Provision{{Plan: v20, Number: 4, Text: "800 тис"}, {Plan: v20, Number: 18, Text: "вибори якнайшвидше"}},
		none: []string{"контекст", "ключові меседжі", "ми ведемо переговори", "спершу гарантії", "нового року"}},
	{name: "pl notatka", title: "Notatka: plan ramowy 20 punktów", published: "2025-12-29",
		body: "1. KONTEKST (nie cytować)\nPrezydent spotkał się z Trumpem w niedzielę.\n\n2. KLUCZOWE PRZEKAZY\n- Negocjujemy, nie kapitulujemy.\n- Najpierw gwarancje, potem podpisy.\n\n3. FAKTY\n- Co jest w dokumencie:\n  - pkt 4 — armia 800 tys. w czasie pokoju;\n  - pkt 18 — wybory jak najszybciej po podpisaniu.\n\n4. CZEGO UNIKAĆ\n- Nie obiecywać pokoju do Nowego Roku.\n",
		want: []Provision{{Plan: v20, Number: 4, Text: "800 tys"}, {Plan: v20, Number: 18, Text: "wybory jak najszybciej"}},
		none: []string{"kontekst", "kluczowe przekazy", "negocjujemy", "najpierw gwarancje", "nowego roku"}},
	// Guards: points that open on an acronym in capitals stay points; a
	// single title in capitals is not a memo's sections.
	{name: "en reprint acronyms", title: "The 28-point plan: full text", published: "2025-11-21",
		body: "The points of the US draft:\n\n7. NATO\nUkraine agrees to enshrine in its constitution that it will not join NATO.\n\n8. NATO agrees not to station troops in Ukraine.\n\n9. European fighter jets will be stationed in Poland.\n",
		want: []Provision{{Plan: vUS, Number: 8, Text: "station troops"}, {Plan: vUS, Number: 9, Text: "fighter jets"}}},
	{name: "ru reprint acronyms", title: "План из 28 пунктов: полный текст", published: "2025-11-21",
		body: "Пункты американского проекта:\n\n8. НАТО соглашается не размещать войска на Украине.\n\n9. Европейские истребители будут размещены в Польше.\n\n10. США получат компенсацию за гарантии.\n",
		want: []Provision{{Plan: vUS, Number: 8, Text: "не размещать войска"}, {Plan: vUS, Number: 9, Text: "истребители"}, {Plan: vUS, Number: 10, Text: "компенсацию"}}},
	// A point of the document's own rules.
	{name: "es libro de estilo", title: "La defensora del lector y el plan de 20 puntos", published: "2025-12-28",
		body: "No se indicó la corrección al pie, como exige nuestro Libro de Estilo (punto 9.2). El plan de 20 puntos prevé un ejército de 800.000 efectivos (punto 4).\n",
		want: []Provision{{Plan: v20, Number: 4, Text: "800.000"}},
		none: []string{"libro de estilo"}},
	{name: "en section decimal", title: "Ombudsman: our report on the 20-point plan", published: "2025-12-28",
		body: "The correction was not marked, as our code requires (point 4.3). The 20-point plan provides for a peacetime army of 800,000 (point 4).\n",
		want: []Provision{{Plan: v20, Number: 4, Text: "800,000"}},
		none: []string{"code requires"}},
	{name: "fr reglement interieur", title: "Journée d'études : le plan américain en 28 points", published: "2026-01-20",
		body: "Le point 3 du règlement intérieur s'applique à toutes les sessions. Le plan en 28 points limitait l'armée ukrainienne à 600 000 hommes (point 6).\n",
		want: []Provision{{Plan: vUS, Number: 6, Text: "600 000"}},
		none: []string{"règlement intérieur"}},
	{name: "de geschaeftsordnung", title: "Niederschrift: der 28-Punkte-Plan", published: "2026-01-20",
		body: "Punkt 3 der Geschäftsordnung wurde verlesen. Der 28-Punkte-Plan begrenzte die ukrainische Armee auf 600.000 Mann (Punkt 6).\n",
		want: []Provision{{Plan: vUS, Number: 6, Text: "600.000"}},
		none: []string{"geschäftsordnung"}},
	{name: "it regolamento", title: "Il piano in 28 punti in aula", published: "2026-01-20",
		body: "Il punto 3 del regolamento vale per tutte le sessioni. Il piano in 28 punti limitava l'esercito ucraino a 600 mila uomini (punto 6).\n",
		want: []Provision{{Plan: vUS, Number: 6, Text: "600 mila"}},
		none: []string{"regolamento"}},
	{name: "pl przebieg lekcji", title: "Scenariusz lekcji: plan 28 punktów", published: "2026-01-20",
		body: "Punkt 4 przebiegu lekcji można skrócić. Plan 28 punktów ograniczał armię ukraińską do 600 tys. żołnierzy (punkt 6).\n",
		want: []Provision{{Plan: vUS, Number: 6, Text: "600 tys"}},
		none: []string{"przebiegu lekcji"}},
	{name: "ru reglament", title: "План из 28 пунктов на заседании", published: "2026-01-20",
		body: "Пункт 3 регламента был зачитан председателем. План из 28 пунктов ограничивал армию Украины 600 тысячами (пункт 6).\n",
		want: []Provision{{Plan: vUS, Number: 6, Text: "600 тысячами"}},
		none: []string{"регламента"}},
	{name: "uk reglament", title: "План із 28 пунктів на засіданні", published: "2026-01-20",
		body: "Пункт 3 регламенту зачитав голова. План із 28 пунктів обмежував армію України 600 тисячами (пункт 6).\n",
		want: []Provision{{Plan: vUS, Number: 6, Text: "600 тисячами"}},
		none: []string{"регламенту"}},
	// Guard: a whole point number closing a sentence keeps its number.
	{name: "en whole point then sentence", title: "The 28-point plan", published: "2025-11-22",
		body: "The plan caps the army at 600,000, as set out in point 6. 2,000 troops would remain.\n",
		want: []Provision{{Plan: vUS, Number: 6, Text: "600,000"}}},
	// A messenger's emoji bullets, each a line, labelled with the point's
	// short form ("п. 14 —", "pkt 4 –", "pt 4 –"); the post's next line is
	// not the last bullet's.
	{name: "ru emoji bullets", title: "Бот новостей: что в плане", published: "2026-01-24",
		body: "В документе 20 пунктов. Главное:\n🔹 п. 14 — войска остаются на линии, где они стоят в день подписания\n🔹 п. 4 — армия мирного времени 800 тыс.\n🔹 без номера — свободная экономическая зона\nДля сравнения: в ноябрьском американском проекте армию ограничивали 600 тысячами (п. 6).\n",
		want: []Provision{{Plan: v20, Number: 14, Text: "день подписания"}, {Plan: v20, Number: 4, Text: "800 тыс"}, {Plan: vUS, Number: 6, Text: "600 тысячами"}}},
	{name: "uk emoji bullets", title: "Бот новин: що в плані", published: "2026-01-24",
		body: "У документі 20 пунктів. Головне:\n▪️ п. 14 — війська залишаються там, де стоять на день підписання\n▪️ п. 4 — армія мирного часу 800 тис.\nДля порівняння: в листопадовому американському проєкті армію обмежували 600 тисячами (п. 6).\n",
		want: []Provision{{Plan: v20, Number: 14, Text: "день підписання"}, {Plan: v20, Number: 4, Text: "800 тис"}, {Plan: vUS, Number: 6, Text: "600 тисячами"}}},
	{name: "pl emoji bullets", title: "Bot wiadomości: co jest w planie 20 punktów", published: "2026-01-24",
		body: "Dokument ma 20 punktów. Najważniejsze:\n🔸 pkt 14 – wojska zostają tam, gdzie stoją w dniu podpisania\n🔸 pkt 4 – armia w czasie pokoju 800 tys. żołnierzy\n",
		want: []Provision{{Plan: v20, Number: 14, Text: "dniu podpisania"}, {Plan: v20, Number: 4, Text: "800 tys"}}},
	{name: "en emoji bullets", title: "News bot: what is in the 20-point plan", published: "2026-01-24",
		body: "The document has 20 points. The main ones:\n🔹 pt 14 – troops stay where they stand on the day of signing\n🔹 pt 4 – a peacetime army of 800,000\n",
		want: []Provision{{Plan: v20, Number: 14, Text: "day of signing"}, {Plan: v20, Number: 4, Text: "800,000"}}},
}

// TestStop51Battery runs the stop 51 (xprov) probe battery.
func TestStop51Battery(t *testing.T) {
	for _, c := range stop51Battery {
		t.Run(c.name, func(t *testing.T) { checkProvisionCase(t, c) })
	}
}

// TestCapsTitle: a numbered item's first line in capitals is a section
// title; a sentence opening on an acronym is not.
func TestCapsTitle(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"КОНТЕКСТ (не цитувати)", true},
		{"KEY MESSAGES", true},
		{"FAKTEN, AUF DIE MAN SICH BERUFEN KANN", true},
		{"À ÉVITER", true},
		{"WHAT THE EUROPEAN TEXT LEAVES ALONE", true},
		{"NATO agrees not to station troops in Ukraine.", false},
		{"НАТО соглашается не размещать войска", false},
		{"EU", false},
		{"Ukraine's sovereignty is confirmed.", false},
		{"US (draft)", false},
	} {
		if got := capsTitle(c.line); got != c.want {
			t.Errorf("capsTitle(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

// TestMessengerBullets: the emoji bullets list; labelling emoji and
// typed bullets of wrapped text do not change.
func TestMessengerBullets(t *testing.T) {
	for _, c := range []struct {
		body  string
		items int
	}{
		{"Intro:\n🔹 one\n🔹 two\nAfter.\n", 2},
		{"Intro:\n▪️ one\n▪️ two\n", 2},
		{"📌 Pinned comment by Someone\n\n▶ VIDEO (1:42): Macron\n\n✅ Yes\n", 0},
		{"Intro:\n\n- a wrapped bullet\n  that goes on\n", 1},
	} {
		n, joined := 0, false
		for _, p := range splitParagraphs(c.body) {
			if p.kind == paraItem {
				n++
				joined = joined || p.text == "a wrapped bullet that goes on"
			}
		}
		if n != c.items {
			t.Errorf("%q: %d items, want %d", c.body, n, c.items)
		}
		if c.items == 1 && !joined {
			t.Errorf("%q: the wrapped bullet's line was not joined", c.body)
		}
	}
}
