package main

import (
	"fmt"
	"io"
	"os"

	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"golang.org/x/term"
)

// newLogger builds the one logger of the process, writing to stderr: a
// human-readable console encoding when stderr is a terminal, JSON (one
// object per line, for log collectors) otherwise, unless cfg.Log.Format
// forces one. The level is cfg.Log.Level. Callers pass it down in config
// structs and Sync it before exiting.
func newLogger(cfg *Config, stderr io.Writer) (*zap.Logger, error) {
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
