package index

// The walk's postings side by side. At every candidate the walk moves each
// postings list still live in the segment to the candidate and notes
// which are on it; most are already past it, and testing that through
// each list's own struct (a pointer chase to a few hundred scattered
// bytes, then a call) was most of that loop's time. livePostings keeps,
// per live list, the one number the test needs, next to the others: the
// document the list is on, plus one (0 while it is on none), and its bit,
// so only the lists behind the candidate are entered and moved, as
// before (flatPostings.advance). The lists moved, the order they are
// kept in and the bits set are the same, so the walk scores the same
// candidates with the same postings.

// livePostings are the postings lists a walk of one segment still reads.
type livePostings struct {
	ps   []*flatPostings
	next []uint64 // per list: the document it is on + 1, 0 for none yet
	bits []uint64 // per list: its bit (flatPostings.bit)
}

// reset makes ps, as walk's enter returns them, the lists read.
func (l *livePostings) reset(ps []*flatPostings) {
	l.ps = ps
	l.next, l.bits = l.next[:0], l.bits[:0]
	for _, p := range ps {
		var nx uint64
		if p.at && !p.done {
			nx = p.cur + 1
		}
		l.next = append(l.next, nx)
		l.bits = append(l.bits, p.bit)
	}
}

// moveTo moves every list behind doc to its first posting at or after
// doc, lets go of those that have none left, and returns the bits of the
// lists on doc.
func (l *livePostings) moveTo(doc uint64) (uint64, error) {
	var on uint64
	kept := 0
	for j, nx := range l.next {
		if nx <= doc { // behind doc (next-1 < doc), or on no posting yet
			p := l.ps[j]
			if err := p.advance(doc); err != nil {
				return 0, err
			}
			if p.done {
				continue
			}
			nx = p.cur + 1
		}
		if kept != j {
			l.ps[kept], l.bits[kept] = l.ps[j], l.bits[j]
		}
		l.next[kept] = nx
		if nx == doc+1 {
			on |= l.bits[kept]
		}
		kept++
	}
	if kept != len(l.next) {
		clear(l.ps[kept:])
		l.ps, l.next, l.bits = l.ps[:kept], l.next[:kept], l.bits[:kept]
	}
	return on, nil
}
