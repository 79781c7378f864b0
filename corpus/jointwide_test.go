package corpus

import "testing"

// TestJointStatementNamedWide: a joint statement whose name holds its
// parties ("A joint US-Ukrainian statement said"), after a live blog's
// time too, and "It said" after it (jointwide.go). Fails without
// jointNamedWide.
func TestJointStatementNamedWide(t *testing.T) {
	doc := func(lang, body string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n" + body
	}
	checkStatements(t, []statementCase{
		{"en parties inside the name", doc("en", "A joint Polish-Lithuanian statement said the corridor would stay open. It said both navies would patrol it."), "Joint Polish-Lithuanian statement", "both navies would patrol it"},
		{"en after a live blog time", doc("en", "- (09:15) A joint Polish-Lithuanian statement said the corridor would stay open."), "Joint Polish-Lithuanian statement", "the corridor would stay open"},
		{"fr adjective inside the name", doc("fr", "Une déclaration franco-allemande commune a indiqué que les frontières resteraient inchangées."), "franco-allemande", "les frontières resteraient inchangées"},
		{"de adjective inside the name", doc("de", "Die gemeinsame deutsch-polnische Erklärung betonte, dass die Grenzen unverletzlich seien."), "deutsch-polnische", "die Grenzen unverletzlich seien"},
	})
}
