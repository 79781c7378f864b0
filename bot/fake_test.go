package bot

import (
	"testing"

	"planbot/bot/internal/bottest"
)

func loadFixture(t testing.TB) (*bottest.Searcher, bottest.Library) { return bottest.Load(t) }

func newTestRouter(t testing.TB, extra ...Command) (*Router, *bottest.Searcher) {
	s, lib := loadFixture(t)
	return New(Config{Searcher: s, Library: lib, PageSize: 2}, extra...), s
}
