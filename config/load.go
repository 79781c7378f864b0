package config

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Error is a setting that is missing, malformed or out of range, or a
// config file that cannot be read. Its message is one line a person can act
// on; cmd/planbot exits with the usage code (2) on it.
type Error struct {
	// Msg names the setting as it was given and says how to fix it.
	Msg string
}

func (e *Error) Error() string { return e.Msg }

// Load returns the effective, validated configuration. flags holds the
// settings given on the command line, by flag name without dashes, as the
// raw text typed (so flags, env and file values are parsed by the same rules
// and give the same errors); getenv reads the environment (nil: none); file
// is the config file given with --config, "" to use PLANBOT_CONFIG or no
// file.
//
// Every problem is an *Error. When only validation fails, the Config is
// returned with the error, so planbot config can still show it.
func Load(flags map[string]string, getenv func(string) string, file string) (*Config, error) {
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	cfg := &Config{Sources: map[string]string{}}
	pathFrom := "flag --config"
	if file == "" {
		file, pathFrom = strings.TrimSpace(getenv("PLANBOT_CONFIG")), "env PLANBOT_CONFIG"
	}
	if file != "" {
		if err := readFile(file, cfg); err != nil {
			return nil, &Error{Msg: fmt.Sprintf("config file %s (%s): %v (see the example config in README.md)", file, pathFrom, err)}
		}
		cfg.File = file
		for _, s := range settings {
			if !isZero(s.field(cfg)) {
				cfg.Sources[s.key] = "file " + file
			}
		}
		if len(cfg.Feeds) > 0 {
			cfg.Sources["feeds"] = "file " + file
		}
	}
	for _, s := range settings {
		if s.env == "" {
			continue
		}
		v := strings.TrimSpace(getenv(s.env))
		// `FOO= planbot ...` and an empty line in an env file mean "unset".
		if v == "" {
			continue
		}
		if err := setString(s.field(cfg), v); err != nil {
			return nil, &Error{Msg: fmt.Sprintf("%s=%q: %v", s.env, maskIf(s, v), err)}
		}
		cfg.Sources[s.key] = "env " + s.env
	}
	for _, s := range settings {
		v, ok := flags[s.flag]
		if s.flag == "" || !ok {
			continue
		}
		if err := setString(s.field(cfg), v); err != nil {
			return nil, &Error{Msg: fmt.Sprintf("--%s %q: %v", s.flag, maskIf(s, v), err)}
		}
		cfg.Sources[s.key] = "flag --" + s.flag
	}
	cfg.applyDefaults()
	if err := cfg.validate(); err != nil {
		return cfg, err
	}
	return cfg, nil
}

func maskIf(s setting, v string) string {
	if s.secret {
		return Secret(v).String()
	}
	if _, ok := s.field(&Config{}).(*StateURL); ok {
		return StateURL(v).String()
	}
	return v
}

// readFile reads a YAML config file into cfg. It walks the YAML tree itself
// rather than decoding into the struct, so every message names the key as
// written and its line ("line 3: unknown setting discord.tokne"), parses
// each value with the same rules as flags and env, and never shows a Go
// type name.
func readFile(path string, cfg *Config) error {
	b, err := os.ReadFile(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return pe.Err
		}
		return err
	}
	var doc yaml.Node
	dec := yaml.NewDecoder(strings.NewReader(string(b)))
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil // an empty file sets nothing
		}
		return errors.New(strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(doc.Content) == 0 {
		return nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
			return nil
		}
		return fmt.Errorf("line %d: the file must be a list of settings such as \"data: /srv/planbot\"", root.Line)
	}
	return readMapping(root, "", cfg)
}

// readMapping sets the settings of one YAML mapping whose keys sit under
// prefix ("" at the top, "discord." below discord:).
func readMapping(m *yaml.Node, prefix string, cfg *Config) error {
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		key := prefix + k.Value
		if key == "feeds" {
			if err := readFeeds(v, cfg); err != nil {
				return err
			}
			continue
		}
		if s, ok := settingByKey(key); ok {
			if v.Kind != yaml.ScalarNode {
				return fmt.Errorf("line %d: %s must be a single value", v.Line, key)
			}
			if v.Tag == "!!null" {
				continue
			}
			if err := setString(s.field(cfg), v.Value); err != nil {
				return fmt.Errorf("line %d: %s %q: %v", v.Line, key, maskIf(s, v.Value), err)
			}
			continue
		}
		if sub := keysUnder(key + "."); len(sub) > 0 {
			if v.Kind != yaml.MappingNode {
				if v.Tag == "!!null" {
					continue
				}
				return fmt.Errorf("line %d: %s holds settings (%s), not a value", v.Line, key, strings.Join(sub, ", "))
			}
			if err := readMapping(v, key+".", cfg); err != nil {
				return err
			}
			continue
		}
		known := keysUnder(prefix)
		return fmt.Errorf("line %d: unknown setting %q (known here: %s)", k.Line, key, strings.Join(known, ", "))
	}
	return nil
}

// readFeeds reads the feeds list: url and optional interval per feed.
func readFeeds(v *yaml.Node, cfg *Config) error {
	if v.Tag == "!!null" {
		return nil
	}
	if v.Kind != yaml.SequenceNode {
		return fmt.Errorf("line %d: feeds must be a list, each item with url: and optionally interval:", v.Line)
	}
	for i, item := range v.Content {
		if item.Kind != yaml.MappingNode {
			return fmt.Errorf("line %d: feeds[%d] must have url: and optionally interval:", item.Line, i)
		}
		var f FeedConfig
		for j := 0; j+1 < len(item.Content); j += 2 {
			k, val := item.Content[j], item.Content[j+1]
			switch k.Value {
			case "url":
				f.URL = strings.TrimSpace(val.Value)
			case "interval":
				if err := setString(&f.Interval, val.Value); err != nil {
					return fmt.Errorf("line %d: feeds[%d].interval %q: %v", val.Line, i, val.Value, err)
				}
			default:
				return fmt.Errorf("line %d: unknown setting \"feeds[%d].%s\" (known here: url, interval)", k.Line, i, k.Value)
			}
		}
		cfg.Feeds = append(cfg.Feeds, f)
	}
	return nil
}

func settingByKey(key string) (setting, bool) {
	for _, s := range settings {
		if s.key == key {
			return s, true
		}
	}
	return setting{}, false
}

// keysUnder lists the names directly under prefix ("discord." gives token,
// app_id, ...; "" gives the top-level names), sorted.
func keysUnder(prefix string) []string {
	seen := map[string]bool{}
	if prefix == "" {
		seen["feeds"] = true
	}
	for _, s := range settings {
		rest, ok := strings.CutPrefix(s.key, prefix)
		if !ok {
			continue
		}
		name, _, _ := strings.Cut(rest, ".")
		seen[name] = true
	}
	out := make([]string, 0, len(seen))
	for k := range seen {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
