package corpus

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Chat logs an outlet publishes set each record's sender in bold: a
// webinar's Zoom chat "[14:06] **Dr Ilona Varga-Whitfield (Panellist) (to
// Everyone):** …" and a Viber community's archive "**[26.01.2026, 08:40]
// Директорка ліцею Алла Кушнір-Вебер:**" over the post. readChat's shapes
// want the plain "[stamp] Sender: text", so these logs were read as prose
// and their records ran together, a questioner's name taking the host's
// next line. unboldChatHeads writes such heads plain before readChat looks
// at the body; the Zoom audience ("(to Everyone)", "(Privately)") goes.

// boldChatHeads are the two bold head shapes: the whole head in bold, and
// the sender alone in bold after the stamp.
var boldChatHeads = []*regexp.Regexp{
	regexp.MustCompile(`^\*\*(\[[^\]\n]{4,25}\]\s+)([^*\n]{2,80}?):\*\*[ \t]*(.*)$`),
	regexp.MustCompile(`^(\[[^\]\n]{4,25}\]\s+)\*\*([^*\n]{2,80}?):\*\*[ \t]*(.*)$`),
}

// cutChatAudience returns sender without a video call's closing note of
// whom the line went to ("Dr Ilona Varga (Panellist) (to Everyone)",
// "Jonas Weber (an Alle)"), the notes in every language threads.json's
// chatAudience lists, so that the sender is the person alone. A bracket
// that holds anything else (a role, "(Panellist)") stays.
func cutChatAudience(sender string) string {
	if !strings.HasSuffix(sender, ")") {
		return sender
	}
	open := strings.LastIndexByte(sender, '(')
	if open < 0 {
		return sender
	}
	note := strings.ToLower(sender[open+1 : len(sender)-1])
	if strings.ContainsAny(note, "()") || utf8.RuneCountInString(note) > 40 {
		return sender
	}
	w := threadData()
	hit := w.chatAudience[note]
	for _, to := range w.chatAudienceTo {
		hit = hit || strings.HasPrefix(note, to) && len(note) > len(to)
	}
	if !hit {
		return sender
	}
	return strings.TrimSpace(sender[:open])
}

// unboldChatHeads returns body with bold record heads written plain and
// how many heads it rewrote.
func unboldChatHeads(body string) (string, int) {
	if !strings.Contains(body, ":**") {
		return body, 0
	}
	lines := strings.Split(body, "\n")
	n := 0
	for i, l := range lines {
		t := strings.TrimSpace(l)
		for _, re := range boldChatHeads {
			m := re.FindStringSubmatch(t)
			if m == nil {
				continue
			}
			sender := cutChatAudience(strings.TrimSpace(m[2]))
			lines[i] = strings.TrimRight(m[1]+sender+": "+m[3], " ")
			n++
			break
		}
	}
	if n < 3 {
		return body, 0
	}
	return strings.Join(lines, "\n"), n
}
