//! What a subcontractor may do in its portal (issue #8). Administrators choose, per
//! subcontractor, which of these actions its links may carry; a link carries at most those,
//! and narrowing the choice narrows every live link at once (the policy intersects the two).
use crate::link::ParseError;
use crate::policy::Action;
use std::collections::BTreeSet;
use std::str::FromStr;

/// One action a subcontractor may be allowed, as the back office's checkboxes name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SubcontractorAction {
    /// Request materials or services.
    Requisitions,
    /// Declare deliveries, with or without an order.
    Deliveries,
    /// Import a delivery from a file (CSV, XML, the formwork and small-appliance formats).
    DeliveryImport,
    /// Issue invoices for completed work.
    Invoices,
    /// Propose new item types for the catalogue.
    NewItems,
    /// Register work orders.
    WorkOrders,
    /// Fill inspections and confirm work as done.
    Inspections,
    /// Read the lockout/tagout procedures of the assets in its work orders.
    Loto,
    /// Accept and close permits to work.
    WorkPermits,
}

impl SubcontractorAction {
    pub const ALL: [SubcontractorAction; 9] = [
        Self::Requisitions,
        Self::Deliveries,
        Self::DeliveryImport,
        Self::Invoices,
        Self::NewItems,
        Self::WorkOrders,
        Self::Inspections,
        Self::Loto,
        Self::WorkPermits,
    ];

    /// The name kept in the database and used by forms and the CLI.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Requisitions => "requisitions",
            Self::Deliveries => "deliveries",
            Self::DeliveryImport => "delivery_import",
            Self::Invoices => "invoices",
            Self::NewItems => "new_items",
            Self::WorkOrders => "work_orders",
            Self::Inspections => "inspections",
            Self::Loto => "loto",
            Self::WorkPermits => "work_permits",
        }
    }

    /// The portal action it allows.
    pub fn action(self) -> Action {
        match self {
            Self::Requisitions => Action::PortalRequisitionFile,
            Self::Deliveries => Action::PortalDeliveryDeclare,
            Self::DeliveryImport => Action::PortalDeliveryImport,
            Self::Invoices => Action::PortalInvoiceIssue,
            Self::NewItems => Action::PortalItemPropose,
            Self::WorkOrders => Action::PortalWorkOrderRegister,
            Self::Inspections => Action::PortalInspectionPerform,
            Self::Loto => Action::PortalLotoView,
            Self::WorkPermits => Action::PortalPermitAccept,
        }
    }

    /// The subcontractor action that governs a portal action, if one does (entering the
    /// portal and seeing its orders are every subcontractor's).
    pub fn governing(action: Action) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.action() == action)
    }
}

impl FromStr for SubcontractorAction {
    type Err = ParseError;
    fn from_str(s: &str) -> Result<Self, ParseError> {
        let s = s.trim();
        Self::ALL.into_iter().find(|a| a.as_str().eq_ignore_ascii_case(s)).ok_or_else(|| ParseError {
            what: "subcontractor action",
            value: s.to_owned(),
            allowed: Self::ALL.map(Self::as_str).join(", "),
        })
    }
}

/// The set a subcontractor is allowed, as kept: names separated by commas.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AllowedActions(BTreeSet<SubcontractorAction>);

impl AllowedActions {
    pub fn new(actions: impl IntoIterator<Item = SubcontractorAction>) -> Self {
        Self(actions.into_iter().collect())
    }

    /// Every name must be known: `requisitions, deliveries` (spaces and empty parts ignored).
    pub fn parse(raw: &str) -> Result<Self, ParseError> {
        raw.split(',').map(str::trim).filter(|p| !p.is_empty()).map(str::parse).collect::<Result<_, _>>().map(Self)
    }

    pub fn contains(&self, action: SubcontractorAction) -> bool {
        self.0.contains(&action)
    }

    /// Whether a link of this subcontractor may take a portal action: actions no
    /// subcontractor action governs are not narrowed here.
    pub fn permits(&self, action: Action) -> bool {
        SubcontractorAction::governing(action).is_none_or(|s| self.0.contains(&s))
    }

    pub fn iter(&self) -> impl Iterator<Item = SubcontractorAction> + '_ {
        self.0.iter().copied()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The stored form, in a fixed order.
    pub fn to_text(&self) -> String {
        self.0.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(",")
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn names_round_trip_and_unknown_ones_are_named() {
        let all = AllowedActions::new(SubcontractorAction::ALL);
        assert_eq!(AllowedActions::parse(&all.to_text()).unwrap(), all);
        assert_eq!(AllowedActions::parse(" deliveries ,, LOTO").unwrap().to_text(), "deliveries,loto");
        assert!(AllowedActions::parse("").unwrap().is_empty());
        let e = AllowedActions::parse("deliveries,teleport").unwrap_err();
        assert_eq!(e.value, "teleport");
        assert!(e.to_string().contains("work_permits"), "{e}");
    }

    #[test]
    fn every_action_governs_its_own_portal_action_only() {
        let mut seen = BTreeSet::new();
        for a in SubcontractorAction::ALL {
            assert!(a.action().is_portal(), "{a:?}");
            assert!(seen.insert(a.action()), "two subcontractor actions govern {:?}", a.action());
            assert_eq!(SubcontractorAction::governing(a.action()), Some(a));
            let only = AllowedActions::new([a]);
            for b in SubcontractorAction::ALL {
                assert_eq!(only.permits(b.action()), a == b, "{a:?} allows {b:?}");
            }
        }
        // Entering and seeing orders are not narrowed.
        assert!(AllowedActions::default().permits(Action::PortalEnter));
        assert!(AllowedActions::default().permits(Action::PortalOrderView));
    }
}
