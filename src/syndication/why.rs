//! What decided a removal of the stripper, as the check that fired passes
//! it on: the family the stripper's own logic reads (`branding:site-name`)
//! and what fired — the typed rule and pattern, the site's name and where
//! the page gave it, or the figures against their limit. It is plain
//! borrowed data (`Copy`): nothing is formatted or allocated unless the
//! explain report asks for it ([`Why::describe`]).

use crate::rules::phrases::list_rule;

/// A removal's family and what fired.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Why<'a> {
    /// The family the stripper reads (`syndication:marker`, `branding:plug`).
    pub(super) family: &'static str,
    /// What fired, for the report.
    pub(super) fired: Fired<'a>,
}

impl<'a> Why<'a> {
    /// A removal of `family` because `fired`.
    pub(super) fn new(family: &'static str, fired: Fired<'a>) -> Self {
        Why { family, fired }
    }

    /// The reason as [`Removed::reason`](crate::Removed::reason) states it:
    /// `<family>:<what fired>` (`branding:site-name:brand.site-name(og:site_name "quay wire")`).
    pub(super) fn describe(&self) -> String {
        format!("{}:{}", self.family, self.fired.describe())
    }
}

/// One of the site's names that a check found, and where the page gave it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Named<'a> {
    /// One of the site's names (normalised), and its source
    /// (`og:site_name`, `title`, `logo`, `application-name`, `metadata`).
    Site { name: &'a str, source: &'a str },
    /// The label of the page's host (`quaywire` of `quaywire.example`).
    Host(&'a str),
    /// The brand of the domain of an e-mail address at the site's host.
    MailDomain,
}

impl Named<'_> {
    fn describe(&self) -> String {
        match self {
            Named::Site { name, source } => format!("{source} {name:?}"),
            Named::Host(label) => format!("host {label:?}"),
            Named::MailDomain => "the address's domain".to_string(),
        }
    }
}

