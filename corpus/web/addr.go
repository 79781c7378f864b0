package web

import (
	"errors"
	"fmt"
	"net/netip"
)

// ErrBlockedAddress is returned (wrapped) when a URL resolves to an address
// that is not on the public internet, such as loopback, a private network or
// a cloud metadata endpoint.
var ErrBlockedAddress = errors.New("address is not public")

// blockedPrefixes are the ranges a fetch must never reach unless
// Config.AllowPrivate is set. Most come from the IANA special-purpose
// registries; the point is to keep a bot running next to other services
// from being used to probe them (SSRF).
var blockedPrefixes = mustPrefixes(
	"0.0.0.0/8",       // "this network", includes the unspecified address
	"10.0.0.0/8",      // private
	"100.64.0.0/10",   // carrier-grade NAT
	"127.0.0.0/8",     // loopback
	"169.254.0.0/16",  // link-local, includes 169.254.169.254 metadata
	"172.16.0.0/12",   // private
	"192.0.0.0/24",    // IETF protocol assignments
	"192.0.2.0/24",    // documentation
	"192.88.99.0/24",  // 6to4 relay anycast
	"192.168.0.0/16",  // private
	"198.18.0.0/15",   // benchmarking
	"198.51.100.0/24", // documentation
	"203.0.113.0/24",  // documentation
	"224.0.0.0/4",     // multicast
	"240.0.0.0/4",     // reserved, includes broadcast
	"::/128",          // unspecified
	"::1/128",         // loopback
	"100::/64",        // discard
	"2001:db8::/32",   // documentation
	"fc00::/7",        // unique local, includes fd00:ec2::254 metadata
	"fe80::/10",       // link-local
	"fec0::/10",       // deprecated site-local
	"ff00::/8",        // multicast
)

// embeddingPrefixes are IPv6 ranges that carry an IPv4 address in their low
// 32 bits (NAT64) or bits 16-48 (6to4); the embedded address is checked too,
// so 64:ff9b::7f00:1 cannot reach 127.0.0.1 through a NAT64 gateway.
var (
	nat64Prefix = netip.MustParsePrefix("64:ff9b::/96")
	sixToFour   = netip.MustParsePrefix("2002::/16")
)

func mustPrefixes(ss ...string) []netip.Prefix {
	ps := make([]netip.Prefix, len(ss))
	for i, s := range ss {
		ps[i] = netip.MustParsePrefix(s)
	}
	return ps
}

// CheckAddr returns an error wrapping ErrBlockedAddress when ip is not a
// public unicast address.
func CheckAddr(ip netip.Addr) error {
	if !ip.IsValid() {
		return fmt.Errorf("invalid address: %w", ErrBlockedAddress)
	}
	ip = ip.WithZone("").Unmap()
	for _, p := range blockedPrefixes {
		if p.Contains(ip) {
			return fmt.Errorf("%s is in %s: %w", ip, p, ErrBlockedAddress)
		}
	}
	if ip.Is6() {
		b := ip.As16()
		var v4 netip.Addr
		switch {
		case nat64Prefix.Contains(ip):
			v4 = netip.AddrFrom4([4]byte{b[12], b[13], b[14], b[15]})
		case sixToFour.Contains(ip):
			v4 = netip.AddrFrom4([4]byte{b[2], b[3], b[4], b[5]})
		}
		if v4.IsValid() {
			if err := CheckAddr(v4); err != nil {
				return fmt.Errorf("%s embeds %w", ip, err)
			}
		}
	}
	return nil
}
