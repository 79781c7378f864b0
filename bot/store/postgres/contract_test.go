package postgres

import (
	"testing"

	"planbot/bot/store"
	"planbot/bot/store/postgres/pgtest"
	"planbot/bot/store/storetest"
)

// TestContract runs the shared State contract on PostgreSQL: every handle
// the Opener returns is a new pool on the same database, as a restarted or
// second replica would be.
func TestContract(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Opener {
		url := pgtest.NewDatabase(t)
		return func(t *testing.T) store.State { return openURL(t, url, testOptions(t)) }
	})
}
