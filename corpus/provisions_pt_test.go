package corpus

import "testing"

// TestProvisionsPortuguesePoints checks points cited by number in
// Portuguese prose, as subject of the verb that sets them out and after a
// preposition.
func TestProvisionsPortuguesePoints(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "subject and verb", doc: "# Análise\n\nO plano de 28 pontos chegou a Kiev na quinta-feira.\n\nO ponto 9 prevê caças europeus estacionados na Polônia. O ponto 26 garante anistia total a todas as partes.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 9, Text: "caças europeus"}, {Plan: "US 28-point draft", Number: 26, Text: "anistia total"}}},
		{name: "after a preposition", doc: "# O texto\n\nO plano americano tem 28 pontos.\n\nSegundo o ponto 21, a Crimeia seria reconhecida como russa de facto.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21, Text: "Crimeia seria reconhecida"}}},
	})
}
