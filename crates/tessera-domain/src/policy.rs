//! The one policy: given who asks, what they want to do and to what, allow or deny.
//!
//! Every handler goes through [`decide`] (via the web layer's gate); none decides on its own.
//! A denial says how to answer: [`Denial::NotFound`] for an object outside the asker's scope
//! (its existence is not revealed), [`Denial::Forbidden`] for an action outside it,
//! [`Denial::Unauthenticated`] when nobody is signed in.
use crate::api_key::{ApiKeyGrant, KeyScope};
use crate::contact::{ContactGrant, Side};
use crate::ids::{
    ApiKeyId, ChangeRequestId, ComplaintId, ContactId, CustomerDocumentId, DeliveryId, InspectionPlanId, InstructionId,
    InvoiceId, ItemId, ItemProposalId, OrderId, PartyId, PermitId, RequisitionId, SalesOrderId, ServiceJobId,
    ServiceRequestId, UserId, WorkOrderId,
};
use crate::link::{LinkGrant, LinkObject, Portal};
use crate::role::StaffRole;
use std::collections::BTreeSet;

/// Who is asking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Principal {
    Anonymous,
    Staff {
        user: UserId,
        roles: BTreeSet<StaffRole>,
    },
    /// A partner who opened an access link: exactly what the link grants.
    Link(LinkGrant),
    /// A customer organisation's contact, signed in: what its roles grant, in its organisation.
    Contact(ContactGrant),
    /// A system calling the API with a key: what the key's roles grant, in its scope.
    ApiKey(ApiKeyGrant),
}

impl Principal {
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Anonymous => "anonymous",
            Self::Staff { .. } => "staff",
            Self::Link(_) => "link",
            Self::Contact(_) => "contact",
            Self::ApiKey(_) => "api_key",
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
    /// Staff issue, list and revoke access links.
    LinkManage,
    /// Accept or reject a supplier's date proposal.
    OrderDecideDate,
    /// Record what arrived: the checked quantity per line of a declared delivery.
    DeliveryReceive,
    /// The warehouse raises a complaint on a received delivery (and sends its link).
    ComplaintRaise,
    /// Staff add comments and attachments to a complaint's thread.
    ComplaintComment,
    /// Staff resolve, reject or close a complaint.
    ComplaintDecide,
    /// Portal actions, the ones an access link can carry.
    PortalEnter,
    PortalOrderView,
    PortalOrderConfirm,
    PortalDeliveryDeclare,
    PortalComplaintView,
    PortalComplaintAnswer,
    /// A subcontractor's portal actions (issue #8), each allowed per subcontractor
    /// ([`crate::subcontractor::SubcontractorAction`]): request materials or services,
    PortalRequisitionFile,
    /// import a delivery from a file,
    PortalDeliveryImport,
    /// issue an invoice for completed work,
    PortalInvoiceIssue,
    /// propose a new item type,
    PortalItemPropose,
    /// register a work order,
    PortalWorkOrderRegister,
    /// fill an inspection and confirm work as done,
    PortalInspectionPerform,
    /// read the lockout/tagout procedures of its work orders' assets,
    PortalLotoView,
    /// accept and close permits to work.
    PortalPermitAccept,
    /// Staff choose which actions each subcontractor's links may carry.
    SubcontractorActionsManage,
    /// Staff approve subcontractors' proposed items into the catalogue (or merge or reject them).
    ItemProposalReview,
    /// Staff approve, reject or order subcontractors' requisitions.
    RequisitionReview,
    /// Staff accept or dispute subcontractors' invoices, and export them.
    InvoiceReview,
    /// Staff register work orders and assets, and accept inspections or send them back.
    WorkOrderManage,
    /// Staff maintain lockout/tagout procedures and issue, cancel and read permits to work.
    SafetyManage,
    /// Staff add contacts to customer organisations and decide their change requests.
    ContactAdminister,
    /// A contact's actions in the customer portal, the ones roles grant
    /// ([`crate::contact::ContactRole::actions`]).
    CustomerEnter,
    /// See the organisation's contacts and request changes to them.
    CustomerContacts,
    CustomerOrderView,
    CustomerOrderPlace,
    CustomerStockView,
    CustomerDocumentView,
    CustomerDocumentUpload,
    /// The customer's service requests, jobs and inspections: see them, answer questions, add
    /// information, rate finished work (a contact with Service Requests, or a customer link).
    CustomerServiceView,
    /// Report a new service request or defect.
    CustomerServiceCreate,
    CustomerInvoiceView,
    /// Availability (available, limited, not available) without figures.
    CustomerAvailabilityView,
    /// The organisation's admins make and revoke its API keys.
    CustomerApiKeys,
    /// Staff (or the main system) load stock levels.
    StockManage,
    /// Staff see customers' orders (sales orders).
    SalesOrderView,
    /// Staff move a customer's order on: status, delivery-note number, tracking numbers.
    SalesOrderManage,
    /// Staff make and revoke API keys for customer organisations and for the host's systems.
    ApiKeyManage,
    /// Staff upload installation instructions (new versions; for everyone or for one customer)
    /// and see every instruction with its versions.
    InstructionManage,
    /// Staff give customers documents (price lists, pictures, films…) and see what customers
    /// uploaded for them.
    CustomerDocumentManage,
    /// Staff run the service for customers (issue #9): customers' sites and assets, triage of
    /// service requests, service jobs and inspections, inspection plans.
    ServiceManage,
}

