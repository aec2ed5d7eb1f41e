//! The email to a customer's contact when their order moves on (if they asked for it when
//! ordering): the new status, the delivery-note number and the parcels with their tracking
//! links. Pure, like [`crate::contacts`]: the caller gives the words already in the reader's
//! language and puts the result in the outbox.
use crate::compose::{Action, ComposeError, Content, compose};
use tessera_db::outbox::NewMail;
use tessera_domain::email::Email;
use tessera_i18n::{Arg, Lang, message, t};

/// What changed on an order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrderNotice<'a> {
    pub name: &'a str,
    /// `S000012`
    pub number: &'a str,
    /// The customer's own reference, if they gave one.
    pub customer_ref: Option<&'a str>,
    /// The status, already in the reader's language.
    pub status: String,
    pub delivery_note_number: Option<&'a str>,
    /// (carrier, tracking number, tracking link)
    pub parcels: Vec<(String, String, Option<String>)>,
    /// The order's page in the portal.
    pub url: &'a str,
}

pub fn order_changed(to: &Email, lang: Lang, n: &OrderNotice<'_>) -> Result<NewMail, ComposeError> {
    let number = || ("number", Arg::from(n.number));
    let mut paragraphs = vec![
        message(lang, "mail-contact-hello", &[("name", Arg::from(n.name))]),
        message(lang, "mail-sales-status", &[number(), ("status", Arg::from(n.status.clone()))]),
    ];
    if let Some(r) = n.customer_ref {
        paragraphs.push(message(lang, "mail-sales-reference", &[("reference", Arg::from(r))]));
    }
    if let Some(d) = n.delivery_note_number {
        paragraphs.push(message(lang, "mail-sales-delivery-note", &[("number", Arg::from(d))]));
    }
    for (carrier, tracking, url) in &n.parcels {
        let line = message(
            lang,
            "mail-sales-parcel",
            &[("carrier", Arg::from(carrier.as_str())), ("tracking", Arg::from(tracking.as_str()))],
        );
        paragraphs.push(match url {
            Some(u) => format!("{line} {u}"),
            None => line,
        });
    }
    paragraphs.push(t(lang, "mail-sales-why"));
    let content = Content {
        subject: message(lang, "mail-sales-subject", &[number(), ("status", Arg::from(n.status.clone()))]),
        paragraphs,
        action: Some(Action { label: t(lang, "mail-sales-action"), url: n.url.to_owned() }),
    };
    compose(to, lang, &content)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn says_what_moved_in_the_readers_language() {
        let to = Email::parse("anna@companyx.example").unwrap();
        let n = OrderNotice {
            name: "Anna",
            number: "S000007",
            customer_ref: Some("PO-77"),
            status: "Shipped".into(),
            delivery_note_number: Some("WZ/1/2026"),
            parcels: vec![(
                "DPD".into(),
                "00340434161".into(),
                Some("https://tracking.dpd.de/status/en_US/parcel/00340434161".into()),
            )],
            url: "http://127.0.0.1:8080/customer/orders/7",
        };
        let m = order_changed(&to, Lang::En, &n).unwrap();
        assert!(m.subject.contains("S000007") && m.subject.contains("Shipped"), "{}", m.subject);
        assert!(m.text.contains("WZ/1/2026") && m.text.contains("00340434161") && m.text.contains("PO-77"));
        assert!(m.text.contains("https://tracking.dpd.de/status/en_US/parcel/00340434161"));
        let pl = order_changed(&to, Lang::Pl, &n).unwrap();
        assert_ne!(pl.subject, m.subject);
    }
}
