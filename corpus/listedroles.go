// Roles written beside a name at a mention that is no statement: an
// attendance or panel list ("Present: Mr Gideon Falk (Chief Executive),
// Ms Usha Penrose (Chief Financial Officer)"), a representation or byline
// line ("for the Respondent, Mr Arlo Pennant, Senior Presenting Officer",
// "Por Adela Ferrándiz, profesora de Relaciones Internacionales"), and a
// title parted from the name by honorifics ("die Politikwissenschaftlerin
// Prof. Dr. Wiebke Harmsen"). The report quotes the person later by surname ("Mr
// Falk said", "escribe Ferrándiz") and gives no title there; learnRole
// keeps the role under the name and the surname's stem, and
// fillLearnedRoles gives it to those statements (docroles.go).

package corpus

import "strings"

// listedRoleLook reports whether s may hold a listed role: a bracket or a last comma followed by a short run (the
// description that ends a line). A cheap look before tokens are read.
func listedRoleLook(s string) bool {
	if strings.IndexByte(s, '(') >= 0 {
		return true
	}
	i := strings.LastIndex(s, ", ")
	return i > 0 && strings.Count(s[i+2:], " ") < 8
}

// listedRoles learns "Name (Role)" and "Name, Role" at the
// end of the sentence: the role must hold a title word of the lexicon in
// its first three words, no speech verb and no second name, and must not
// open with a former-holder word ("excorresponsal", "former ambassador":
// a title the person no longer holds is not their role at a statement).
// A name is two capitalised words, or one after an honorific ("Mr
// Falk").
func (x *extractor) listedRoles(toks []tok) {
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		if !isCapital(t.word) {
			continue
		}
		first := i
		if i > 0 && toks[i-1].trail == "" && isCapital(toks[i-1].word) && !x.lx.honorifics[lowerWord(toks[i-1])] {
			first = i - 1
		}
		honorific := i > 0 && first == i && toks[i-1].trail == "" && x.lx.honorifics[lowerWord(toks[i-1])]
		if first == i && !honorific || !x.nameLike(toks[first:i+1]) {
			continue
		}
		from, bracket := i+1, false
		switch {
		case t.trail == "" && strings.HasPrefix(toks[i+1].raw, "("):
			bracket = true
		case t.trail == ",":
		default:
			continue
		}
		end := from
		for ; end < len(toks) && end-from < 8; end++ {
			if toks[end].trail != "" {
				break
			}
		}
		if end == len(toks) && end-from < 8 {
			end-- // the run ends the sentence with no stop ("… Senior Presenting Officer")
		}
		if end >= len(toks) || from >= len(toks) {
			continue
		}
		if bracket {
			if !strings.HasPrefix(toks[end].trail, ")") {
				continue
			}
		} else if end != len(toks)-1 && !strings.HasPrefix(toks[end].trail, ";") {
			continue // "X, president of Y, said …" is a subject the statement reader takes
		}
		run := toks[from : end+1]
		if !x.listedRoleRun(run) {
			continue
		}
		words := tokWords(run)
		if bracket {
			words[0] = strings.TrimLeft(words[0], "(")
		}
		x.learnRole(tokWords(toks[first:i+1]), strings.Join(words, " "))
		i = end
	}
}

// listedRoleRun reports whether run reads as a role: no article first, a
// title word in its first three words, no former-holder word before it, no speech verb, and
// no name after the title ("Trump, President Zelensky": a second person).
func (x *extractor) listedRoleRun(run []tok) bool {
	title := -1
	former := titleQualifierData().former
	for k, w := range run {
		l := lowerWord(w)
		if x.lx.sayVerbs[l] || x.lx.auxiliaries[l] {
			return false
		}
		if k == 0 && (definiteArticles[l] || docRoles().articles[l]) {
			return false // "X, the chief executive," is appositionRoles'; "Anna Kerr, the army would be capped" is a clause
		}
		if title < 0 {
			if k >= 3 {
				return false
			}
			if former[l] || strings.HasPrefix(l, "ex") && len(l) > 6 && x.lx.roleWords[l[2:]] {
				return false
			}
			if x.lx.isRole(l) {
				title = k
			}
			continue
		}
		if k+1 < len(run) && isCapital(w.word) && isCapital(run[k+1].word) && x.nameLike(run[k:k+2]) && !x.lx.isRole(lowerWord(run[k+1])) {
			if k == title+1 {
				return false // "President Volodymyr Zelensky"
			}
		}
	}
	return title >= 0
}

// honorificGapTitle learns the title before a name that honorifics or
// academic degrees stand between ("die Politikwissenschaftlerin Prof. Dr.
// Wiebke Harmsen", "the economist Dr Lena Brandt"): the mention reader
// takes a title only next to the name. name is the index of the name's
// first word; the name is its next two words. It reports whether a title
// was learnt.
func (x *extractor) honorificGapTitle(toks []tok, name int) bool {
	if name+1 >= len(toks) || x.lx.honorifics[lowerWord(toks[name])] || toks[name].trail != "" || !isCapital(toks[name+1].word) || !x.nameLike(toks[name:name+2]) {
		return false // "Prof. Dr. Wiebke Harmsen": the name is past the last honorific
	}
	k := name - 1
	for k >= 0 && toks[k].trail == "." || k >= 0 && toks[k].trail == "" && x.lx.honorifics[lowerWord(toks[k])] {
		if !x.lx.honorifics[lowerWord(toks[k])] && !x.lx.honorifics[lowerWord(toks[k])+"."] {
			return false
		}
		k--
	}
	if k == name-1 || k < 0 || toks[k].trail != "" {
		return false
	}
	l := lowerWord(toks[k])
	if !x.lx.isRole(l) || x.lx.honorifics[l] || titleQualifierData().former[l] {
		return false
	}
	x.learnRole(tokWords(toks[name:name+2]), toks[k].word)
	return true
}
