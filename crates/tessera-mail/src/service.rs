//! The emails to the person who reported a service request (issue #9): its reference when it
//! is received, then each step (a question, accepted, rejected, work planned, a job moving on,
//! closed), each with a link that stops the emails about that request. Pure, like
//! [`crate::sales`]: the caller gives the words already in the reader's language and puts the
//! result in the outbox.
use crate::compose::{Action, ComposeError, Content, compose};
use tessera_db::outbox::NewMail;
use tessera_domain::email::Email;
use tessera_domain::service::EventKind;
use tessera_i18n::{Arg, Lang, message, t};

/// What happened to a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceNotice<'a> {
    pub name: &'a str,
    /// `SR-000042`
    pub reference: &'a str,
    pub site: &'a str,
    /// What happened: reported (received), a question, accepted…
    pub kind: EventKind,
    /// The request's status (or the job's, for a job's step), in the reader's language.
    pub status: String,
    /// The question, the reason, the summary or the technician's note, as staff wrote it.
    pub text: Option<&'a str>,
    /// Where the reader follows the request, when Tessera knows a page for them.
    pub url: Option<&'a str>,
    /// Stops the emails about this request.
    pub unsubscribe_url: &'a str,
}

pub fn service_changed(to: &Email, lang: Lang, n: &ServiceNotice<'_>) -> Result<NewMail, ComposeError> {
    let reference = || ("reference", Arg::from(n.reference));
    let intro = match n.kind {
        EventKind::Reported => "mail-service-received",
        EventKind::Question => "mail-service-question",
        EventKind::Accepted => "mail-service-accepted",
        EventKind::Rejected => "mail-service-rejected",
        EventKind::Planned => "mail-service-planned",
        EventKind::Closed => "mail-service-closed",
        _ => "mail-service-step",
    };
    let mut paragraphs = vec![
        message(lang, "mail-contact-hello", &[("name", Arg::from(n.name))]),
        message(lang, intro, &[reference(), ("site", Arg::from(n.site)), ("status", Arg::from(n.status.clone()))]),
    ];
    if let Some(text) = n.text {
        paragraphs.push(text.to_owned());
    }
    if n.kind == EventKind::Question {
        paragraphs.push(t(lang, "mail-service-answer-how"));
    }
    paragraphs.push(message(lang, "mail-service-unsubscribe", &[("url", Arg::from(n.unsubscribe_url))]));
    let content = Content {
        subject: message(lang, "mail-service-subject", &[reference(), ("status", Arg::from(n.status.clone()))]),
        paragraphs,
        action: n.url.map(|u| Action { label: t(lang, "mail-service-action"), url: u.to_owned() }),
    };
    compose(to, lang, &content)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn says_what_happened_with_the_unsubscribe_link_in_the_readers_language() {
        let to = Email::parse("eva@customer.example").unwrap();
        let n = ServiceNotice {
            name: "Eva",
            reference: "SR-000007",
            site: "Hall B",
            kind: EventKind::Question,
            status: "Question for you".into(),
            text: Some("Which gate is it?"),
            url: None,
            unsubscribe_url: "https://portal.example/service/unsubscribe/abc",
        };
        let en = service_changed(&to, Lang::En, &n).unwrap();
        assert!(en.subject.contains("SR-000007"), "{}", en.subject);
        assert!(en.text.contains("Which gate is it?"));
        assert!(en.text.contains("https://portal.example/service/unsubscribe/abc"));
        let pl = service_changed(&to, Lang::Pl, &n).unwrap();
        assert_eq!(pl.language, "pl");
        assert_ne!(pl.text, en.text);
    }
}
