//! Emails to the contacts of customer organisations: the welcome email that activates an
//! account, the emailed sign-in link, the password reset, and the news about a contact change
//! request (received, a message from staff, approved, rejected).
//!
//! All pure: the caller gives the recipient, their language and what to say (dates and role
//! names already written in that language), and puts the result in the outbox.
use crate::compose::{Action, ComposeError, Content, compose};
use tessera_db::outbox::NewMail;
use tessera_domain::email::Email;
use tessera_i18n::{Arg, Lang, message, t};

/// What the welcome email tells a new contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Welcome<'a> {
    /// The contact's name, as the greeting says it.
    pub name: &'a str,
    /// The customer organisation they get access for.
    pub organisation: &'a str,
    /// Their roles, already translated into the recipient's language.
    pub roles: Vec<String>,
    /// The single-use activation link.
    pub url: &'a str,
    /// Until when the link works, written the reader's way.
    pub valid_until: String,
}

/// What a contact change request asks, for the email confirming it was received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestNotice<'a> {
    pub number: i64,
    pub organisation: &'a str,
    /// One line per change, already written in the recipient's language
    /// ("Add Jan Nowak (Ordering, Documents)").
    pub summary: Vec<String>,
    /// The request's page in the portal.
    pub url: &'a str,
}

fn hello(lang: Lang, name: &str) -> String {
    message(lang, "mail-contact-hello", &[("name", Arg::from(name))])
}

/// The request number as typed, never grouped ("#1234", not "#1,234").
fn number_arg(n: i64) -> (&'static str, Arg) {
    ("number", Arg::from(n.to_string()))
}

/// A text typed by a person, as quoted lines: one paragraph per non-empty line.
fn quoted(lang: Lang, text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| message(lang, "mail-contact-request-quote", &[("line", Arg::from(l))]))
        .collect()
}

fn action(lang: Lang, label_id: &str, url: &str) -> Option<Action> {
    Some(Action { label: t(lang, label_id), url: url.to_owned() })
}

/// The welcome email: access to the organisation's portal, the roles, and the single-use link
/// that activates the account and lets the contact choose a password.
pub fn welcome(to: &Email, lang: Lang, w: &Welcome<'_>) -> Result<NewMail, ComposeError> {
    let organisation = || ("organisation", Arg::from(w.organisation));
    let mut paragraphs = vec![hello(lang, w.name), message(lang, "mail-contact-welcome-intro", &[organisation()])];
    if !w.roles.is_empty() {
        paragraphs.push(message(lang, "mail-contact-welcome-roles", &[("roles", Arg::from(w.roles.join(", ")))]));
    }
    paragraphs.push(message(lang, "mail-contact-welcome-activate", &[("at", Arg::from(w.valid_until.clone()))]));
    paragraphs.push(t(lang, "mail-contact-keep-private"));
    paragraphs.push(t(lang, "mail-contact-welcome-not-expected"));
    let content = Content {
        subject: message(lang, "mail-contact-welcome-subject", &[organisation()]),
        paragraphs,
        action: action(lang, "mail-contact-welcome-action", w.url),
    };
    compose(to, lang, &content)
}

/// The one-time sign-in link a contact asked for instead of typing their password.
pub fn sign_in_link(to: &Email, lang: Lang, name: &str, url: &str, valid_until: &str) -> Result<NewMail, ComposeError> {
    let content = Content {
        subject: t(lang, "mail-contact-sign-in-subject"),
        paragraphs: vec![
            hello(lang, name),
            message(lang, "mail-contact-sign-in-body", &[("at", Arg::from(valid_until))]),
            t(lang, "mail-contact-keep-private"),
            t(lang, "mail-contact-sign-in-not-you"),
        ],
        action: action(lang, "mail-contact-sign-in-action", url),
    };
    compose(to, lang, &content)
}

