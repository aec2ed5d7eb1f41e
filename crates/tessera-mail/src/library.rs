//! The email to a contact subscribed to an article's installation instructions when a new
//! version arrives. Pure, like [`crate::sales`]: the caller decides who may read the
//! instruction (the policy), and puts the result in the outbox in the upload's transaction.
use crate::compose::{Action, ComposeError, Content, compose};
use tessera_db::outbox::NewMail;
use tessera_domain::email::Email;
use tessera_i18n::{Arg, Lang, message, t};

/// What arrived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstructionNotice<'a> {
    pub name: &'a str,
    /// The article's number and name.
    pub article: &'a str,
    pub item_name: &'a str,
    pub title: &'a str,
    pub version: i32,
    /// What changed, as staff wrote it.
    pub note: Option<&'a str>,
    /// Written for the reader's organisation only.
    pub for_you: bool,
    /// The article's instructions in the portal.
    pub url: &'a str,
}

pub fn instruction_changed(to: &Email, lang: Lang, n: &InstructionNotice<'_>) -> Result<NewMail, ComposeError> {
    let article = || ("article", Arg::from(n.article));
    let title = || ("title", Arg::from(n.title));
    let mut paragraphs = vec![
        message(lang, "mail-contact-hello", &[("name", Arg::from(n.name))]),
        message(
            lang,
            "mail-instruction-new",
            &[title(), ("version", Arg::from(i64::from(n.version))), article(), ("item", Arg::from(n.item_name))],
        ),
    ];
    if n.for_you {
        paragraphs.push(t(lang, "mail-instruction-for-you"));
    }
    if let Some(note) = n.note {
        paragraphs.push(message(lang, "mail-instruction-note", &[("note", Arg::from(note))]));
    }
    paragraphs.push(t(lang, "mail-instruction-why"));
    let content = Content {
        subject: message(lang, "mail-instruction-subject", &[article(), title()]),
        paragraphs,
        action: Some(Action { label: t(lang, "mail-instruction-action"), url: n.url.to_owned() }),
    };
    compose(to, lang, &content)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn says_what_arrived_in_the_readers_language() {
        let to = Email::parse("anna@companyx.example").unwrap();
        let n = InstructionNotice {
            name: "Anna",
            article: "2124907",
            item_name: "SCREW STICK 1.0 B/D",
            title: "Assembly",
            version: 2,
            note: Some("Step 4 redrawn."),
            for_you: true,
            url: "http://127.0.0.1:8080/customer/instructions?q=2124907",
        };
        let m = instruction_changed(&to, Lang::En, &n).unwrap();
        assert!(m.subject.contains("2124907") && m.subject.contains("Assembly"), "{}", m.subject);
        assert!(m.text.contains("Step 4 redrawn.") && m.text.contains("/customer/instructions?q=2124907"));
        assert!(m.text.contains(&t(Lang::En, "mail-instruction-for-you")));
        let de = instruction_changed(&to, Lang::De, &n).unwrap();
        assert_ne!(de.subject, m.subject);
        assert_ne!(instruction_changed(&to, Lang::Pl, &n).unwrap().subject, m.subject);
    }
}