impl Action {
    pub const ALL: [Action; 56] = [
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
        Self::LinkManage,
        Self::OrderDecideDate,
        Self::DeliveryReceive,
        Self::ComplaintRaise,
        Self::ComplaintComment,
        Self::ComplaintDecide,
        Self::PortalEnter,
        Self::PortalOrderView,
        Self::PortalOrderConfirm,
        Self::PortalDeliveryDeclare,
        Self::PortalComplaintView,
        Self::PortalComplaintAnswer,
        Self::PortalRequisitionFile,
        Self::PortalDeliveryImport,
        Self::PortalInvoiceIssue,
        Self::PortalItemPropose,
        Self::PortalWorkOrderRegister,
        Self::PortalInspectionPerform,
        Self::PortalLotoView,
        Self::PortalPermitAccept,
        Self::SubcontractorActionsManage,
        Self::ItemProposalReview,
        Self::RequisitionReview,
        Self::InvoiceReview,
        Self::WorkOrderManage,
        Self::SafetyManage,
        Self::ContactAdminister,
        Self::CustomerEnter,
        Self::CustomerContacts,
        Self::CustomerOrderView,
        Self::CustomerOrderPlace,
        Self::CustomerStockView,
        Self::CustomerDocumentView,
        Self::CustomerDocumentUpload,
        Self::CustomerServiceView,
        Self::CustomerServiceCreate,
        Self::CustomerInvoiceView,
        Self::CustomerAvailabilityView,
        Self::CustomerApiKeys,
        Self::StockManage,
        Self::SalesOrderView,
        Self::SalesOrderManage,
        Self::ApiKeyManage,
        Self::InstructionManage,
        Self::CustomerDocumentManage,
        Self::ServiceManage,
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
            Self::LinkManage => "link.manage",
            Self::OrderDecideDate => "order.decide_date",
            Self::DeliveryReceive => "delivery.receive",
            Self::ComplaintRaise => "complaint.raise",
            Self::ComplaintComment => "complaint.comment",
            Self::ComplaintDecide => "complaint.decide",
            Self::PortalEnter => "portal.enter",
            Self::PortalOrderView => "portal.order.view",
            Self::PortalOrderConfirm => "portal.order.confirm",
            Self::PortalDeliveryDeclare => "portal.delivery.declare",
            Self::PortalComplaintView => "portal.complaint.view",
            Self::PortalComplaintAnswer => "portal.complaint.answer",
            Self::PortalRequisitionFile => "portal.requisition.file",
            Self::PortalDeliveryImport => "portal.delivery.import",
            Self::PortalInvoiceIssue => "portal.invoice.issue",
            Self::PortalItemPropose => "portal.item.propose",
            Self::PortalWorkOrderRegister => "portal.work_order.register",
            Self::PortalInspectionPerform => "portal.inspection.perform",
            Self::PortalLotoView => "portal.loto.view",
            Self::PortalPermitAccept => "portal.permit.accept",
            Self::SubcontractorActionsManage => "subcontractor.actions.manage",
            Self::ItemProposalReview => "item_proposal.review",
            Self::RequisitionReview => "requisition.review",
            Self::InvoiceReview => "invoice.review",
            Self::WorkOrderManage => "work_order.manage",
            Self::SafetyManage => "safety.manage",
            Self::ContactAdminister => "contact.administer",
            Self::CustomerEnter => "customer.enter",
            Self::CustomerContacts => "customer.contacts",
            Self::CustomerOrderView => "customer.order.view",
            Self::CustomerOrderPlace => "customer.order.place",
            Self::CustomerStockView => "customer.stock.view",
            Self::CustomerDocumentView => "customer.document.view",
            Self::CustomerDocumentUpload => "customer.document.upload",
            Self::CustomerServiceView => "customer.service.view",
            Self::CustomerServiceCreate => "customer.service.create",
            Self::CustomerInvoiceView => "customer.invoice.view",
            Self::CustomerAvailabilityView => "customer.availability.view",
            Self::CustomerApiKeys => "customer.api_keys",
            Self::StockManage => "stock.manage",
            Self::SalesOrderView => "sales_order.view",
            Self::SalesOrderManage => "sales_order.manage",
            Self::ApiKeyManage => "api_key.manage",
            Self::InstructionManage => "instruction.manage",
            Self::CustomerDocumentManage => "customer_document.manage",
            Self::ServiceManage => "service.manage",
        }
    }

    /// Actions a partner takes in a portal, as opposed to the back office.
    pub fn is_portal(self) -> bool {
        self.link_name().is_some()
    }

    /// Actions a customer's contact takes, granted by roles.
    pub fn is_contact(self) -> bool {
        self.as_str().starts_with("customer.")
    }

    /// Actions no API key can take, whatever its roles: managing who may do things (users,
    /// contacts, links, keys) and the operator pages. A leaked key cannot make another.
    pub fn is_never_by_key(self) -> bool {
        matches!(
            self,
            Self::UserManage
                | Self::LinkManage
                | Self::ApiKeyManage
                | Self::ContactAdminister
                | Self::OpsView
                | Self::CustomerContacts
                | Self::CustomerApiKeys
        )
    }

    /// The name of a portal action on a link (`order.view`), as the CLI and forms spell it.
    pub fn link_name(self) -> Option<&'static str> {
        match self {
            Self::PortalEnter => Some("enter"),
            Self::PortalOrderView => Some("order.view"),
            Self::PortalOrderConfirm => Some("order.confirm"),
            Self::PortalDeliveryDeclare => Some("delivery.declare"),
            Self::PortalComplaintView => Some("complaint.view"),
            Self::PortalComplaintAnswer => Some("complaint.answer"),
            Self::PortalRequisitionFile => Some("requisition.file"),
            Self::PortalDeliveryImport => Some("delivery.import"),
            Self::PortalInvoiceIssue => Some("invoice.issue"),
            Self::PortalItemPropose => Some("item.propose"),
            Self::PortalWorkOrderRegister => Some("work_order.register"),
            Self::PortalInspectionPerform => Some("inspection.perform"),
            Self::PortalLotoView => Some("loto.view"),
            Self::PortalPermitAccept => Some("permit.accept"),
            // A customer's link carries the service actions a contact's role grants.
            Self::CustomerServiceView => Some("service.view"),
            Self::CustomerServiceCreate => Some("service.report"),
            _ => None,
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
        /// The order it was delivered against, if any: an order's link sees its deliveries.
        order: Option<OrderId>,
    },
    Complaint {
        id: ComplaintId,
        party: PartyId,
    },
    /// A customer organisation's contact; without `id`, a new contact of that side.
    Contact {
        id: Option<ContactId>,
        customer: PartyId,
        side: Side,
    },
    /// A change request for a customer organisation's contacts.
    ChangeRequest {
        id: ChangeRequestId,
        customer: PartyId,
    },
    /// A customer's order (a sales order of the company's); without `id`, a new one.
    SalesOrder {
        id: Option<SalesOrderId>,
        customer: PartyId,
    },
    /// An API key: a customer organisation's, or (without `customer`) the host's.
    ApiKey {
        id: Option<ApiKeyId>,
        customer: Option<PartyId>,
    },
    /// A version of an installation instruction: for everyone (without `customer`) or for one
    /// customer organisation only; without `id`, a new one.
    Instruction {
        id: Option<InstructionId>,
        customer: Option<PartyId>,
    },
    /// A version of a customer organisation's document (whoever sent it); without `id`, a new one.
    CustomerDocument {
        id: Option<CustomerDocumentId>,
        customer: PartyId,
    },
    /// A new delivery of the party without an order (the subcontractor portal's).
    FreeDelivery {
        party: PartyId,
    },
    /// A subcontractor's proposed item; without `id`, a new one or the party's list.
    ItemProposal {
        id: Option<ItemProposalId>,
        party: PartyId,
    },
    /// A subcontractor's requisition of materials or services; without `id`, a new one.
    Requisition {
        id: Option<RequisitionId>,
        party: PartyId,
    },
    /// A subcontractor's invoice; without `id`, a new one.
    Invoice {
        id: Option<InvoiceId>,
        party: PartyId,
    },
    /// A work order given to a subcontractor (its checklist, inspection, and the lockout/tagout
    /// procedures of its asset); without `id`, a new one.
    WorkOrder {
        id: Option<WorkOrderId>,
        party: PartyId,
    },
    /// A permit to work issued to a subcontractor, for a work order or not.
    Permit {
        id: PermitId,
        party: PartyId,
        work_order: Option<WorkOrderId>,
    },
    /// A customer's service request (with its timeline and files); without `id`, a new one or
    /// the customer's list.
    ServiceRequest {
        id: Option<ServiceRequestId>,
        customer: PartyId,
    },
    /// A service job or inspection at a customer's site, planned for a request or not (a
    /// recurring inspection); without `id`, the customer's list.
    ServiceJob {
        id: Option<ServiceJobId>,
        customer: PartyId,
        request: Option<ServiceRequestId>,
    },
    /// A recurring inspection plan for a customer's asset (what is due, what is overdue);
    /// without `id`, the customer's list. Only a whole-customer link sees it.
    InspectionPlan {
        id: Option<InspectionPlanId>,
        customer: PartyId,
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
    if action.is_portal() || action.is_contact() {
        // Staff work in the back office; the portals are for partners.
        return false;
    }
    match (role, action) {
        (Admin, _) => true,
        (Purchasing, LinkManage | OrderDecideDate | SubcontractorActionsManage) => true,
        (Purchasing, ItemProposalReview | RequisitionReview | InvoiceReview) => true,
        // Service runs the work on sites: work orders, inspections, LOTO and permits.
        (Service, WorkOrderManage | SafetyManage | LinkManage) => true,
        (Warehouse, ComplaintRaise | ComplaintComment | ComplaintDecide) => true,
        (Purchasing, ComplaintComment) => true,
        (_, BackOfficeEnter | PartyView | ItemView | OrderView | DeliveryView | ComplaintView) => true,
        (Purchasing, OrderCreate | OrderEdit) => true,
        (Warehouse, DeliveryReceive) => true,
        (Sales, ContactAdminister) => true,
        (_, SalesOrderView) => true,
        (Sales | Warehouse, SalesOrderManage | StockManage) => true,
        (Sales, ApiKeyManage) => true,
        // The customer portal's library is sales' to fill, as its contacts and keys are.
        (Sales, InstructionManage | CustomerDocumentManage) => true,
        // Service also runs the work for customers.
        (Service, ServiceManage) => true,
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
        Principal::Link(grant) => decide_link(grant, action, target),
        Principal::Contact(grant) => decide_contact(grant, action, target),
        Principal::ApiKey(grant) => decide_key(grant, action, target),
    }
}

