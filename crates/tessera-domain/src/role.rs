//! Staff roles.
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StaffRole {
    Admin,
    Purchasing,
    Warehouse,
    Service,
    Sales,
}

impl StaffRole {
    pub const ALL: [StaffRole; 5] = [Self::Admin, Self::Purchasing, Self::Warehouse, Self::Service, Self::Sales];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Admin => "admin",
            Self::Purchasing => "purchasing",
            Self::Warehouse => "warehouse",
            Self::Service => "service",
            Self::Sales => "sales",
        }
    }
}

impl fmt::Display for StaffRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown role {0:?}; known roles: admin, purchasing, warehouse, service, sales")]
pub struct UnknownRole(pub String);

impl FromStr for StaffRole {
    type Err = UnknownRole;
    fn from_str(s: &str) -> Result<Self, UnknownRole> {
        Self::ALL
            .into_iter()
            .find(|r| r.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownRole(s.to_owned()))
    }
}
