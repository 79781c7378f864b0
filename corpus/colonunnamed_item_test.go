package corpus

import "testing"

// TestColonUnnamedItem: in a list item, a quotation after the colon that
// closes an unnamed source opening the item is that source's (stop 64,
// zcolon: "- Fuente diplomática consultada por Nerea: «…»", "10. Uma fonte
// diplomática … resumiu o problema: «…»"); an item whose colon ends a
// label or a heading, or names a place or a person, gives no unnamed
// source's statement.
func TestColonUnnamedItem(t *testing.T) {
	cases := []unnamedColonCase{
		{"es bullet", "- Fuente diplomática consultada por Nerea: «Los rusos vinieron con militares, no con diplomáticos, y eso dice mucho». Sin nombre.",
			"Los rusos vinieron con militares", true},
		{"uk bullet", "- Джерело в українській делегації (не називати!): «Територія і ЗАЕС — два пункти, на яких усе може зупинитися».",
			"Територія і ЗАЕС", true},
		{"pt numbered", "9. Nos termos do artigo 73.º da Constituição da Ucrânia, alterações do território só podem ser aprovadas por referendo nacional.\n\n10. Uma fonte diplomática europeia ouvida pelo relator resumiu o problema: «Pode congelar-se uma linha; não se pode legalizá-la por decreto.»",
			"Pode congelar-se uma linha", true},
		{"en bullet", `- A senior European official, speaking on condition of anonymity: "Nobody in this room believes the deadline will hold."`,
			"Nobody in this room believes", true},
		{"de label (negative)", "- Punkt 5 des Entwurfs: „Die Ukraine verzichtet auf den Beitritt zur NATO.“",
			"Die Ukraine verzichtet", false},
		{"fr heading (negative)", "- Le titre de la une : « Un plan de paix écrit sans les Européens »",
			"Un plan de paix", false},
		{"en place (negative)", `- Kyiv: "The talks will resume on Monday in Geneva, with both delegations at the table."`,
			"The talks will resume", false},
		{"ru name (negative)", "- Источник цитирует Зеленского: «Это один из самых трудных моментов в нашей истории».",
			"Это один из самых", false},
	}
	checkUnnamedColon(t, "# Notes\n\n", cases)
}
