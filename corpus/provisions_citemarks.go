package corpus

import "strings"

// Encyclopaedia entries and some explainers put reference marks after a
// sentence or a clause ("… e a Europa (ponto 2).[2] Outros pontos …",
// "… its sovereignty.[1][3] The draft …", "…{{citation needed}}"). Left in
// place they glue two sentences together (the sentence splitter wants a
// space after the full stop) and stick to a point's text. Provisions read
// paragraphs with those marks taken out; statements and passages keep the
// text as printed.

// withoutCiteMarks returns ps with reference marks removed from every
// paragraph that holds one; ps itself when none does (the common case,
// with no copy).
func withoutCiteMarks(ps []paragraph) []paragraph {
	var out []paragraph
	for i, p := range ps {
		t := dropCiteMarks(p.text)
		if t == p.text {
			continue
		}
		if out == nil {
			out = make([]paragraph, len(ps))
			copy(out, ps)
		}
		out[i].text = t
	}
	if out == nil {
		return ps
	}
	return out
}

// dropCiteMarks removes "[N]" marks (one to three digits, or a short
// lower-case note such as "[citation needed]" or "[nota 3]") that follow a
// word or a punctuation mark with no space, and wiki templates "{{…}}".
// A bracket after a space ("points [15] to [20]") or holding anything else
// ("[...]", "[Ukraine]") is the writer's and stays.
func dropCiteMarks(s string) string {
	if !strings.Contains(s, "[") && !strings.Contains(s, "{{") {
		return s
	}
	var b strings.Builder
	changed := false
	for i := 0; i < len(s); {
		if s[i] == '{' && strings.HasPrefix(s[i:], "{{") {
			if end := strings.Index(s[i:], "}}"); end > 0 && end < 80 {
				i += end + 2
				changed = true
				continue
			}
		}
		if s[i] == '[' && i > 0 && s[i-1] != ' ' && s[i-1] != '\n' {
			if end := strings.IndexByte(s[i:], ']'); end > 1 && citeMark(s[i+1:i+end]) {
				i += end + 1
				changed = true
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	if !changed {
		return s
	}
	return b.String()
}

// citeMark reports whether the inside of a bracket reads as a reference
// mark: a number of up to three digits, or a short note of lower-case
// words with an optional number ("citation needed", "nota 3", "n 4").
func citeMark(in string) bool {
	if len(in) == 0 || len(in) > 24 {
		return false
	}
	digits := 0
	for i := 0; i < len(in); i++ {
		c := in[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == ' ':
		case c >= 'a' && c <= 'z':
		default:
			return false
		}
	}
	if digits == len(in) {
		return digits <= 3
	}
	// a note in words: lower-case letters, at least one space or digit
	// ("citation needed", "nota 3"), never one bare word ("sic", "…")
	return strings.Contains(in, " ") && in[0] >= 'a' && in[0] <= 'z'
}