/// What fired, by the check that decided.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Fired<'a> {
    /// A pattern of a typed list rule ([`TEXT_RULES`]): the list the check
    /// read and the pattern that matched (`marker.prefix("source:")`).
    List(&'static [&'static str], &'static str),
    /// A typed rule named by its id, and the pattern that matched (a rule
    /// of pairs: `marker.appeared-first(" appeared first on ")`).
    Rule(&'static str, &'static str),
    /// A check that is no list, by its id (`byline.date-stamp`,
    /// `caption.file-name`).
    Check(&'static str),
    /// A typed list rule's pattern and the site's name that a check needed
    /// beside it (`promo.phrase("stay tuned"; og:site_name "quay wire")`).
    ListNaming(&'static [&'static str], &'static str, Named<'a>),
    /// The caller's rule (`caller.text("sponsored:")`, `caller.marker(…)`,
    /// `caller.selector`).
    Caller(&'static str, &'a str),
    /// The site's name alone in the block, or with `extra` words around it
    /// (at most [`BRANDING_MAX_EXTRA_WORDS`](super::BRANDING_MAX_EXTRA_WORDS)).
    SiteName(Named<'a>, usize),
    /// The header's tagline again in the post.
    Tagline(&'a str),
    /// A check that names the site (`promo.republished-names-site`,
    /// `promo.own-address`, `brand.plug`), with what named it and, for a
    /// plug, where it stood (`at the tail`, `as a heading`…).
    Naming(&'static str, Named<'a>, &'static str),
    /// The outlet a credit named, in a line of its promotion: its name or
    /// its host's label.
    Outlet(&'static str, &'a str),
    /// A line that is one link to another page of the site: the check, the
    /// number of links, the linked share and the least share.
    OwnLinks(&'static str, usize, f32, f32),
    /// A list whose items all open with a link to a post of the site.
    Teasers(usize),
    /// A short block after the credit that ended the republished article:
    /// its bytes and the limit.
    AfterCredit(usize, usize),
}

impl Fired<'_> {
    /// The rule part of the reason.
    pub(super) fn describe(&self) -> String {
        match *self {
            Fired::List(list, pattern) => format!("{}({pattern:?})", list_rule(list)),
            Fired::Rule(id, pattern) => format!("{id}({pattern:?})"),
            Fired::Check(id) => id.to_string(),
            Fired::ListNaming(list, pattern, named) => {
                format!("{}({pattern:?}; {})", list_rule(list), named.describe())
            }
            Fired::Caller(what, value) => format!("caller.{what}({value:?})"),
            Fired::SiteName(named, 0) => format!("brand.site-name({})", named.describe()),
            Fired::SiteName(named, extra) => format!(
                "brand.site-name-with-words({}, {extra}<=BRANDING_MAX_EXTRA_WORDS={} words)",
                named.describe(),
                super::BRANDING_MAX_EXTRA_WORDS
            ),
            Fired::Tagline(t) => format!("brand.tagline(header {t:?})"),
            Fired::Naming(id, named, "") => format!("{id}({})", named.describe()),
            Fired::Naming(id, named, placed) => format!("{id}({}, {placed})", named.describe()),
            Fired::Outlet(id, name) => format!("{id}({name:?})"),
            Fired::OwnLinks(id, links, share, min) => {
                format!("{id}({links} links, {share:.2}>={min:.2} linked)")
            }
            Fired::Teasers(items) => format!("links.own-post-teasers({items} items)"),
            Fired::AfterCredit(bytes, max) => {
                format!("syndication.after-credit({bytes}<SHORT_BLOCK*2={max} bytes)")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::patterns::{DISCLAIMER_LABELS, MARKER_EXACT, PROMO_PHRASES};
    use super::*;

    #[test]
    fn a_list_is_named_by_its_rule() {
        let why = Why::new(
            "syndication:marker",
            Fired::List(MARKER_EXACT, "source link"),
        );
        assert_eq!(
            why.describe(),
            "syndication:marker:marker.exact(\"source link\")"
        );
        assert_eq!(
            Fired::List(DISCLAIMER_LABELS, "disclaimer:").describe(),
            "legal.disclaimer-label(\"disclaimer:\")"
        );
        // A slice that is no rule's patterns.
        static OTHER: &[&str] = &["x"];
        assert_eq!(Fired::List(OTHER, "x").describe(), "list(\"x\")");
    }

    #[test]
    fn names_say_where_the_page_gave_them() {
        let og = Named::Site {
            name: "quay wire",
            source: "og:site_name",
        };
        assert_eq!(
            Why::new("branding:site-name", Fired::SiteName(og, 0)).describe(),
            "branding:site-name:brand.site-name(og:site_name \"quay wire\")"
        );
        assert_eq!(
            Fired::SiteName(og, 2).describe(),
            "brand.site-name-with-words(og:site_name \"quay wire\", 2<=BRANDING_MAX_EXTRA_WORDS=4 words)"
        );
        assert_eq!(
            Fired::SiteName(Named::Host("quaywire"), 0).describe(),
            "brand.site-name(host \"quaywire\")"
        );
        assert_eq!(
            Fired::ListNaming(PROMO_PHRASES, "stay tuned", og).describe(),
            "promo.phrase(\"stay tuned\"; og:site_name \"quay wire\")"
        );
        assert_eq!(
            Fired::Naming("brand.plug", og, "at the tail").describe(),
            "brand.plug(og:site_name \"quay wire\", at the tail)"
        );
        assert_eq!(
            Fired::OwnLinks("links.own-link-line", 1, 0.934, 0.6).describe(),
            "links.own-link-line(1 links, 0.93>=0.60 linked)"
        );
        assert_eq!(
            Fired::AfterCredit(42, 600).describe(),
            "syndication.after-credit(42<SHORT_BLOCK*2=600 bytes)"
        );
    }
}
