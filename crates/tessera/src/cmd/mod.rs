//! One module per subcommand.
pub mod formats;
