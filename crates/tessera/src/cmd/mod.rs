//! One module per subcommand.
pub mod api_key;
pub mod contact;
pub mod exchange;
pub mod formats;
pub mod link;
pub mod mail;
pub mod migrate;
pub mod serve;
pub mod stock;
pub mod user;

pub fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_multi_thread().enable_all().build()?)
}
