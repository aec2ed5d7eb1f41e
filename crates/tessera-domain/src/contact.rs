//! Customer organisations and their contacts (seed 004, QuantityWare's Contacts Manager).
//!
//! A customer organisation may have a purchaser organisation that buys on its behalf. Its
//! contacts are named people on one of the two sides, each with any number of roles; a role is
//! a named set of permissions (the policy's actions, see [`ContactRole::actions`]) and fits one
//! side or both. Contacts are not changed directly: an organisation's admin files a
//! [`ChangeSet`] (built and checked by [`plan`]), and the host's staff approve it.
use crate::email::Email;
use crate::ids::{ContactId, PartyId};
use crate::policy::Action;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;

/// Which organisation a contact belongs to: the customer, or the purchaser buying for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Customer,
    Purchaser,
}

impl Side {
    pub const ALL: [Side; 2] = [Self::Customer, Self::Purchaser];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Customer => "customer",
            Self::Purchaser => "purchaser",
        }
    }
}

impl FromStr for Side {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Self::ALL.into_iter().find(|x| x.as_str() == s.trim()).ok_or(())
    }
}

impl fmt::Display for Side {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A contact's role: a named set of permissions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactRole {
    /// The customer's management: its contacts, and a read of orders, documents and invoices.
    Management,
    /// Looks after the customer's contacts and their roles.
    CustomerAdmin,
    /// Places orders and follows them (on either side).
    Ordering,
    /// Asks for stock and availability.
    StockQuery,
    /// Reads and uploads documents and installation instructions.
    Documents,
    /// Registers service requests and defects and follows them.
    ServiceRequests,
    /// Looks after the purchaser's contacts and their roles.
    PurchaserAdmin,
    /// Reads invoices.
    Invoices,
}

impl ContactRole {
    pub const ALL: [ContactRole; 8] = [
        Self::Management,
        Self::CustomerAdmin,
        Self::Ordering,
        Self::StockQuery,
        Self::Documents,
        Self::ServiceRequests,
        Self::PurchaserAdmin,
        Self::Invoices,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Management => "management",
            Self::CustomerAdmin => "customer_admin",
            Self::Ordering => "ordering",
            Self::StockQuery => "stock_query",
            Self::Documents => "documents",
            Self::ServiceRequests => "service_requests",
            Self::PurchaserAdmin => "purchaser_admin",
            Self::Invoices => "invoices",
        }
    }

    /// The catalogue id of its name (`role-customer-admin`); the description is `…-about`.
    pub fn message_id(self) -> String {
        format!("contact-role-{}", self.as_str().replace('_', "-"))
    }

    /// Whether the role is offered to contacts of this side.
    pub fn fits(self, side: Side) -> bool {
        match self {
            Self::Ordering => true,
            Self::Management | Self::CustomerAdmin | Self::StockQuery | Self::Documents | Self::ServiceRequests => {
                side == Side::Customer
            }
            Self::PurchaserAdmin | Self::Invoices => side == Side::Purchaser,
        }
    }

    /// The roles offered on a side, in the order the contacts manager shows them.
    pub fn for_side(side: Side) -> Vec<ContactRole> {
        Self::ALL.into_iter().filter(|r| r.fits(side)).collect()
    }

    /// Whether the role manages contacts, and whose: the customer's admins manage both sides
    /// (seed 004: "within your organisation and its purchaser organisation"), the purchaser's
    /// admin only the purchaser's contacts.
    pub fn manages(self) -> Option<&'static [Side]> {
        match self {
            Self::Management | Self::CustomerAdmin => Some(&[Side::Customer, Side::Purchaser]),
            Self::PurchaserAdmin => Some(&[Side::Purchaser]),
            _ => None,
        }
    }

    /// The permissions the role grants: the policy's actions.
    pub fn actions(self) -> &'static [Action] {
        use Action::*;
        match self {
            Self::Management => &[
                CustomerEnter,
                CustomerContacts,
                CustomerApiKeys,
                CustomerOrderView,
                CustomerDocumentView,
                CustomerInvoiceView,
            ],
            Self::CustomerAdmin => &[CustomerEnter, CustomerContacts, CustomerApiKeys],
            Self::PurchaserAdmin => &[CustomerEnter, CustomerContacts],
            Self::Ordering => &[CustomerEnter, CustomerOrderView, CustomerOrderPlace, CustomerAvailabilityView],
            Self::StockQuery => &[CustomerEnter, CustomerStockView, CustomerAvailabilityView],
            Self::Documents => &[CustomerEnter, CustomerDocumentView, CustomerDocumentUpload],
            Self::ServiceRequests => &[CustomerEnter, CustomerServiceView, CustomerServiceCreate],
            Self::Invoices => &[CustomerEnter, CustomerInvoiceView],
        }
    }
}

