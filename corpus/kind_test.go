package corpus

import "testing"

func TestParseKind(t *testing.T) {
	tests := []struct {
		in      string
		want    Kind
		wantErr bool
	}{
		{"", "", false},
		{"all", "", false},
		{"provision", KindProvision, false},
		{"Provisions", KindProvision, false},
		{"statement", KindStatement, false},
		{" statements ", KindStatement, false},
		{"passage", KindPassage, false},
		{"passages", KindPassage, false},
		{"source", "", true},
		{"nato", "", true},
	}
	for _, tt := range tests {
		got, err := ParseKind(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("ParseKind(%q) = %q, %v; want %q, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}
