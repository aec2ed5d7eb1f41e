//! A fresh database per test. Shared with the web crate's tests through `tessera_db::testing`.
pub use tessera_db::testing::fresh_db;
