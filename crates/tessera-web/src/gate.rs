//! The gate: every handler asks here before it acts or loads an object. It asks the one
//! policy ([`tessera_domain::policy::decide`]), writes every denial to the log and the audit
//! log, and answers a denial the policy's way (404 for objects outside the scope, 403 for
//! actions, a sign-in for nobody).
use crate::AppState;
use crate::ctx::Ctx;
use crate::error::AppError;
use tessera_db::attachments::{Attachment, AttachmentOwner};
use tessera_db::audit::AuditEvent;
use tessera_db::customer_documents::CustomerDocument;
use tessera_db::documents::{Complaint, Delivery};
use tessera_db::instructions::InstructionVersion;
use tessera_db::orders::Order;
use tessera_db::sales::SalesOrder;
use tessera_domain::ids::{
    AttachmentId, ComplaintId, CustomerDocumentId, DeliveryId, InstructionId, OrderId, SalesOrderId,
};
use tessera_domain::policy::{Action, Decision, Denial, Target, decide};

pub struct Gate<'a> {
    pub state: &'a AppState,
    pub ctx: &'a Ctx,
}

impl<'a> Gate<'a> {
    pub fn new(state: &'a AppState, ctx: &'a Ctx) -> Self {
        Self { state, ctx }
    }

    /// Allow, or the error to answer with (logged).
    pub async fn check(&self, action: Action, target: Target) -> Result<(), AppError> {
        match decide(&self.ctx.principal, action, &target) {
            Decision::Allow => Ok(()),
            Decision::Deny(denial) => {
                let object = describe(&target);
                tracing::warn!(
                    principal = self.ctx.principal.kind(),
                    actor = self.ctx.actor().as_deref().unwrap_or("-"),
                    action = action.as_str(),
                    object = object.as_deref().unwrap_or("-"),
                    ?denial,
                    "access denied"
                );
                if denial != Denial::Unauthenticated {
                    self.audit(action.as_str(), object, "denied", None).await?;
                }
                Err(match denial {
                    Denial::Unauthenticated => AppError::Unauthenticated,
                    Denial::Forbidden => AppError::Forbidden,
                    Denial::NotFound => AppError::NotFound,
                })
            }
        }
    }

    pub async fn order(&self, action: Action, id: OrderId) -> Result<Order, AppError> {
        // Authenticate before touching the database about the object at all.
        self.check_principal(action).await?;
        let party = self.state.db.order_party(id).await?;
        self.check(action, Target::Order { id, party }).await?;
        Ok(self.state.db.order(id).await?)
    }

    pub async fn delivery(&self, action: Action, id: DeliveryId) -> Result<Delivery, AppError> {
        self.check_principal(action).await?;
        let (party, order) = self.state.db.delivery_scope(id).await?;
        self.check(action, Target::Delivery { id, party, order }).await?;
        Ok(self.state.db.delivery(id).await?)
    }

    pub async fn complaint(&self, action: Action, id: ComplaintId) -> Result<Complaint, AppError> {
        self.check_principal(action).await?;
        let party = self.state.db.complaint_party(id).await?;
        self.check(action, Target::Complaint { id, party }).await?;
        Ok(self.state.db.complaint(id).await?)
    }

    /// A customer's order: its customer is read first, then the policy decides.
    pub async fn sales_order(&self, action: Action, id: SalesOrderId) -> Result<SalesOrder, AppError> {
        self.check_principal(action).await?;
        let customer = self.state.db.sales_order_customer(id).await?;
        self.check(action, Target::SalesOrder { id: Some(id), customer }).await?;
        Ok(self.state.db.sales_order(id).await?)
    }

    /// A version of an installation instruction: whom it is for is read first, then the
    /// policy decides (another customer's instruction is 404).
    pub async fn instruction(&self, action: Action, id: InstructionId) -> Result<InstructionVersion, AppError> {
        self.check_principal(action).await?;
        let customer = self.state.db.instruction_scope(id).await?;
        self.check(action, Target::Instruction { id: Some(id), customer }).await?;
        Ok(self.state.db.instruction(id).await?)
    }

    /// A version of a customer's document: its customer is read first, then the policy decides.
    pub async fn customer_document(
        &self,
        action: Action,
        id: CustomerDocumentId,
    ) -> Result<CustomerDocument, AppError> {
        self.check_principal(action).await?;
        let customer = self.state.db.customer_document_scope(id).await?;
        self.check(action, Target::CustomerDocument { id: Some(id), customer }).await?;
        Ok(self.state.db.customer_document(id).await?)
    }

