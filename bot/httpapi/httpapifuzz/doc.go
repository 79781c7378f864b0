// Package httpapifuzz holds only the fuzz test of the HTTP interactions
// handler (FuzzInteraction). It is a package of its own so that the fuzz
// build, which instruments every package it compiles, leaves out the
// OpenAPI-validating Discord double that httpapi's other tests import: with
// it the build took ten minutes, without it seconds. It answers through the
// real Router over the test fixtures and a tiny in-memory follow-up fake.
package httpapifuzz
