package corpus

import "strings"

// A lead-in names the version of the list under it, and often names the
// other version too: "The American 28-point document and the European
// counter-proposal follow the same numbering." planFor answers by its
// rules' order, the counter-proposal first, which is right for "Europe's
// counter-proposal to the US plan" but gives the European version to a
// walk-through of the American points that notes the European rewrites
// inside them. Within the one sentence that names the versions, the writer
// names first the one the list sets out (contextVersion), as above a
// heading. A lead-in of several sentences naming versions ("… a
// counter-proposal to the US plan. The document takes Washington's text as
// its base. Below are its main points.") keeps the rules' answer unless
// its last sentence, ending on a colon, announces the list itself ("The
// European counter-proposal reads:").

// leadVersion is the version a lead-in gives the list after it; name is
// planFor's answer for the whole lead-in.
func leadVersion(lead, name string) string {
	if name == "" {
		return ""
	}
	var naming []string
	for _, s := range sentences(lead) {
		if firstNamedVersion(s) != "" {
			naming = append(naming, s)
		}
	}
	switch {
	case len(naming) == 1:
		return contextVersion(beforeResponse(naming[0]), name)
	case len(naming) > 1 && strings.HasSuffix(strings.TrimSpace(lead), ":"):
		if last := naming[len(naming)-1]; strings.HasSuffix(strings.TrimSpace(last), ":") {
			return contextVersion(beforeResponse(last), name)
		}
	}
	return name
}

// titleVersion is the version an explainer's title names when the
// paragraph above its list (above) names it too, among others: "What to
// know about the 20-point peace framework" over "… walked reporters
// through a 20-point framework …. It grew out of the 28-point draft …"
// then "What's in it" and its bullets. The title says which version the
// explainer sets out; the other is where it came from. name is the
// paragraph's own answer (listVersion: its last sentence naming one),
// returned when the title names no version a sentence of the paragraph
// names first.
func titleVersion(title, above, name string, planFor func(string) (string, bool)) string {
	t, _ := planFor(title)
	if t == "" || t == name {
		return name
	}
	for _, s := range sentences(above) {
		if firstNamedVersion(s) == t {
			return t
		}
	}
	return name
}
