// A press office's expert alert numbers its experts, each a block whose
// first line is the name and title ("**1. Professor Ilse Varga** –
// Professor of International Security") over labelled lines, one of them
// a ready-to-use quotation ("*Quote:* \"…\"", "*Also:* \"…\""), the others
// the expert's topics, languages and availability. Without blank lines
// the block is one numbered item, and its quotation names no one: it is
// the head's person's, with the title as their role. This is the profile
// box's shape (profilebox.go) with the name inline, so the said-labels
// are profilebox.json's; a label of its alsoLabels goes on with the
// said-line before it. Only a quotation after such a label is read, so a
// list of announced speakers ("1. Dr X – historian") gives nothing.

package corpus

import "strings"

// maxExpertHead bounds, in bytes, the name before the head's dash.
const maxExpertHead = 60

// expertItem reads p as an expert block and reports whether it gave a
// statement.
func (x *extractor) expertItem(p paragraph) bool {
	if p.kind != paraItem || p.number == 0 || !strings.Contains(p.text, ":*") {
		return false // the cheap test: a label set in italics or bold ("*Quote:*")
	}
	dash := strings.Index(p.text, " – ")
	if d := strings.Index(p.text, " — "); d > 0 && (dash < 0 || d < dash) {
		dash = d
	}
	if dash <= 0 || dash > maxExpertHead {
		return false
	}
	sp := x.expertName(p.text[:dash])
	if sp == nil {
		return false
	}
	body := p.text[dash+len(" – "):]
	labelAt := strings.Index(body, " *")
	if labelAt < 0 {
		return false
	}
	role := cleanRole(strings.TrimSpace(strings.Trim(body[:labelAt], "*_ ")))
	before := len(x.out)
	said := false
	for rest := body[labelAt+1:]; rest != ""; {
		next := strings.Index(rest[1:], " *")
		seg := rest
		if next >= 0 {
			seg, rest = rest[:next+1], rest[next+2:]
		} else {
			rest = ""
		}
		kind, text := cutProfileLabel(seg)
		if kind == profileNone {
			label, _, _ := strings.Cut(strings.Trim(seg, "*_ "), ":")
			if !said || !profileData().also[lowerString(strings.Trim(label, "*_ "))] {
				said = false
				continue
			}
			kind, text = profileSaid, strings.TrimSpace(strings.TrimLeft(seg[strings.IndexByte(seg, ':')+1:], "*_ "))
		}
		said = kind == profileSaid
		if !said {
			continue
		}
		if q, ok := wholeQuote(strings.TrimSpace(text)); ok {
			if sp.role == "" && role != "" {
				sp.role = role
			}
			x.emit(sp, q, true, p.index)
		}
	}
	return len(x.out) > before
}

// expertName is the person an expert block's head names, an honorific
// or an academic title before the name aside ("Professor Ilse Varga",
// "Dr Taras Melnyk").
func (x *extractor) expertName(head string) *speaker {
	head = strings.Trim(strings.TrimSpace(head), "*_ ")
	if first, rest, ok := strings.Cut(head, " "); ok {
		l := strings.TrimSuffix(lowerString(first), ".")
		if x.lx.honorifics[l] || x.lx.honorifics[l+"."] || x.lx.isRole(l) {
			return x.profileName(rest) // the person's name without it, as in running text
		}
	}
	return x.profileName(head)
}