impl FromStr for ContactRole {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Self::ALL.into_iter().find(|r| r.as_str() == s.trim()).ok_or(())
    }
}

impl fmt::Display for ContactRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a signed-in contact is: the scope the policy checks every request against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactGrant {
    pub contact: ContactId,
    /// The customer organisation the contact works for (also for a purchaser's contact).
    pub customer: PartyId,
    pub side: Side,
    pub roles: BTreeSet<ContactRole>,
}

impl ContactGrant {
    /// Whether the policy lets this contact change `contact` (or, without one, add a contact)
    /// of `side` in its organisation.
    pub fn may_change(&self, contact: Option<ContactId>, side: Side) -> bool {
        use crate::policy::{Principal, Target, decide};
        let target = Target::Contact { id: contact, customer: self.customer, side };
        decide(&Principal::Contact(self.clone()), Action::CustomerContacts, &target).is_allowed()
    }
    pub fn may(&self, action: Action) -> bool {
        self.roles.iter().any(|r| r.actions().contains(&action))
    }
    /// Whether the contact may change contacts of `side`.
    pub fn manages(&self, side: Side) -> bool {
        self.roles.iter().filter_map(|r| r.manages()).any(|sides| sides.contains(&side))
    }
}

/// The languages a contact can be written to in.
pub const LANGUAGES: [&str; 3] = ["en", "pl", "de"];

/// A contact's details, checked. Built by [`ContactFacts::parse`]; stored as they are.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactFacts {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub position: String,
    pub language: String,
}

/// A contact's details as typed into the form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawFacts {
    pub name: String,
    pub email: String,
    pub phone: String,
    pub position: String,
    pub language: String,
}

/// Which field a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Name,
    Email,
    Phone,
    Position,
    Language,
    Side,
    Roles,
    /// The request as a whole.
    Request,
}

impl Field {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Email => "email",
            Self::Phone => "phone",
            Self::Position => "position",
            Self::Language => "language",
            Self::Side => "side",
            Self::Roles => "roles",
            Self::Request => "request",
        }
    }
}

/// A rule a change request broke. Each has its message in the catalogues (`contact-rule-…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    NameMissing,
    TooLong,
    EmailInvalid,
    /// Two contacts in the request have the same email, or the email is someone else's.
    EmailTaken,
    PhoneInvalid,
    LanguageUnknown,
    /// A contact kept in the portal without a role.
    NoRole,
    /// A role offered only to the other side's contacts.
    RoleNotForSide,
    /// A contact of the purchaser side, for a customer without a purchaser organisation.
    NoPurchaser,
    /// The change would leave a side that has an admin without one.
    LastAdmin,
    /// The requester may not change contacts of this side.
    NotYours,
    /// The contact is not one of the organisation's (any more).
    UnknownContact,
    /// The request would change nothing.
    NothingChanged,
}

