package config

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"text/tabwriter"
	"time"
)

// display returns a setting's value as planbot config shows it.
func (c *Config) display(s setting) string {
	switch p := s.field(c).(type) {
	case *string:
		return *p
	case *Secret:
		if *p == "" {
			return ""
		}
		return p.String() + " (masked)"
	case *StateURL:
		return p.String()
	case *int:
		return strconv.Itoa(*p)
	case *ByteSize:
		return strconv.FormatInt(int64(*p), 10)
	case *ShardCount:
		return p.String()
	case *bool:
		return strconv.FormatBool(*p)
	case *time.Duration:
		return p.String()
	}
	return "?"
}

// Write prints the effective configuration with secrets masked and
// the source of each value.
func (c *Config) Write(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SETTING\tVALUE\tFROM")
	for _, s := range settings {
		v := c.display(s)
		if v == "" {
			v = "(unset)"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", s.key, v, c.Sources[s.key])
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	file := c.File
	if file == "" {
		file = "(none: set --config or PLANBOT_CONFIG)"
	}
	fmt.Fprintf(w, "\nconfig file: %s\n", file)
	if len(c.Feeds) == 0 {
		fmt.Fprintln(w, "feeds: (none in the config file)")
		return nil
	}
	feeds := append([]FeedConfig(nil), c.Feeds...)
	sort.SliceStable(feeds, func(i, j int) bool { return feeds[i].URL < feeds[j].URL })
	fmt.Fprintf(w, "feeds (%s):\n", c.Sources["feeds"])
	for _, f := range feeds {
		fmt.Fprintf(w, "  %s every %s\n", f.URL, f.Interval)
	}
	return nil
}

// JSON is the form of planbot config --json: every setting's
// display value and source, secrets masked.
func (c *Config) JSON() map[string]any {
	out := map[string]any{}
	for _, s := range settings {
		out[s.key] = map[string]string{"value": c.display(s), "from": c.Sources[s.key]}
	}
	out["config_file"] = c.File
	feeds := []map[string]string{}
	for _, f := range c.Feeds {
		feeds = append(feeds, map[string]string{"url": f.URL, "interval": f.Interval.String()})
	}
	out["feeds"] = feeds
	return out
}