/// The link to choose a new password. The current password keeps working until then.
pub fn password_reset(
    to: &Email,
    lang: Lang,
    name: &str,
    url: &str,
    valid_until: &str,
) -> Result<NewMail, ComposeError> {
    let content = Content {
        subject: t(lang, "mail-contact-reset-subject"),
        paragraphs: vec![
            hello(lang, name),
            message(lang, "mail-contact-reset-body", &[("at", Arg::from(valid_until))]),
            t(lang, "mail-contact-keep-private"),
            t(lang, "mail-contact-reset-not-you"),
        ],
        action: action(lang, "mail-contact-reset-action", url),
    };
    compose(to, lang, &content)
}

/// To the Customer Admin who filed a contact change request: it was received and will be
/// reviewed, with what it asks.
pub fn request_received(to: &Email, lang: Lang, r: &RequestNotice<'_>) -> Result<NewMail, ComposeError> {
    let mut paragraphs = vec![message(
        lang,
        "mail-contact-request-received-body",
        &[number_arg(r.number), ("organisation", Arg::from(r.organisation))],
    )];
    if !r.summary.is_empty() {
        paragraphs.push(t(lang, "mail-contact-request-received-changes"));
        paragraphs.extend(
            r.summary.iter().map(|l| message(lang, "mail-contact-request-item", &[("line", Arg::from(l.as_str()))])),
        );
    }
    let content = Content {
        subject: message(lang, "mail-contact-request-received-subject", &[number_arg(r.number)]),
        paragraphs,
        action: action(lang, "mail-contact-request-open", r.url),
    };
    compose(to, lang, &content)
}

/// To the requester: staff asked a question or commented on their request. The comment is
/// quoted; answers go through the portal.
pub fn request_question(
    to: &Email,
    lang: Lang,
    number: i64,
    author_name: &str,
    body: &str,
    url: &str,
) -> Result<NewMail, ComposeError> {
    let n = || number_arg(number);
    let mut paragraphs =
        vec![message(lang, "mail-contact-request-question-body", &[n(), ("author", Arg::from(author_name))])];
    paragraphs.extend(quoted(lang, body));
    paragraphs.push(t(lang, "mail-contact-request-question-reply"));
    let content = Content {
        subject: message(lang, "mail-contact-request-question-subject", &[n()]),
        paragraphs,
        action: action(lang, "mail-contact-request-question-action", url),
    };
    compose(to, lang, &content)
}

/// To the requester: the request was approved and applied; new contacts get their welcome email.
pub fn request_approved(
    to: &Email,
    lang: Lang,
    number: i64,
    organisation: &str,
    url: &str,
) -> Result<NewMail, ComposeError> {
    let n = || number_arg(number);
    let content = Content {
        subject: message(lang, "mail-contact-request-approved-subject", &[n()]),
        paragraphs: vec![
            message(lang, "mail-contact-request-approved-body", &[n(), ("organisation", Arg::from(organisation))]),
            t(lang, "mail-contact-request-approved-welcome"),
        ],
        action: action(lang, "mail-contact-request-open", url),
    };
    compose(to, lang, &content)
}

