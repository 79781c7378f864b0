// Package pgtest gives tests a database of their own on the PostgreSQL that
// this project's machines and CI run at 127.0.0.1:5432 (user postgres, trust
// authentication, database test), or at PLANBOT_TEST_POSTGRES. Each call
// creates planbot_test_<random> and drops it when the test ends. When no
// server answers, the test is skipped with a message saying so, except under
// CI=true, where PostgreSQL is part of the environment and its absence
// fails the test.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// DefaultURL is the server tests use unless PLANBOT_TEST_POSTGRES names
// another.
const DefaultURL = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// AdminURL is the URL of the database tests connect to in order to create
// their own.
func AdminURL() string {
	if u := os.Getenv("PLANBOT_TEST_POSTGRES"); u != "" {
		return u
	}
	return DefaultURL
}

// NewDatabase creates an empty database for this test, drops it (closing
// whatever is still connected) when the test ends, and returns its URL.
func NewDatabase(t testing.TB) string {
	t.Helper()
	admin := AdminURL()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("PostgreSQL at %s is required under CI=true: %v", redact(admin), err)
		}
		t.Skipf("skipping: no PostgreSQL reachable at %s (%v); start one or set PLANBOT_TEST_POSTGRES", redact(admin), err)
	}
	defer conn.Close(ctx)
	name := "planbot_test_" + randomHex(6)
	if _, err := conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		t.Fatalf("create test database %s: %v", name, err)
	}
	t.Cleanup(func() { drop(t, admin, name) })
	return withDatabase(admin, name)
}

func drop(t testing.TB, admin, name string) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Errorf("drop test database %s: %v", name, err)
		return
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)"); err != nil {
		t.Errorf("drop test database %s: %v", name, err)
	}
}

// withDatabase returns admin with its database replaced by name; admin is a
// URL or a key=value connection string.
func withDatabase(admin, name string) string {
	if strings.HasPrefix(admin, "postgres://") || strings.HasPrefix(admin, "postgresql://") {
		if u, err := url.Parse(admin); err == nil {
			u.Path = "/" + name
			return u.String()
		}
	}
	return admin + " dbname=" + name
}

// redact hides a password in a URL for messages.
func redact(raw string) string {
	if u, err := url.Parse(raw); err == nil && u.User != nil {
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
		return u.String()
	}
	return raw
}

func randomHex(n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return hex.EncodeToString(b)
}
