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

## Access links by email
mail-link-portal = { $portal ->
    [supplier] Lieferantenportal
    [subcontractor] Subunternehmerportal
   *[customer] Kundenportal
    }
mail-link-subject = Ihr Zugang zum { $portal }
mail-link-subject-object = { $number }: Ihr Zugang
mail-link-intro = Sie haben Zugang zu unserem { $portal } erhalten. Der Link unten öffnet es; Sie brauchen kein Konto und kein Passwort.
mail-link-intro-object = Sie haben Zugang zu { $number } erhalten. Der Link unten öffnet ihn; Sie brauchen kein Konto und kein Passwort.
mail-link-requested-date = Gewünschter Liefertermin: { $date }.
mail-link-valid-until = Der Link funktioniert bis { $at }. Danach können Sie auf der Seite, die er öffnet, einen neuen anfordern.
mail-link-code-note = Beim ersten Öffnen senden wir Ihnen einen Einmalcode in einer eigenen E-Mail.
mail-link-keep-private = Der Link ist persönlich: Bitte leiten Sie ihn nicht weiter.
mail-link-open = Öffnen
mail-code-subject = Ihr Code: { $code }
mail-code-body = Ihr Einmalcode lautet { $code }. Geben Sie ihn auf der Seite ein, die danach gefragt hat. Er ist 10 Minuten gültig.
mail-code-not-you = Wenn Sie gerade keinen Link von uns geöffnet haben, ignorieren Sie diese E-Mail.

## The buyer's decision on a proposed delivery date (browser developer)
mail-date-accepted-subject = { $number }: Liefertermin bestätigt
mail-date-accepted-body = Der Einkauf hat Ihren vorgeschlagenen Liefertermin für { $number } angenommen. Der bestätigte Liefertermin ist jetzt der { $date }.
mail-date-rejected-subject = { $number }: vorgeschlagener Liefertermin nicht angenommen
mail-date-rejected-body = Der Einkauf hat den von Ihnen für { $number } vorgeschlagenen Liefertermin ({ $proposed }) nicht angenommen.
mail-date-rejected-reason = Begründung des Einkaufs: { $reason }
mail-date-still-in-force = Es gilt weiterhin der bestätigte Liefertermin { $date }.
mail-date-none-in-force = Noch ist kein Liefertermin bestätigt: Bitte bestätigen Sie den gewünschten Termin oder schlagen Sie einen anderen vor.
mail-date-reopen = Um die Bestellung zu sehen, öffnen Sie den Link, den Sie mit ihr erhalten haben. Aus Sicherheitsgründen enthält diese E-Mail ihn nicht; die Adresse unten öffnet die Bestellung in einem Browser, in dem Sie Ihren Link bereits geöffnet haben.
mail-date-open = Bestellung öffnen
## Browser journey (the e2e developer): what a complaint's link email is about
mail-link-complaint = Es handelt sich um eine Reklamation zu Ihrer Lieferung { $delivery }. Öffnen Sie sie, um die reklamierten Positionen zu sehen, jede davon zu beantworten und uns zu schreiben.