impl Rule {
    pub fn message_id(self) -> &'static str {
        match self {
            Self::NameMissing => "contact-rule-name-missing",
            Self::TooLong => "contact-rule-too-long",
            Self::EmailInvalid => "contact-rule-email-invalid",
            Self::EmailTaken => "contact-rule-email-taken",
            Self::PhoneInvalid => "contact-rule-phone-invalid",
            Self::LanguageUnknown => "contact-rule-language-unknown",
            Self::NoRole => "contact-rule-no-role",
            Self::RoleNotForSide => "contact-rule-role-not-for-side",
            Self::NoPurchaser => "contact-rule-no-purchaser",
            Self::LastAdmin => "contact-rule-last-admin",
            Self::NotYours => "contact-rule-not-yours",
            Self::UnknownContact => "contact-rule-unknown-contact",
            Self::NothingChanged => "contact-rule-nothing-changed",
        }
    }
}

/// A broken rule, placed: which row of the form (`None`: the request as a whole), which field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Problem {
    pub row: Option<usize>,
    pub field: Field,
    pub rule: Rule,
}

const NAME_MAX: usize = 120;
const FIELD_MAX: usize = 120;

fn single_line(raw: &str, max: usize) -> Result<String, Rule> {
    let t = raw.trim();
    if t.chars().count() > max {
        return Err(Rule::TooLong);
    }
    if t.chars().any(char::is_control) {
        return Err(Rule::TooLong);
    }
    Ok(t.to_owned())
}

impl ContactFacts {
    /// Checks typed details; every problem at once, with its field.
    pub fn parse(raw: &RawFacts) -> Result<Self, Vec<(Field, Rule)>> {
        let mut problems = Vec::new();
        let name = match single_line(&raw.name, NAME_MAX) {
            Ok(n) if n.is_empty() => {
                problems.push((Field::Name, Rule::NameMissing));
                n
            }
            Ok(n) => n,
            Err(r) => {
                problems.push((Field::Name, r));
                String::new()
            }
        };
        let email = match Email::parse(&raw.email) {
            Ok(e) => e.as_str().to_owned(),
            Err(_) => {
                problems.push((Field::Email, Rule::EmailInvalid));
                String::new()
            }
        };
        let phone = raw.phone.trim().to_owned();
        if phone.chars().count() > 40
            || !phone.chars().all(|c| c.is_ascii_digit() || " +-()/.".contains(c))
            || (!phone.is_empty() && !phone.chars().any(|c| c.is_ascii_digit()))
        {
            problems.push((Field::Phone, Rule::PhoneInvalid));
        }
        let position = single_line(&raw.position, FIELD_MAX).unwrap_or_else(|r| {
            problems.push((Field::Position, r));
            String::new()
        });
        let language = raw.language.trim().to_lowercase();
        if !LANGUAGES.contains(&language.as_str()) {
            problems.push((Field::Language, Rule::LanguageUnknown));
        }
        if problems.is_empty() { Ok(Self { name, email, phone, position, language }) } else { Err(problems) }
    }
}

/// A contact as it is now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactNow {
    pub id: ContactId,
    pub side: Side,
    pub facts: ContactFacts,
    pub roles: BTreeSet<ContactRole>,
}

/// One row of the contacts manager's form: an existing contact (with `id`) or a new one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowInput {
    pub id: Option<ContactId>,
    /// For new contacts; an existing contact keeps its side.
    pub side: String,
    pub facts: RawFacts,
    pub roles: Vec<String>,
    /// Marked for removal.
    pub remove: bool,
}

/// One change of a request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum Change {
    Add { side: Side, facts: ContactFacts, roles: BTreeSet<ContactRole> },
    Update { before: ContactNow, facts: ContactFacts, roles: BTreeSet<ContactRole> },
    Remove { before: ContactNow },
}

impl Change {
    /// The existing contact it is about, if any.
    pub fn contact(&self) -> Option<ContactId> {
        match self {
            Self::Add { .. } => None,
            Self::Update { before, .. } | Self::Remove { before } => Some(before.id),
        }
    }
}

/// What a change request asks for: the changes, nothing else (contacts left as they are are
/// not in it).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeSet {
    pub changes: Vec<Change>,
}

