package digest

import "time"

// Clock is the time source of the scheduler and the poster's backoff, so
// tests can move time forward without sleeping.
type Clock interface {
	Now() time.Time
	// After delivers once, after at least d has passed on this clock.
	After(d time.Duration) <-chan time.Time
}

// SystemClock is the wall clock.
type SystemClock struct{}

// Now returns the current time.
func (SystemClock) Now() time.Time { return time.Now() }

// After is time.After.
func (SystemClock) After(d time.Duration) <-chan time.Time { return time.After(d) }
