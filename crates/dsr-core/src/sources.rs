//! The sources the dataset must not cite: content farms, aggregators, shops and republishers, in one list, and how a URL is matched against it.
//!
//! A fact seen only on such a site is cited by its original outlet's name,
//! without a link, and the record's note says so. The shipped data is checked
//! against this list by `tests/data.rs`.

/// A site that republishes others' reporting, and why it is on the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Blocked {
    /// The registered domain; its subdomains are blocked too.
    pub domain: &'static str,
    pub why: &'static str,
}

/// Sites never to cite: from the fact-check of dataset 1.0 (December 2026), and those met while re-sourcing 1.1.
pub const BLOCKLIST: &[Blocked] = &[
    Blocked {
        domain: "tellerreport.com",
        why: "machine-translated copies of China News Service and other outlets",
    },
    Blocked {
        domain: "breakinglatest.news",
        why: "a content farm of translated Chinese news",
    },
    Blocked {
        domain: "xn--3kq7mk4gt7p7ra62prs8fclk.com",
        why: "a content farm copying white papers",
    },
    Blocked {
        domain: "fx361.cc",
        why: "a journal aggregator, not the journals' publisher",
    },
    Blocked {
        domain: "zhangyue.com",
        why: "an e-book shop",
    },
    Blocked {
        domain: "taishanchuanggu.com",
        why: "a company site republishing a MOFCOM-based feature",
    },
    Blocked {
        domain: "un-asean.org",
        why: "not a UN site; republishes People's Daily and Xinhua",
    },
    Blocked {
        domain: "lapost.us",
        why: "an unknown site republishing others' articles",
    },
    Blocked {
        domain: "beltandroad.news",
        why: "uncredited rewrites of official briefings",
    },
    Blocked {
        domain: "theindiansubcontinent.com",
        why: "an aggregator of other outlets' reports",
    },
    Blocked {
        domain: "gdte.org.cn",
        why: "an expo's site republishing MOFCOM; cite MOFCOM's own transcript",
    },
    Blocked {
        domain: "in4u.org",
        why: "a republisher",
    },
    Blocked {
        domain: "silvimedia.com",
        why: "a republisher",
    },
    Blocked {
        domain: "bgicc.com",
        why: "a republisher",
    },
    Blocked {
        domain: "soulun.net",
        why: "a republisher",
    },
    Blocked {
        domain: "balochhouse.com",
        why: "a republisher",
    },
    Blocked {
        domain: "en84.com",
        why: "a republisher",
    },
    Blocked {
        domain: "publicnow.com",
        why: "a press-release aggregator",
    },
    Blocked {
        domain: "menafn.com",
        why: "a press-release and news aggregator",
    },
    Blocked {
        domain: "polandbesthostels.com",
        why: "a spam copy of Science and Technology Daily",
    },
    Blocked {
        domain: "chuckkimmelconstruction.com",
        why: "a spam copy of Science and Technology Daily",
    },
];

/// The host of an `http(s)` URL, lower-cased, without `www.` or a port.
pub fn host(url: &str) -> Option<String> {
    let rest = url.trim();
    let lower = rest.to_ascii_lowercase();
    let after = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let authority = after.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_owned())
}

/// The list's entry for the site of `url`, if it is on the list (subdomains included).
pub fn blocked(url: &str) -> Option<&'static Blocked> {
    let host = host(url)?;
    BLOCKLIST
        .iter()
        .find(|b| host == b.domain || host.ends_with(&format!(".{}", b.domain)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_are_read_from_urls() {
        assert_eq!(
            host("https://www.Example.org/a?b").as_deref(),
            Some("example.org")
        );
        assert_eq!(
            host("http://user@news.example.org:8080/x").as_deref(),
            Some("news.example.org")
        );
        assert_eq!(host("ftp://example.org"), None);
        assert_eq!(host("https://"), None);
    }

    #[test]
    fn a_listed_domain_and_its_subdomains_are_blocked_and_lookalikes_are_not() {
        assert!(blocked("https://www.tellerreport.com/news/x").is_some());
        assert!(blocked("https://m.zhangyue.com/readbook/1").is_some());
        assert!(blocked("http://EN.gdte.org.cn/a").is_some());
        assert!(blocked("https://nottellerreport.com/x").is_none());
        assert!(blocked("https://english.mofcom.gov.cn/x").is_none());
    }
}
