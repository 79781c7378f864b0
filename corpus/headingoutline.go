package corpus

// A document numbers its own sections with Markdown headings as often as a
// documentation numbers a plan's points with them: a trustees' report's
// "## 1. Objectives and activities" … "## 6. Financial review", a works
// council's "### 1. Jahresendprämie" … "### 5. Termine", a teaching
// handout's "## 1. Linha do tempo" … "## 5. Exercícios". Such an outline
// counts from 1 with no number left out, and some of its sections are
// plainly the writer's (they cite the plan's points or report speech, so
// headingPoints already leaves them), while a plan's points printed as
// headings are a selection ("### 6. Streitkräfte", "### 7. Nato", "### 21.
// Territorien") or, when all are printed, clauses that seldom cite one
// another. The headings of an outline are the document's, not the plan's.

// minOutlineHeadings is the fewest numbered headings an outline has: two
// headings numbered 1 and 2 are as likely a plan's first two points.
const minOutlineHeadings = 3

// headingOutline follows the numbers of a document's numbered headings in
// order and how many of them headingPoints read as the writer's sections.
type headingOutline struct {
	count    int  // numbered headings
	broken   bool // a number other than the next of 1, 2, 3, …
	sections int  // headings read as the writer's sections
}

// add records the next heading's number.
func (o *headingOutline) add(n int) {
	o.count++
	if n != o.count {
		o.broken = true
	}
}

// own reports whether the numbered headings are the document's own
// outline: they count 1, 2, 3, … with none left out, three or more, and a
// third of them or more are the writer's sections.
func (o *headingOutline) own() bool {
	return !o.broken && o.count >= minOutlineHeadings && o.sections*3 >= o.count
}
