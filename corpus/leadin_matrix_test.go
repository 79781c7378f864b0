package corpus

import "testing"

// leadinMatrixFile holds the lead-in matrix: numbered lists under lead-ins
// that name their version in a dozen languages, lead-ins that switch the
// version of the list after them, and points given a title between their
// number and their text.
const leadinMatrixFile = "testdata/langmatrix/leadins.json"

// TestLeadinMatrix parses every passage of the lead-in matrix and prints
// hits/total over its wants and nots, per language and per kind; cases
// listed in leadins-open.txt are reported, not failed.
func TestLeadinMatrix(t *testing.T) {
	runProvisionMatrix(t, "lead-in matrix", leadinMatrixFile, "leadins-open.txt")
}
