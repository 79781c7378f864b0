package intake

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"
)

// progress draws a one-line progress bar on a terminal, redrawn at
// most ten times a second; on anything else it draws nothing.
type progress struct {
	w     io.Writer
	fd    int
	total int
	start time.Time
	last  time.Time
}

func newProgress(w io.Writer, total int) *progress {
	f, ok := w.(*os.File)
	if !ok || total < 2 || !term.IsTerminal(int(f.Fd())) {
		return &progress{}
	}
	return &progress{w: w, fd: int(f.Fd()), total: total, start: time.Now()}
}

func (p *progress) update(done, added, dups, failed int) {
	if p.w == nil {
		return
	}
	now := time.Now()
	if done < p.total && now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	width := 80
	if w, _, err := term.GetSize(p.fd); err == nil && w > 0 {
		width = w
	}
	rate := float64(done) / max(now.Sub(p.start).Seconds(), 1e-3)
	tail := fmt.Sprintf(" %d/%d  %.0f/s  added %d  dup %d  failed %d", done, p.total, rate, added, dups, failed)
	barWidth := max(width-len(tail)-3, 10)
	fill := barWidth * done / p.total
	bar := strings.Repeat("=", fill) + strings.Repeat(" ", barWidth-fill)
	if fill > 0 && fill < barWidth {
		bar = bar[:fill-1] + ">" + bar[fill:]
	}
	line := "[" + bar + "]" + tail
	if len(line) > width-1 {
		line = line[:width-1]
	}
	fmt.Fprintf(p.w, "\r%s\x1b[K", line)
}

// done ends the bar's line so the summary starts on a fresh one.
func (p *progress) done() {
	if p.w != nil && !p.last.IsZero() {
		fmt.Fprint(p.w, "\n")
	}
}
