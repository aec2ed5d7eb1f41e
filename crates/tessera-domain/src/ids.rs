//! Typed ids: an order id cannot be passed where a party id is expected.
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

macro_rules! id_type {
    ($($name:ident),* $(,)?) => {$(
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(i64);

        impl $name {
            pub const fn new(raw: i64) -> Self { Self(raw) }
            pub const fn get(self) -> i64 { self.0 }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { self.0.fmt(f) }
        }

        impl FromStr for $name {
            type Err = std::num::ParseIntError;
            fn from_str(s: &str) -> Result<Self, Self::Err> { s.parse().map(Self) }
        }
    )*};
}

id_type!(
    PartyId,
    ContractId,
    WorkOrderId,
    CostCentreId,
    ItemId,
    WarehouseId,
    OrderId,
    OrderLineId,
    DeliveryId,
    ComplaintId,
    WarehouseDocId,
    UserId,
    LinkId,
    OutboxId,
    ComplaintLineId,
    AttachmentId,
    ContactId,
    ChangeRequestId,
    ApiKeyId,
    SalesOrderId,
    InstructionId,
    CustomerDocumentId,
    AssetId,
    InspectionId,
    PermitId,
    LotoProcedureId,
    ItemProposalId,
    RequisitionId,
    InvoiceId,
    ServiceRequestId,
    ServiceJobId,
    InspectionPlanId,
    ServiceEventId,
);