/// To the requester: the request was rejected, with the reason staff gave; a new one may be filed.
pub fn request_rejected(
    to: &Email,
    lang: Lang,
    number: i64,
    organisation: &str,
    reason: &str,
    url: &str,
) -> Result<NewMail, ComposeError> {
    let n = || number_arg(number);
    let mut paragraphs =
        vec![message(lang, "mail-contact-request-rejected-body", &[n(), ("organisation", Arg::from(organisation))])];
    let reason = quoted(lang, reason);
    if !reason.is_empty() {
        paragraphs.push(t(lang, "mail-contact-request-rejected-reason"));
        paragraphs.extend(reason);
    }
    paragraphs.push(t(lang, "mail-contact-request-rejected-again"));
    let content = Content {
        subject: message(lang, "mail-contact-request-rejected-subject", &[n()]),
        paragraphs,
        action: action(lang, "mail-contact-request-open", url),
    };
    compose(to, lang, &content)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const URL: &str = "https://portal.example.com/contacts/activate?token=abc&next=<home>";
    const ORG: &str = "Müller & Söhne <GmbH>";
    const NAME: &str = "Anna O'Brien-Kowalska";
    const STAFF: &str = "Jan \"Staff\" Nowak";
    const UNTIL: &str = "2026-11-22 14:15 UTC";
    const BODY: &str = "Why does <Piotr> need Ordering & Documents?\n\n  Please confirm his role.  ";
    const REASON: &str = "Piotr left the company & has no email <yet>.";

    /// What askama makes of a text in the HTML part.
    fn escaped(s: &str) -> String {
        s.replace('&', "&#38;").replace('<', "&#60;").replace('>', "&#62;").replace('"', "&#34;").replace('\'', "&#39;")
    }

    /// Every contact email in `lang`, each with the texts the caller gave that it must carry.
    fn all(lang: Lang) -> Vec<(&'static str, NewMail, Vec<String>)> {
        let to = Email::parse("anna@example.com").unwrap();
        let roles = vec!["Ordering <role>".to_owned(), "Documents".to_owned()];
        let summary = vec!["Add Jan Nowak (Ordering, Documents)".to_owned(), "Remove <Ewa> & Co".to_owned()];
        let s = |v: &[&str]| v.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
        vec![
            (
                "welcome",
                welcome(
                    &to,
                    lang,
                    &Welcome { name: NAME, organisation: ORG, roles, url: URL, valid_until: UNTIL.into() },
                )
                .unwrap(),
                s(&[NAME, ORG, "Ordering <role>, Documents", UNTIL]),
            ),
            ("sign_in_link", sign_in_link(&to, lang, NAME, URL, UNTIL).unwrap(), s(&[NAME, UNTIL])),
            ("password_reset", password_reset(&to, lang, NAME, URL, UNTIL).unwrap(), s(&[NAME, UNTIL])),
            (
                "request_received",
                request_received(&to, lang, &RequestNotice { number: 1234, organisation: ORG, summary, url: URL })
                    .unwrap(),
                s(&["1234", ORG, "Add Jan Nowak (Ordering, Documents)", "Remove <Ewa> & Co"]),
            ),
            (
                "request_question",
                request_question(&to, lang, 1234, STAFF, BODY, URL).unwrap(),
                s(&["1234", STAFF, "Why does <Piotr> need Ordering & Documents?", "Please confirm his role."]),
            ),
            ("request_approved", request_approved(&to, lang, 1234, ORG, URL).unwrap(), s(&["1234", ORG])),
            (
                "request_rejected",
                request_rejected(&to, lang, 1234, ORG, REASON, URL).unwrap(),
                s(&["1234", ORG, REASON]),
            ),
        ]
    }

    /// Words of an English subject that must not turn up in a translated one: not the
    /// caller's texts, and not the few words the languages share.
    fn english_words(subject: &str) -> Vec<String> {
        const SHARED: [&str; 3] = ["tessera", "portal", "link"];
        let given = format!("{ORG} {NAME} 1234").to_lowercase();
        words(subject)
            .into_iter()
            .filter(|w| w.chars().count() >= 3 && !SHARED.contains(&w.as_str()) && !given.contains(w.as_str()))
            .collect()
    }

    fn words(s: &str) -> Vec<String> {
        s.to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_owned).collect()
    }

    #[test]
    fn every_email_in_every_language_carries_its_words_the_link_and_the_callers_texts() {
        let en = all(Lang::En);
        for lang in Lang::ALL {
            for ((kind, mail, texts), (_, en_mail, _)) in all(lang).iter().zip(&en) {
                assert_eq!(mail.language, lang.code());
                assert!(!mail.subject.trim().is_empty(), "{lang} {kind}: no subject");
                assert!(!mail.subject.contains("mail-contact"), "{lang} {kind}: a missing message: {}", mail.subject);
                assert!(!mail.text.contains("mail-contact"), "{lang} {kind}: a missing message:\n{}", mail.text);
                assert!(mail.text.contains(URL), "{lang} {kind}: no link in the text:\n{}", mail.text);
                assert!(
                    mail.html.contains(&format!("href=\"{}\"", escaped(URL))),
                    "{lang} {kind}: no link in the HTML:\n{}",
                    mail.html
                );
                for text in texts {
                    assert!(mail.text.contains(text.as_str()), "{lang} {kind}: {text:?} missing in:\n{}", mail.text);
                    assert!(
                        mail.html.contains(&escaped(text)),
                        "{lang} {kind}: {text:?} not escaped in:\n{}",
                        mail.html
                    );
                }
                assert!(!mail.html.contains("<Piotr>") && !mail.html.contains("<GmbH>"), "{lang} {kind}: unescaped");
                if lang != Lang::En {
                    assert_ne!(mail.subject, en_mail.subject, "{lang} {kind}: subject not translated");
                    assert_ne!(mail.text, en_mail.text, "{lang} {kind}: text not translated");
                    let theirs = words(&mail.subject);
                    let leaked: Vec<_> =
                        english_words(&en_mail.subject).into_iter().filter(|w| theirs.contains(w)).collect();
                    assert!(leaked.is_empty(), "{lang} {kind}: English in {:?}: {leaked:?}", mail.subject);
                }
            }
        }
    }

    #[test]
    fn the_welcome_email_says_what_to_do_and_what_if_unexpected() {
        let to = Email::parse("anna@example.com").unwrap();
        let w = Welcome {
            name: "Anna",
            organisation: "Acme",
            roles: vec!["Ordering".into(), "Stock Query".into()],
            url: URL,
            valid_until: UNTIL.into(),
        };
        let m = welcome(&to, Lang::En, &w).unwrap();
        assert_eq!(m.subject, "Your access to the Tessera portal for Acme");
        assert!(m.text.contains("Your roles: Ordering, Stock Query."), "{}", m.text);
        assert!(m.text.contains(&format!("Activate your account and choose a password:\n{URL}")), "{}", m.text);
        assert!(m.text.contains("works once") && m.text.contains("did not expect"), "{}", m.text);
        // Without roles there is no empty "Your roles:" line.
        let m = welcome(&to, Lang::Pl, &Welcome { roles: vec![], ..w }).unwrap();
        assert!(!m.text.contains("Twoje role"), "{}", m.text);
    }

    #[test]
    fn request_numbers_are_not_grouped_and_comments_are_quoted_line_by_line() {
        let to = Email::parse("anna@example.com").unwrap();
        let m = request_question(&to, Lang::En, 12345, "Jan Nowak", BODY, URL).unwrap();
        assert_eq!(m.subject, "New message about your contact change request #12345");
        assert!(m.text.contains("Jan Nowak wrote about your contact change request #12345:"), "{}", m.text);
        assert!(
            m.text.contains("> Why does <Piotr> need Ordering & Documents?\n\n> Please confirm his role.\n"),
            "{}",
            m.text
        );
        let de = request_rejected(&to, Lang::De, 12345, "Acme", "", URL).unwrap();
        assert_eq!(de.subject, "Kontaktänderungsantrag Nr. 12345 abgelehnt");
        // No reason given: no empty "reason" heading.
        assert!(!de.text.contains(&t(Lang::De, "mail-contact-request-rejected-reason")), "{}", de.text);
        let pl = request_received(
            &to,
            Lang::Pl,
            &RequestNotice {
                number: 7,
                organisation: "Acme",
                summary: vec!["Dodaj Jana Nowaka (Zamówienia)".into()],
                url: URL,
            },
        )
        .unwrap();
        assert!(pl.text.contains("– Dodaj Jana Nowaka (Zamówienia)"), "{}", pl.text);
    }
}
