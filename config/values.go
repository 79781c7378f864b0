package config

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// setString parses v into the field p points to.
func setString(p any, v string) error {
	switch p := p.(type) {
	case *string:
		*p = v
	case *Secret:
		*p = Secret(v)
	case *StateURL:
		*p = StateURL(v)
	case *int:
		n, err := strconv.Atoi(v)
		if err != nil {
			return fmt.Errorf("not a whole number")
		}
		*p = n
	case *ByteSize:
		n, err := parseBytes(v)
		if err != nil {
			return err
		}
		*p = ByteSize(n)
	case *ShardCount:
		n, err := parseShardCount(v)
		if err != nil {
			return err
		}
		*p = n
	case *bool:
		b, err := strconv.ParseBool(v)
		if err != nil {
			return fmt.Errorf("not true or false")
		}
		*p = b
	case *time.Duration:
		d, err := time.ParseDuration(v)
		if err != nil {
			return fmt.Errorf("not a duration such as 90s, 30m or 24h")
		}
		*p = d
	default:
		return fmt.Errorf("unsupported setting type %T", p)
	}
	return nil
}

// parseBytes accepts a byte count, optionally with a KiB/MiB/GiB suffix
// (KB/MB/GB are taken as the same binary units).
func parseBytes(v string) (int64, error) {
	s := strings.ToUpper(strings.TrimSpace(v))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"KIB", 1 << 10}, {"MIB", 1 << 20}, {"GIB", 1 << 30}, {"KB", 1 << 10}, {"MB", 1 << 20}, {"GB", 1 << 30}, {"B", 1}} {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("not a size such as 5242880 or 5MiB")
	}
	return n * mult, nil
}

func isZero(p any) bool {
	switch p := p.(type) {
	case *string:
		return *p == ""
	case *Secret:
		return *p == ""
	case *StateURL:
		return *p == ""
	case *int:
		return *p == 0
	case *ByteSize:
		return *p == 0
	case *ShardCount:
		return *p == 0
	case *bool:
		return !*p
	case *time.Duration:
		return *p == 0
	}
	return true
}

// applyDefaults fills every zero setting with its default and records the
// source of the ones nothing set.
func (c *Config) applyDefaults() {
	if c.Sources == nil {
		c.Sources = map[string]string{}
	}
	for _, s := range settings {
		p := s.field(c)
		if isZero(p) && s.def != nil {
			switch p := p.(type) {
			case *string:
				*p = s.def.(string)
			case *int:
				*p = s.def.(int)
			case *ByteSize:
				*p = s.def.(ByteSize)
			case *time.Duration:
				*p = s.def.(time.Duration)
			}
		}
		if _, ok := c.Sources[s.key]; !ok {
			c.Sources[s.key] = "default"
		}
	}
	for i := range c.Feeds {
		if c.Feeds[i].Interval == 0 {
			c.Feeds[i].Interval = defaultFeedInterval
		}
	}
}
