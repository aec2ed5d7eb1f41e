//! Parties: the outside companies. One party can be supplier, subcontractor and customer at once.
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct PartyKinds {
    pub supplier: bool,
    pub subcontractor: bool,
    pub customer: bool,
}

impl PartyKinds {
    pub fn any(self) -> bool {
        self.supplier || self.subcontractor || self.customer
    }
}
