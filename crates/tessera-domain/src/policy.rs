//! The one policy: given who asks, what they want to do and to what, allow or deny.
//!
//! Every handler goes through [`decide`] (via the web layer's gate); none decides on its own.
//! A denial says how to answer: [`Denial::NotFound`] for an object outside the asker's scope
//! (its existence is not revealed), [`Denial::Forbidden`] for an action outside it,
//! [`Denial::Unauthenticated`] when nobody is signed in.
use crate::ids::{ComplaintId, DeliveryId, ItemId, OrderId, PartyId, UserId};
use crate::role::StaffRole;
use std::collections::BTreeSet;

/// Who is asking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Principal {
    Anonymous,
    Staff { user: UserId, roles: BTreeSet<StaffRole> },
}

impl Principal {
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Anonymous => "anonymous",
            Self::Staff { .. } => "staff",
        }
    }
}

/// What they want to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    /// Open the back office at all.
    BackOfficeEnter,
    PartyView,
    ItemView,
    OrderView,
    OrderCreate,
    OrderEdit,
    DeliveryView,
    ComplaintView,
    UserManage,
    OpsView,
}

impl Action {
    pub const ALL: [Action; 10] = [
        Self::BackOfficeEnter,
        Self::PartyView,
        Self::ItemView,
        Self::OrderView,
        Self::OrderCreate,
        Self::OrderEdit,
        Self::DeliveryView,
        Self::ComplaintView,
        Self::UserManage,
        Self::OpsView,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::BackOfficeEnter => "backoffice.enter",
            Self::PartyView => "party.view",
            Self::ItemView => "item.view",
            Self::OrderView => "order.view",
            Self::OrderCreate => "order.create",
            Self::OrderEdit => "order.edit",
            Self::DeliveryView => "delivery.view",
            Self::ComplaintView => "complaint.view",
            Self::UserManage => "user.manage",
            Self::OpsView => "ops.view",
        }
    }
}

/// To what: the object with the attributes the policy needs to place it in a scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// A list or a page that is not one object.
    Collection,
    Party(PartyId),
    Item(ItemId),
    Order {
        id: OrderId,
        party: PartyId,
    },
    Delivery {
        id: DeliveryId,
        party: PartyId,
    },
    Complaint {
        id: ComplaintId,
        party: PartyId,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Denial {
    Unauthenticated,
    Forbidden,
    NotFound,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Allow,
    Deny(Denial),
}

impl Decision {
    pub fn is_allowed(self) -> bool {
        self == Decision::Allow
    }
}

/// Which staff roles may take an action in the back office. A table, one row per rule.
#[allow(clippy::match_like_matches_macro)]
fn staff_may(role: StaffRole, action: Action) -> bool {
    use Action::*;
    use StaffRole::*;
    match (role, action) {
        (Admin, _) => true,
        (_, BackOfficeEnter | PartyView | ItemView | OrderView | DeliveryView | ComplaintView) => true,
        (Purchasing, OrderCreate | OrderEdit) => true,
        _ => false,
    }
}

/// The decision. Pure: no I/O, no clock; the caller logs denials.
pub fn decide(principal: &Principal, action: Action, target: &Target) -> Decision {
    match principal {
        Principal::Anonymous => Decision::Deny(Denial::Unauthenticated),
        Principal::Staff { roles, .. } => {
            // Staff see the whole company: every object is in their scope, so only the
            // action can be refused.
            let _ = target;
            if roles.iter().any(|r| staff_may(*r, action)) {
                Decision::Allow
            } else {
                Decision::Deny(Denial::Forbidden)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn staff(roles: &[StaffRole]) -> Principal {
        Principal::Staff { user: UserId::new(1), roles: roles.iter().copied().collect() }
    }

    fn targets() -> Vec<Target> {
        vec![
            Target::Collection,
            Target::Party(PartyId::new(1)),
            Target::Item(ItemId::new(1)),
            Target::Order { id: OrderId::new(1), party: PartyId::new(1) },
            Target::Delivery { id: DeliveryId::new(1), party: PartyId::new(2) },
            Target::Complaint { id: ComplaintId::new(1), party: PartyId::new(3) },
        ]
    }

    /// Every action × every kind of principal × every kind of object.
    #[test]
    fn matrix() {
        use Action::*;
        for action in Action::ALL {
            for target in targets() {
                assert_eq!(
                    decide(&Principal::Anonymous, action, &target),
                    Decision::Deny(Denial::Unauthenticated),
                    "anonymous {action:?} {target:?}"
                );
                assert_eq!(decide(&staff(&[StaffRole::Admin]), action, &target), Decision::Allow);
                assert_eq!(
                    decide(&staff(&[]), action, &target),
                    Decision::Deny(Denial::Forbidden),
                    "no roles {action:?}"
                );
                for role in [StaffRole::Purchasing, StaffRole::Warehouse, StaffRole::Service, StaffRole::Sales] {
                    let expected = match action {
                        BackOfficeEnter | PartyView | ItemView | OrderView | DeliveryView | ComplaintView => true,
                        OrderCreate | OrderEdit => role == StaffRole::Purchasing,
                        UserManage | OpsView => false,
                    };
                    assert_eq!(
                        decide(&staff(&[role]), action, &target).is_allowed(),
                        expected,
                        "{role:?} {action:?} {target:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn roles_add_up() {
        let p = staff(&[StaffRole::Warehouse, StaffRole::Purchasing]);
        assert!(decide(&p, Action::OrderEdit, &Target::Collection).is_allowed());
        assert!(!decide(&p, Action::UserManage, &Target::Collection).is_allowed());
    }
}
