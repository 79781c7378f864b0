package corpus

import "sort"

// Person is a known speaker of the lexicon (data/speakers.json): the name
// extraction gives them and the other spellings it recognises, in every
// script. Search uses the spellings so that "ushakov" finds a German text
// that writes "Uschakow".
type Person struct {
	Name    string
	Aliases []string
}

// People returns the speaker lexicon's people, sorted by name.
func People() []Person {
	lx := lexiconData()
	seen := map[*person]bool{}
	var out []Person
	for _, p := range lx.people {
		if seen[p] {
			continue
		}
		seen[p] = true
		out = append(out, Person{Name: p.Name, Aliases: append([]string(nil), p.Aliases...)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
