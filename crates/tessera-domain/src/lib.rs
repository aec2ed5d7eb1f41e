//! Tessera's domain: what the business is made of and the rules it follows.
//!
//! Nothing here knows about HTTP or the database. Time is passed in ([`clock::Clock`]),
//! never read deep inside; numbers are exact ([`number`]); secrets cannot leak through
//! `Debug` ([`secret`]); and [`policy::decide`] is the one function that says who may do what.
pub mod api_key;
pub mod clock;
pub mod complaint;
pub mod contact;
pub mod currency;
pub mod delivery;
pub mod delivery_file;
pub mod email;
pub mod free_delivery;
pub mod ids;
pub mod invoice;
pub mod item_proposal;
pub mod library;
pub mod link;
pub mod loto;
pub mod number;
pub mod order;
pub mod party;
pub mod password_rule;
pub mod permit;
pub mod policy;
pub mod requisition;
pub mod role;
pub mod sales;
pub mod scorecard;
pub mod secret;
pub mod service;
pub mod stock;
pub mod subcontractor;
pub mod text;
pub mod upload;
pub mod work_order;
