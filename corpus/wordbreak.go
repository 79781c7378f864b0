package corpus

// lastWordBreak is strings.LastIndexAny(s, " (“\"") read byte by byte:
// LastIndexAny decodes every rune backwards when a mark is beyond ASCII,
// and sentences asks it at every full stop. The index is where the mark
// starts, the first byte of "“" as LastIndexAny gives it; -1 for none.
func lastWordBreak(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ' ', '(', '"':
			return i
		case 0x9C: // the last byte of "“" (E2 80 9C)
			if i >= 2 && s[i-1] == 0x80 && s[i-2] == 0xE2 {
				return i - 2
			}
		}
	}
	return -1
}
