// Whose title it is: the readings of a title used without a name
// (byRoleRead) reach back to the person who has just spoken or the
// subject of the sentence before, which is right for "the official" or
// "the secretary of state" after Rubio, and wrong for "the British prime
// minister" after Zelensky, "Американский президент" after a Ukrainian,
// or "his aide" and "the spokesman" after Putin. titleGate checks the
// person a reading found against what the title says: a country the
// person is not of (titlecountry.go), or a relation data/relations.json
// knows the person has to someone else ("spokesman" after Putin is
// Peskov, never Putin).

package corpus

import "strings"

// titleGateOff turns the check off, for tests that show what it changes.
var titleGateOff = false

// titleGate returns sp, the person a title phrase (words, lows in lower
// case, no article) was read as, unless the title cannot be theirs: then
// the holder of that title of that country the document named, the
// person data knows in that relation to sp, or the title itself as a
// speaker the document does not name.
func (x *extractor) titleGate(words, lows []string, sp *speaker) *speaker {
	if titleGateOff || sp == nil || sp.kind != kindPerson || sp.name == unnamedSpeaker || len(lows) == 0 || strings.EqualFold(sp.name, sp.role) {
		return sp
	}
	title := cleanRole(strings.Join(words, " "))
	foreign := false
	if strings.EqualFold(sp.role, title) {
		// the reading may have just given sp the title as their role
		// ("Zelensky spoke. The British prime minister said"): what sp
		// is of is told by the office list and the name, not by it
		had := sp.role
		sp.role = ""
		if foreign = otherCountryTitle(lows, sp); !foreign {
			sp.role = had
		}
	} else {
		foreign = otherCountryTitle(lows, sp)
	}
	if foreign {
		if h := x.byDemonymTitle(words, lows); h != nil && h != sp && !otherCountryTitle(lows, h) {
			return h // "the British prime minister" named earlier
		}
		return x.titleSpeaker(words) // "the British prime minister said" with no British prime minister named
	}
	if n := relationNounEnd(lows); n > 0 {
		noun := strings.Join(lows[len(lows)-n:], " ")
		r := relationData()
		if len(r.of[sp.name+"\x00"+noun]) > 0 || len(r.of[sp.name+"\x00"+lows[len(lows)-1]]) > 0 {
			// "Putin met Witkoff. The aide said": the aide is not Putin
			if strings.EqualFold(sp.role, title) {
				sp.role = "" // (the title the reading gave sp is not theirs)
			}
			if h := x.relatedPerson(sp.name, noun, lows[len(lows)-1], title); h != nil {
				return h
			}
			return &speaker{name: unnamedSpeaker, role: title, kind: kindGroup}
		}
	}
	return sp
}

// soleOfficeHolder is the one person the document names whose office
// (offices.json) has a title holding one of titles as whole words: "the
// PM", "der Kanzler", "the head of state" in a report that named Starmer,
// Merz or Putin without the title. Two such people named, or none, give
// nil. joined, the phrase as read, is the role kept.
func (x *extractor) soleOfficeHolder(titles []string, joined string) *speaker {
	if titleGateOff || len(titles) == 0 {
		return nil
	}
	found := x.soleOfficeName(titles)
	if found == "" {
		return nil
	}
	if sp, ok := x.people[found]; ok {
		return sp
	}
	return x.person(strings.Fields(found), cleanRole(joined))
}

// soleOfficeName is soleOfficeHolder's person, by canonical name; "" when
// none or two.
func (x *extractor) soleOfficeName(titles []string) string {
	found := ""
	for key, person := range officeTitles() {
		if lang, phrase, ok := strings.Cut(key, "\x00"); ok {
			if lang != x.src.Lang {
				continue
			}
			key = phrase
		}
		if person == found {
			continue
		}
		holds := false
		for _, t := range titles {
			if roleHoldsWord(key, t) {
				holds = true
				break
			}
		}
		if !holds || !x.documentNames(person) {
			continue
		}
		if found != "" {
			return "" // "the PM" in a report naming two prime ministers
		}
		found = person
	}
	return found
}