    /// A subcontractor's work order: its party is read first, then the policy decides.
    pub async fn work_order(
        &self,
        action: Action,
        id: tessera_domain::ids::WorkOrderId,
    ) -> Result<tessera_db::work::WorkOrderRow, AppError> {
        self.check_principal(action).await?;
        let party = self.state.db.work_order_party(id).await?;
        self.check(action, Target::WorkOrder { id: Some(id), party }).await?;
        Ok(self.state.db.subcontractor_work_order(id).await?)
    }

    /// A customer's service request: its customer is read first, then the policy decides.
    pub async fn service_request(
        &self,
        action: Action,
        id: tessera_domain::ids::ServiceRequestId,
    ) -> Result<tessera_db::service::ServiceRequestRow, AppError> {
        self.check_principal(action).await?;
        let customer = self.state.db.service_request_customer(id).await?;
        self.check(action, Target::ServiceRequest { id: Some(id), customer }).await?;
        Ok(self.state.db.service_request(id).await?)
    }

    /// A service job: its customer and request are read first, then the policy decides.
    pub async fn service_job(
        &self,
        action: Action,
        id: tessera_domain::ids::ServiceJobId,
    ) -> Result<tessera_db::service::ServiceJobRow, AppError> {
        self.check_principal(action).await?;
        let (customer, request) = self.state.db.service_job_scope(id).await?;
        self.check(action, Target::ServiceJob { id: Some(id), customer, request }).await?;
        Ok(self.state.db.service_job(id).await?)
    }

    /// An asset's inspection plan: its customer is read first, then the policy decides.
    pub async fn inspection_plan(
        &self,
        action: Action,
        id: tessera_domain::ids::InspectionPlanId,
    ) -> Result<tessera_db::service::InspectionPlanRow, AppError> {
        self.check_principal(action).await?;
        let customer = self.state.db.inspection_plan_customer(id).await?;
        self.check(action, Target::InspectionPlan { id: Some(id), customer }).await?;
        Ok(self.state.db.inspection_plan(id).await?)
    }

    /// Writes what the principal did to the audit log (outcome ok): every portal action and
    /// every change in the back office goes through here.
    pub async fn record(&self, action: &str, object: Option<String>, detail: Option<String>) -> Result<(), AppError> {
        self.audit(action, object, "ok", detail).await
    }

    /// The audit event [`Gate::record`] would write, for database functions that write it in
    /// their own transaction.
    pub fn event(&self, action: &str, object: Option<String>, detail: Option<String>) -> AuditEvent {
        AuditEvent {
            at: self.state.clock.now(),
            actor_kind: self.ctx.principal.kind().to_owned(),
            actor: self.ctx.actor(),
            action: action.to_owned(),
            object,
            outcome: "ok".to_owned(),
            ip: self.ctx.ip.clone(),
            detail,
        }
    }

    async fn audit(
        &self,
        action: &str,
        object: Option<String>,
        outcome: &str,
        detail: Option<String>,
    ) -> Result<(), AppError> {
        let mut event = self.event(action, object, detail);
        event.outcome = outcome.to_owned();
        self.state.db.audit(&event).await?;
        Ok(())
    }

    /// Whether the principal may take `action` on `target`, for showing or hiding a button.
    /// Nothing is logged: the action itself goes through [`Gate::check`] when it is taken.
    pub fn allows(&self, action: Action, target: Target) -> bool {
        decide(&self.ctx.principal, action, &target).is_allowed()
    }

