//! Which address a request comes from, for throttling and the audit log (server only).
//!
//! Behind a reverse proxy every request arrives from the proxy's address; throttling on it
//! would let one client lock out everyone. `X-Forwarded-For` says who the proxy served, but
//! anybody can send that header, so it is believed only when the peer is a proxy named in
//! `TRUSTED_PROXIES`, and only as far back as the chain stays within trusted proxies.

use std::net::IpAddr;

use ipnet::IpNet;

/// The reverse proxies whose `X-Forwarded-For` is believed (`TRUSTED_PROXIES`, a list of
/// CIDR blocks or addresses separated by commas or spaces). Empty: the header is ignored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// Parses `10.0.0.0/8, 192.168.1.7 ::1`. A bare address is a block of one.
    pub fn parse(list: &str) -> Result<Self, String> {
        let mut nets = Vec::new();
        for item in list.split([',', ' ', '\t', '\n']).map(str::trim).filter(|i| !i.is_empty()) {
            let net = match item.parse::<IpNet>() {
                Ok(net) => net,
                Err(_) => item.parse::<IpAddr>().map(IpNet::from).map_err(|_| {
                    format!("TRUSTED_PROXIES: not an address or CIDR block: {item}")
                })?,
            };
            nets.push(net);
        }
        Ok(Self(nets))
    }

    fn trusts(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// The client's address: the peer itself unless it is a trusted proxy; then the
    /// right-most address of `X-Forwarded-For` that is not a trusted proxy (the header's
    /// left part is whatever the client chose to send and is never believed).
    pub fn client(&self, peer: IpAddr, forwarded_for: &[&str]) -> IpAddr {
        if !self.trusts(peer) {
            return peer;
        }
        let mut client = peer;
        for hop in forwarded_for.iter().flat_map(|h| h.split(',')).rev() {
            let Ok(ip) = hop.trim().parse::<IpAddr>() else { break };
            client = ip;
            if !self.trusts(ip) {
                break;
            }
        }
        client
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap_or(IpAddr::from([0, 0, 0, 0]))
    }

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let none = TrustedProxies::default();
        assert_eq!(
            none.client(ip("10.0.0.2"), &["203.0.113.9"]),
            ip("10.0.0.2"),
            "no proxy configured: the header is ignored"
        );
        let proxies = TrustedProxies::parse("10.0.0.0/8, 192.168.1.7").unwrap_or_default();
        assert_eq!(proxies.client(ip("10.0.0.2"), &["203.0.113.9"]), ip("203.0.113.9"));
        assert_eq!(
            proxies.client(ip("198.51.100.4"), &["203.0.113.9"]),
            ip("198.51.100.4"),
            "not from a proxy: the header is ignored"
        );
        // A client that sends its own header cannot hide behind it: the right-most untrusted hop counts.
        assert_eq!(proxies.client(ip("10.0.0.2"), &["1.2.3.4, 203.0.113.9"]), ip("203.0.113.9"));
        assert_eq!(
            proxies.client(ip("10.0.0.2"), &["203.0.113.9, 192.168.1.7"]),
            ip("203.0.113.9"),
            "through two proxies"
        );
        assert_eq!(
            proxies.client(ip("10.0.0.2"), &["203.0.113.9", "10.0.0.9"]),
            ip("203.0.113.9"),
            "several header lines"
        );
        assert_eq!(proxies.client(ip("10.0.0.2"), &["garbage"]), ip("10.0.0.2"));
        assert_eq!(proxies.client(ip("10.0.0.2"), &[]), ip("10.0.0.2"));
    }

    #[test]
    fn the_list_is_checked() {
        assert!(TrustedProxies::parse("10.0.0.0/8 ::1").is_ok());
        assert!(TrustedProxies::parse("").is_ok_and(|p| p == TrustedProxies::default()));
        assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
        assert!(TrustedProxies::parse("proxy.example").is_err());
    }
}
