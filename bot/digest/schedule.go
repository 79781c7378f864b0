package digest

import (
	"fmt"
	"strings"
	"time"

	"github.com/robfig/cron/v3"
)

// scheduleExamples is shown with every refusal so the moderator can copy one.
const scheduleExamples = `Examples: "daily 09:00", "weekly mon 09:00", or a cron line such as "0 9 * * 1-5" (09:00 on weekdays).`

// When is a parsed schedule: the cron line it means and the zone it is read in.
type When struct {
	Cron     string // standard five-field cron line or @descriptor
	Zone     string
	Location *time.Location
	schedule cron.Schedule
}

// Next is the first run strictly after t, computed in the schedule's zone so
// "09:00" stays 09:00 local across daylight-saving changes.
func (w When) Next(t time.Time) time.Time { return w.schedule.Next(t.In(w.Location)) }

var weekdays = map[string]string{
	"sun": "0", "sunday": "0", "mon": "1", "monday": "1", "tue": "2", "tuesday": "2",
	"wed": "3", "wednesday": "3", "thu": "4", "thursday": "4", "fri": "5", "friday": "5",
	"sat": "6", "saturday": "6",
}

// ParseWhen reads a schedule as a moderator writes it, "daily HH:MM",
// "weekly DAY HH:MM" or a standard cron line, in the IANA time zone zone.
// Its errors say what is wrong and show a valid example.
func ParseWhen(when, zone string) (When, error) {
	zone = strings.TrimSpace(zone)
	if zone == "" || zone == "Local" {
		return When{}, fmt.Errorf(`a time zone is required: use an IANA name such as "Europe/Berlin", "America/New_York" or "UTC"`)
	}
	loc, err := time.LoadLocation(zone)
	if err != nil {
		return When{}, fmt.Errorf(`unknown time zone %q: use an IANA name such as "Europe/Berlin", "America/New_York" or "UTC"`, zone)
	}
	line, err := toCron(strings.TrimSpace(when))
	if err != nil {
		return When{}, err
	}
	sched, err := cron.ParseStandard("CRON_TZ=" + loc.String() + " " + line)
	if err != nil {
		return When{}, fmt.Errorf("invalid schedule %q: %v. %s", when, err, scheduleExamples)
	}
	return When{Cron: line, Zone: loc.String(), Location: loc, schedule: sched}, nil
}

// toCron translates the "daily"/"weekly" forms and passes cron lines through.
func toCron(when string) (string, error) {
	f := strings.Fields(strings.ToLower(when))
	bad := func(why string) (string, error) {
		return "", fmt.Errorf("invalid schedule %q: %s. %s", when, why, scheduleExamples)
	}
	if len(f) == 0 {
		return bad("it is empty")
	}
	if strings.HasPrefix(f[0], "cron_tz=") || strings.HasPrefix(f[0], "tz=") {
		return bad("give the time zone in the timezone option, not in the line")
	}
	switch f[0] {
	case "daily":
		if len(f) != 2 {
			return bad(`"daily" takes one time, HH:MM`)
		}
		h, m, err := clock(f[1])
		if err != nil {
			return bad(err.Error())
		}
		return fmt.Sprintf("%d %d * * *", m, h), nil
	case "weekly":
		if len(f) != 3 {
			return bad(`"weekly" takes a day and a time, e.g. "weekly mon 09:00"`)
		}
		d, ok := weekdays[f[1]]
		if !ok {
			return bad(fmt.Sprintf("%q is not a day of the week (mon, tue, wed, thu, fri, sat, sun)", f[1]))
		}
		h, m, err := clock(f[2])
		if err != nil {
			return bad(err.Error())
		}
		return fmt.Sprintf("%d %d * * %s", m, h, d), nil
	}
	if !strings.HasPrefix(f[0], "@") && len(f) != 5 {
		return bad(fmt.Sprintf("a cron line has five fields (minute hour day-of-month month day-of-week), this one has %d", len(f)))
	}
	return strings.Join(f, " "), nil
}

// clock parses "HH:MM" on a 24-hour clock.
func clock(s string) (h, m int, err error) {
	if _, err := fmt.Sscanf(s, "%d:%d", &h, &m); err != nil || h < 0 || h > 23 || m < 0 || m > 59 || !strings.Contains(s, ":") {
		return 0, 0, fmt.Errorf("%q is not a time of day; use 24-hour HH:MM such as 09:00 or 18:30", s)
	}
	return h, m, nil
}

// ParseSince reads a look-back window: a Go duration ("36h", "90m") or a
// number of days or weeks ("3d", "2w").
func ParseSince(s string) (time.Duration, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	for suffix, unit := range map[string]time.Duration{"d": 24 * time.Hour, "w": 7 * 24 * time.Hour} {
		if n, ok := strings.CutSuffix(s, suffix); ok {
			var v int
			if _, err := fmt.Sscanf(n, "%d", &v); err == nil && v > 0 && fmt.Sprint(v) == n {
				return time.Duration(v) * unit, nil
			}
		}
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf(`invalid period %q: use a duration such as "24h", "90m", "3d" or "2w"`, s)
	}
	return d, nil
}
