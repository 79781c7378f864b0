package corpus

import "strings"

// synonymOffice is the holder of a known office named by another word for
// its title and a nationality: "el mandatario ucraniano", "o mandatário
// francês", "il capo dello stato francese" stand for "presidente
// ucraniano", "presidente francês", "presidente francese", whose holders
// offices.json knows. bySynonym looks only for a person the document gave
// that title; a report that named the president without a title ("Zelenski
// afirmó …") and goes on with a synonym still means them. joined is the
// phrase in lower case, bare the synonym it holds and titles the titles
// the synonym stands for. The role kept is the phrase as written, not the
// title it was read as.
func (x *extractor) synonymOffice(joined, bare string, titles []string) *speaker {
	if bare == "" || !strings.Contains(joined, bare) {
		return nil
	}
	offices := officeTitles()
	for _, t := range titles {
		cand := strings.Replace(joined, bare, t, 1)
		if noun, elided := cutElidedArticle(cand); elided {
			cand = noun
		}
		if ws := strings.Fields(cand); len(ws) > 1 && roleArticles[ws[0]] {
			cand = strings.Join(ws[1:], " ")
		}
		name, ok := offices[cand]
		if !ok {
			name, ok = offices[x.src.Lang+"\x00"+cand]
		}
		if !ok || !x.documentNames(name) {
			continue
		}
		role := joined
		if ws := strings.Fields(role); len(ws) > 1 && roleArticles[ws[0]] {
			role = strings.Join(ws[1:], " ")
		}
		role = cleanRole(role)
		if sp, ok := x.people[name]; ok {
			if sp.role == "" {
				sp.role = role
			}
			return sp
		}
		return x.person(strings.Fields(name), role)
	}
	return nil
}

// titleNationality reports whether toks[k], after a speech verb, is the
// nationality of a title: after the title's words ("», aseguró el
// mandatario ucraniano en un mensaje", "afirmou o secretário de Estado
// norte-americano, Marco Rubio") or before its noun ("– mówił francuski
// minister"). Without it the inverted speaker ends at the adjective or
// skips the title, and the title alone names the wrong president. Only
// next to a title, so "dijo a los ucranianos" opens no speaker.
func (x *extractor) titleNationality(toks []tok, from, k int) bool {
	if !demonymAdjectives()[toks[k].low] {
		return false
	}
	if k > from && toks[k-1].trail == "" && x.subjectWord(toks[k-1], false) {
		return true
	}
	return toks[k].trail == "" && k+1 < len(toks) && x.lx.isRole(lowerWord(toks[k+1]))
}
