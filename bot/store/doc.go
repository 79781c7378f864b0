// Package store is planbot's durable bot state: digest schedules, per-channel
// watermarks (which sources each channel has already been told about), the
// post log (every message recorded as intended before it is sent, then marked
// sent), announcement channels, and a small generic key/value API for other
// bot state. It is one bbolt file, <data>/state.db; every write is one bbolt
// transaction, fsynced on commit, so a crash leaves either the old or the new
// state and never half of one.
//
// store imports only bbolt and the standard library: it knows nothing of
// Discord, the corpus or how a digest is composed; callers give it IDs.
package store
