## Emails

mail-footer = Diese Nachricht wurde von Tessera gesendet. Bitte antworten Sie nicht darauf.
mail-test-subject = Testnachricht von Tessera
mail-test-body = Dies ist eine Testnachricht von Tessera. Wenn Sie sie lesen können, funktioniert der E-Mail-Versand.
mail-test-link = Tessera öffnen

## The local mailbox (/admin/mailbox)

nav-mailbox = Postfach
mailbox-title = Postfach
mailbox-intro = Alle E-Mails, die Tessera geschrieben hat, die neuesten zuerst. Ohne konfigurierten SMTP-Server werden sie hier zugestellt.
mailbox-at = Geschrieben
mailbox-to = An
mailbox-subject = Betreff
mailbox-status = Status
mailbox-attempts = Versuche
mailbox-status-pending = Wartet
mailbox-status-sending = Wird gesendet
mailbox-status-sent = Gesendet
mailbox-status-failed = Fehlgeschlagen
mailbox-language = Sprache
mailbox-sent-at = Gesendet am
mailbox-next-attempt = Nächster Versuch
mailbox-transport = Zugestellt über
mailbox-message-id = Message-ID
mailbox-last-error = Letzter Fehler
mailbox-text = Text
mailbox-html = HTML-Fassung (Quelltext)
mailbox-back = Zurück zum Postfach
