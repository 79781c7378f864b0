// Caption notes: a broadcaster's WebVTT file carries no front matter, but
// its NOTE block often names the channel, the programme and the air date
// ("NOTE\nHarbourline TV – Evening News, 23 November 2025", "東邦テレビ
// 「ニュース7」 2025年11月28日放送分"). The date is the document's
// published date when the file's name gives none, and the name before the
// programme is its outlet.

package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// eastFullDate is a full date as Japanese, Chinese and Korean write it: year,
// month and day each closed by its character ("2025年11月28日",
// "2025년 11월 28일").
var eastFullDate = regexp.MustCompile(`((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]`)

// maxNoteOutletWords bounds the outlet read from a note's first line.
const maxNoteOutletWords = 4

// noteMeta reads the published date (ISO) and the outlet from a caption
// file's NOTE lines; each is "" when the notes do not give it.
func noteMeta(notes []string) (published, outlet string) {
	if len(notes) == 0 {
		return "", ""
	}
	all := strings.Join(notes, "\n")
	published = findDate(all)
	if published == "" {
		if m := eastFullDate.FindStringSubmatch(all); m != nil {
			y, _ := strconv.Atoi(m[1])
			mo, _ := strconv.Atoi(m[2])
			d, _ := strconv.Atoi(m[3])
			if t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC); t.Month() == time.Month(mo) && t.Day() == d {
				published = t.Format("2006-01-02")
			}
		}
	}
	return published, noteOutlet(notes[0])
}

// noteOutlet is the name a note's first line opens with, up to the
// programme's title, a separator or a date: one to four capitalised words,
// or one word of a script without capitals ("東邦テレビ"). A sentence
// ("This file was made by …") names none.
func noteOutlet(line string) string {
	end := strings.IndexFunc(line, func(r rune) bool {
		return unicode.IsDigit(r) || strings.ContainsRune("「『《【(（[–—|,·:;«\"“", r)
	})
	if end >= 0 {
		line = line[:end]
	}
	line = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(line), "-"))
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > maxNoteOutletWords || utf8.RuneCountInString(line) > 40 {
		return ""
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !(len(words) == 1 && unicode.IsLetter(r) && !unicode.IsLower(r)) {
			return ""
		}
	}
	return line
}
