// Package corpus turns documents into the records planbot answers from:
// a Source per document, the Provisions (points of a version of the plan) it
// sets out and the Statements (who said what) it reports. It owns parsing and
// extraction, topic tagging, the on-disk document store and the embedded seed.
//
// corpus imports neither index nor bot: both of them use its types, and the
// search request/result types live here so that bot can declare the search
// interface it needs without importing index. Besides the standard library
// it uses go.yaml.in/yaml/v3, for front matter that is more than "key:
// value", and whatlanggo, for the language of a document without a lang
// header.
//
// Sources (source.go): the outlet comes from the front matter, else the
// dateline ("MOSCOW (Reuters) -", "LONDON, November 23. /TASS/."), else the
// site of the URL (data/outlets.json); the date from the dateline when
// there is no header; the title is the first line when it reads as a
// headline, else the lead sentence.
//
// Reading: Parse takes plain text or Markdown with an optional front matter
// header (title, url, outlet, published, plan, lang; the store adds added
// and plan_fallback). HTML is converted to text before Parse (corpus/web);
// Parse rejects it, binary data, invalid UTF-8, broken front matter and
// empty bodies with an error naming the problem. A body with blank lines
// has blank-line paragraphs; one without has a paragraph per line.
//
// Provisions (provisions.go, provisions_prose.go): runs of list items ("1." "1)" "2 –" "8-" bare "7 " "-" "*"
// "•"), with lettered or more deeply indented items folded into their
// parent's text. The plan is a known version named by the lead-in or
// heading (data/plans.json), else the front matter's plan, the title's, the
// caller's fallback, or "unnamed plan". Lists whose context says nothing of a
// plan ("Key developments") are not provisions unless a plan is given.
//
// Provisions are also read from prose: "the counter-proposal says ...",
// "“...,” Reuters cited the document as saying", "Point 3 of the US plan
// ... was deleted", "the draft would cap ...". Plan names and plan words
// are known in every language of data/languages.json.
//
// Statements, one file per stage: quotes.go (quotations, in “” « » „“ ‹›,
// also over several paragraphs), attribution.go (speech verbs of every
// language in data/verbs.json, "according to" and its equivalents, "was
// quoted by OUTLET as saying", unnamed sources), speakers.go (names,
// titles of data/roles.json, pronouns and role nouns referring back),
// labels.go ("NAME: text", live-blog entries, interview answers) and
// tokens.go. An outlet is where something was reported, never the speaker.
// Statements: "X said (that) ...", "X told Y that ...", "according to X",
// the verbs of data/speakers.json, “...,” X said / said X, X said: “...”,
// and "NAME: text" labels of transcripts. Titles become the role ("US
// Secretary of State Marco Rubio"), appositives too ("Peskov, the Kremlin
// spokesman,"); surnames map to the full name seen earlier or to the
// lexicon, spelling variants to one canonical name (Zelensky, Zelenskyy,
// Zelenskiy -> Volodymyr Zelensky); he/she resolve to the last person
// speaker whose gender fits, they to the last group, it to the last body.
// A group such as "European leaders, including A, B and C" is one statement
// whose speaker is the group; its members are listed in the role
// ("including Alexander Stubb (Finland’s President), ..."), so a search on a
// member's name finds it without inventing statements the members did not
// make one by one. "The United States and Ukraine announced" makes the two
// parties a group, and "a joint statement" later is attributed to them with
// the role "joint statement". Speech reported inside a statement is part of
// it, not a statement of its own.
//
// Who has the floor (floor.go, data/floor.json): in a broadcast transcript
// or a parliamentary record the anchor's, correspondents' and chair's
// labelled turns are the publication's voice, read as prose (what they
// relay is its speaker's); bracketed applause and heckles neither speak
// nor end a speech; a production note before a label ("(SOUNDBITE)") is
// dropped; a member's group bracket and a label's own title are the role.
// Period labels ("PREGUNTA. …", "RUBIO. …") in periodqa.go; an agency's
// dated, timed flash items in flash.go; a quotation printed as its own
// paragraph after "… he said:" or "Her reply:" in colonquote.go; the text
// under a bare "Point 7" heading is the plan's, not speech
// (pointsection.go); a title given once holds for all of a person's
// statements (fillroles.go).
//
// Data, not code: the topic taxonomy (data/topics.json), plan names
// (data/plans.json), the speaker lexicon (data/speakers.json), verbs
// (data/verbs.json), titles (data/roles.json), outlets (data/outlets.json)
// and languages with their month names (data/languages.json) are embedded
// files.
//
// Store: Put replaces an older version of the same document (same URL or
// file name) and says which sources it replaced; ReloadChanges tells a
// running process what another added or removed.
package corpus
