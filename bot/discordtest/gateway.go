package discordtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// The double also speaks enough of the gateway for discordgo's Open: GET
// /gateway points discordgo at ws://<double>/gateway, where the double says
// HELLO, answers IDENTIFY with READY (and RESUME with RESUMED), acknowledges
// heartbeats and lets a test Dispatch events such as INTERACTION_CREATE.
// Like Discord, it numbers dispatches in one sequence and replays on RESUME
// those after the sequence the client last saw: discordgo may drop an event
// that arrives while it closes a connection, and Discord would deliver it
// again on the resumed session.

// GatewayPath is where the double's gateway websocket listens.
const GatewayPath = "/gateway"

// gatewayConn is one connected gateway client.
type gatewayConn struct {
	mu       sync.Mutex // serialises writes
	ws       *websocket.Conn
	identify json.RawMessage
}

// dispatch is one op 0 event, numbered in the gateway's sequence.
type dispatch struct {
	seq  int64
	name string
	data any
}

// send writes one payload; seq numbers op 0 dispatches and is ignored for
// other ops.
func (c *gatewayConn) send(op int, t string, seq int64, d any) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	msg := map[string]any{"op": op, "d": d}
	if op == 0 {
		msg["t"], msg["s"] = t, seq
	} else {
		msg["t"], msg["s"] = nil, nil
	}
	if err := c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second)); err != nil {
		return err
	}
	return c.ws.WriteJSON(msg)
}

type gatewayState struct {
	mu         sync.Mutex
	conns      []*gatewayConn
	identified int
	identifies []json.RawMessage
	wg         sync.WaitGroup
	seq        int64      // last sequence number given to a dispatch
	sent       []dispatch // dispatches of Dispatch, replayed on RESUME
}

// next numbers a dispatch.
func (g *gatewayState) next() int64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.seq++
	return g.seq
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

func (d *Double) serveGateway(w http.ResponseWriter, r *http.Request) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade has answered already
	}
	c := &gatewayConn{ws: ws}
	g := &d.gateway
	g.mu.Lock()
	g.conns = append(g.conns, c)
	g.wg.Add(1)
	g.mu.Unlock()
	defer g.wg.Done()
	defer ws.Close()
	if err := c.send(10, "", 0, map[string]any{"heartbeat_interval": 41250}); err != nil {
		return
	}
	for {
		var in struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if err := ws.ReadJSON(&in); err != nil {
			return
		}
		switch in.Op {
		case 1: // heartbeat
			_ = c.send(11, "", 0, nil)
		case 2: // identify
			var id struct {
				Token string `json:"token"`
			}
			_ = json.Unmarshal(in.D, &id)
			if id.Token != "Bot "+d.Token && id.Token != d.Token {
				c.mu.Lock()
				_ = ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(4004, "Authentication failed."), time.Now().Add(time.Second))
				c.mu.Unlock()
				return
			}
			_ = c.send(0, "READY", g.next(), map[string]any{
				"v": 10, "session_id": "discordtest-session", "resume_gateway_url": "ws" + d.Server.URL[len("http"):] + GatewayPath,
				"user":        map[string]any{"id": d.AppID, "username": "planbot", "discriminator": "0", "bot": true},
				"guilds":      []any{},
				"application": map[string]any{"id": d.AppID, "flags": 0},
			})
			g.mu.Lock()
			c.identify = in.D
			g.identified++
			g.identifies = append(g.identifies, in.D)
			g.mu.Unlock()
			d.notify()
		case 6: // resume
			var res struct {
				Seq int64 `json:"seq"`
			}
			_ = json.Unmarshal(in.D, &res)
			// RESUMED comes first, not last as on Discord, because
			// discordgo's Open expects it as the first event; it keeps the
			// client's sequence so that the replayed events still count
			// as unseen until the client handles them.
			_ = c.send(0, "RESUMED", res.Seq, map[string]any{})
			g.mu.Lock()
			var missed []dispatch
			for _, ev := range g.sent {
				if ev.seq > res.Seq {
					missed = append(missed, ev)
				}
			}
			g.identified++
			g.mu.Unlock()
			for _, ev := range missed {
				_ = c.send(0, ev.name, ev.seq, ev.data)
			}
			d.notify()
		}
	}
}

// Dispatch sends a gateway event (op 0) such as "INTERACTION_CREATE" with
// data as its payload to every connected client. It fails only when no
// client is connected: one whose connection fails while it is sent gets it
// again when it resumes, as on Discord.
func (d *Double) Dispatch(event string, data any) error {
	g := &d.gateway
	g.mu.Lock()
	conns := append([]*gatewayConn(nil), g.conns...)
	if len(conns) == 0 {
		g.mu.Unlock()
		return fmt.Errorf("discordtest: dispatch %s: no gateway client is connected", event)
	}
	g.seq++
	ev := dispatch{seq: g.seq, name: event, data: data}
	g.sent = append(g.sent, ev)
	g.mu.Unlock()
	for _, c := range conns {
		_ = c.send(0, ev.name, ev.seq, ev.data)
	}
	return nil
}

// WaitReady blocks until n gateway sessions have been identified or resumed
// in total (so WaitReady(2) after a DropGateway sees the reconnection).
func (d *Double) WaitReady(n int) {
	d.t.Helper()
	deadline := time.NewTimer(60 * time.Second)
	defer deadline.Stop()
	for {
		d.mu.Lock()
		ch := d.changed
		d.mu.Unlock()
		d.gateway.mu.Lock()
		got := d.gateway.identified
		d.gateway.mu.Unlock()
		if got >= n {
			return
		}
		select {
		case <-ch:
		case <-deadline.C:
			d.t.Fatalf("discordtest: waited 60s for %d gateway session(s), got %d", n, got)
			return
		}
	}
}

// Identifies returns the IDENTIFY payloads received, in order.
func (d *Double) Identifies() []json.RawMessage {
	d.gateway.mu.Lock()
	defer d.gateway.mu.Unlock()
	return append([]json.RawMessage(nil), d.gateway.identifies...)
}

// DropGateway closes every gateway connection abruptly, as a network failure
// would; discordgo is expected to reconnect.
func (d *Double) DropGateway() {
	d.gateway.mu.Lock()
	conns := d.gateway.conns
	d.gateway.conns = nil
	d.gateway.mu.Unlock()
	for _, c := range conns {
		_ = c.ws.UnderlyingConn().Close()
	}
}

// closeGateway ends every gateway connection and waits for their handlers.
func (d *Double) closeGateway() {
	d.DropGateway()
	d.gateway.wg.Wait()
}

// notify wakes Wait and WaitReady.
func (d *Double) notify() {
	d.mu.Lock()
	defer d.mu.Unlock()
	close(d.changed)
	d.changed = make(chan struct{})
}
