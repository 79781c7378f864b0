package main

import (
	"go.uber.org/zap"

	"planbot/bot"
	"planbot/bot/metrics"
)

// observeInteractions returns the bot.Config.Observe hook: one log line and
// the metrics for every answered interaction. At info the line holds the
// command, guild, latency, hits and outcome, never what the member typed;
// the option values are added at debug only.
func observeInteractions(log *zap.Logger, m *metrics.Metrics) func(bot.Observation) {
	log = log.Named("interaction")
	return func(o bot.Observation) {
		kind := kindName(o.Request.Kind)
		m.Interaction(o.Request.Name, kind, o.Outcome, o.Took)
		level := zap.InfoLevel
		if kind == "autocomplete" {
			level = zap.DebugLevel // one per keystroke: too many for info
		}
		ce := log.Check(level, "interaction")
		if ce == nil {
			return
		}
		fields := []zap.Field{
			zap.String("command", o.Request.Name),
			zap.String("sub", o.Request.Sub),
			zap.String("kind", kind),
			zap.String("guild", o.Request.GuildID),
			zap.Duration("took", o.Took),
			zap.Int("hits", o.Hits),
			zap.String("outcome", o.Outcome),
		}
		if log.Core().Enabled(zap.DebugLevel) {
			fields = append(fields, zap.Any("options", o.Request.Options), zap.String("custom_id", o.Request.CustomID))
		}
		ce.Write(fields...)
	}
}

// kindName is the label of a request kind in logs and metrics.
func kindName(k bot.RequestKind) string {
	switch k {
	case bot.KindCommand:
		return "command"
	case bot.KindAutocomplete:
		return "autocomplete"
	case bot.KindComponent:
		return "component"
	}
	return "unknown"
}
