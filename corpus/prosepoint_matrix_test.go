package corpus

import "testing"

// prosePointMatrixFile holds the prose-point matrix: a plan's points
// reported in prose, inside someone's words and under numbered section
// headings, beside judgements and mentions that are no provision.
const prosePointMatrixFile = "testdata/langmatrix/prose-points.json"

// TestProsePointMatrix parses every passage of the prose-point matrix and
// prints hits/total over its wants and nots; cases listed in
// prose-points-open.txt are reported, not failed.
func TestProsePointMatrix(t *testing.T) {
	runProvisionMatrix(t, "prose-point matrix", prosePointMatrixFile, "prose-points-open.txt")
}