/// A key: a customer's key as a contact of its organisation with the key's roles, a host key
/// as staff with its roles; neither ever manages people or keys.
fn decide_key(grant: &ApiKeyGrant, action: Action, target: &Target) -> Decision {
    if action.is_never_by_key() {
        return Decision::Deny(Denial::Forbidden);
    }
    match &grant.scope {
        KeyScope::Customer { customer, roles } => {
            if !action.is_contact() || !roles.iter().any(|r| r.actions().contains(&action)) {
                return Decision::Deny(Denial::Forbidden);
            }
            if in_customer_scope(*customer, target) { Decision::Allow } else { Decision::Deny(Denial::NotFound) }
        }
        KeyScope::Host { roles } => {
            if roles.iter().any(|r| staff_may(*r, action)) {
                Decision::Allow
            } else {
                Decision::Deny(Denial::Forbidden)
            }
        }
    }
}

/// Whether an object belongs to a customer organisation (for its contacts and its keys).
fn in_customer_scope(customer: PartyId, target: &Target) -> bool {
    match *target {
        Target::Collection | Target::Item(_) => true,
        Target::Party(p) => p == customer,
        Target::Order { party, .. } | Target::Delivery { party, .. } | Target::Complaint { party, .. } => {
            party == customer
        }
        Target::ChangeRequest { customer: c, .. } | Target::Contact { customer: c, .. } => c == customer,
        Target::SalesOrder { customer: c, .. } => c == customer,
        Target::ApiKey { customer: c, .. } => c == Some(customer),
        // An instruction for everyone is every customer's; one for a customer is that one's.
        Target::Instruction { customer: c, .. } => c.is_none_or(|c| c == customer),
        Target::CustomerDocument { customer: c, .. } => c == customer,
        Target::ServiceRequest { customer: c, .. }
        | Target::ServiceJob { customer: c, .. }
        | Target::InspectionPlan { customer: c, .. } => c == customer,
        Target::FreeDelivery { .. }
        | Target::ItemProposal { .. }
        | Target::Requisition { .. }
        | Target::Invoice { .. }
        | Target::WorkOrder { .. }
        | Target::Permit { .. } => false,
    }
}

/// A contact: what its roles grant, inside its customer organisation. A contact without a role
/// is refused everything; an object of another organisation does not exist for it (404).
fn decide_contact(grant: &ContactGrant, action: Action, target: &Target) -> Decision {
    if !action.is_contact() || !grant.may(action) {
        return Decision::Deny(Denial::Forbidden);
    }
    if let Target::Contact { customer, side, .. } = *target {
        if customer != grant.customer {
            return Decision::Deny(Denial::NotFound);
        }
        // Seeing the list is for any admin; one contact of a side is for who manages it.
        if action == Action::CustomerContacts && !grant.manages(side) {
            return Decision::Deny(Denial::Forbidden);
        }
    }
    if in_customer_scope(grant.customer, target) { Decision::Allow } else { Decision::Deny(Denial::NotFound) }
}

