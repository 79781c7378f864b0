package corpus

import "testing"

// TestProvisionsAnyLanguage checks numbered points with no English lead-in:
// the version comes from context in the document's own language and the
// point numbers are kept, whatever their size.
func TestProvisionsAnyLanguage(t *testing.T) {
	tests := []struct {
		name, doc string
		plan      string
		numbers   []int
	}{
		{"italian", "Ecco il piano in 28 punti.\n\n15. Sarà istituito un comitato.\n\n16. La Russia si impegna.\n", "US 28-point draft", []int{15, 16}},
		{"german", "Der 28-Punkte-Plan im Wortlaut.\n\n23. Russland wird den Fluss freigeben.\n\n24. Ein Ausschuss wird eingerichtet.\n", "US 28-point draft", []int{23, 24}},
		{"russian", "Мирный план из 28 пунктов.\n\n5. Украина получит гарантии.\n\n6. Численность армии ограничена.\n", "US 28-point draft", []int{5, 6}},
		{"ukrainian", "План з 28 пунктів.\n\n1. Суверенітет буде підтверджено.\n\n2. Буде укладено угоду.\n", "US 28-point draft", []int{1, 2}},
		{"lead-in context", "The 28-point plan was handed to Kyiv.\n\nWe document the points below.\n\n1. Sovereignty is confirmed.\n\n2. Non-aggression.\n", "US 28-point draft", []int{1, 2}},
		{"large numbers", "The plan lists these provisions.\n\n1204. A commission is set up.\n\n1205. It reports yearly.\n", "unnamed plan", []int{1204, 1205}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse([]byte(tt.doc), ParseOptions{Now: fixedNow})
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Provisions) != len(tt.numbers) {
				t.Fatalf("got %d provisions %+v, want %d", len(d.Provisions), d.Provisions, len(tt.numbers))
			}
			for i, p := range d.Provisions {
				if p.Number != tt.numbers[i] || p.Plan != tt.plan {
					t.Errorf("provision %d = %s #%d, want %s #%d", i, p.Plan, p.Number, tt.plan, tt.numbers[i])
				}
			}
		})
	}
}
