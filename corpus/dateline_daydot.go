package corpus

import "regexp"

// datelineDayDot is the Central European agencies' dateline: the place in
// capitals, no comma, the day as an ordinal with a full stop and the month
// in words, then the agency in parentheses ("BRATISLAVA 26. novembra
// (TASR) -", "PRAHA 3. prosince (ČTK) -", "ZAGREB 5. prosinca (Hina) -").
var datelineDayDot = regexp.MustCompile(`^\p{Lu}[\p{Lu} .'’/-]*\p{Lu}\s+(\d{1,2}\.\s*\p{L}{3,12})\s*\(([^()]{2,40})\)\s*[-—–]+\s*`)

// readDayDotDateline reads a datelineDayDot.
func readDayDotDateline(p string) (dateline, bool) {
	m := datelineDayDot.FindStringSubmatchIndex(p)
	if m == nil {
		return dateline{}, false
	}
	d := dateline{end: m[1]}
	d.month, d.day = dayMonth(p[m[2]:m[3]])
	if d.month == 0 {
		return dateline{}, false // "NATO 28. Gipfel (…)": a number, not a date
	}
	d.outlet = outletNamed(p[m[4]:m[5]])
	if d.outlet == "" {
		d.outlet = p[m[4]:m[5]]
	}
	return d, true
}
