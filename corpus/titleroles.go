// Titles from the headline: an interview or portrait names its guest with
// a title once, in the headline ("Gość Poranka: gen. Wiesław Koniarek o
// planie …", "Interview: former envoy Tom Hale on …"), and the turns
// below carry only the name. The headline is read for titled names as
// every sentence of the body is, so that the guest's words carry it.

package corpus

// headlineTitles reads the titled names of the document's title, for
// fillRoles: only when a person quoted has no title yet, since the
// headline is otherwise no sentence of the story.
func (x *extractor) headlineTitles() {
	if x.src.Title == "" {
		return
	}
	for _, st := range x.out {
		if st.Role == "" && st.Speaker != unnamedSpeaker {
			// a name opens most headlines: mentions reads a name after
			// a word, so the title is read after a separator
			x.mentions(". " + x.src.Title)
			return
		}
	}
}
