package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// Guild is one server in the registry: a server that invited the bot and
// has, or may have, its own documents and feeds.
type Guild struct {
	ID       string
	Name     string
	JoinedAt time.Time
	LeftAt   time.Time // zero while the bot is a member
}

// RegisterGuild records that the bot is in a server (again), keeping the
// first JoinedAt and updating the name.
func (s *Store) RegisterGuild(ctx context.Context, g Guild) error {
	if g.ID == "" {
		return fmt.Errorf("register guild: ID is required (the global collection is not a guild)")
	}
	if g.JoinedAt.IsZero() {
		g.JoinedAt = time.Now()
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO guilds (guild_id, name, joined_at) VALUES ($1, $2, $3)
		ON CONFLICT (guild_id) DO UPDATE SET name = excluded.name, left_at = NULL`, g.ID, g.Name, g.JoinedAt)
	if err != nil {
		return fmt.Errorf("register guild %s: %w", g.ID, err)
	}
	return nil
}

// LeaveGuild records that the bot left a server; its documents and feeds
// stay until the operator removes them. It reports whether the server was
// registered.
func (s *Store) LeaveGuild(ctx context.Context, id string, at time.Time) (bool, error) {
	tag, err := s.pool.Exec(ctx, `UPDATE guilds SET left_at = $2 WHERE guild_id = $1`, id, at)
	if err != nil {
		return false, fmt.Errorf("leave guild %s: %w", id, err)
	}
	return tag.RowsAffected() > 0, nil
}

// Guilds lists the registry by server ID.
func (s *Store) Guilds(ctx context.Context) ([]Guild, error) {
	rows, err := s.pool.Query(ctx, `SELECT guild_id, name, joined_at, left_at FROM guilds ORDER BY guild_id`)
	if err != nil {
		return nil, fmt.Errorf("list guilds: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Guild, error) {
		var g Guild
		var left *time.Time
		if err := r.Scan(&g.ID, &g.Name, &g.JoinedAt, &left); err != nil {
			return Guild{}, err
		}
		g.JoinedAt = g.JoinedAt.UTC()
		if left != nil {
			g.LeftAt = left.UTC()
		}
		return g, nil
	})
	if err != nil {
		return nil, fmt.Errorf("list guilds: %w", err)
	}
	return out, nil
}