    /// An attachment, in its owner's scope: `portal` picks the portal's action over the back
    /// office's. Only the attachment's scope (owner, party) is read before the decision.
    pub async fn attachment(&self, portal: bool, id: AttachmentId) -> Result<Attachment, AppError> {
        let probe = if portal { Action::PortalComplaintView } else { Action::ComplaintView };
        self.check_principal(probe).await?;
        let a = self.state.db.attachment(id).await?;
        let (action, target) = match a.owner {
            AttachmentOwner::Complaint(c) => (probe, Target::Complaint { id: c, party: a.party }),
            AttachmentOwner::SalesOrder(o) => (
                if portal { Action::CustomerOrderView } else { Action::SalesOrderView },
                Target::SalesOrder { id: Some(o), customer: a.party },
            ),
            AttachmentOwner::WorkOrder(w) => (
                if portal { Action::PortalInspectionPerform } else { Action::PartyView },
                Target::WorkOrder { id: Some(w), party: a.party },
            ),
            AttachmentOwner::Invoice(i) => (
                if portal { Action::PortalInvoiceIssue } else { Action::InvoiceReview },
                Target::Invoice { id: Some(i), party: a.party },
            ),
            AttachmentOwner::ServiceEvent(e) => {
                let (request, job) = self.state.db.service_event_scope(e).await?;
                let action = if portal { Action::CustomerServiceView } else { Action::PartyView };
                match (request, job) {
                    (Some(r), _) => (action, Target::ServiceRequest { id: Some(r), customer: a.party }),
                    (None, Some(j)) => {
                        let (_, request) = self.state.db.service_job_scope(j).await?;
                        (action, Target::ServiceJob { id: Some(j), customer: a.party, request })
                    }
                    (None, None) => return Err(AppError::NotFound),
                }
            }
            AttachmentOwner::ServiceJob(j) => {
                let (_, request) = self.state.db.service_job_scope(j).await?;
                (
                    if portal { Action::CustomerServiceView } else { Action::PartyView },
                    Target::ServiceJob { id: Some(j), customer: a.party, request },
                )
            }
            AttachmentOwner::Delivery(d) => {
                let (_, order) = self.state.db.delivery_scope(d).await?;
                (
                    if portal { Action::PortalDeliveryDeclare } else { Action::DeliveryView },
                    Target::Delivery { id: d, party: a.party, order },
                )
            }
        };
        self.check(action, target).await?;
        Ok(a)
    }

    /// Anonymous principals are turned away before any lookup.
    async fn check_principal(&self, action: Action) -> Result<(), AppError> {
        if matches!(self.ctx.principal, tessera_domain::policy::Principal::Anonymous) {
            return self.check(action, Target::Collection).await;
        }
        Ok(())
    }
}

fn describe(t: &Target) -> Option<String> {
    match t {
        Target::Collection => None,
        Target::Party(id) => Some(format!("party:{id}")),
        Target::Item(id) => Some(format!("item:{id}")),
        Target::Order { id, .. } => Some(format!("order:{id}")),
        Target::Delivery { id, .. } => Some(format!("delivery:{id}")),
        Target::Complaint { id, .. } => Some(format!("complaint:{id}")),
        Target::Contact { id: Some(id), .. } => Some(format!("contact:{id}")),
        Target::Contact { id: None, customer, side } => Some(format!("party:{customer}:{side}")),
        Target::ChangeRequest { id, .. } => Some(format!("contact_request:{id}")),
        Target::SalesOrder { id: Some(id), .. } => Some(format!("sales_order:{id}")),
        Target::SalesOrder { id: None, customer } => Some(format!("party:{customer}")),
        Target::ApiKey { id: Some(id), .. } => Some(format!("api_key:{id}")),
        Target::ApiKey { id: None, customer } => customer.map(|c| format!("party:{c}")),
        Target::Instruction { id: Some(id), .. } => Some(format!("instruction:{id}")),
        Target::Instruction { id: None, customer } => customer.map(|c| format!("party:{c}")),
        Target::CustomerDocument { id: Some(id), .. } => Some(format!("customer_document:{id}")),
        Target::CustomerDocument { id: None, customer } => Some(format!("party:{customer}")),
        Target::FreeDelivery { party } => Some(format!("party:{party}")),
        Target::ItemProposal { id: Some(id), .. } => Some(format!("item_proposal:{id}")),
        Target::Requisition { id: Some(id), .. } => Some(format!("requisition:{id}")),
        Target::Invoice { id: Some(id), .. } => Some(format!("invoice:{id}")),
        Target::WorkOrder { id: Some(id), .. } => Some(format!("work_order:{id}")),
        Target::ItemProposal { id: None, party }
        | Target::Requisition { id: None, party }
        | Target::Invoice { id: None, party }
        | Target::WorkOrder { id: None, party } => Some(format!("party:{party}")),
        Target::Permit { id, .. } => Some(format!("permit:{id}")),
        Target::ServiceRequest { id: Some(id), .. } => Some(format!("service_request:{id}")),
        Target::ServiceJob { id: Some(id), .. } => Some(format!("service_job:{id}")),
        Target::InspectionPlan { id: Some(id), .. } => Some(format!("inspection_plan:{id}")),
        Target::ServiceRequest { id: None, customer }
        | Target::ServiceJob { id: None, customer, .. }
        | Target::InspectionPlan { id: None, customer } => Some(format!("party:{customer}")),
    }
}
