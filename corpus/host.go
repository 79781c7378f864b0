// Hosts: a podcast or broadcast transcript opens with its host welcoming
// the audience ("[00:00:04] **MAYA OKAFOR:** Welcome back to The Dispatch
// Desk. I'm Maya Okafor."). The host's lines ask and link; they are the
// publication's, as an interviewer's questions are, not statements.

package corpus

import "strings"

// hostWelcomes are the words a host opens a show with, by language.
var hostWelcomes = []string{"welcome", "willkommen", "bienvenue", "benvenuti", "bienvenidos", "witamy", "добро пожаловать", "вітаємо", "welkom", "bem-vindos"}

// markHost marks the paragraphs of a transcript's host as questions of the
// publication: the label of the first labelled paragraph, when that
// paragraph welcomes the audience or the speaker names themself.
func (x *extractor) markHost(ps []paragraph) {
	host := ""
	for _, p := range ps {
		if p.kind != paraText {
			continue
		}
		label, text, ok := speakerLabel(p.text)
		if !ok {
			continue
		}
		low := strings.ToLower(text)
		if len(low) > 300 {
			low = low[:300]
		}
		welcomes := strings.Contains(low, "i'm "+strings.ToLower(label)) || strings.Contains(low, "i am "+strings.ToLower(label))
		for _, w := range hostWelcomes {
			welcomes = welcomes || strings.Contains(low, w)
		}
		if welcomes {
			host = label
		}
		break
	}
	if host == "" {
		return
	}
	for _, p := range ps {
		if label, _, ok := speakerLabel(p.text); ok && p.kind == paraText && labelName(label) == labelName(host) {
			if x.asks == nil {
				x.asks = map[int]bool{}
			}
			x.asks[p.index] = true
		}
	}
}

// speakerLabel splits a transcript paragraph into its speaker label, in
// lower case without bold marks, and its text.
func speakerLabel(p string) (label, text string, ok bool) {
	p = stripClock(p)
	if !looksLabelled(p) {
		return "", "", false
	}
	i := strings.Index(p, ": ")
	label = strings.ToLower(strings.Trim(p[:i], "* "))
	return label, strings.TrimLeft(p[i+1:], "* "), label != ""
}

// labelName is a speaker label without the title a transcript prints
// after the name on the first turn only ("helen marsh, host" and then
// "helen marsh"): both are the same person's turns.
func labelName(label string) string {
	name, _, _ := strings.Cut(label, ", ")
	return name
}
