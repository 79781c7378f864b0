package corpus

import "testing"

// TestStressPronounAside: a French stress pronoun set off by commas after a
// named subject or its auxiliary leaves the subject its verb (stop 67,
// zfreshs; sets ZN, ZW, ZZ, ZZE, ZZH).
func TestStressPronounAside(t *testing.T) {
	checkStatements(t, []statementCase{
		{"fr lui after the name", langDoc("fr", "La Russie a menacé les troupes. Friedrich Merz, lui, a expliqué que l'Allemagne attendrait un mandat."), "Merz", "l'Allemagne attendrait un mandat"},
		{"fr lui, répété", langDoc("fr", "La Russie a menacé les troupes. Dmitri Peskov, lui, a répété que le Kremlin ne commenterait pas les détails."), "Peskov", "le Kremlin ne commenterait pas"},
		{"fr lui after the auxiliary", langDoc("fr", "La Russie a menacé les troupes. Le premier ministre polonais Donald Tusk a, lui, déclaré que la Pologne ne enverrait pas de soldats."), "Tusk", "la Pologne ne enverrait pas de soldats"},
	})
	checkNoStatements(t, []statementCase{
		{"fr elle as an object", langDoc("fr", "La Russie a menacé les troupes. Pour Paris, elle, la question reste ouverte depuis des mois."), "", "la question reste ouverte"},
	})
}
