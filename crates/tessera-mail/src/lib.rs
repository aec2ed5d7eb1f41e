//! Emails. [`compose`] writes a message in the recipient's language, as plain text and HTML;
//! the caller puts it in the outbox (`tessera_db::outbox`), in the transaction of the change
//! that causes it. [`worker`] sends what the outbox holds through a [`transport::Transport`]:
//! the local mailbox (the default: messages stay in the database, admins read them at
//! `/admin/mailbox`) or SMTP. See docs/mail.md. [`contacts`] holds the emails to the contacts of
//! customer organisations (welcome, sign-in link, password reset, contact change requests);
//! [`sales`] and [`library`] those about their orders and the installation instructions they
//! follow.
pub mod compose;
pub mod contacts;
pub mod library;
pub mod sales;
pub mod service;
#[cfg(feature = "testing")]
pub mod testing;
pub mod transport;
pub mod worker;

pub use compose::{Action, ComposeError, Content, compose};
pub use contacts::{RequestNotice, Welcome};
pub use transport::{MailConfigError, SendError, SmtpSettings, TlsMode, Transport};
