package discordtest

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/pb33f/libopenapi"
	validator "github.com/pb33f/libopenapi-validator"
	"github.com/pb33f/libopenapi-validator/cache"
	"github.com/pb33f/libopenapi-validator/config"
)

// SpecEnv names an environment variable that may point at openapi.json
// directly, for checkouts where the shared folder lives elsewhere.
const SpecEnv = "PLANBOT_DISCORD_OPENAPI"

// specValidator checks requests against the description; a nil one checks
// nothing (the description was not found).
type specValidator struct {
	mu sync.Mutex // the validator's caches are not documented as concurrency-safe
	v  validator.Validator
}

// The description takes seconds to load, so each test binary loads it once.
var (
	specOnce sync.Once
	specVal  *specValidator
	specErr  error
	specPath string
)

// FindSpec returns the path of Discord's openapi.json: $PLANBOT_DISCORD_OPENAPI,
// or shared/discord/openapi.json in the working directory, one of its parents,
// or beside one of them (../shared/...). It returns "" when there is none.
func FindSpec() string {
	if p := os.Getenv(SpecEnv); p != "" {
		return p
	}
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		for _, c := range []string{
			filepath.Join(dir, "shared", "discord", "openapi.json"),
			filepath.Join(dir, "..", "shared", "discord", "openapi.json"),
		} {
			if _, err := os.Stat(c); err == nil {
				return filepath.Clean(c)
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

func loadSpec(t testing.TB) *specValidator {
	t.Helper()
	specOnce.Do(func() {
		specPath = FindSpec()
		if specPath == "" {
			return
		}
		raw, err := os.ReadFile(specPath)
		if err != nil {
			specErr = fmt.Errorf("read Discord OpenAPI description: %w", err)
			return
		}
		doc, err := libopenapi.NewDocument(raw)
		if err != nil {
			specErr = fmt.Errorf("parse %s: %w", specPath, err)
			return
		}
		model, err := doc.BuildV3Model()
		if err != nil {
			specErr = fmt.Errorf("build model of %s: %w", specPath, err)
			return
		}
		// The validator compiles every schema of the description up front
		// (over 30 s on a busy 2-core machine); lazyCache skips that so each
		// schema is compiled the first time a request needs it.
		c := &lazyCache{inner: cache.NewDefaultCache()}
		c.warming.Store(true)
		v := validator.NewValidatorFromV3Model(&model.Model, config.WithSchemaCache(c))
		c.warming.Store(false)
		specVal = &specValidator{v: v}
	})
	if specErr != nil {
		t.Fatalf("discordtest: %v", specErr)
	}
	if specVal == nil {
		t.Log("discordtest: shared/discord/openapi.json not found above the working directory; requests are NOT validated")
	}
	return specVal
}

// check validates one request (whose body was already read) and returns the
// reasons it fails, nil when it passes. Multipart bodies (file uploads) are
// checked for path and headers only, as the validator decodes JSON.
func (s *specValidator) check(r *http.Request, body []byte) []string {
	if s == nil {
		return nil
	}
	r2 := r.Clone(r.Context())
	r2.Body = io.NopCloser(bytes.NewReader(body))
	r2.ContentLength = int64(len(body))
	if strings.HasPrefix(r.Header.Get("Content-Type"), "multipart/") {
		r2.Body = http.NoBody
		r2.Header.Del("Content-Type")
	}
	s.mu.Lock()
	ok, errs := s.v.ValidateHttpRequest(r2)
	s.mu.Unlock()
	if ok {
		return nil
	}
	var out []string
	for _, e := range errs {
		line := e.Message
		if e.Reason != "" {
			line += ": " + e.Reason
		}
		out = append(out, line)
		for _, f := range e.SchemaValidationErrors {
			out = append(out, fmt.Sprintf("    %s at %s", f.Reason, f.FieldPath))
		}
	}
	return out
}

// lazyCache is the validator's schema cache, except that while warming it
// claims to hold every schema, so that construction compiles none of them.
type lazyCache struct {
	warming atomic.Bool
	inner   *cache.DefaultCache
}

func (c *lazyCache) Load(key uint64) (*cache.SchemaCacheEntry, bool) {
	if c.warming.Load() {
		return nil, true
	}
	return c.inner.Load(key)
}

func (c *lazyCache) Store(key uint64, value *cache.SchemaCacheEntry) {
	if !c.warming.Load() {
		c.inner.Store(key, value)
	}
}

func (c *lazyCache) Range(f func(key uint64, value *cache.SchemaCacheEntry) bool) { c.inner.Range(f) }
