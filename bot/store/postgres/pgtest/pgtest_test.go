package pgtest

import (
	"context"
	"fmt"
	"net"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// fakeTB records how NewDatabase ends a test instead of ending this one.
type fakeTB struct {
	testing.TB
	skipped, failed string
	cleanups        []func()
}

func (f *fakeTB) Helper()                           {}
func (f *fakeTB) Cleanup(fn func())                 { f.cleanups = append(f.cleanups, fn) }
func (f *fakeTB) Errorf(format string, args ...any) { f.failed = fmt.Sprintf(format, args...) }
func (f *fakeTB) Skipf(format string, args ...any) {
	f.skipped = fmt.Sprintf(format, args...)
	runtime.Goexit()
}
func (f *fakeTB) Fatalf(format string, args ...any) {
	f.failed = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// run calls NewDatabase on a fake TB in a goroutine of its own, as Goexit
// needs, and returns what happened.
func run(t *testing.T) (*fakeTB, string) {
	f := &fakeTB{TB: t}
	var url string
	done := make(chan struct{})
	go func() {
		defer close(done)
		url = NewDatabase(f)
	}()
	<-done
	return f, url
}

// closedPort is a local address nothing listens on.
func closedPort(t *testing.T) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	return addr
}

func TestNoServerSkipsOutsideCIAndFailsUnderCI(t *testing.T) {
	t.Setenv("PLANBOT_TEST_POSTGRES", "postgres://postgres@"+closedPort(t)+"/test?sslmode=disable&connect_timeout=2")
	cases := []struct {
		ci       string
		skip     bool
		mentions string
	}{
		{"", true, "no PostgreSQL reachable"},
		{"false", true, "no PostgreSQL reachable"},
		{"true", false, "required under CI=true"},
	}
	for _, c := range cases {
		t.Run("CI="+c.ci, func(t *testing.T) {
			t.Setenv("CI", c.ci)
			f, _ := run(t)
			msg := f.failed
			if c.skip {
				msg = f.skipped
				if f.failed != "" {
					t.Fatalf("failed: %s", f.failed)
				}
			} else if f.skipped != "" {
				t.Fatalf("skipped under CI: %s", f.skipped)
			}
			if !strings.Contains(msg, c.mentions) {
				t.Fatalf("message %q does not say %q", msg, c.mentions)
			}
		})
	}
}

func TestNewDatabaseIsCreatedAndDropped(t *testing.T) {
	f, url := run(t)
	if f.skipped != "" {
		t.Skip(f.skipped)
	}
	if f.failed != "" {
		t.Fatal(f.failed)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	var name string
	if err := conn.QueryRow(ctx, `SELECT current_database()`).Scan(&name); err != nil || !strings.HasPrefix(name, "planbot_test_") {
		t.Fatalf("database = %q %v", name, err)
	}
	// Still connected: the drop must force it.
	for _, fn := range f.cleanups {
		fn()
	}
	if f.failed != "" {
		t.Fatal(f.failed)
	}
	admin, err := pgx.Connect(ctx, AdminURL())
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	var n int
	if err := admin.QueryRow(ctx, `SELECT count(*) FROM pg_database WHERE datname = $1`, name).Scan(&n); err != nil || n != 0 {
		t.Fatalf("database %s still there (%d, %v)", name, n, err)
	}
}