## Contacts of customer organisations (issue #6): activation, sign-in links, password reset, contact change requests
mail-contact-hello = Guten Tag { $name },
mail-contact-keep-private = Der Link ist persönlich: Bitte leiten Sie ihn nicht weiter.
mail-contact-welcome-subject = Ihr Zugang zum Tessera-Portal für { $organisation }
mail-contact-welcome-intro = Sie haben ein Konto im Tessera-Portal für { $organisation } erhalten.
mail-contact-welcome-roles = Ihre Rollen: { $roles }.
mail-contact-welcome-activate = Aktivieren Sie zunächst Ihr Konto und legen Sie Ihr Passwort über den Link unten fest. Er funktioniert einmal, bis { $at }.
mail-contact-welcome-not-expected = Wenn Sie diese E-Mail nicht erwartet haben, ignorieren Sie sie: Das Konto bleibt inaktiv, bis es mit diesem Link aktiviert wird.
mail-contact-welcome-action = Konto aktivieren und Passwort festlegen
mail-contact-sign-in-subject = Ihr Anmeldelink für Tessera
mail-contact-sign-in-body = Sie haben einen Link angefordert, um sich ohne Passwort im Tessera-Portal anzumelden. Der Link unten meldet Sie an. Er funktioniert einmal, bis { $at }.
mail-contact-sign-in-not-you = Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail: Ohne den Link kann sich niemand anmelden, und Ihr Passwort bleibt unverändert.
mail-contact-sign-in-action = Anmelden
mail-contact-reset-subject = Neues Passwort für Tessera festlegen
mail-contact-reset-body = Sie möchten ein neues Passwort für das Tessera-Portal festlegen. Der Link unten öffnet die Seite, auf der Sie es wählen. Er funktioniert einmal, bis { $at }.
mail-contact-reset-not-you = Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail. Ihr bisheriges Passwort bleibt gültig, bis Sie ein neues festlegen.
mail-contact-reset-action = Neues Passwort festlegen
mail-contact-request-item = – { $line }
mail-contact-request-quote = > { $line }
mail-contact-request-open = Antrag ansehen
mail-contact-request-received-subject = Kontaktänderungsantrag Nr. { $number } eingegangen
mail-contact-request-received-body = Ihr Kontaktänderungsantrag Nr. { $number } für { $organisation } ist bei uns eingegangen. Wir prüfen ihn und schreiben Ihnen, sobald er entschieden ist.
mail-contact-request-received-changes = Beantragte Änderungen:
mail-contact-request-question-subject = Neue Nachricht zu Ihrem Kontaktänderungsantrag Nr. { $number }
mail-contact-request-question-body = { $author } schreibt zu Ihrem Kontaktänderungsantrag Nr. { $number }:
mail-contact-request-question-reply = Bitte antworten Sie im Portal, auf der Seite des Antrags: Antworten auf diese E-Mail werden nicht gelesen.
mail-contact-request-question-action = Im Portal antworten
mail-contact-request-approved-subject = Kontaktänderungsantrag Nr. { $number } genehmigt
mail-contact-request-approved-body = Ihr Kontaktänderungsantrag Nr. { $number } für { $organisation } wurde genehmigt, und die Änderungen sind vorgenommen.
mail-contact-request-approved-welcome = Jede neue Kontaktperson erhält eine Willkommens-E-Mail mit einem Link zur Aktivierung ihres Kontos.
mail-contact-request-rejected-subject = Kontaktänderungsantrag Nr. { $number } abgelehnt
mail-contact-request-rejected-body = Ihr Kontaktänderungsantrag Nr. { $number } für { $organisation } wurde abgelehnt; es wurde nichts geändert.
mail-contact-request-rejected-reason = Angegebene Begründung:
mail-contact-request-rejected-again = Wenn weiterhin Änderungen nötig sind, können Sie im Portal einen neuen Antrag stellen.

## Service for customers (issue #9): the emails to the person who reported a service request
mail-service-subject = { $reference }: { $status }
mail-service-received = Wir haben Ihre Serviceanfrage { $reference } für { $site } erhalten. Bitte nennen Sie diese Nummer, wenn Sie uns kontaktieren; wir schreiben Ihnen bei jedem Schritt.
mail-service-question = Wir haben eine Frage zu Ihrer Serviceanfrage { $reference } ({ $site }):
mail-service-answer-how = Bitte antworten Sie auf der Seite der Anfrage; dort können Sie auch Fotos und Dateien hinzufügen.
mail-service-accepted = Ihre Serviceanfrage { $reference } ({ $site }) wurde angenommen. Wir planen die Arbeiten und nennen Ihnen den Termin.
mail-service-rejected = Wir können Ihre Serviceanfrage { $reference } ({ $site }) nicht übernehmen. Der Grund:
mail-service-planned = Für Ihre Serviceanfrage { $reference } ({ $site }) sind Arbeiten geplant:
mail-service-step = Ihre Serviceanfrage { $reference } ({ $site }) ist weiter: { $status }.
mail-service-closed = Ihre Serviceanfrage { $reference } ({ $site }) ist erledigt. Was wir getan haben:
mail-service-action = Anfrage ansehen
mail-service-unsubscribe = Sie erhalten diese E-Mails, weil Sie diese Anfrage gemeldet haben. Um keine E-Mails mehr dazu zu erhalten, öffnen Sie { $url }
