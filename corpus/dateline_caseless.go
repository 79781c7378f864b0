// Datelines in the scripts without letter case: an Arabic or Hebrew wire
// opens "موسكو - القاهرة (وكالة النيل للأنباء) -", the places it was filed
// from and the agency in brackets before a dash, as a Latin wire opens
// "MOSCOW (Reuters) -"; the place is told by its script, not by capitals.

package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// datelineCaseless is one to four words of a caseless script (places, which
// a dash or a slash may join), the agency in brackets and a dash.
var datelineCaseless = regexp.MustCompile(`^[\p{Arabic}\p{Hebrew}]+(?:\s*[-–/]\s*[\p{Arabic}\p{Hebrew}]+|\s[\p{Arabic}\p{Hebrew}]+){0,3}\s*\(([^()]{2,40})\)\s*[-—–]+\s*`)

// readCaselessDateline reads such a dateline at the start of p.
func readCaselessDateline(p string) (dateline, bool) {
	if p == "" || p[0] < utf8.RuneSelf {
		return dateline{}, false // the expression opens with an Arabic or Hebrew letter, never ASCII (regexpgates.go)
	}
	m := datelineCaseless.FindStringSubmatchIndex(p)
	if m == nil {
		return dateline{}, false
	}
	d := dateline{end: m[1]}
	agency := strings.TrimSpace(p[m[2]:m[3]])
	if d.outlet = outletNamed(agency); d.outlet == "" {
		d.outlet = agency
	}
	return d, true
}
