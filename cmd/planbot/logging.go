package main

import (
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"golang.org/x/term"

	"planbot/config"
)

// newLogger builds the one logger of the process, writing to stderr: a
// human-readable console encoding when stderr is a terminal, JSON (one
// object per line, for log collectors) otherwise, unless cfg.Log.Format
// forces one. The level is cfg.Log.Level. Callers pass it down in config
// structs and Sync it before exiting.
func newLogger(cfg *config.Config, stderr io.Writer) (*zap.Logger, error) {
	var level zapcore.Level
	if err := level.UnmarshalText([]byte(cfg.Log.Level)); err != nil {
		return nil, fmt.Errorf("log level %q: %w", cfg.Log.Level, err)
	}
	var enc zapcore.Encoder
	if logEncoding(cfg.Log.Format, stderr) == "console" {
		ec := zap.NewDevelopmentEncoderConfig()
		ec.EncodeTime = zapcore.TimeEncoderOfLayout("15:04:05.000")
		ec.EncodeLevel = zapcore.CapitalColorLevelEncoder
		enc = zapcore.NewConsoleEncoder(ec)
	} else {
		ec := zap.NewProductionEncoderConfig()
		ec.TimeKey = "ts"
		ec.EncodeTime = zapcore.RFC3339NanoTimeEncoder
		ec.EncodeDuration = zapcore.MillisDurationEncoder
		enc = zapcore.NewJSONEncoder(ec)
	}
	sink := zapcore.Lock(zapcore.AddSync(stderr))
	core := zapcore.NewCore(enc, sink, level)
	return zap.New(core, zap.ErrorOutput(sink), zap.AddStacktrace(zapcore.DPanicLevel)), nil
}

// logEncoding resolves a log format to "console" or "json": auto means
// console on a terminal and JSON anywhere else (a pipe, a file, a container
// log driver).
func logEncoding(format string, w io.Writer) string {
	switch format {
	case "console", "json":
		return format
	}
	if isTerminal(w) {
		return "console"
	}
	return "json"
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// webhookTokenRe matches the interaction or webhook token in a Discord API
// path: it is a short-lived secret that lets anyone answer the interaction.
var webhookTokenRe = regexp.MustCompile(`((?:webhooks|interactions)/[0-9]+/)[A-Za-z0-9_.\-]+`)

// discordLog returns a function to set as discordgo.Logger: discordgo's own
// messages go to log under the name "discordgo", with the secrets given
// (the bot token) and every interaction token replaced by "****".
// discordgo's debug output includes its identify packet, token included,
// and every gateway payload, members' messages included; so its
// informational and debug messages become zap debug lines, never info.
func discordLog(log *zap.Logger, secrets ...string) func(msgL, caller int, format string, a ...any) {
	log = log.Named("discordgo")
	var pairs []string
	for _, s := range secrets {
		if s != "" {
			pairs = append(pairs, s, "****")
		}
	}
	scrub := strings.NewReplacer(pairs...)
	return func(msgL, caller int, format string, a ...any) {
		level := zap.DebugLevel
		switch msgL {
		case discordgo.LogError:
			level = zap.ErrorLevel
		case discordgo.LogWarning:
			level = zap.WarnLevel
		}
		ce := log.Check(level, "")
		if ce == nil {
			return
		}
		msg := fmt.Sprintf(format, a...)
		if len(pairs) > 0 {
			msg = scrub.Replace(msg)
		}
		ce.Message = webhookTokenRe.ReplaceAllString(strings.TrimSpace(msg), "${1}****")
		ce.Write()
	}
}

// discordLogLevel is the discordgo Session.LogLevel matching the configured
// level, so discordgo does not format messages zap would drop.
func discordLogLevel(cfg *config.Config) int {
	switch cfg.Log.Level {
	case "debug":
		return discordgo.LogDebug
	case "error":
		return discordgo.LogError
	default:
		return discordgo.LogWarning
	}
}
