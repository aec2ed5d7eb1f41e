//! Composing a message: the same content as plain text and as HTML, from askama templates
//! (`templates/mail.txt`, `templates/mail.html`), with the words from the catalogues
//! (`locales/*/mail.ftl`) in the recipient's language.
use askama::Template;
use tessera_db::outbox::NewMail;
use tessera_domain::email::Email;
use tessera_i18n::Lang;

/// What a message says. Every string comes from the catalogues, in the recipient's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Content {
    pub subject: String,
    /// Paragraphs of plain text (escaped in the HTML part).
    pub paragraphs: Vec<String>,
    /// The one thing to do, if any: a link with its label.
    pub action: Option<Action>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    pub label: String,
    pub url: String,
}

#[derive(Debug, thiserror::Error)]
#[error("cannot compose the email: {0}")]
pub struct ComposeError(#[from] askama::Error);

#[derive(Template)]
#[template(path = "mail.txt")]
struct TextPart<'a> {
    paragraphs: &'a [String],
    action: &'a Option<Action>,
    footer: &'a str,
}

#[derive(Template)]
#[template(path = "mail.html")]
struct HtmlPart<'a> {
    lang: &'a str,
    subject: &'a str,
    paragraphs: &'a [String],
    action: &'a Option<Action>,
    footer: &'a str,
}

/// The message to `to` in `lang`, ready for the outbox.
pub fn compose(to: &Email, lang: Lang, content: &Content) -> Result<NewMail, ComposeError> {
    let footer = tessera_i18n::t(lang, "mail-footer");
    let text = TextPart { paragraphs: &content.paragraphs, action: &content.action, footer: &footer }.render()?;
    let html = HtmlPart {
        lang: lang.code(),
        subject: &content.subject,
        paragraphs: &content.paragraphs,
        action: &content.action,
        footer: &footer,
    }
    .render()?;
    Ok(NewMail { to: to.clone(), language: lang.code().to_owned(), subject: content.subject.clone(), text, html })
}

/// The message of `tessera mail test`: proves that mail goes out, in the language asked for.
pub fn test_message(to: &Email, lang: Lang, link: Option<&str>) -> Result<NewMail, ComposeError> {
    let content = Content {
        subject: tessera_i18n::t(lang, "mail-test-subject"),
        paragraphs: vec![tessera_i18n::t(lang, "mail-test-body")],
        action: link.map(|url| Action { label: tessera_i18n::t(lang, "mail-test-link"), url: url.to_owned() }),
    };
    compose(to, lang, &content)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn text_and_html_in_the_recipients_language_with_the_link_intact() {
        let to = Email::parse("eva@example.com").unwrap();
        let url = "https://portal.example.com/l/abc?x=1&y=<2>";
        let m = compose(
            &to,
            Lang::Pl,
            &Content {
                subject: "Zamówienie <ZAM/1>".into(),
                paragraphs: vec!["Dzień dobry & witamy".into()],
                action: Some(Action { label: "Otwórz".into(), url: url.into() }),
            },
        )
        .unwrap();
        assert_eq!(m.language, "pl");
        assert!(m.text.contains("Dzień dobry & witamy") && m.text.contains(url), "{}", m.text);
        assert!(m.text.contains(&tessera_i18n::t(Lang::Pl, "mail-footer")));
        assert!(m.html.contains("<html lang=\"pl\">"));
        assert!(m.html.contains("Dzień dobry &#38; witamy"), "{}", m.html);
        assert!(m.html.contains("Zamówienie &#60;ZAM/1&#62;"));
        assert!(m.html.contains("href=\"https://portal.example.com/l/abc?x=1&#38;y=&#60;2&#62;\""), "{}", m.html);
        let de = test_message(&to, Lang::De, None).unwrap();
        assert_eq!(de.subject, tessera_i18n::t(Lang::De, "mail-test-subject"));
        assert_ne!(de.subject, test_message(&to, Lang::En, None).unwrap().subject);
    }
}

/// What a link email tells its reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkInvitation<'a> {
    /// `supplier`, `subcontractor`, `customer`.
    pub portal: &'a str,
    /// The order or complaint number, when the link is for one object.
    pub object_label: Option<&'a str>,
    /// The requested delivery date of an order, written the reader's way.
    pub requested_date: Option<String>,
    /// For a complaint's link: the number of the delivery it is about, so the reader knows what
    /// the number in the subject is and what is asked of them.
    pub complaint_on: Option<&'a str>,
    /// Until when the link works, written the reader's way.
    pub valid_until: String,
    pub url: &'a str,
    /// Whether the reader will be asked for a code sent separately.
    pub require_code: bool,
}

