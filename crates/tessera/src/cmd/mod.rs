//! One module per subcommand.
pub mod api_key;
pub mod backup;
pub mod contact;
pub mod exchange;
pub mod formats;
pub mod link;
pub mod mail;
pub mod migrate;
pub mod serve;
pub mod stock;
pub mod user;

/// The async runtime: one worker per core the process may run on. With a single core, the
/// single-threaded scheduler: its one run queue serves tasks in the order they were woken, where
/// the work-stealing one, with nothing to steal from, would move the overflow of its local
/// queue to a global one polled only now and then (a long tail under many connections).
pub fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    let mut builder = if cores > 1 {
        tokio::runtime::Builder::new_multi_thread()
    } else {
        tokio::runtime::Builder::new_current_thread()
    };
    Ok(builder.enable_all().build()?)
}