/// Who the contacts are after the set is applied: (side, roles) per contact kept or added.
fn after(current: &[ContactNow], set: &ChangeSet) -> Vec<(Side, BTreeSet<ContactRole>)> {
    let mut by_id: BTreeMap<ContactId, (Side, BTreeSet<ContactRole>)> =
        current.iter().map(|c| (c.id, (c.side, c.roles.clone()))).collect();
    let mut added = Vec::new();
    for ch in &set.changes {
        match ch {
            Change::Add { side, roles, .. } => added.push((*side, roles.clone())),
            Change::Update { before, roles, .. } => {
                if let Some(e) = by_id.get_mut(&before.id) {
                    e.1 = roles.clone();
                }
            }
            Change::Remove { before } => {
                by_id.remove(&before.id);
            }
        }
    }
    by_id.into_values().chain(added).collect()
}

fn has_admin(contacts: &[(Side, BTreeSet<ContactRole>)], side: Side) -> bool {
    contacts.iter().any(|(s, roles)| *s == side && roles.iter().any(|r| r.manages().is_some_and(|m| m.contains(&side))))
}

/// What the organisation looks like, for checking a request.
#[derive(Debug, Clone)]
pub struct Organisation<'a> {
    pub customer: PartyId,
    pub has_purchaser: bool,
    /// Its contacts now, both sides.
    pub contacts: &'a [ContactNow],
    /// Emails of accounts outside this organisation (lower-case): a new or changed email must
    /// not be one of them.
    pub taken_elsewhere: &'a BTreeSet<String>,
}

/// Checks the whole form and turns it into the changes to request. Every rule of the contacts
/// manager is here: details valid, at least one role per contact kept, roles that fit the
/// contact's side, emails valid and unique, the requester changes only the sides they manage,
/// no side that has an admin is left without one, and something changes at all.
pub fn plan(org: &Organisation<'_>, requester: &ContactGrant, rows: &[RowInput]) -> Result<ChangeSet, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut changes = Vec::new();
    let mut emails: BTreeMap<String, usize> = BTreeMap::new();
    let current: BTreeMap<ContactId, &ContactNow> = org.contacts.iter().map(|c| (c.id, c)).collect();
    let mut seen = BTreeSet::new();
    for (i, row) in rows.iter().enumerate() {
        let mut push = |field, rule| problems.push(Problem { row: Some(i), field, rule });
        let existing = match row.id {
            Some(id) => match current.get(&id) {
                Some(c) if seen.insert(id) => Some(*c),
                _ => {
                    push(Field::Request, Rule::UnknownContact);
                    continue;
                }
            },
            None => None,
        };
        let side = match existing {
            Some(c) => c.side,
            None => match row.side.parse::<Side>() {
                Ok(s) => s,
                Err(()) => {
                    push(Field::Side, Rule::RoleNotForSide);
                    continue;
                }
            },
        };
        if side == Side::Purchaser && !org.has_purchaser {
            push(Field::Side, Rule::NoPurchaser);
            continue;
        }
        if row.remove {
            // A new row marked for removal is simply dropped.
            if let Some(c) = existing {
                if requester.may_change(Some(c.id), side) {
                    changes.push(Change::Remove { before: c.clone() });
                } else {
                    push(Field::Request, Rule::NotYours);
                }
            }
            continue;
        }
        let facts = match ContactFacts::parse(&row.facts) {
            Ok(f) => Some(f),
            Err(ps) => {
                for (field, rule) in ps {
                    push(field, rule);
                }
                None
            }
        };
        let mut roles = BTreeSet::new();
        for r in &row.roles {
            match r.parse::<ContactRole>() {
                Ok(role) if role.fits(side) => {
                    roles.insert(role);
                }
                _ => push(Field::Roles, Rule::RoleNotForSide),
            }
        }
        if roles.is_empty() {
            push(Field::Roles, Rule::NoRole);
        }
        let Some(facts) = facts else { continue };
        if let Some(first) = emails.insert(facts.email.clone(), i) {
            let _ = first;
            push(Field::Email, Rule::EmailTaken);
        } else if org.taken_elsewhere.contains(&facts.email) && existing.is_none_or(|c| c.facts.email != facts.email) {
            push(Field::Email, Rule::EmailTaken);
        }
        let change = match existing {
            Some(c) if c.facts == facts && c.roles == roles => None,
            Some(c) => Some(Change::Update { before: c.clone(), facts, roles }),
            None => Some(Change::Add { side, facts, roles }),
        };
        if let Some(change) = change {
            if requester.may_change(row.id, side) {
                changes.push(change);
            } else {
                push(Field::Request, Rule::NotYours);
            }
        }
    }
    // An email kept by a contact not in the form counts too: the form may leave rows out.
    for c in org.contacts {
        if !seen.contains(&c.id)
            && let Some(i) = emails.get(&c.facts.email)
        {
            problems.push(Problem { row: Some(*i), field: Field::Email, rule: Rule::EmailTaken });
        }
    }
    let set = ChangeSet { changes };
    let now = after(org.contacts, &ChangeSet::default());
    let then = after(org.contacts, &set);
    for side in Side::ALL {
        if has_admin(&now, side) && !has_admin(&then, side) {
            problems.push(Problem { row: None, field: Field::Request, rule: Rule::LastAdmin });
        }
    }
    if problems.is_empty() && set.changes.is_empty() {
        problems.push(Problem { row: None, field: Field::Request, rule: Rule::NothingChanged });
    }
    if problems.is_empty() {
        Ok(set)
    } else {
        problems.sort();
        problems.dedup();
        Err(problems)
    }
}

