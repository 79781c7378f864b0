package corpus

import "strings"

// correctionOpeners open an editor's correction or amendment note, in the
// languages of the corpus, once emphasis and brackets are trimmed:
// "(Corrects paragraph 7 …)", "Correction, November 25: …", "This article
// was amended on …", "Rettifica: …", "Поправка: …".
var correctionOpeners = []string{
	"corrects ", "correction", "corrected ", "this article was amended", "this story was amended", "this article has been amended", "this article was updated to correct", "editor's note", "editor’s note", "clarification",
	"rectificatif", "correctif", "erratum", "cet article a été modifié", "cet article a été corrigé",
	"korrektur", "berichtigung", "in einer früheren version",
	"rettifica", "correzione", "errata corrige", "in una versione precedente",
	"corrección", "fe de erratas", "correção", "errata",
	"sprostowanie", "korekta",
	"поправка", "исправление", "в предыдущей версии", "виправлення", "у попередній версії",
}

// correctionMarkers say inside a note that it corrects the text: "an
// earlier version of this article wrongly numbered …".
var correctionMarkers = []string{"an earlier version of this", "a previous version of this", "an earlier version wrongly", "earlier version of this article"}

// correctionNote reports whether a paragraph is an editor's correction or
// amendment note: it names points ("the amnesty clause is point 26, not
// point 25") only to say what the text got wrong, and sets out no term.
func correctionNote(text string) bool {
	t := strings.TrimLeft(text, "*_([ ")
	if len(t) < 8 {
		return false
	}
	head := strings.ToLower(t[:min(len(t), 48)])
	for _, o := range correctionOpeners {
		if strings.HasPrefix(head, o) {
			return true
		}
	}
	if !strings.Contains(text, "version") {
		return false
	}
	low := strings.ToLower(text)
	for _, m := range correctionMarkers {
		if strings.Contains(low, m) {
			return true
		}
	}
	return false
}
