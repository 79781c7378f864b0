package perf

import (
	"crypto/ed25519"
	"encoding/hex"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// Signed in advance. Discord signs each interaction it sends; the load
// generator played that part on the same two cores as the server, an
// ed25519 signature per request, and so took CPU the figures charged to
// the server. A signature covers the timestamp and the body, and the
// endpoint accepts a timestamp within its allowed skew (five minutes), so
// the generator signs each distinct body once, before the timed run, with
// one timestamp, and signs them all again only when that timestamp is
// older than resignAfter: a 10 s load never signs while it is timed. The
// server still checks every signature, as it must.

// resignAfter is how old a set of signatures may grow before the load
// signs its bodies again with a fresh timestamp: well inside the
// endpoint's skew (httpapi.Config.MaxSkew, five minutes by default).
const resignAfter = time.Minute

// presigned holds the signature headers of a load's interactions, by
// their index.
type presigned struct {
	key ed25519.PrivateKey
	ins []interaction
	now func() time.Time

	mu  sync.Mutex // held while signing again
	cur atomic.Pointer[signedSet]
}

// signedSet is every body signed with one timestamp.
type signedSet struct {
	at    time.Time
	stamp string
	sigs  []string // hex, as X-Signature-Ed25519 carries it
}

// presign signs every body of ins with key now.
func presign(key ed25519.PrivateKey, ins []interaction, now func() time.Time) *presigned {
	p := &presigned{key: key, ins: ins, now: now}
	p.cur.Store(p.sign(now()))
	return p
}

// sign signs every body with the timestamp of at.
func (p *presigned) sign(at time.Time) *signedSet {
	s := &signedSet{at: at, stamp: strconv.FormatInt(at.Unix(), 10), sigs: make([]string, len(p.ins))}
	msg := []byte(s.stamp)
	n := len(msg)
	for i, in := range p.ins {
		msg = append(msg[:n], in.body...)
		s.sigs[i] = hex.EncodeToString(ed25519.Sign(p.key, msg))
	}
	return s
}

// headers returns the timestamp and signature of interaction i, signing
// every body again first if the current set has grown too old.
func (p *presigned) headers(i int) (stamp, sig string) {
	s := p.cur.Load()
	if now := p.now(); now.Sub(s.at) > resignAfter {
		p.mu.Lock()
		if s = p.cur.Load(); now.Sub(s.at) > resignAfter {
			s = p.sign(now)
			p.cur.Store(s)
		}
		p.mu.Unlock()
	}
	return s.stamp, s.sigs[i]
}
