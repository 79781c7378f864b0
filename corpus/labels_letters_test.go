package corpus

import "testing"

// TestLabelLengthInLetters: a speaker label's length limit counts letters,
// not bytes. Cyrillic and Greek letters take two bytes each, so a
// 33-letter label "Виктор Тихомиров, бывший дипломат" (62 bytes) was
// refused while "…, бывший министр" (60 bytes) was read, and a round
// table's guest lost every answer (set ZO). A label longer than 60
// letters is still a sentence with a colon, not a speaker.
func TestLabelLengthInLetters(t *testing.T) {
	checkLabelProbes(t, []labelProbe{
		{name: "ru round table, long role",
			doc: "---\nlang: ru\n---\n# Круглый стол\n\nМы спросили двух гостей о мирном плане.\n\n" +
				"**Виктор Тихомиров, бывший дипломат:** Пункт о НАТО написан так, что его можно читать двумя способами.\n\n" +
				"**Олег Петров, опытный переговорщик:** Без территорий договора не будет.\n",
			want: [][2]string{{"Виктор Тихомиров", "читать двумя способами"}, {"Олег Петров", "Без территорий договора не будет"}}},
		{name: "uk guest label",
			doc: "---\nlang: uk\n---\n# Розмова\n\nГості студії про мирний план.\n\n" +
				"**Марія Коваленко, колишня дипломатка:** Гарантії безпеки мають бути юридично обов'язковими.\n",
			want: [][2]string{{"Марія Коваленко", "юридично обов'язковими"}}},
		{name: "el guest label",
			doc: "---\nlang: el\n---\n# Συζήτηση\n\nΔύο καλεσμένοι για το σχέδιο.\n\n" +
				"**Νίκος Παπαδάκης, πρώην διπλωμάτης:** Οι εγγυήσεις ασφαλείας είναι το κλειδί.\n",
			want: [][2]string{{"Νίκος Παπαδάκης", "εγγυήσεις ασφαλείας"}}},
		{name: "ru long sentence with a colon is no label",
			doc: "---\nlang: ru\n---\n# Обзор\n\nВ документе, который обсуждали в Женеве представители обеих делегаций в течение двух дней: пункт о выборах.\n",
			not: []string{"Женев", "документ", "делегаций"}},
	})
}
