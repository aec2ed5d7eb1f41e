//! Templates reach the catalogues through [`Tr`]: `{{ tr.t("nav-orders") }}`.
use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use tessera_domain::number::{Count, Money, Quantity};
use tessera_i18n::{Arg, Lang};

#[derive(Debug, Clone, Copy)]
pub struct Tr {
    pub lang: Lang,
}

impl Tr {
    pub fn t(&self, id: &str) -> String {
        tessera_i18n::t(self.lang, id)
    }
    pub fn t1(&self, id: &str, name: &str, value: impl AsRef<str>) -> String {
        tessera_i18n::message(self.lang, id, &[(name, Arg::from(value.as_ref()))])
    }
    pub fn t2(&self, id: &str, a: &str, av: &u64, b: &str, bv: &u64) -> String {
        tessera_i18n::message(self.lang, id, &[(a, Arg::from(*av)), (b, Arg::from(*bv))])
    }
    /// A message with two text arguments.
    pub fn t2s(&self, id: &str, a: &str, av: impl AsRef<str>, b: &str, bv: impl AsRef<str>) -> String {
        tessera_i18n::message(self.lang, id, &[(a, Arg::from(av.as_ref())), (b, Arg::from(bv.as_ref()))])
    }
    /// A share as a whole percent in the reader's style, or a dash when there is nothing to measure.
    pub fn percent(&self, r: &tessera_domain::scorecard::Ratio) -> String {
        match r.percent() {
            Some(p) => tessera_i18n::message(self.lang, "percent", &[("value", Arg::from(p))]),
            None => "–".into(),
        }
    }
    /// "November 2026".
    pub fn month(&self, d: &NaiveDate) -> String {
        use chrono::Datelike;
        format!("{} {}", self.t(&format!("month-{}", d.month())), d.year())
    }
    /// "Nov", for a chart's axis.
    pub fn month_short(&self, d: &NaiveDate) -> String {
        use chrono::Datelike;
        self.t(&format!("month-short-{}", d.month()))
    }
    pub fn n(&self, id: &str, name: &str, value: &u64) -> String {
        tessera_i18n::message(self.lang, id, &[(name, Arg::from(*value))])
    }
    pub fn code(&self) -> &'static str {
        self.lang.code()
    }
    pub fn date(&self, d: &NaiveDate) -> String {
        tessera_i18n::date(self.lang, *d)
    }
    /// The day of a moment, as [`Tr::date`].
    pub fn day(&self, t: &DateTime<Utc>) -> String {
        tessera_i18n::date(self.lang, t.date_naive())
    }
    pub fn date_opt(&self, d: &Option<NaiveDate>) -> String {
        d.map(|d| tessera_i18n::date(self.lang, d)).unwrap_or_default()
    }
    pub fn datetime(&self, t: &DateTime<Utc>) -> String {
        tessera_i18n::datetime(self.lang, *t)
    }
    pub fn money(&self, m: &Money) -> String {
        tessera_i18n::decimal(self.lang, m.get(), 2)
    }
    pub fn money_opt(&self, m: &Option<Money>) -> String {
        m.as_ref().map(|m| self.money(m)).unwrap_or_default()
    }
    pub fn qty(&self, q: &Quantity) -> String {
        tessera_i18n::decimal(self.lang, q.get(), 0)
    }
    pub fn count(&self, q: &Count) -> String {
        tessera_i18n::decimal(self.lang, q.get(), 0)
    }
    pub fn count_opt(&self, q: &Option<Count>) -> String {
        q.as_ref().map(|q| self.count(q)).unwrap_or_default()
    }
    /// A mean rating to one decimal ("4,3" in Polish), or a dash without ratings.
    pub fn stars(&self, a: &tessera_domain::service::Average) -> String {
        a.mean().map(|m| tessera_i18n::decimal(self.lang, m, 1)).unwrap_or_else(|| "–".to_owned())
    }
    pub fn dec(&self, d: &Decimal) -> String {
        tessera_i18n::decimal(self.lang, *d, 0)
    }
    pub fn delivery_status(&self, s: &str) -> String {
        self.t(&format!("delivery-status-{s}"))
    }
    pub fn delivery_kind(&self, s: &str) -> String {
        self.t(&format!("delivery-kind-{s}"))
    }
    pub fn complaint_status(&self, s: &str) -> String {
        self.t(&format!("complaint-status-{s}"))
    }
    /// A portal action as a person reads it (`order.view` → "See the order").
    pub fn action_name(&self, name: &str) -> String {
        self.t1("link-action-name", "action", name.replace('.', "-"))
    }
    /// An order status, from the catalogue (`status-draft`…).
    pub fn status(&self, s: &str) -> String {
        self.t(&format!("status-{}", s.replace('_', "-")))
    }
    /// A contact's role by name (`Customer Admin`), and what it lets the contact do.
    pub fn role(&self, r: &tessera_domain::contact::ContactRole) -> String {
        self.t(&r.message_id())
    }
    pub fn role_about(&self, r: &tessera_domain::contact::ContactRole) -> String {
        self.t(&format!("{}-about", r.message_id()))
    }
    /// A contact's side: "Customer" or "Purchaser".
    pub fn side(&self, s: &tessera_domain::contact::Side) -> String {
        self.t(&format!("contact-side-{}", s.as_str()))
    }
    /// A contact's side as a badge: its name, and the key its style is chosen by.
    pub fn side_badge(&self, s: &tessera_domain::contact::Side) -> SideBadge {
        SideBadge { key: s.as_str(), label: self.side(s) }
    }
    /// Roles as a comma-separated list of their names.
    pub fn roles(&self, roles: &std::collections::BTreeSet<tessera_domain::contact::ContactRole>) -> String {
        roles.iter().map(|r| self.role(r)).collect::<Vec<_>>().join(", ")
    }
}

/// A contact's side shown as a badge (`<span class="badge side side-{{ key }}">{{ label }}</span>`):
/// the name says it, the colour and border only help.
pub struct SideBadge {
    pub key: &'static str,
    pub label: String,
}

impl std::fmt::Display for SideBadge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}