/// The email that carries an access link.
pub fn link_invitation(to: &Email, lang: Lang, inv: &LinkInvitation<'_>) -> Result<NewMail, ComposeError> {
    use tessera_i18n::{Arg, message, t};
    let portal = message(lang, "mail-link-portal", &[("portal", Arg::from(inv.portal))]);
    let subject = match inv.object_label {
        Some(n) => message(lang, "mail-link-subject-object", &[("number", Arg::from(n))]),
        None => message(lang, "mail-link-subject", &[("portal", Arg::from(portal.clone()))]),
    };
    let mut paragraphs = vec![match inv.object_label {
        Some(n) => message(lang, "mail-link-intro-object", &[("number", Arg::from(n))]),
        None => message(lang, "mail-link-intro", &[("portal", Arg::from(portal))]),
    }];
    if let Some(d) = inv.complaint_on {
        paragraphs.push(message(lang, "mail-link-complaint", &[("delivery", Arg::from(d))]));
    }
    if let Some(d) = &inv.requested_date {
        paragraphs.push(message(lang, "mail-link-requested-date", &[("date", Arg::from(d.clone()))]));
    }
    paragraphs.push(message(lang, "mail-link-valid-until", &[("at", Arg::from(inv.valid_until.clone()))]));
    if inv.require_code {
        paragraphs.push(t(lang, "mail-link-code-note"));
    }
    paragraphs.push(t(lang, "mail-link-keep-private"));
    let content = Content {
        subject,
        paragraphs,
        action: Some(Action { label: t(lang, "mail-link-open"), url: inv.url.to_owned() }),
    };
    compose(to, lang, &content)
}

/// The one-time code asked for when a link is first opened.
pub fn one_time_code(to: &Email, lang: Lang, code: &str) -> Result<NewMail, ComposeError> {
    use tessera_i18n::{Arg, message, t};
    let content = Content {
        subject: message(lang, "mail-code-subject", &[("code", Arg::from(code))]),
        paragraphs: vec![message(lang, "mail-code-body", &[("code", Arg::from(code))]), t(lang, "mail-code-not-you")],
        action: None,
    };
    compose(to, lang, &content)
}

