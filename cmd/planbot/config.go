package main

import (
	"github.com/spf13/cobra"

	"planbot/config"
)

// newConfigCmd is planbot config: the effective settings, where each came
// from, secrets masked. It exits 2 after printing them when one is invalid,
// so it doubles as a config check.
func newConfigCmd(env *cliEnv) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "config",
		Short: "print the effective configuration, secrets masked",
		Args:  noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(cmd, env)
			if cfg == nil {
				return err
			}
			if asJSON {
				if werr := writeJSON(env.stdout, cfg.JSON()); werr != nil {
					return werr
				}
			} else if werr := cfg.Write(env.stdout); werr != nil {
				return werr
			}
			return err
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the configuration as JSON (secrets masked)")
	addSettings(cmd, config.GroupDiscord, config.GroupGateway, config.GroupHTTP, config.GroupAdmin,
		config.GroupServing, config.GroupDigest, config.GroupFetch, config.GroupState)
	return cmd
}
