// The standfirst of an interview often names the guest with a title and
// a dash before the topic: "Колишня посолка України Оксана Левадна — про
// американський план …", "Former ambassador Oksana Levadna – on the US
// plan …", "L'ancienne ambassadrice X — sur le plan …". The title may also
// name the guest, but declined ("інтерв'ю з дипломатом Оксаною
// Левадною"); the standfirst gives the name as the answers' speaker is
// named.

package corpus

import (
	"regexp"
	"strings"
)

// dashLead matches a title, a name of two or three capitalised words and
// a dash.
var dashLead = regexp.MustCompile(`^([^—–.!?"«»“”]{2,90}?) (\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}) [—–] `)

// guestBeforeDash returns the person a standfirst names with a title
// before a dash, or nil.
func (x *extractor) guestBeforeDash(p string) *speaker {
	m := dashLead.FindStringSubmatch(strings.TrimLeft(p, "*_ "))
	if m == nil || !x.roleLike(strings.Fields(m[1])) {
		return nil
	}
	// the title and the name read together, as a subject is: a title's
	// capitalised complement ("посолка України") stays in the title
	sp := x.classify(tokenize(m[1]+" "+m[2]), false)
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	return sp
}
