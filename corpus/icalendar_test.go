package corpus

import (
	"os"
	"strings"
	"testing"
)

// TestCalendarText holds what a calendar export becomes: one paragraph
// per event, to-do or journal entry, title first, folded lines whole,
// escapes undone; alarms, time zones and events with neither title nor
// notes give nothing.
func TestCalendarText(t *testing.T) {
	data, err := os.ReadFile("testdata/calendar/talks-diary.ics")
	if err != nil {
		t.Fatal(err)
	}
	got, meta := calendarText(string(data))
	want := "Berlin - chancellery round on guarantees (Berlin, Germany; 2025-12-14). Day one of two. " +
		"Friedrich Merz said the progress on security guarantees was remarkable; the European force stays under discussion.\n" +
		"Follow-up call at 18:00." +
		"\n\nAbu Dhabi - second trilateral round (2026-02-04). Prisoner exchange of 314 announced." +
		"\n\nCheck the Kremlin readout"
	if got != want {
		t.Errorf("calendarText:\n got %q\nwant %q", got, want)
	}
	if meta.title != "Harbour Desk talks diary" {
		t.Errorf("title %q, want the calendar's name", meta.title)
	}
}

// TestIsCalendar: only a text that opens a calendar is read as one.
func TestIsCalendar(t *testing.T) {
	for _, tc := range []struct {
		body string
		want bool
	}{
		{"BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n", true},
		{"\n\n  begin:vcalendar  \nEND:VCALENDAR", true},
		{"The desk shares its diary as a file that starts with\nBEGIN:VCALENDAR\n", false},
		{"BEGIN:VCARD\nFN:Hana Kovač\nEND:VCARD\n", false},
		{"", false},
	} {
		if got := isCalendar(tc.body); got != tc.want {
			t.Errorf("isCalendar(%q) = %v, want %v", tc.body, got, tc.want)
		}
	}
}

// TestCalendarPieces holds the line-level readers on the shapes real
// exports hold.
func TestCalendarPieces(t *testing.T) {
	for _, tc := range []struct{ line, name, value string }{
		{"SUMMARY:Geneva round", "SUMMARY", "Geneva round"},
		{"summary;LANGUAGE=de:Runde in Genf: Tag 1", "SUMMARY", "Runde in Genf: Tag 1"},
		{`DESCRIPTION;ALTREP="cid:part1@example":Notes: see file`, "DESCRIPTION", "Notes: see file"},
	} {
		name, value, ok := calendarProperty(tc.line)
		if !ok || name != tc.name || value != tc.value {
			t.Errorf("calendarProperty(%q) = %q, %q, %v", tc.line, name, value, ok)
		}
	}
	for _, line := range []string{"no colon here", ":value without a name", `X-A;P="unclosed:quote`} {
		if name, _, ok := calendarProperty(line); ok {
			t.Errorf("calendarProperty(%q) read a property %q", line, name)
		}
	}
	for in, want := range map[string]string{
		`a\, b\; c\\d\ne\Nf`: "a, b; c\\d\ne\nf",
		`plain`:              "plain",
		`trailing\`:          `trailing\`,
	} {
		if got := unescapeCalendar(in); got != want {
			t.Errorf("unescapeCalendar(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]string{"20251123": "2025-11-23", "20251123T100000Z": "2025-11-23", "2025112": "", "20251123X": "", "TZID=x": ""} {
		if got := calendarDate(in); got != want {
			t.Errorf("calendarDate(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestParseCalendar reads a calendar export end to end, named .ics and
// pasted into a .txt with front matter: its events are passages whole,
// its notes' statements are found, and the calendar's name titles it.
func TestParseCalendar(t *testing.T) {
	data, err := os.ReadFile("testdata/calendar/talks-diary.ics")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"diary.ics", data},
		{"diary.txt", append([]byte("---\ntitle: Talks diary\noutlet: Harbour Desk\nlang: en\n---\n"), data...)},
	} {
		doc, err := Parse(tc.data, ParseOptions{Name: tc.name})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if len(doc.Passages) != 3 {
			t.Errorf("%s: %d passages, want one per entry (3)", tc.name, len(doc.Passages))
		}
		var merz bool
		for _, s := range doc.Statements {
			if strings.Contains(s.Speaker, "Merz") && strings.Contains(s.Text, "remarkable") {
				merz = true
			}
			if strings.Contains(s.Text, "Reminder") || strings.Contains(s.Text, `\`) {
				t.Errorf("%s: statement from calendar furniture: %+v", tc.name, s)
			}
		}
		if !merz {
			t.Errorf("%s: Merz's statement in a folded description not found: %+v", tc.name, doc.Statements)
		}
		if tc.name == "diary.ics" && doc.Source.Title != "Harbour Desk talks diary" {
			t.Errorf("%s: title %q, want the calendar's name", tc.name, doc.Source.Title)
		}
	}
	if _, err := Parse([]byte("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n"), ParseOptions{Name: "empty.ics"}); err == nil {
		t.Error("a calendar without entries parsed without error")
	}
}
