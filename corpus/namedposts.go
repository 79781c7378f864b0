package corpus

import (
	"regexp"
	"strings"
	"unicode"
)

// A chat log or messaging thread the outlet publishes prints each post
// under its sender; when the sender is a person by name ("Dr Ilona
// Varga-Whitfield (Panellist)", "Директорка ліцею Алла Кушнір-Вебер") the
// post is that person's statement (the lead's stop-69 ruling). A handle,
// a short name ("Marek T.", "Ben O."), a one-word name, the group's own
// account ("Адміністратор спільноти", "Meridian Events") and the host
// relaying the panel stay silent, and so do questions. postLabel writes
// such a post's line as "Sender: text", the label the colon readers give
// to its speaker; writeChat calls it for each line of a record.

// chatHandleMark is a sender written as a handle: a digit, an underscore,
// an @ or a dot inside a word.
var chatHandleMark = regexp.MustCompile(`[0-9_@]|\p{L}\.\p{L}`)

// namedPoster reports whether sender is a person by name whose posts are
// their statements: two capitalised words or more after any bracketed
// role, the last not an initial, no handle's marks, no word of the
// group's own accounts or of a host (threads.json chatOwnAccounts).
func (w *threadWords) namedPoster(sender string) bool {
	name := strings.TrimSpace(sender)
	for strings.HasSuffix(name, ")") {
		o := strings.LastIndex(name, "(")
		if o < 0 {
			return false
		}
		if w.chatOwn[lowerString(strings.TrimSpace(name[o+1:len(name)-1]))] {
			return false // "(Host)", "(Moderator)": relays the panel
		}
		name = strings.TrimSpace(name[:o])
	}
	if chatHandleMark.MatchString(name) {
		return false
	}
	fields := strings.Fields(name)
	caps := 0
	for _, f := range fields {
		if w.chatOwn[lowerString(strings.Trim(f, ".,:"))] {
			return false
		}
		r := []rune(f)
		if unicode.IsUpper(r[0]) {
			caps++
		}
	}
	if caps < 2 {
		return false
	}
	last := []rune(strings.TrimRight(fields[len(fields)-1], "."))
	if len(last) <= 1 || !unicode.IsUpper(last[0]) {
		return false // "Marek T.", "Тарас К."
	}
	return true
}

// chatLink is a web address in a post: "Adding a link to our paper:
// meridian-iss.example/papers/…" shares, it does not state.
var chatLink = regexp.MustCompile(`https?://|www\.|\p{L}\.\p{L}{2,}/`)

// postLabel returns a named poster's line t as "Sender: t", or t as it
// is: for another sender, a line that opens with a question ("Is there
// anything on elections? My students keep asking."), or one that shares
// a link.
func (w *threadWords) postLabel(sender, t string) string {
	if !w.namedPoster(sender) || chatLink.MatchString(t) {
		return t
	}
	if q := strings.IndexByte(t, '?'); q >= 0 {
		if s := strings.IndexAny(t, ".!"); s < 0 || q < s {
			return t
		}
	}
	return sender + ": " + t
}
