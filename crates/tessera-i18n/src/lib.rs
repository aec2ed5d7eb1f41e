//! Every string a person reads, in English, Polish and German, and the local way of writing
//! dates and decimals.
//!
//! The catalogues are Fluent files under `locales/`, compiled into the binary. A test checks
//! that the three languages have exactly the same messages.
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::fmt;
use std::str::FromStr;
use std::sync::{Arc, OnceLock};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Pl,
    De,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Pl, Lang::De];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Pl => "pl",
            Lang::De => "de",
        }
    }

    /// The language's own name, for the language switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Pl => "Polski",
            Lang::De => "Deutsch",
        }
    }

    /// The best match for an `Accept-Language` header, honouring q-values; English if none.
    pub fn negotiate(accept_language: &str) -> Lang {
        let mut best: Option<(f32, usize, Lang)> = None;
        for (i, part) in accept_language.split(',').enumerate() {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next().unwrap_or("").trim();
            let q = pieces
                .find_map(|p| p.trim().strip_prefix("q=").and_then(|v| v.trim().parse::<f32>().ok()))
                .unwrap_or(1.0);
            let primary = tag.split(['-', '_']).next().unwrap_or("");
            let Ok(lang) = primary.parse::<Lang>() else {
                continue;
            };
            if q <= 0.0 {
                continue;
            }
            let better = match best {
                None => true,
                Some((bq, bi, _)) => q > bq || (q == bq && i < bi),
            };
            if better {
                best = Some((q, i, lang));
            }
        }
        best.map(|(_, _, l)| l).unwrap_or_default()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown language {:?}: use en, pl or de", self.0)
    }
}

impl std::error::Error for UnknownLang {}

impl FromStr for Lang {
    type Err = UnknownLang;
    fn from_str(s: &str) -> Result<Self, UnknownLang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "en" => Ok(Lang::En),
            "pl" => Ok(Lang::Pl),
            "de" => Ok(Lang::De),
            _ => Err(UnknownLang(s.to_owned())),
        }
    }
}

/// The catalogues: one file per area (`main`: pages; `mail`: emails; `api`: the REST API and its
/// reference; `sales`: customers' orders; `stock`: stock and availability; `keys`: API keys;
/// `documents`: installation instructions and customers' documents; `subcontractors`: the
/// subcontractor portal; `invoices`: subcontractors' invoices; `service` and `service_report`:
/// service for customers and its PDF reports), for each language.
macro_rules! catalogue {
    ($lang:literal) => {
        concat!(
            include_str!(concat!("../locales/", $lang, "/main.ftl")),
            "\n",
            include_str!(concat!("../locales/", $lang, "/mail.ftl")),
            "\n",
            include_str!(concat!("../locales/", $lang, "/api.ftl")),
            "\n",
            include_str!(concat!("../locales/", $lang, "/sales.ftl")),
            "\n",
            include_str!(concat!("../locales/", $lang, "/stock.ftl")),
            "\n",
            include_str!(concat!("../locales/", $lang, "/keys.ftl")),
            "\n",
            include_str!(concat!("../locales/", $lang, "/documents.ftl")),
            "\n",
            include_str!(concat!("../locales/", $lang, "/subcontractors.ftl")),
            "\n",
            include_str!(concat!("../locales/", $lang, "/invoices.ftl")),
            "\n",
            include_str!(concat!("../locales/", $lang, "/service.ftl")),
            "\n",
            include_str!(concat!("../locales/", $lang, "/service_report.ftl")),
        )
    };
}

const SOURCES: [(Lang, &str); 3] =
    [(Lang::En, catalogue!("en")), (Lang::Pl, catalogue!("pl")), (Lang::De, catalogue!("de"))];

struct Catalogues {
    bundles: Vec<(Lang, FluentBundle<Arc<FluentResource>>)>,
}

fn catalogues() -> &'static Catalogues {
    static C: OnceLock<Catalogues> = OnceLock::new();
    C.get_or_init(|| {
        let bundles = SOURCES
            .iter()
            .map(|(lang, src)| {
                let langid = lang.code().parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                // No Unicode isolation marks around arguments: they would end up in plain-text
                // emails and CSV files.
                bundle.set_use_isolating(false);
                let resource = match FluentResource::try_new((*src).to_owned()) {
                    Ok(r) => r,
                    Err((r, _)) => r, // a syntax error is caught by the tests below
                };
                let _ = bundle.add_resource(Arc::new(resource));
                (*lang, bundle)
            })
            .collect();
        Catalogues { bundles }
    })
}

fn bundle(lang: Lang) -> Option<&'static FluentBundle<Arc<FluentResource>>> {
    catalogues().bundles.iter().find(|(l, _)| *l == lang).map(|(_, b)| b)
}