/// A link: its actions, its party, and its one object if it has one. Anything outside the
/// party or the object does not exist for the link (404); an action it does not carry is 403.
fn decide_link(grant: &LinkGrant, action: Action, target: &Target) -> Decision {
    // A subcontractor's link carries no more than the subcontractor is allowed now.
    if !action.is_portal() || !grant.carries(action) {
        return Decision::Deny(Denial::Forbidden);
    }
    let in_scope = match *target {
        Target::Collection => true,
        // The party as a whole (its scorecard, its lists) is for links to the whole party.
        Target::Party(p) => p == grant.party && grant.object.is_none(),
        Target::Item(_) => false,
        Target::Order { id, party } => party == grant.party && grant.object.is_none_or(|o| o == LinkObject::Order(id)),
        Target::Complaint { id, party } => {
            party == grant.party && grant.object.is_none_or(|o| o == LinkObject::Complaint(id))
        }
        Target::Delivery { party, order, .. } => {
            party == grant.party
                && grant.object.is_none_or(|o| order.is_some_and(|order| o == LinkObject::Order(order)))
        }
        // Only a subcontractor declares a delivery without an order, and only for itself,
        // through a link to the whole party.
        Target::FreeDelivery { party }
        | Target::ItemProposal { party, .. }
        | Target::Requisition { party, .. }
        | Target::Invoice { party, .. } => {
            grant.portal == Portal::Subcontractor && party == grant.party && grant.object.is_none()
        }
        // A work order's one-off link sees that work order (and the permits for it) only.
        Target::WorkOrder { id, party } => {
            grant.portal == Portal::Subcontractor
                && party == grant.party
                && match grant.object {
                    None => true,
                    Some(LinkObject::WorkOrder(w)) => id == Some(w),
                    Some(_) => false,
                }
        }
        Target::Permit { party, work_order, .. } => {
            grant.portal == Portal::Subcontractor
                && party == grant.party
                && match grant.object {
                    None => true,
                    Some(LinkObject::WorkOrder(w)) => work_order == Some(w),
                    Some(_) => false,
                }
        }
        // A customer's link: the whole customer's requests and jobs, or one request (and the
        // jobs planned for it), or one job. A new request only through a whole-customer link.
        Target::ServiceRequest { id, customer } => {
            grant.portal == Portal::Customer
                && customer == grant.party
                && match grant.object {
                    None => true,
                    Some(LinkObject::ServiceRequest(r)) => id == Some(r),
                    Some(_) => false,
                }
        }
        Target::ServiceJob { id, customer, request } => {
            grant.portal == Portal::Customer
                && customer == grant.party
                && match grant.object {
                    None => true,
                    Some(LinkObject::ServiceRequest(r)) => id.is_some() && request == Some(r),
                    Some(LinkObject::ServiceJob(j)) => id == Some(j),
                    Some(_) => false,
                }
        }
        Target::InspectionPlan { customer, .. } => {
            grant.portal == Portal::Customer && customer == grant.party && grant.object.is_none()
        }
        Target::Contact { .. }
        | Target::ChangeRequest { .. }
        | Target::SalesOrder { .. }
        | Target::ApiKey { .. }
        | Target::Instruction { .. }
        | Target::CustomerDocument { .. } => false,
    };
    if in_scope { Decision::Allow } else { Decision::Deny(Denial::NotFound) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contact::ContactRole;
    use crate::contact::ContactRole::*;
    use crate::ids::{ItemProposalId, PermitId, RequisitionId, WorkOrderId};

    fn staff(roles: &[StaffRole]) -> Principal {
        Principal::Staff { user: UserId::new(1), roles: roles.iter().copied().collect() }
    }

    fn targets() -> Vec<Target> {
        vec![
            Target::Contact { id: Some(ContactId::new(1)), customer: PartyId::new(1), side: Side::Customer },
            Target::ChangeRequest { id: ChangeRequestId::new(1), customer: PartyId::new(1) },
            Target::Collection,
            Target::Party(PartyId::new(1)),
            Target::Item(ItemId::new(1)),
            Target::Order { id: OrderId::new(1), party: PartyId::new(1) },
            Target::Delivery { id: DeliveryId::new(1), party: PartyId::new(2), order: None },
            Target::Complaint { id: ComplaintId::new(1), party: PartyId::new(3) },
            Target::Instruction { id: Some(InstructionId::new(1)), customer: None },
            Target::Instruction { id: Some(InstructionId::new(2)), customer: Some(PartyId::new(2)) },
            Target::CustomerDocument { id: Some(CustomerDocumentId::new(1)), customer: PartyId::new(2) },
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
                assert_eq!(
                    decide(&staff(&[StaffRole::Admin]), action, &target).is_allowed(),
                    !action.is_portal() && !action.is_contact(),
                    "admin {action:?}"
                );
                assert_eq!(
                    decide(&staff(&[]), action, &target),
                    Decision::Deny(Denial::Forbidden),
                    "no roles {action:?}"
                );
                for role in [StaffRole::Purchasing, StaffRole::Warehouse, StaffRole::Service, StaffRole::Sales] {
                    let expected = match action {
                        BackOfficeEnter | PartyView | ItemView | OrderView | DeliveryView | ComplaintView => true,
                        OrderCreate | OrderEdit | OrderDecideDate | SubcontractorActionsManage => {
                            role == StaffRole::Purchasing
                        }
                        LinkManage => matches!(role, StaffRole::Purchasing | StaffRole::Service),
                        ItemProposalReview | RequisitionReview | InvoiceReview => role == StaffRole::Purchasing,
                        WorkOrderManage | SafetyManage | ServiceManage => role == StaffRole::Service,
                        DeliveryReceive => role == StaffRole::Warehouse,
                        ComplaintRaise | ComplaintDecide => role == StaffRole::Warehouse,
                        ComplaintComment => matches!(role, StaffRole::Warehouse | StaffRole::Purchasing),
                        UserManage | OpsView => false,
                        ContactAdminister | ApiKeyManage => role == StaffRole::Sales,
                        InstructionManage | CustomerDocumentManage => role == StaffRole::Sales,
                        SalesOrderView => true,
                        SalesOrderManage | StockManage => matches!(role, StaffRole::Sales | StaffRole::Warehouse),
                        CustomerEnter
                        | CustomerContacts
                        | CustomerOrderView
                        | CustomerOrderPlace
                        | CustomerStockView
                        | CustomerDocumentView
                        | CustomerDocumentUpload
                        | CustomerServiceView
                        | CustomerServiceCreate
                        | CustomerInvoiceView
                        | CustomerAvailabilityView
                        | CustomerApiKeys => false,
                        PortalEnter
                        | PortalOrderView
                        | PortalOrderConfirm
                        | PortalDeliveryDeclare
                        | PortalComplaintView
                        | PortalComplaintAnswer
                        | PortalRequisitionFile
                        | PortalDeliveryImport
                        | PortalInvoiceIssue
                        | PortalItemPropose
                        | PortalWorkOrderRegister
                        | PortalInspectionPerform
                        | PortalLotoView
                        | PortalPermitAccept => false,
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

    fn link(object: Option<LinkObject>, actions: &[Action]) -> Principal {
        Principal::Link(LinkGrant {
            link: crate::ids::LinkId::new(1),
            portal: crate::link::Portal::Supplier,
            party: PartyId::new(1),
            object,
            actions: actions.iter().copied().collect(),
            party_allows: Default::default(),
        })
    }

    /// Links × every action × objects in and out of their scope.
    #[test]
    fn link_matrix() {
        let all_portal: Vec<Action> = Action::ALL.into_iter().filter(|a| a.is_portal()).collect();
        let order_a = Target::Order { id: OrderId::new(1), party: PartyId::new(1) };
        let order_b = Target::Order { id: OrderId::new(2), party: PartyId::new(1) };
        let other_party = Target::Order { id: OrderId::new(3), party: PartyId::new(2) };
        let complaint = Target::Complaint { id: ComplaintId::new(1), party: PartyId::new(1) };
        let delivery = Target::Delivery { id: DeliveryId::new(1), party: PartyId::new(1), order: None };
        // A delivery against order A belongs to A's link; one against order B does not.
        let delivery_a =
            Target::Delivery { id: DeliveryId::new(2), party: PartyId::new(1), order: Some(OrderId::new(1)) };
        let delivery_b =
            Target::Delivery { id: DeliveryId::new(3), party: PartyId::new(1), order: Some(OrderId::new(2)) };
        let delivery_other =
            Target::Delivery { id: DeliveryId::new(4), party: PartyId::new(2), order: Some(OrderId::new(3)) };
        let order_link = link(Some(LinkObject::Order(OrderId::new(1))), &all_portal);
        let supplier_link = link(None, &all_portal);
        for action in Action::ALL {
            for (principal, target, expected) in [
                (&order_link, order_a, Decision::Allow),
                (&order_link, order_b, Decision::Deny(Denial::NotFound)),
                (&order_link, other_party, Decision::Deny(Denial::NotFound)),
                (&order_link, complaint, Decision::Deny(Denial::NotFound)),
                (&order_link, delivery, Decision::Deny(Denial::NotFound)),
                (&order_link, delivery_a, Decision::Allow),
                (&order_link, delivery_b, Decision::Deny(Denial::NotFound)),
                (&supplier_link, delivery_a, Decision::Allow),
                (&supplier_link, delivery_b, Decision::Allow),
                (&supplier_link, delivery_other, Decision::Deny(Denial::NotFound)),
                (&order_link, Target::Item(ItemId::new(1)), Decision::Deny(Denial::NotFound)),
                (
                    &supplier_link,
                    Target::Contact { id: Some(ContactId::new(1)), customer: PartyId::new(1), side: Side::Customer },
                    Decision::Deny(Denial::NotFound),
                ),
                (
                    &supplier_link,
                    Target::ChangeRequest { id: ChangeRequestId::new(1), customer: PartyId::new(1) },
                    Decision::Deny(Denial::NotFound),
                ),
                (&supplier_link, order_a, Decision::Allow),
                (&supplier_link, order_b, Decision::Allow),
                (&supplier_link, complaint, Decision::Allow),
                (&supplier_link, delivery, Decision::Allow),
                (&supplier_link, other_party, Decision::Deny(Denial::NotFound)),
                (&supplier_link, Target::Party(PartyId::new(2)), Decision::Deny(Denial::NotFound)),
                (&supplier_link, Target::Party(PartyId::new(1)), Decision::Allow),
                (&order_link, Target::Party(PartyId::new(1)), Decision::Deny(Denial::NotFound)),
                (&supplier_link, Target::Collection, Decision::Allow),
                (&supplier_link, Target::Instruction { id: None, customer: None }, Decision::Deny(Denial::NotFound)),
                (
                    &supplier_link,
                    Target::Instruction { id: Some(InstructionId::new(1)), customer: Some(PartyId::new(1)) },
                    Decision::Deny(Denial::NotFound),
                ),
                (
                    &supplier_link,
                    Target::CustomerDocument { id: Some(CustomerDocumentId::new(1)), customer: PartyId::new(1) },
                    Decision::Deny(Denial::NotFound),
                ),
            ] {
                let want = if action.is_portal() { expected } else { Decision::Deny(Denial::Forbidden) };
                assert_eq!(decide(principal, action, &target), want, "{action:?} {target:?}");
            }
        }
        // An action the link does not carry is refused even on its own object.
        let view_only = link(Some(LinkObject::Order(OrderId::new(1))), &[Action::PortalEnter, Action::PortalOrderView]);
        assert!(decide(&view_only, Action::PortalOrderView, &order_a).is_allowed());
        assert_eq!(decide(&view_only, Action::PortalOrderConfirm, &order_a), Decision::Deny(Denial::Forbidden));
        assert_eq!(decide(&view_only, Action::BackOfficeEnter, &Target::Collection), Decision::Deny(Denial::Forbidden));
    }

    /// A subcontractor's objects (proposals, requisitions, invoices, work orders, permits) ×
    /// its portal's actions × the kinds of link: a whole-party link sees the party's, a work
    /// order's one-off link that work order and its permits, other links none.
    #[test]
    fn subcontractor_objects_matrix() {
        use crate::link::Portal;
        use crate::subcontractor::{AllowedActions, SubcontractorAction};
        let grant = |object: Option<LinkObject>, portal: Portal| {
            Principal::Link(LinkGrant {
                link: crate::ids::LinkId::new(1),
                portal,
                party: PartyId::new(1),
                object,
                actions: portal.actions(),
                party_allows: AllowedActions::new(SubcontractorAction::ALL),
            })
        };
        let wo = |id: i64| Some(WorkOrderId::new(id));
        let targets = |p: i64| {
            let party = PartyId::new(p);
            [
                Target::ItemProposal { id: None, party },
                Target::ItemProposal { id: Some(ItemProposalId::new(1)), party },
                Target::Requisition { id: Some(RequisitionId::new(1)), party },
                Target::Invoice { id: None, party },
                Target::WorkOrder { id: wo(7), party },
                Target::WorkOrder { id: wo(8), party },
                Target::WorkOrder { id: None, party },
                Target::Permit { id: PermitId::new(1), party, work_order: wo(7) },
                Target::Permit { id: PermitId::new(2), party, work_order: None },
            ]
        };
        let whole = grant(None, Portal::Subcontractor);
        let one_off = grant(Some(LinkObject::WorkOrder(WorkOrderId::new(7))), Portal::Subcontractor);
        let order_link = grant(Some(LinkObject::Order(OrderId::new(1))), Portal::Subcontractor);
        let supplier = grant(None, Portal::Supplier);
        for action in Portal::Subcontractor.actions() {
            for t in targets(1) {
                assert!(decide(&whole, action, &t).is_allowed(), "whole-party link, {action:?} {t:?}");
                // A work order's one-off link: that work order and its permits, nothing else.
                let for_it = matches!(
                    t,
                    Target::WorkOrder { id: Some(w), .. } | Target::Permit { work_order: Some(w), .. }
                        if w == WorkOrderId::new(7)
                );
                let want = if for_it { Decision::Allow } else { Decision::Deny(Denial::NotFound) };
                assert_eq!(decide(&one_off, action, &t), want, "one-off link, {action:?} {t:?}");
                assert_eq!(decide(&order_link, action, &t), Decision::Deny(Denial::NotFound), "order link {t:?}");
            }
            for t in targets(2) {
                for p in [&whole, &one_off] {
                    assert_eq!(decide(p, action, &t), Decision::Deny(Denial::NotFound), "other party, {t:?}");
                }
            }
        }
        // A supplier's link has none of the subcontractor's actions, and none of its objects.
        for t in targets(1) {
            assert_eq!(decide(&supplier, Action::PortalEnter, &t), Decision::Deny(Denial::NotFound));
            assert_eq!(decide(&supplier, Action::PortalItemPropose, &t), Decision::Deny(Denial::Forbidden));
        }
    }

    /// A subcontractor's links × every action × every choice of one allowed action: a link
    /// takes an action only if it carries it and the subcontractor is allowed it now.
    #[test]
    fn subcontractor_matrix() {
        use crate::link::Portal;
        use crate::subcontractor::{AllowedActions, SubcontractorAction};
        let sub_link = |actions: std::collections::BTreeSet<Action>, allows: AllowedActions| {
            Principal::Link(LinkGrant {
                link: crate::ids::LinkId::new(1),
                portal: Portal::Subcontractor,
                party: PartyId::new(1),
                object: None,
                actions,
                party_allows: allows,
            })
        };
        let own = Target::Party(PartyId::new(1));
        let other = Target::Party(PartyId::new(2));
        for allowed in SubcontractorAction::ALL {
            let p = sub_link(Portal::Subcontractor.actions(), AllowedActions::new([allowed]));
            for action in Action::ALL {
                let want = if !Portal::Subcontractor.actions().contains(&action) {
                    Decision::Deny(Denial::Forbidden)
                } else {
                    match SubcontractorAction::governing(action) {
                        Some(s) if s != allowed => Decision::Deny(Denial::Forbidden),
                        _ => Decision::Allow,
                    }
                };
                assert_eq!(decide(&p, action, &own), want, "allowed {allowed:?}, {action:?}");
                let want_other = if want.is_allowed() { Decision::Deny(Denial::NotFound) } else { want };
                assert_eq!(decide(&p, action, &other), want_other, "allowed {allowed:?}, {action:?} elsewhere");
            }
        }
        // Narrowing the subcontractor narrows a link that was issued with more.
        let issued: std::collections::BTreeSet<Action> =
            [Action::PortalEnter, Action::PortalDeliveryDeclare, Action::PortalPermitAccept].into();
        let wide = sub_link(issued.clone(), AllowedActions::new(SubcontractorAction::ALL));
        let narrowed = sub_link(issued, AllowedActions::new([SubcontractorAction::WorkPermits]));
        assert!(decide(&wide, Action::PortalDeliveryDeclare, &own).is_allowed());
        assert_eq!(decide(&narrowed, Action::PortalDeliveryDeclare, &own), Decision::Deny(Denial::Forbidden));
        assert!(decide(&narrowed, Action::PortalPermitAccept, &own).is_allowed());
        // Allowing more than the link carries gives the link nothing more.
        assert_eq!(decide(&wide, Action::PortalInvoiceIssue, &own), Decision::Deny(Denial::Forbidden));
        // A supplier's link is not narrowed by the subcontractor's choice.
        let supplier = link(None, &[Action::PortalEnter, Action::PortalDeliveryDeclare]);
        assert!(decide(&supplier, Action::PortalDeliveryDeclare, &own).is_allowed());
        // A delivery without an order: a subcontractor's, for itself, from a link to the whole
        // party; a supplier delivers against orders.
        let free = |p: i64| Target::FreeDelivery { party: PartyId::new(p) };
        assert!(decide(&wide, Action::PortalDeliveryDeclare, &free(1)).is_allowed());
        assert_eq!(decide(&wide, Action::PortalDeliveryDeclare, &free(2)), Decision::Deny(Denial::NotFound));
        assert_eq!(decide(&narrowed, Action::PortalDeliveryDeclare, &free(1)), Decision::Deny(Denial::Forbidden));
        assert_eq!(decide(&supplier, Action::PortalDeliveryDeclare, &free(1)), Decision::Deny(Denial::NotFound));
        let bound = Principal::Link(LinkGrant {
            link: crate::ids::LinkId::new(2),
            portal: Portal::Subcontractor,
            party: PartyId::new(1),
            object: Some(LinkObject::Order(OrderId::new(1))),
            actions: Portal::Subcontractor.actions(),
            party_allows: AllowedActions::new(SubcontractorAction::ALL),
        });
        assert_eq!(decide(&bound, Action::PortalDeliveryDeclare, &free(1)), Decision::Deny(Denial::NotFound));
        let customer = contact(Side::Customer, &crate::contact::ContactRole::ALL);
        assert!(!decide(&customer, Action::PortalDeliveryDeclare, &free(1)).is_allowed());
    }

    fn contact(side: Side, roles: &[ContactRole]) -> Principal {
        Principal::Contact(ContactGrant {
            contact: ContactId::new(7),
            customer: PartyId::new(1),
            side,
            roles: roles.iter().copied().collect(),
        })
    }

    /// Contacts × every action × every role × objects of their organisation and of another.
    #[test]
    #[allow(clippy::match_like_matches_macro)]
    fn contact_matrix() {
        use Action::*;
        let own = [
            Target::Collection,
            Target::Party(PartyId::new(1)),
            Target::Order { id: OrderId::new(1), party: PartyId::new(1) },
            Target::ChangeRequest { id: ChangeRequestId::new(1), customer: PartyId::new(1) },
            Target::Contact { id: Some(ContactId::new(2)), customer: PartyId::new(1), side: Side::Purchaser },
            Target::Instruction { id: Some(InstructionId::new(1)), customer: None },
            Target::Instruction { id: Some(InstructionId::new(2)), customer: Some(PartyId::new(1)) },
            Target::CustomerDocument { id: Some(CustomerDocumentId::new(1)), customer: PartyId::new(1) },
        ];
        let other = [
            Target::Party(PartyId::new(2)),
            Target::Order { id: OrderId::new(3), party: PartyId::new(2) },
            Target::Complaint { id: ComplaintId::new(3), party: PartyId::new(2) },
            Target::ChangeRequest { id: ChangeRequestId::new(2), customer: PartyId::new(2) },
            Target::Contact { id: Some(ContactId::new(9)), customer: PartyId::new(2), side: Side::Customer },
            Target::Instruction { id: Some(InstructionId::new(3)), customer: Some(PartyId::new(2)) },
            Target::CustomerDocument { id: Some(CustomerDocumentId::new(2)), customer: PartyId::new(2) },
        ];
        for role in ContactRole::ALL {
            let side = if role.fits(Side::Customer) { Side::Customer } else { Side::Purchaser };
            let p = contact(side, &[role]);
            for action in Action::ALL {
                let granted = match (role, action) {
                    (_, CustomerEnter) => true,
                    (Management | CustomerAdmin, CustomerApiKeys) => true,
                    (Ordering | StockQuery, CustomerAvailabilityView) => true,
                    (Management | CustomerAdmin | PurchaserAdmin, CustomerContacts) => true,
                    (Management, CustomerOrderView | CustomerDocumentView | CustomerInvoiceView) => true,
                    (Ordering, CustomerOrderView | CustomerOrderPlace) => true,
                    (StockQuery, CustomerStockView) => true,
                    (Documents, CustomerDocumentView | CustomerDocumentUpload) => true,
                    (ServiceRequests, CustomerServiceView | CustomerServiceCreate) => true,
                    (Invoices, CustomerInvoiceView) => true,
                    _ => false,
                };
                for t in own {
                    let want = if granted { Decision::Allow } else { Decision::Deny(Denial::Forbidden) };
                    assert_eq!(decide(&p, action, &t), want, "{role:?} {action:?} {t:?}");
                }
                for t in other {
                    let want =
                        if granted { Decision::Deny(Denial::NotFound) } else { Decision::Deny(Denial::Forbidden) };
                    assert_eq!(decide(&p, action, &t), want, "{role:?} {action:?} {t:?}");
                }
            }
        }
        // Without a role, nothing at all.
        for action in Action::ALL {
            for t in own.iter().chain(other.iter()) {
                assert_eq!(decide(&contact(Side::Customer, &[]), action, t), Decision::Deny(Denial::Forbidden));
            }
        }
        // The purchaser's admin sees the list but changes only the purchaser's contacts.
        let padmin = contact(Side::Purchaser, &[PurchaserAdmin]);
        let customer_side =
            Target::Contact { id: Some(ContactId::new(3)), customer: PartyId::new(1), side: Side::Customer };
        assert_eq!(decide(&padmin, CustomerContacts, &customer_side), Decision::Deny(Denial::Forbidden));
        assert!(decide(&padmin, CustomerContacts, &Target::Party(PartyId::new(1))).is_allowed());
        assert!(decide(&contact(Side::Customer, &[CustomerAdmin]), CustomerContacts, &customer_side).is_allowed());
    }

    fn key(scope: KeyScope) -> Principal {
        Principal::ApiKey(ApiKeyGrant { key: ApiKeyId::new(1), scope })
    }

    /// Keys × every action: a customer's key is its roles in its organisation, a host key its
    /// staff roles, and no key manages people or keys.
    #[test]
    fn key_matrix() {
        use crate::contact::ContactRole::*;
        let customer = key(KeyScope::Customer { customer: PartyId::new(1), roles: [Ordering, StockQuery].into() });
        let host = key(KeyScope::Host { roles: StaffRole::ALL.into_iter().collect() });
        let own = Target::SalesOrder { id: Some(SalesOrderId::new(1)), customer: PartyId::new(1) };
        let other = Target::SalesOrder { id: Some(SalesOrderId::new(2)), customer: PartyId::new(2) };
        for action in Action::ALL {
            let granted = [Ordering, StockQuery].iter().any(|r| r.actions().contains(&action));
            let want = if granted { Decision::Allow } else { Decision::Deny(Denial::Forbidden) };
            assert_eq!(decide(&customer, action, &own), want, "{action:?}");
            let want = if granted { Decision::Deny(Denial::NotFound) } else { Decision::Deny(Denial::Forbidden) };
            assert_eq!(decide(&customer, action, &other), want, "{action:?}");
            let staff_action = !action.is_portal() && !action.is_contact();
            assert_eq!(
                decide(&host, action, &other).is_allowed(),
                staff_action && !action.is_never_by_key(),
                "host {action:?}"
            );
        }
        // A customer's key does not see the host's keys or another organisation's.
        let keys = key(KeyScope::Customer { customer: PartyId::new(1), roles: [Documents].into() });
        assert_eq!(
            decide(&keys, Action::CustomerDocumentView, &Target::ApiKey { id: None, customer: None }),
            Decision::Deny(Denial::NotFound)
        );
        // Only the organisation's admins manage its keys in the portal, only sales and admins in
        // the back office.
        let admin = contact(Side::Customer, &[CustomerAdmin]);
        let own_key = Target::ApiKey { id: Some(ApiKeyId::new(3)), customer: Some(PartyId::new(1)) };
        let other_key = Target::ApiKey { id: Some(ApiKeyId::new(4)), customer: Some(PartyId::new(2)) };
        assert!(decide(&admin, Action::CustomerApiKeys, &own_key).is_allowed());
        assert_eq!(decide(&admin, Action::CustomerApiKeys, &other_key), Decision::Deny(Denial::NotFound));
        assert_eq!(
            decide(&contact(Side::Customer, &[Ordering]), Action::CustomerApiKeys, &own_key),
            Decision::Deny(Denial::Forbidden)
        );
        assert!(decide(&staff(&[StaffRole::Sales]), Action::ApiKeyManage, &other_key).is_allowed());
        assert!(!decide(&staff(&[StaffRole::Warehouse]), Action::ApiKeyManage, &other_key).is_allowed());
    }

    /// Instructions and documents: a Documents key or contact reads the instructions for everyone
    /// and its organisation's, never another's (404); an Ordering key reads none (403); staff
    /// manage them in sales or as admins.
    #[test]
    fn instructions_and_documents() {
        use crate::contact::ContactRole::*;
        let docs = key(KeyScope::Customer { customer: PartyId::new(1), roles: [Documents].into() });
        let ordering = key(KeyScope::Customer { customer: PartyId::new(1), roles: [Ordering].into() });
        let general = Target::Instruction { id: Some(InstructionId::new(1)), customer: None };
        let own = Target::Instruction { id: Some(InstructionId::new(2)), customer: Some(PartyId::new(1)) };
        let other = Target::Instruction { id: Some(InstructionId::new(3)), customer: Some(PartyId::new(2)) };
        assert!(decide(&docs, Action::CustomerDocumentView, &general).is_allowed());
        assert!(decide(&docs, Action::CustomerDocumentView, &own).is_allowed());
        assert_eq!(decide(&docs, Action::CustomerDocumentView, &other), Decision::Deny(Denial::NotFound));
        assert_eq!(decide(&ordering, Action::CustomerDocumentView, &general), Decision::Deny(Denial::Forbidden));
        assert_eq!(decide(&docs, Action::InstructionManage, &general), Decision::Deny(Denial::Forbidden));
        let reader = contact(Side::Customer, &[Documents]);
        let other_doc = Target::CustomerDocument { id: Some(CustomerDocumentId::new(9)), customer: PartyId::new(2) };
        assert_eq!(decide(&reader, Action::CustomerDocumentView, &other_doc), Decision::Deny(Denial::NotFound));
        let own_new = Target::CustomerDocument { id: None, customer: PartyId::new(1) };
        assert!(decide(&reader, Action::CustomerDocumentUpload, &own_new).is_allowed());
        assert_eq!(
            decide(&contact(Side::Customer, &[Management]), Action::CustomerDocumentUpload, &own_new),
            Decision::Deny(Denial::Forbidden)
        );
        for (role, may) in [
            (StaffRole::Admin, true),
            (StaffRole::Sales, true),
            (StaffRole::Service, false),
            (StaffRole::Warehouse, false),
            (StaffRole::Purchasing, false),
        ] {
            assert_eq!(decide(&staff(&[role]), Action::InstructionManage, &other).is_allowed(), may, "{role:?}");
            assert_eq!(decide(&staff(&[role]), Action::CustomerDocumentManage, &other_doc).is_allowed(), may);
            // Staff read the library through the back office, not the customer's actions.
            assert!(!decide(&staff(&[role]), Action::CustomerDocumentView, &general).is_allowed());
        }
    }

    #[test]
    fn roles_add_up() {
        let p = staff(&[StaffRole::Warehouse, StaffRole::Purchasing]);
        assert!(decide(&p, Action::OrderEdit, &Target::Collection).is_allowed());
        assert!(!decide(&p, Action::UserManage, &Target::Collection).is_allowed());
    }

    /// Service for customers (issue #9): every action × customer links (whole customer, one
    /// request, one job, another portal's) and contacts (with and without Service Requests) ×
    /// requests and jobs of the customer, of another request, of another customer.
    #[test]
    fn service_matrix() {
        use crate::ids::{ServiceJobId, ServiceRequestId};
        use crate::link::Portal;
        let grant = |object: Option<LinkObject>, portal: Portal| {
            Principal::Link(LinkGrant {
                link: crate::ids::LinkId::new(1),
                portal,
                party: PartyId::new(1),
                object,
                actions: portal.actions(),
                party_allows: Default::default(),
            })
        };
        let (r7, r8) = (ServiceRequestId::new(7), ServiceRequestId::new(8));
        let (j1, j2, j3) = (ServiceJobId::new(1), ServiceJobId::new(2), ServiceJobId::new(3));
        let mine = PartyId::new(1);
        let other = PartyId::new(2);
        // (target, whole link, request-7 link, job-1 link)
        let cases = [
            (Target::ServiceRequest { id: None, customer: mine }, true, false, false),
            (Target::ServiceRequest { id: Some(r7), customer: mine }, true, true, false),
            (Target::ServiceRequest { id: Some(r8), customer: mine }, true, false, false),
            (Target::ServiceJob { id: None, customer: mine, request: None }, true, false, false),
            (Target::ServiceJob { id: Some(j1), customer: mine, request: Some(r7) }, true, true, true),
            (Target::ServiceJob { id: Some(j2), customer: mine, request: Some(r8) }, true, false, false),
            (Target::ServiceJob { id: Some(j3), customer: mine, request: None }, true, false, false),
            (Target::ServiceRequest { id: Some(r7), customer: other }, false, false, false),
            (Target::ServiceJob { id: Some(j1), customer: other, request: Some(r7) }, false, false, false),
            // Inspection plans: the whole customer's link only.
            (Target::InspectionPlan { id: None, customer: mine }, true, false, false),
            (Target::InspectionPlan { id: Some(InspectionPlanId::new(4)), customer: mine }, true, false, false),
            (Target::InspectionPlan { id: Some(InspectionPlanId::new(4)), customer: other }, false, false, false),
        ];
        let whole = grant(None, Portal::Customer);
        let one_request = grant(Some(LinkObject::ServiceRequest(r7)), Portal::Customer);
        let one_job = grant(Some(LinkObject::ServiceJob(j1)), Portal::Customer);
        let supplier = grant(None, Portal::Supplier);
        let with_role = contact(Side::Customer, &[ContactRole::ServiceRequests]);
        let without = contact(Side::Customer, &[ContactRole::Ordering]);
        let carried = Portal::Customer.actions();
        for action in Action::ALL {
            for (t, w, r, j) in &cases {
                let expect = |scoped: bool, carried: bool| match (carried, scoped) {
                    (false, _) => Decision::Deny(Denial::Forbidden),
                    (true, true) => Decision::Allow,
                    (true, false) => Decision::Deny(Denial::NotFound),
                };
                // What a customer link carries: entering, complaints, and the service actions.
                let is_service = carried.contains(&action);
                assert_eq!(decide(&whole, action, t), expect(*w, is_service), "whole {action:?} {t:?}");
                assert_eq!(decide(&one_request, action, t), expect(*r, is_service), "request {action:?} {t:?}");
                assert_eq!(decide(&one_job, action, t), expect(*j, is_service), "job {action:?} {t:?}");
                // A supplier's link never reaches service, in scope or not.
                assert!(!decide(&supplier, action, t).is_allowed(), "supplier {action:?} {t:?}");
                // A contact: the whole organisation's, with the role; nothing without it.
                let in_org = !matches!(t, Target::ServiceRequest { customer, .. } | Target::ServiceJob { customer, .. } | Target::InspectionPlan { customer, .. } if *customer == other);
                let granted = ContactRole::ServiceRequests.actions().contains(&action);
                assert_eq!(decide(&with_role, action, t), expect(in_org, granted), "contact {action:?} {t:?}");
                let granted = ContactRole::Ordering.actions().contains(&action);
                assert_eq!(decide(&without, action, t), expect(in_org, granted), "ordering contact {action:?} {t:?}");
                // Staff: the service role manages, every role sees the back office's lists.
                let staff_service = decide(&staff(&[StaffRole::Service]), action, t).is_allowed();
                assert_eq!(staff_service, staff_may(StaffRole::Service, action), "service staff {action:?}");
                assert_eq!(decide(&Principal::Anonymous, action, t), Decision::Deny(Denial::Unauthenticated));
            }
        }
        assert!(staff_may(StaffRole::Service, Action::ServiceManage));
        for role in [StaffRole::Purchasing, StaffRole::Warehouse, StaffRole::Sales] {
            assert!(!staff_may(role, Action::ServiceManage), "{role:?}");
        }
    }
}
