// Ordinal list markers: reprints in Portuguese, Spanish and Italian number
// their points with an ordinal indicator ("1.º A soberania …", "6.ª …",
// "3° Il piano …") where English writes "1.". Only a marker at the head of
// a line is read so; "artigo 5.º" inside a sentence is no point.

package corpus

import "strings"

// ordinalIndicators are the endings after a point's digits that make them
// an ordinal marker, longest first so ".º" is not read as ".".
var ordinalIndicators = []string{".º", ".ª", ".°", "º", "ª", "°"}

// ordinalMarkerText is the text after an ordinal indicator and a space
// ("º A soberania …" gives "A soberania …"); ok is false when after, the
// part of a line after its leading digits, opens with none.
func ordinalMarkerText(after string) (text string, ok bool) {
	for _, ind := range ordinalIndicators {
		if rest, found := strings.CutPrefix(after, ind); found {
			if !strings.HasPrefix(rest, " ") {
				return "", false
			}
			return strings.TrimSpace(rest), true
		}
	}
	return "", false
}