#[derive(Debug, thiserror::Error)]
pub enum InvitationError {
    #[error("the party has no email address on record")]
    NoAddress,
    #[error(transparent)]
    Db(#[from] tessera_db::DbError),
    #[error(transparent)]
    Compose(#[from] ComposeError),
}

/// Where and how a party is written to: the first address the host has on record for it (never
/// one typed in), in the party's language.
async fn recipient(db: &tessera_db::Db, party: tessera_domain::ids::PartyId) -> Result<(Email, Lang), InvitationError> {
    let party = db.party(party).await?;
    let to = party.emails.iter().find_map(|e| Email::parse(e).ok()).ok_or(InvitationError::NoAddress)?;
    Ok((to, party.language.parse().unwrap_or_default()))
}

/// The email for a new link, to the first address the host has on record for the party, in the
/// party's language. Never to an address typed in.
pub async fn invitation_for(
    db: &tessera_db::Db,
    link: &tessera_db::links::NewLink,
    url: &str,
) -> Result<NewMail, InvitationError> {
    use tessera_domain::link::LinkObject;
    let (mut to, mut lang) = recipient(db, link.party).await?;
    let (object_label, requested, complaint_on) = match link.object {
        // A service request's link goes to the person who reported it, in the language they
        // reported in (the request's contact, given with the request), or else to the customer.
        Some(LinkObject::ServiceRequest(id)) => {
            let r = db.service_request(id).await?;
            if let Some(e) = r.contact_email.as_deref().and_then(|e| Email::parse(e).ok()) {
                to = e;
                lang = r.language.parse().unwrap_or(lang);
            }
            (Some(r.reference), None, None)
        }
        // A job's link likewise, when the job is for a reported request.
        Some(LinkObject::ServiceJob(id)) => {
            let j = db.service_job(id).await?;
            if let Some(r) = j.request {
                let r = db.service_request(r).await?;
                if let Some(e) = r.contact_email.as_deref().and_then(|e| Email::parse(e).ok()) {
                    to = e;
                    lang = r.language.parse().unwrap_or(lang);
                }
            }
            (Some(j.title), Some(j.planned_for), None)
        }
        Some(LinkObject::Order(id)) => {
            let o = db.order(id).await?;
            (Some(o.summary.number), o.summary.requested_date, None)
        }
        Some(LinkObject::Complaint(id)) => {
            let c = db.complaint(id).await?.summary;
            (Some(c.number), None, c.delivery_number)
        }
        Some(LinkObject::WorkOrder(id)) => {
            let w = db.subcontractor_work_order(id).await?;
            (Some(w.number), w.due_date, None)
        }
        None => (None, None, None),
    };
    let inv = LinkInvitation {
        portal: link.portal.as_str(),
        object_label: object_label.as_deref(),
        requested_date: requested.map(|d| tessera_i18n::date(lang, d)),
        complaint_on: complaint_on.as_deref(),
        valid_until: tessera_i18n::datetime(lang, link.expires_at),
        url,
        require_code: link.require_code,
    };
    Ok(link_invitation(&to, lang, &inv)?)
}

/// What the supplier is told when the buyer decides on their proposed delivery date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateDecisionNotice<'a> {
    pub number: &'a str,
    pub accepted: bool,
    /// The date the supplier proposed.
    pub proposed: chrono::NaiveDate,
    /// Why the buyer rejected it, if they said.
    pub reason: Option<&'a str>,
    /// The confirmed date after the decision: the proposed one when accepted, the earlier one
    /// (if any) when rejected.
    pub in_force: Option<chrono::NaiveDate>,
    /// The order's portal address. It carries no secret: it works in the browser where the
    /// supplier opened their link.
    pub url: &'a str,
}

/// The email telling the supplier the buyer's decision on their proposed date.
pub fn date_decision(to: &Email, lang: Lang, n: &DateDecisionNotice<'_>) -> Result<NewMail, ComposeError> {
    use tessera_i18n::{Arg, message, t};
    let number = || ("number", Arg::from(n.number));
    let proposed = ("proposed", Arg::from(tessera_i18n::date(lang, n.proposed)));
    let mut paragraphs = Vec::new();
    let subject = if n.accepted {
        let date = tessera_i18n::date(lang, n.in_force.unwrap_or(n.proposed));
        paragraphs.push(message(lang, "mail-date-accepted-body", &[number(), ("date", Arg::from(date))]));
        message(lang, "mail-date-accepted-subject", &[number()])
    } else {
        paragraphs.push(message(lang, "mail-date-rejected-body", &[number(), proposed]));
        if let Some(r) = n.reason {
            paragraphs.push(message(lang, "mail-date-rejected-reason", &[("reason", Arg::from(r))]));
        }
        paragraphs.push(match n.in_force {
            Some(d) => message(lang, "mail-date-still-in-force", &[("date", Arg::from(tessera_i18n::date(lang, d)))]),
            None => t(lang, "mail-date-none-in-force"),
        });
        message(lang, "mail-date-rejected-subject", &[number()])
    };
    paragraphs.push(t(lang, "mail-date-reopen"));
    let content = Content {
        subject,
        paragraphs,
        action: Some(Action { label: t(lang, "mail-date-open"), url: n.url.to_owned() }),
    };
    compose(to, lang, &content)
}

/// The decision email for `order`'s waiting `proposal`, to the first address the host has on
/// record for the supplier, in the supplier's language.
pub async fn date_decision_for(
    db: &tessera_db::Db,
    order: &tessera_db::orders::Order,
    proposal: &tessera_db::dates::DateAnswerRow,
    accepted: bool,
    reason: Option<&str>,
    base_url: &str,
) -> Result<NewMail, InvitationError> {
    let (to, lang) = recipient(db, order.summary.party_id).await?;
    let url = format!("{base_url}/portal/orders/{}", order.summary.id);
    let notice = DateDecisionNotice {
        number: &order.summary.number,
        accepted,
        proposed: proposal.date,
        reason,
        in_force: if accepted { Some(proposal.date) } else { order.summary.confirmed_date },
        url: &url,
    };
    Ok(date_decision(&to, lang, &notice)?)
}
