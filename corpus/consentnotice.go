package corpus

import "bytes"

// consentNotice reports whether a line that opens with a furniture phrase
// (the lower-cased head markFurniture reads) is a page's cookie consent
// notice. Such a notice quotes its own buttons ('By clicking "Accept
// all", you agree …'), and a quotation mark otherwise keeps a line as
// someone's words (keepLine): copied from a browser, the banner sat
// under the byline and was read as the reporter's statement. "cookie" is
// the word of the notice in every language the corpus reads.
func consentNotice(lower []byte) bool {
	return bytes.Contains(lower, []byte("cookie"))
}
