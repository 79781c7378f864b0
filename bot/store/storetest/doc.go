// Package storetest is the contract every store.State backend keeps: the
// semantics of the original bbolt store, written once and run against each
// backend (bot/store's own test runs it on bbolt, bot/store/postgres's on
// PostgreSQL), so a replica on PostgreSQL behaves exactly as a single
// process on bbolt.
//
// It is imported only by tests; it lives in its own package so both backends
// can use it without an import cycle.
package storetest
