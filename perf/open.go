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
// its wall time to exit, its peak resident set (MiB) and the CPU time it
// used (ms, user and system). The child gets the
// environment without PLANBOT_* settings, so it reads the data dir given
// and nothing else (no config file, no PostgreSQL).
//
// The peak is read from the child's /proc status (VmHWM) every
// millisecond until it exits, not from wait's rusage: Go starts children
// with vfork, and Linux then charges the parent's own peak (the bench's
// hundreds of MiB) to the child's ru_maxrss. Growth in the child's last
// millisecond is missed; where there is no /proc the rusage figure, an
// upper bound, is used.
func measureOpen(ctx context.Context, exe, dataDir string) (ms, rssMB, cpuMS float64, err error) {
	cmd := exec.CommandContext(ctx, exe, "ask", "--data", dataDir, OpenCommand)
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PLANBOT_") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, 0, fmt.Errorf("start %s: %w", exe, err)
	}
	status := fmt.Sprintf("/proc/%d/status", cmd.Process.Pid)
	done := make(chan struct{})
	var peakKB float64
	polled := make(chan struct{})
	go func() {
		defer close(polled)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			if kb, ok := vmHWM(status); ok {
				peakKB = max(peakKB, kb)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	err = cmd.Wait()
	took := time.Since(start)
	close(done)
	<-polled
	if err != nil {
		return 0, 0, 0, fmt.Errorf("%s ask --data %s %q: %w: %.500s", exe, dataDir, OpenCommand, err, stderr.Bytes())
	}
	if strings.TrimSpace(stdout.String()) == "" {
		return 0, 0, 0, fmt.Errorf("%s ask %q printed no answer: %.500s", exe, OpenCommand, stderr.Bytes())
	}
	ms = float64(took.Microseconds()) / 1000
	cpuMS = float64((cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()).Microseconds()) / 1000
	if peakKB > 0 {
		return ms, peakKB / 1024, cpuMS, nil
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rssMB = float64(ru.Maxrss) / 1024 // KiB on Linux
	}
	return ms, rssMB, cpuMS, nil
}