/// Where a change request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RequestStatus {
    Pending,
    Approved,
    Rejected,
    Cancelled,
}

impl RequestStatus {
    pub const ALL: [RequestStatus; 4] = [Self::Pending, Self::Approved, Self::Rejected, Self::Cancelled];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::Rejected => "rejected",
            Self::Cancelled => "cancelled",
        }
    }
}

impl FromStr for RequestStatus {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Self::ALL.into_iter().find(|x| x.as_str() == s).ok_or(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn facts(name: &str, email: &str) -> ContactFacts {
        ContactFacts {
            name: name.into(),
            email: email.into(),
            phone: String::new(),
            position: String::new(),
            language: "en".into(),
        }
    }

    fn contact(id: i64, side: Side, email: &str, roles: &[ContactRole]) -> ContactNow {
        ContactNow { id: ContactId::new(id), side, facts: facts("X", email), roles: roles.iter().copied().collect() }
    }

    fn grant(side: Side, roles: &[ContactRole]) -> ContactGrant {
        ContactGrant {
            contact: ContactId::new(1),
            customer: PartyId::new(1),
            side,
            roles: roles.iter().copied().collect(),
        }
    }

    fn keep(c: &ContactNow) -> RowInput {
        RowInput {
            id: Some(c.id),
            side: String::new(),
            facts: RawFacts {
                name: c.facts.name.clone(),
                email: c.facts.email.clone(),
                phone: c.facts.phone.clone(),
                position: c.facts.position.clone(),
                language: c.facts.language.clone(),
            },
            roles: c.roles.iter().map(|r| r.as_str().to_owned()).collect(),
            remove: false,
        }
    }

    fn new_row(side: &str, email: &str, roles: &[&str]) -> RowInput {
        RowInput {
            id: None,
            side: side.into(),
            facts: RawFacts { name: "New".into(), email: email.into(), language: "pl".into(), ..Default::default() },
            roles: roles.iter().map(|r| (*r).to_owned()).collect(),
            remove: false,
        }
    }

    fn setup() -> (Vec<ContactNow>, BTreeSet<String>) {
        let contacts = vec![
            contact(1, Side::Customer, "admin@c.example", &[ContactRole::CustomerAdmin]),
            contact(2, Side::Customer, "buyer@c.example", &[ContactRole::Ordering]),
            contact(3, Side::Purchaser, "padmin@p.example", &[ContactRole::PurchaserAdmin]),
        ];
        (contacts, ["someone@else.example".to_owned()].into())
    }

    fn rules(r: Result<ChangeSet, Vec<Problem>>) -> Vec<Rule> {
        r.unwrap_err().into_iter().map(|p| p.rule).collect()
    }

    #[test]
    fn an_admin_adds_and_removes_and_changes_roles() {
        let (contacts, taken) = setup();
        let org = Organisation {
            customer: PartyId::new(1),
            has_purchaser: true,
            contacts: &contacts,
            taken_elsewhere: &taken,
        };
        let mut buyer = keep(&contacts[1]);
        buyer.roles.push("documents".into());
        let mut gone = keep(&contacts[2]);
        gone.remove = true;
        // The purchaser side keeps an admin: a new one replaces the old.
        let rows = vec![
            keep(&contacts[0]),
            buyer,
            gone,
            new_row("purchaser", "new.padmin@p.example", &["purchaser_admin", "invoices"]),
        ];
        let set = plan(&org, &grant(Side::Customer, &[ContactRole::CustomerAdmin]), &rows).unwrap();
        assert_eq!(set.changes.len(), 3);
        assert!(matches!(&set.changes[0], Change::Update { roles, .. } if roles.contains(&ContactRole::Documents)));
        assert!(matches!(&set.changes[1], Change::Remove { before } if before.id == ContactId::new(3)));
        assert!(matches!(&set.changes[2], Change::Add { side: Side::Purchaser, .. }));
    }

    #[test]
    fn every_rule() {
        let (contacts, taken) = setup();
        let org = Organisation {
            customer: PartyId::new(1),
            has_purchaser: true,
            contacts: &contacts,
            taken_elsewhere: &taken,
        };
        let admin = grant(Side::Customer, &[ContactRole::CustomerAdmin]);
        let base = || contacts.iter().map(keep).collect::<Vec<_>>();
        // Nothing changed.
        assert_eq!(rules(plan(&org, &admin, &base())), vec![Rule::NothingChanged]);
        // A contact without a role.
        let mut rows = base();
        rows[1].roles.clear();
        assert_eq!(rules(plan(&org, &admin, &rows)), vec![Rule::NoRole]);
        // A purchaser's role on a customer's contact.
        let mut rows = base();
        rows[1].roles.push("invoices".into());
        assert_eq!(rules(plan(&org, &admin, &rows)), vec![Rule::RoleNotForSide]);
        // Removing the last admin, or taking its admin role away.
        let mut rows = base();
        rows[0].remove = true;
        assert_eq!(rules(plan(&org, &admin, &rows)), vec![Rule::LastAdmin]);
        let mut rows = base();
        rows[0].roles = vec!["ordering".into()];
        assert_eq!(rules(plan(&org, &admin, &rows)), vec![Rule::LastAdmin]);
        let mut rows = base();
        rows[2].remove = true;
        assert_eq!(rules(plan(&org, &admin, &rows)), vec![Rule::LastAdmin], "the purchaser side's only admin");
        // Invalid and duplicate emails; an email of another organisation's account.
        let mut rows = base();
        rows.push(new_row("customer", "not-an-email", &["ordering"]));
        assert_eq!(rules(plan(&org, &admin, &rows)), vec![Rule::EmailInvalid]);
        let mut rows = base();
        rows.push(new_row("customer", "BUYER@c.example", &["ordering"]));
        assert_eq!(rules(plan(&org, &admin, &rows)), vec![Rule::EmailTaken]);
        let mut rows = base();
        rows.push(new_row("customer", "a@x.example", &["ordering"]));
        rows.push(new_row("customer", "a@x.example", &["documents"]));
        assert_eq!(rules(plan(&org, &admin, &rows)), vec![Rule::EmailTaken]);
        let mut rows = base();
        rows.push(new_row("customer", "someone@else.example", &["ordering"]));
        assert_eq!(rules(plan(&org, &admin, &rows)), vec![Rule::EmailTaken]);
        // Missing name, bad phone, unknown language, all at once, each at its field.
        let mut rows = base();
        let mut r = new_row("customer", "ok@c.example", &["ordering"]);
        r.facts.name = "  ".into();
        r.facts.phone = "call me".into();
        r.facts.language = "fr".into();
        rows.push(r);
        let ps = plan(&org, &admin, &rows).unwrap_err();
        let fields: Vec<(Option<usize>, Field)> = ps.iter().map(|p| (p.row, p.field)).collect();
        assert_eq!(fields, vec![(Some(3), Field::Name), (Some(3), Field::Phone), (Some(3), Field::Language)]);
        // A purchaser contact for a customer without a purchaser.
        let no_purchaser = Organisation { has_purchaser: false, ..org.clone() };
        let mut rows = base();
        rows.truncate(2);
        rows.push(new_row("purchaser", "p2@p.example", &["ordering"]));
        assert_eq!(rules(plan(&no_purchaser, &admin, &rows)), vec![Rule::NoPurchaser]);
        // A contact of another organisation, or listed twice.
        let mut rows = base();
        rows[1].id = Some(ContactId::new(99));
        assert!(rules(plan(&org, &admin, &rows)).contains(&Rule::UnknownContact));
    }

    #[test]
    fn a_purchaser_admin_changes_only_the_purchaser_side() {
        let (contacts, taken) = setup();
        let org = Organisation {
            customer: PartyId::new(1),
            has_purchaser: true,
            contacts: &contacts,
            taken_elsewhere: &taken,
        };
        let padmin = grant(Side::Purchaser, &[ContactRole::PurchaserAdmin]);
        let mut rows: Vec<RowInput> = contacts.iter().map(keep).collect();
        rows[1].roles.push("documents".into());
        assert_eq!(rules(plan(&org, &padmin, &rows)), vec![Rule::NotYours]);
        let mut rows: Vec<RowInput> = contacts.iter().map(keep).collect();
        rows.push(new_row("purchaser", "p2@p.example", &["ordering", "invoices"]));
        assert_eq!(plan(&org, &padmin, &rows).unwrap().changes.len(), 1);
    }

    #[test]
    fn roles_offered_by_side_and_what_they_grant() {
        assert_eq!(
            ContactRole::for_side(Side::Customer),
            vec![
                ContactRole::Management,
                ContactRole::CustomerAdmin,
                ContactRole::Ordering,
                ContactRole::StockQuery,
                ContactRole::Documents,
                ContactRole::ServiceRequests
            ]
        );
        assert_eq!(
            ContactRole::for_side(Side::Purchaser),
            vec![ContactRole::Ordering, ContactRole::PurchaserAdmin, ContactRole::Invoices]
        );
        for r in ContactRole::ALL {
            assert!(r.actions().contains(&Action::CustomerEnter), "{r}");
            assert!(r.actions().iter().all(|a| a.is_contact()), "{r}");
            assert_eq!(r.as_str().parse::<ContactRole>(), Ok(r));
        }
    }

    #[test]
    fn a_change_set_survives_storage() {
        let (contacts, _) = setup();
        let set = ChangeSet {
            changes: vec![
                Change::Remove { before: contacts[1].clone() },
                Change::Add {
                    side: Side::Customer,
                    facts: facts("Jan", "jan@c.example"),
                    roles: [ContactRole::Ordering].into(),
                },
            ],
        };
        let json = serde_json::to_string(&set).unwrap();
        assert!(json.contains("\"change\":\"remove\""), "{json}");
        assert_eq!(serde_json::from_str::<ChangeSet>(&json).unwrap(), set);
    }
}
