package corpus

import (
	"testing"
	"time"
)

// TestTitleCaseDatelines reads the datelines of continental agencies,
// whose place is in title case ("Berlin (dpa) -"), an agency line opening
// the lead ("Київ, 28 листопада 2025 — Укрінформ. …") and an Italian
// agency signing the first paragraph at its end ("… (ANSA)."); a title-case
// word with a bracket that names no agency is no dateline.
func TestTitleCaseDatelines(t *testing.T) {
	now := func() time.Time { return time.Date(2025, 12, 5, 12, 0, 0, 0, time.UTC) }
	tests := []struct {
		lead, outlet, published string
	}{
		{"Berlin (dpa) - Bundeskanzler Friedrich Merz sagte, Europa sei bereit.", "dpa", ""},
		{"Kiew (AFP) - Präsident Selenskyj sagte, die Gespräche seien schwierig.", "AFP", ""},
		{"Paris (Reuters) - Emmanuel Macron a déclaré que la coalition était prête.", "Reuters", ""},
		{"Roma, 24 nov. (Adnkronos) - Il ministro Antonio Tajani ha detto che l'Italia sostiene Kiev.", "Adnkronos", "2025-11-24"},
		{"Washington, 23 de novembro de 2025 (Lusa) - O secretário de Estado Marco Rubio disse que houve progressos.", "Lusa", "2025-11-23"},
		{"Київ, 28 листопада 2025 — Укрінформ. Президент Володимир Зеленський заявив, що документи майже готові.", "Ukrinform", "2025-11-28"},
		{"ROMA, 24 NOV - Il ministro Antonio Tajani ha detto che l'Italia sostiene Kiev. (ANSA).", "ANSA", "2025-11-24"},
		{"Trump (Republican) - not a dateline at all, says a commentator.", "", ""},
	}
	for _, tc := range tests {
		d, err := Parse([]byte(tc.lead+"\n\nThe talks go on.\n"), ParseOptions{Name: "wire.txt", Now: now})
		if err != nil {
			t.Fatal(err)
		}
		if d.Source.Outlet != tc.outlet || tc.published != "" && d.Source.Published != tc.published {
			t.Errorf("%q: outlet %q published %q, want %q %q", tc.lead, d.Source.Outlet, d.Source.Published, tc.outlet, tc.published)
		}
	}
}
