package bot

import (
	"fmt"
	"strconv"
	"strings"
)

// Paging buttons carry their whole state in the custom ID, path-like:
// "search/page/2/statement|prisoners of war". The first segment names the
// command (the Router routes on it), the state fields are joined by "|" with
// "%" and "|" escaped. No server memory is involved, so any replica and any
// restart can serve the next page.

var stateEscaper = strings.NewReplacer("%", "%25", "|", "%7C")
var stateUnescaper = strings.NewReplacer("%7C", "|", "%25", "%")

// PageID builds the custom ID of the button that shows page (1-based) of a
// command's answer, or "" when the state does not fit in Discord's 100
// characters (the renderer then shows the button disabled).
func PageID(command string, page int, state ...string) string {
	parts := make([]string, len(state))
	for i, s := range state {
		parts[i] = stateEscaper.Replace(s)
	}
	id := command + "/page/" + strconv.Itoa(page) + "/" + strings.Join(parts, "|")
	if len(id) > LimitCustomID {
		return ""
	}
	return id
}

// ParsePageID splits a custom ID made by PageID. want is how many state
// fields the command expects; missing ones are "".
func ParsePageID(id string, want int) (command string, page int, state []string, err error) {
	parts := strings.SplitN(id, "/", 4)
	if len(parts) < 3 || parts[1] != "page" {
		return "", 0, nil, fmt.Errorf("custom ID %q is not a page ID", id)
	}
	page, err = strconv.Atoi(parts[2])
	if err != nil || page < 1 || page > 10000 {
		return "", 0, nil, fmt.Errorf("custom ID %q: bad page number", id)
	}
	state = make([]string, want)
	if len(parts) == 4 && want > 0 {
		fields := strings.SplitN(parts[3], "|", want)
		for i, f := range fields {
			state[i] = stateUnescaper.Replace(f)
		}
	}
	return parts[0], page, state, nil
}

// pager returns the buttons for page of a list of total items shown size at
// a time, nil when everything fits on one page.
func pager(command string, page, size, total int, state ...string) *Pager {
	if total <= size && page <= 1 {
		return nil
	}
	p := &Pager{}
	if page > 1 {
		p.PrevID = PageID(command, page-1, state...)
	}
	if page*size < total {
		p.NextID = PageID(command, page+1, state...)
	}
	return p
}

// rangeFooter says which slice of the results a page shows.
func rangeFooter(what string, page, size, shown, total int) string {
	if total == 0 || shown == 0 {
		return ""
	}
	from := (page-1)*size + 1
	to := from + shown - 1
	if from == 1 && to == total {
		if total == 1 {
			return "1 " + singular(what)
		}
		return fmt.Sprintf("%d %s", total, what)
	}
	return fmt.Sprintf("%s %d–%d of %d", capitalize(what), from, to, total)
}

func singular(s string) string { return strings.TrimSuffix(s, "s") }

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
