// One backward pass for the last spaced dash of a text (embedded.go).

package corpus

// lastSpacedDash is max(strings.LastIndex(s, " —"), strings.LastIndex(s,
// " –")) in one backward pass over s: signedPost asks it of the tail of
// every paragraph, and the two searches each hashed the whole tail.
func lastSpacedDash(s string) int {
	for i := len(s) - 4; i >= 0; i-- {
		// " —" is ' ' E2 80 94, " –" is ' ' E2 80 93
		if s[i+1] == 0xE2 && s[i] == ' ' && s[i+2] == 0x80 && (s[i+3] == 0x94 || s[i+3] == 0x93) {
			return i
		}
	}
	return -1
}
