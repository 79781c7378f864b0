package perf

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"time"
)

// OpenCommand is the command the start-up measure runs in a fresh process.
const OpenCommand = "/provision nato"

// measureOpen runs `exe ask --data dataDir "/provision nato"` and returns
// its wall time to exit and its peak resident set (MiB). The child gets the
// environment without PLANBOT_* settings, so it reads the data dir given
// and nothing else (no config file, no PostgreSQL).
func measureOpen(ctx context.Context, exe, dataDir string) (ms, rssMB float64, err error) {
	cmd := exec.CommandContext(ctx, exe, "ask", "--data", dataDir, OpenCommand)
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PLANBOT_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err = cmd.Run()
	took := time.Since(start)
	if err != nil {
		return 0, 0, fmt.Errorf("%s ask --data %s %q: %w: %.500s", exe, dataDir, OpenCommand, err, stderr.Bytes())
	}
	if strings.TrimSpace(stdout.String()) == "" {
		return 0, 0, fmt.Errorf("%s ask %q printed no answer: %.500s", exe, OpenCommand, stderr.Bytes())
	}
	ms = float64(took.Microseconds()) / 1000
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rssMB = float64(ru.Maxrss) / 1024 // KiB on Linux
	}
	return ms, rssMB, nil
}