/// The message `id` in `lang`, with arguments. A missing message shows its id, so a gap is
/// visible rather than blank (the tests make sure there are none).
pub fn message(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let Some(bundle) = bundle(lang) else {
        return id.to_owned();
    };
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut fargs = FluentArgs::new();
    for (k, v) in args {
        match v {
            Arg::Str(s) => fargs.set(*k, FluentValue::from(s.clone())),
            Arg::Num(n) => fargs.set(*k, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, if args.is_empty() { None } else { Some(&fargs) }, &mut errors).into_owned()
}

pub fn t(lang: Lang, id: &str) -> String {
    message(lang, id, &[])
}

/// An argument of a message.
#[derive(Debug, Clone)]
pub enum Arg {
    Str(String),
    Num(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}
impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Num(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

/// A date the local way: `2026-11-22` (en, ISO), `22.11.2026` (pl, de).
pub fn date(lang: Lang, d: chrono::NaiveDate) -> String {
    match lang {
        Lang::En => d.format("%Y-%m-%d").to_string(),
        Lang::Pl | Lang::De => d.format("%d.%m.%Y").to_string(),
    }
}

/// A moment the local way, in UTC.
pub fn datetime(lang: Lang, t: chrono::DateTime<chrono::Utc>) -> String {
    match lang {
        Lang::En => t.format("%Y-%m-%d %H:%M UTC").to_string(),
        Lang::Pl | Lang::De => t.format("%d.%m.%Y %H:%M UTC").to_string(),
    }
}

/// A decimal the local way: `1,250.50` (en), `1 250,50` (pl, no-break space), `1.250,50` (de).
/// `min_scale` pads the fraction (2 for money).
pub fn decimal(lang: Lang, d: rust_decimal::Decimal, min_scale: u32) -> String {
    let mut d = d.normalize();
    if d.scale() < min_scale {
        d.rescale(min_scale);
    }
    let s = d.abs().to_string();
    let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
    let (group, point) = match lang {
        Lang::En => (",", "."),
        Lang::Pl => ("\u{a0}", ","),
        Lang::De => (".", ","),
    };
    let digits: Vec<char> = int.chars().collect();
    let mut grouped = String::new();
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push_str(group);
        }
        grouped.push(*c);
    }
    let sign = if d.is_sign_negative() && !d.is_zero() { "-" } else { "" };
    if frac.is_empty() { format!("{sign}{grouped}") } else { format!("{sign}{grouped}{point}{frac}") }
}

/// Every message id of a language, for completeness checks.
pub fn message_ids(lang: Lang) -> Vec<String> {
    let src = SOURCES.iter().find(|(l, _)| *l == lang).map(|(_, s)| *s).unwrap_or("");
    let mut ids: Vec<String> = src
        .lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once('=').map(|(k, _)| k.trim().to_owned()))
        .collect();
    ids.sort();
    ids
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use std::str::FromStr;

    #[test]
    fn catalogues_parse_and_agree() {
        for (lang, src) in SOURCES {
            assert!(FluentResource::try_new(src.to_owned()).is_ok(), "{lang}: Fluent syntax error");
        }
        let en = message_ids(Lang::En);
        assert!(en.len() > 50);
        for lang in Lang::ALL {
            let ids = message_ids(lang);
            let dups: Vec<_> = ids.windows(2).filter(|w| w[0] == w[1]).map(|w| w[0].clone()).collect();
            assert!(dups.is_empty(), "{lang}: messages defined twice: {dups:?}");
        }
        for lang in [Lang::Pl, Lang::De] {
            let other = message_ids(lang);
            let missing: Vec<_> = en.iter().filter(|k| !other.contains(k)).collect();
            let extra: Vec<_> = other.iter().filter(|k| !en.contains(k)).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang} has messages English lacks: {extra:?}");
        }
    }

    #[test]
    fn every_message_formats_in_every_language() {
        for lang in Lang::ALL {
            for id in message_ids(lang) {
                let s = message(lang, &id, &[]);
                assert!(!s.trim().is_empty(), "{lang} {id} is empty");
            }
        }
    }

    #[test]
    fn negotiation() {
        assert_eq!(Lang::negotiate("pl-PL,pl;q=0.9,en;q=0.8"), Lang::Pl);
        assert_eq!(Lang::negotiate("fr-FR, de;q=0.5, en;q=0.4"), Lang::De);
        assert_eq!(Lang::negotiate("fr"), Lang::En);
        assert_eq!(Lang::negotiate(""), Lang::En);
        assert_eq!(Lang::negotiate("en;q=0.2, pl;q=0.8"), Lang::Pl);
        assert_eq!(Lang::negotiate("pl;q=0"), Lang::En);
    }

    #[test]
    fn local_numbers_and_dates() {
        let d = rust_decimal::Decimal::from_str("1250.5").unwrap();
        assert_eq!(decimal(Lang::En, d, 2), "1,250.50");
        assert_eq!(decimal(Lang::Pl, d, 2), "1\u{a0}250,50");
        assert_eq!(decimal(Lang::De, d, 2), "1.250,50");
        assert_eq!(decimal(Lang::En, rust_decimal::Decimal::from_str("250.500").unwrap(), 0), "250.5");
        assert_eq!(decimal(Lang::De, rust_decimal::Decimal::from_str("-1234567").unwrap(), 0), "-1.234.567");
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        assert_eq!(date(Lang::En, day), "2026-11-02");
        assert_eq!(date(Lang::Pl, day), "02.11.2026");
        assert_eq!(message(Lang::Pl, "list-total", &[("count", Arg::Num(3))]), "Razem: 3");
    }
}
