// An interview answer often reports what others said: "Ушаков після
// зустрічі сказав, що компромісу не знайдено", "Le conseiller de Poutine
// a fait savoir que …". The answer stays the guest's statement; the speech
// it reports is also read, as a transcript's answers are (relayed), so the
// reported speaker's words are theirs too.

package corpus

// relayedInAnswer reads the reported speech of an interview answer by
// speakers other than the guest, keeping the guest's own statement.
func (x *extractor) relayedInAnswer(text string, guest *speaker, pos int) {
	x.relayed(text, guest, pos)
}
