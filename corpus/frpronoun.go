package corpus

// frenchPronoun reports whether "il" right before a speech verb is the
// French subject pronoun rather than the Italian article of a title that
// follows the verb ("ha detto il ministro"): a report in French writes
// "Dans un message publié sur Telegram, il a écrit que …" after a fronted
// phrase, where the pronoun does not open the sentence and so is not
// capitalised. An article never stands right before the verb it would
// belong after, so only the document's language tells the two apart.
func (x *extractor) frenchPronoun() bool {
	return x.src.Lang == "fr"
}
