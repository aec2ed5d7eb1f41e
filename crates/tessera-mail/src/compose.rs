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
