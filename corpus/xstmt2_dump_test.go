package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestXstmt2Dump prints what one document yields (PLANBOT_DUMP_FILE=path).
func TestXstmt2Dump(t *testing.T) {
	f := os.Getenv("PLANBOT_DUMP_FILE")
	if f == "" {
		t.Skip("PLANBOT_DUMP_FILE not set")
	}
	data, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(data, ParseOptions{Name: filepath.Base(f), Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range d.Provisions {
		fmt.Printf("PROV %s %d %q\n", p.Plan, p.Number, p.Text)
	}
	for _, s := range d.Statements {
		fmt.Printf("STMT %s (%s) %q\n", s.Speaker, s.Role, s.Text)
	}
}
