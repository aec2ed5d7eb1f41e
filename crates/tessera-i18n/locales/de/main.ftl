## Frame
skip-to-content = Zum Inhalt springen
nav-label = Hauptmenü
nav-dashboard = Übersicht
nav-orders = Bestellungen
nav-deliveries = Lieferungen
nav-complaints = Reklamationen
nav-parties = Partner
nav-items = Artikel
nav-audit = Protokoll
nav-sign-out = Abmelden
language-label = Sprache
language-apply = Ändern
yes = Ja
no = Nein
saved = Gespeichert.

## Lists
search-label = Suche
search-submit = Suchen
filter-all = Alle
list-empty = Noch nichts vorhanden oder keine Treffer.
list-total = Gesamt: { $count }
pager-label = Seiten
pager-prev = Zurück
pager-next = Weiter
pager-page = Seite

## Sign-in
login-title = Anmelden
login-email = E-Mail
login-password = Passwort
login-submit = Anmelden
login-failed = E-Mail oder Passwort ist falsch.
login-too-many = Zu viele fehlgeschlagene Anmeldungen. Warten Sie 15 Minuten und versuchen Sie es erneut.

## Errors
error-status = Fehlercode { $status }
error-home = Zur Startseite
error-not-found-title = Nicht gefunden
error-not-found = Unter dieser Adresse gibt es nichts, oder Sie dürfen es nicht sehen.
error-forbidden-title = Nicht erlaubt
error-forbidden = Ihre Rolle erlaubt das nicht. Wenden Sie sich an einen Administrator, wenn Sie es brauchen.
error-unauthenticated-title = Anmeldung erforderlich
error-unauthenticated = Melden Sie sich an, um fortzufahren.
error-csrf-failed-title = Formular abgelaufen
error-csrf-failed = Das Formular war zu alt oder kam von einer anderen Website. Gehen Sie zurück, laden Sie die Seite neu und senden Sie es erneut.
error-rate-limited-title = Zu viele Anfragen
error-rate-limited = Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es erneut.
error-bad-request-title = Nicht verstanden
error-bad-request = Die Anfrage konnte nicht verstanden werden. Gehen Sie zurück und prüfen Sie Ihre Eingaben.
error-internal-title = Etwas ist schiefgelaufen
error-internal = Bei uns ist ein Fehler aufgetreten. Es wurde nichts geändert. Versuchen Sie es erneut; wenn es wieder passiert, informieren Sie einen Administrator.

## Overview
dashboard-title = Übersicht
dashboard-orders-by-status = Bestellungen nach Status
dashboard-chart-desc = Balkendiagramm von { $count } Bestellungen nach Status.
dashboard-recent-orders = Neueste Bestellungen
dashboard-all-orders = Alle Bestellungen

## Orders
orders-title = Bestellungen
orders-new = Neue Bestellung
orders-search-placeholder = Nummer oder Lieferant
orders-number = Bestellnummer
orders-supplier = Lieferant
orders-date = Bestelldatum
orders-requested = Gewünschter Liefertermin
orders-status = Status
order-title = Bestellung { $number }
order-new-title = Neue Bestellung
order-edit-title = Bestellung { $number } bearbeiten
order-edit = Bearbeiten
order-header = Bestellung
order-contract = Vertrag
order-work-order = Arbeitsauftrag
order-currency = Währung
order-note = Bemerkung
order-lines = Positionen
order-lines-hint = Geben Sie die Bestellnummer des Artikels ein oder wählen Sie sie aus. Lassen Sie den Preis leer, um den Katalogpreis zu übernehmen. Leere Zeilen werden ignoriert.
order-more-lines = Weitere Zeilen
order-total = Summe
order-deliveries = Lieferungen
order-no-deliveries = Noch nichts geliefert.
order-updated = Zuletzt geändert { $at }
order-number-taken = Eine Bestellung mit dieser Nummer gibt es bereits. Wählen Sie eine andere Nummer.
order-changed-meanwhile = Jemand hat diese Bestellung geändert, während Sie sie bearbeitet haben. Öffnen Sie die Bestellung erneut, um die Änderungen zu sehen, und bearbeiten Sie sie dann.
order-not-editable = Diese Bestellung kann nicht mehr geändert werden: Es gibt Lieferungen dazu, oder sie wurde geschlossen oder storniert.
order-rule-no-lines = Eine Bestellung braucht mindestens eine Position.
order-rule-too-many-lines = Eine Bestellung kann höchstens 500 Positionen haben.
order-rule-requested-before-order = Der gewünschte Liefertermin darf nicht vor dem Bestelldatum liegen.
status-draft = Entwurf
status-sent = Versendet
status-confirmed = Bestätigt
status-date-proposed = Termin vorgeschlagen
status-partially-delivered = Teilweise geliefert
status-delivered = Geliefert
status-closed = Abgeschlossen
status-cancelled = Storniert

## Lines and items
item-number = Bestellnummer
item-name = Bezeichnung
item-unit = Einheit
item-manufacturer = Hersteller
line-quantity = Menge
line-unit-price = Einzelpreis
line-value = Wert
line-price-from-catalogue = aus dem Katalog
items-title = Artikel
items-search-placeholder = Nummer, Bezeichnung oder Hersteller

## Forms
form-has-errors = Einige Felder brauchen Ihre Aufmerksamkeit. Es wurde nichts gespeichert.
form-save = Speichern
form-cancel = Abbrechen
form-choose = Auswählen…
form-none = Keiner
form-required = Pflichtfeld.
form-too-long = Zu lang.
form-control-chars = Enthält unzulässige Zeichen.
form-choose-supplier = Wählen Sie einen Lieferanten.
form-invalid-choice = Wählen Sie eine der Möglichkeiten.
form-date-invalid = Kein Datum. Nutzen Sie die Datumsauswahl oder schreiben Sie es als 22.11.2026.
form-currency-invalid = Verwenden Sie einen dreibuchstabigen Währungscode, etwa EUR oder PLN.
form-number-malformed = Keine Zahl. Verwenden Sie Ziffern mit höchstens einem Dezimaltrennzeichen, etwa 1250,50 oder 1250.50.
form-number-ambiguous = Unklare Zahl: Sie hat mehr als ein Trennzeichen. Schreiben Sie sie ohne Tausendertrennzeichen, etwa 1234,50.
form-number-too-precise = Höchstens 4 Nachkommastellen.
form-number-too-large = Die Zahl ist zu groß.
form-number-negative = Darf nicht negativ sein.
form-number-zero = Muss größer als null sein.
form-line-item-required = Geben Sie eine Bestellnummer ein.
form-line-item-unknown = Kein aktiver Artikel hat diese Bestellnummer.
form-line-price-required = Für diesen Artikel gibt es keinen Katalogpreis: Geben Sie einen Einzelpreis ein.
form-lines-have-errors = Einige Positionen brauchen Ihre Aufmerksamkeit.
form-reference-gone = Ein Lieferant, Artikel oder Arbeitsauftrag dieses Formulars existiert nicht mehr. Laden Sie die Seite neu und prüfen Sie Ihre Auswahl.

## Parties
parties-title = Partner
parties-search-placeholder = Name, Kürzel oder Konto
parties-kind = Art
party-supplier = Lieferant
party-subcontractor = Subunternehmer
party-customer = Kunde
party-code = Kürzel
party-name = Name
party-account = Abrechnungskonto
party-customer-id = Kundennummer
party-language = Sprache
party-active = Aktiv
party-emails = Hinterlegte E-Mail-Adressen

## Deliveries and complaints
deliveries-title = Lieferungen und Rücksendungen
documents-search-placeholder = Nummer oder Lieferant
delivery-number = Lieferscheinnummer
delivery-kind = Art
delivery-kind-delivery = Lieferung
delivery-kind-return = Rücksendung
delivery-order = Bestellung
delivery-no-order = Ohne Bestellung
delivery-date = Lieferdatum
delivery-loading-date = Verladedatum
delivery-checked = Geprüft
delivery-status-declared = Avisiert
delivery-status-received = Eingegangen
delivery-status-cancelled = Storniert
complaints-title = Reklamationen
complaint-number = Reklamation
complaint-delivery = Lieferung
complaint-date = Datum
complaint-description = Beschreibung
complaint-quality = Reklamiert (Qualität)
complaint-missing = Reklamiert (fehlend)
complaint-status-open = Offen
complaint-status-answered = Beantwortet
complaint-status-resolved = Erledigt
complaint-status-rejected = Abgelehnt
complaint-status-closed = Geschlossen

## Audit log
audit-title = Protokoll
audit-at = Wann (UTC)
audit-actor = Wer
audit-action = Was
audit-object = Objekt
audit-outcome = Ergebnis
audit-ip = Adresse
audit-detail = Details

## Access links
nav-links = Links
links-title = Zugangslinks
links-new = Neuer Link
links-only-active = Nur aktive Links
links-back = Zurück zu den Links
link-new-title = Neuer Zugangslink
link-party = Partner
link-portal = Portal
link-portal-name = { $portal ->
    [supplier] Lieferantenportal
    [subcontractor] Subunternehmerportal
   *[customer] Kundenportal
    }
link-object = Nur dieses Objekt
link-object-hint = Leer für alles dieses Partners in diesem Portal, oder order:NUMMER bzw. complaint:NUMMER.
link-object-invalid = Schreiben Sie das Objekt als order:NUMMER oder complaint:NUMMER.
link-object-unknown = Eine solche Bestellung oder Reklamation gibt es nicht.
link-object-other-party = Dieses Objekt gehört einem anderen Partner.
link-state = Zustand
link-state-name = { $state ->
    [active] Aktiv
    [expired] Abgelaufen
    [revoked] Widerrufen
   *[party_inactive] Partner inaktiv
    }
link-expires = Gültig bis
link-last-use = Zuletzt geöffnet
link-never-used = Noch nicht geöffnet
link-revoke = Widerrufen
link-scope = Was der Link öffnet
link-days = Gültig für (Tage)
link-days-invalid = Geben Sie eine Anzahl Tage von 1 bis 365 ein.
link-actions = Was der Partner tun darf
link-action-name = { $action ->
    [order-view] Die Bestellung sehen
    [order-confirm] Liefertermin bestätigen oder vorschlagen
    [delivery-declare] Lieferungen avisieren
    [complaint-view] Reklamationen sehen
    [requisition-file] Material oder Leistungen anfordern
    [delivery-import] Lieferungen aus einer Datei importieren
    [invoice-issue] Rechnungen für erledigte Arbeiten stellen
    [item-propose] Neue Artikel vorschlagen
    [work_order-register] Arbeitsaufträge anlegen
    [inspection-perform] Prüfungen ausfüllen und Arbeiten bestätigen
    [loto-view] LOTO-Verfahren lesen
    [permit-accept] Arbeitsfreigaben annehmen und schließen
   *[complaint-answer] Reklamationen beantworten
    }
link-actions-hint = Der Link erlaubt nur, was hier angekreuzt ist, und nur, was sein Portal erlaubt.
link-actions-required = Kreuzen Sie mindestens eine Aktion an.
link-action-not-in-portal = Eine der angekreuzten Aktionen gibt es in diesem Portal nicht.
link-party-required = Wählen Sie einen Partner.
link-options = Optionen
link-require-code = Bei der ersten Nutzung einen per E-Mail gesendeten Einmalcode verlangen
link-note = Notiz (nur für Mitarbeiter)
link-issue = Link ausstellen
link-issued-title = Link ausgestellt
link-issued-once = Kopieren Sie den Link jetzt: Er wird nur einmal angezeigt. Tessera speichert nur einen Fingerabdruck davon.
link-url = Link
link-invalid-title = Dieser Link funktioniert nicht
link-invalid = Der Link ist unvollständig oder falsch abgetippt. Öffnen Sie ihn erneut aus der E-Mail oder bitten Sie den Absender um einen neuen.
link-revoked-title = Dieser Link ist nicht mehr gültig
link-revoked = Der Link wurde widerrufen. Bitten Sie den Absender um einen neuen.
link-expired-title = Dieser Link ist abgelaufen
link-expired = Der Link ist nicht mehr gültig. Sie können einen neuen anfordern: Er wird an die bei uns hinterlegte E-Mail-Adresse Ihrer Firma gesendet.
link-refresh-submit = Neuen Link senden
link-refresh-hint = Zu Ihrer Sicherheit wird ein neuer Link nie an eine hier eingegebene Adresse gesendet.
link-too-many-title = Zu viele Versuche
link-too-many = Von Ihrer Adresse wurden zu viele nicht funktionierende Links geöffnet. Warten Sie 15 Minuten und versuchen Sie es erneut.

## Portal
portal-title = Portal für { $party }
portal-nav-home = Start
portal-leave = Verlassen
portal-valid-until = Ihr Zugang ist gültig bis { $at }.
error-link-needed-title = Öffnen Sie Ihren Link
error-link-needed = Dieser Bereich ist über den Link erreichbar, den Sie erhalten haben. Öffnen Sie ihn erneut aus Ihrer E-Mail; wenn er nicht mehr funktioniert, bitten Sie den Absender um einen neuen.
link-refresh-sent-title = Anfrage erhalten
link-refresh-sent = Wenn uns dieser Link bekannt ist, ist ein neuer an die bei uns hinterlegte E-Mail-Adresse Ihrer Firma unterwegs. Sehen Sie in ein paar Minuten in Ihr Postfach.
portal-you-may = Mit diesem Link können Sie
audit-export = Als CSV exportieren
audit-who-or-what = Akteur oder Objekt

## Delivery dates
order-confirmed-date = Bestätigter Liefertermin
order-not-confirmed = Noch nicht bestätigt
portal-date-title = Liefertermin
portal-date-confirm = Lieferung am { $date } bestätigen
portal-date-propose-label = Oder einen anderen Termin vorschlagen
portal-date-comment = Kommentar für den Einkauf
portal-date-propose = Diesen Termin vorschlagen
portal-date-thanks = Danke, Ihre Antwort wurde an den Einkauf übermittelt.
portal-date-stale = Für diese Bestellung wurde bereits geantwortet (vielleicht in einem anderen Fenster). So ist der aktuelle Stand.
date-rule-not-open = Diese Bestellung wartet nicht auf eine Terminantwort.
date-rule-nothing-to-confirm = Die Bestellung hat keinen Wunschtermin: Schlagen Sie einen vor.
date-rule-in-the-past = Das Datum liegt in der Vergangenheit. Wählen Sie heute oder später.
date-rule-no-proposal = Es wartet kein Vorschlag auf eine Entscheidung.
date-rule-already-confirmed = Ein Termin ist bereits bestätigt. Um ihn zu ändern, schlagen Sie einen anderen Termin vor: der Einkauf entscheidet.
order-proposal-title = Der Lieferant schlägt die Lieferung am { $date } vor
order-proposal-reason = Begründung
order-proposal-accept = Termin annehmen
order-proposal-reject = Ablehnen
date-history = Terminantworten
date-answer-kind = { $kind ->
    [confirm] Bestätigt
   *[propose] Vorgeschlagen
    }
date-answer-status = { $status ->
    [accepted] angenommen
    [pending] wartet auf den Einkauf
    [rejected] abgelehnt
   *[superseded] durch einen neueren ersetzt
    }
link-send-email = Link an die hinterlegte E-Mail-Adresse des Partners senden
link-emailed-to = Der Link wurde an { $to } gesendet.
link-no-address = Für den Partner ist keine E-Mail-Adresse hinterlegt: Ergänzen Sie eine oder kopieren Sie den Link.
portal-code-title = Code eingeben
portal-code-intro = Wir haben einen sechsstelligen Code an die bei uns hinterlegte E-Mail-Adresse Ihrer Firma gesendet. Geben Sie ihn ein, um fortzufahren.
portal-code-label = Code
portal-code-submit = Weiter
portal-code-wrong = Der Code ist falsch. Noch { $left } Versuche.
link-code-no-address-title = Wir können Ihnen keinen Code senden
link-code-no-address = Für Ihre Firma ist keine E-Mail-Adresse hinterlegt. Wenden Sie sich an den Absender des Links.
link-code-ended-title = Der Code ist abgelaufen
link-code-ended = Zu viele falsche Codes, oder der Code ist älter als 10 Minuten. Öffnen Sie den Link aus Ihrer E-Mail erneut, um einen neuen Code zu erhalten.
order-send = An den Lieferanten senden
order-sent-notice = Die Bestellung wurde gesendet: Der Lieferant erhält eine E-Mail mit einem Link dazu.

## Lieferungen: vom Lieferanten avisiert, vom Lager angenommen
portal-declare-delivery = Lieferung avisieren
portal-delivery-thanks = Danke, die Lieferung wurde avisiert. Das Lager prüft sie bei Eingang.
delivery-declare-title = Lieferung zur Bestellung { $number } avisieren
delivery-header = Lieferschein
delivery-note-number = Lieferscheinnummer
delivery-arrival-date = Voraussichtliche Ankunft
delivery-lines = Was mit dieser Lieferung kommt
delivery-lines-hint = Jede Position beginnt mit der noch offenen Menge. Ändern Sie die Mengen für eine Teillieferung; lassen Sie eine Position leer oder 0, wenn sie nicht in dieser Lieferung ist. Um mehr als offen zu liefern, geben Sie einen Grund an.
delivery-ordered = Bestellt
delivery-so-far = Bisher avisiert
delivery-open = Offen
delivery-this = Diese Lieferung
delivery-over-reason = Grund für Mehrlieferung
delivery-qty-label = Menge von { $item } in dieser Lieferung
delivery-reason-label = Grund für die Mehrlieferung von { $item }
delivery-declare-submit = Lieferung avisieren
delivery-rule-order-not-open = Diese Bestellung nimmt keine Lieferungen mehr an (sie ist geliefert, abgeschlossen oder storniert).
delivery-rule-nothing = Geben Sie bei mindestens einer Position eine Menge ein.
delivery-rule-arrival-past = Die voraussichtliche Ankunft darf nicht in der Vergangenheit liegen.
delivery-rule-loading-after-arrival = Das Verladedatum darf nicht nach der voraussichtlichen Ankunft liegen.
delivery-rule-over-needs-reason = Mehr als bei dieser Position noch offen ist. Geben Sie einen Grund für die Mehrlieferung an oder verringern Sie die Menge.
delivery-number-taken = Sie haben bereits eine Lieferung mit dieser Lieferscheinnummer avisiert.
delivery-stale = Die Bestellung hat sich geändert, während Sie das Formular ausgefüllt haben (eine andere Lieferung oder Antwort wurde gespeichert). Die offenen Mengen unten sind aktuell: Prüfen Sie Ihre Angaben und avisieren Sie erneut.
delivery-declared = Avisiert
delivery-declared-at = Avisiert am
delivery-received-at = Eingegangen am
delivery-not-checked = noch nicht geprüft
delivery-over-note = Mehrlieferung: { $reason }
delivery-receive-title = Wareneingang erfassen
delivery-receive-hint = Geben Sie für jede Position die gezählte Menge ein. Vorbelegt ist die vom Lieferanten avisierte Menge.
delivery-checked-label = Gezählte Menge von { $item }
delivery-receive-submit = Wareneingang speichern
delivery-received-notice = Der Wareneingang wurde gespeichert. Der Lieferant sieht die geprüften Mengen, und der Status der Bestellung wurde aktualisiert.
delivery-not-declared = Diese Lieferung wurde bereits angenommen oder storniert.
delivery-changed-meanwhile = Jemand hat den Eingang dieser Lieferung erfasst, während Sie gezählt haben. Prüfen Sie die Angaben unten.
delivery-form-title = Oder die Lieferung ausfüllen
delivery-file-title = Lieferdatei hochladen
delivery-file-hint = Eine CSV-Datei im Lieferformat (Lieferscheinnummer, Daten, Bestellnummer, eine Zeile je Artikel) oder ein Liefer-XML (von Tessera oder UBL DespatchAdvice). Sie sehen jedes Problem, bevor etwas gespeichert wird.
delivery-file-label = Lieferdatei (CSV oder XML)
delivery-file-check = Datei prüfen
delivery-file-choose = Wählen Sie eine Datei zum Hochladen.
delivery-file-again = Korrigierte Datei hochladen
delivery-file-other-order = Diese Datei gehört zur Bestellung { $file }, diese Seite aber zur Bestellung { $order }.
delivery-file-other-account = Diese Datei nennt das Konto { $account }, das nicht Ihres ist.
delivery-file-unknown-item = Die Bestellung hat keine Position mit dem Artikel { $item }.
delivery-file-several = Die Datei enthält mehr als eine Lieferung; laden Sie eine Lieferung je Datei hoch.
delivery-file-no-order = Die Datei nennt keine Bestellung; sie wird als Lieferung zur Bestellung { $order } gelesen.
delivery-file-unit-differs = Die Einheit { $file } weicht von der Einheit der Bestellung ({ $order }) ab.
delivery-file-checked-ignored = CHECKED_COUNT trägt das Lager beim Wareneingang ein; der Wert in der Datei wird nicht übernommen.
delivery-file-over = Einige Positionen übersteigen die noch offene Menge: Geben Sie unten für jede einen Grund an.
delivery-preview-title = Lieferdatei zur Bestellung { $number } prüfen
delivery-preview-has-errors = { $count ->
    [one] Die Datei hat einen Fehler. Es wurde nichts gespeichert: Korrigieren Sie die Datei und laden Sie sie erneut hoch.
   *[other] Die Datei hat { $count } Fehler. Es wurde nichts gespeichert: Korrigieren Sie die Datei und laden Sie sie erneut hoch.
}
delivery-preview-ok = Die Datei hat keine Fehler. Prüfen Sie die Positionen unten und bestätigen Sie, um die Lieferung zu avisieren.
delivery-preview-warnings = { $count ->
    [one] Eine Warnung.
   *[other] { $count } Warnungen.
}
delivery-preview-problems = Probleme nach Zeile
delivery-preview-lines = Was die Datei avisiert
delivery-preview-confirm-hint = Es wurde noch nichts gespeichert.
delivery-preview-confirm = Bestätigen und Lieferung avisieren
preview-line = Zeile
preview-column = Spalte
preview-value = Wert
preview-message = Problem
preview-error = Fehler
preview-warning = Warnung
order-close = Bestellung abschließen
order-cancel = Bestellung stornieren
order-end-has-deliveries = Zu dieser Bestellung wurden Lieferungen avisiert oder angenommen, daher kann sie nicht storniert werden. Schließen Sie sie ab, sobald das Lager sie angenommen hat.
order-end-nothing-delivered = Es wurde noch nichts geliefert, daher gibt es nichts abzuschließen. Stornieren Sie die Bestellung stattdessen.
order-end-awaits-receipt = Eine avisierte Lieferung wartet noch auf das Lager. Erfassen Sie zuerst ihren Eingang.
order-end-ended = Diese Bestellung ist bereits abgeschlossen oder storniert.

## Lieferantenbewertung
scorecard-title = Lieferbewertung
scorecard-portal-hint = Wie Ihre Lieferungen an uns verlaufen sind, nach den Wareneingängen unseres Lagers.
scorecard-on-time = Pünktlich
scorecard-accuracy = Mengen wie avisiert
scorecard-complaints = Lieferungen mit Reklamation
scorecard-response = Antwort auf eine neue Bestellung
scorecard-of = { $part } von { $whole } Lieferungen
scorecard-lines-of = { $part } von { $whole } Positionen
scorecard-hours = { $count ->
    [one] im Schnitt { $count } Stunde
   *[other] im Schnitt { $count } Stunden
}
scorecard-unanswered = { $count ->
    [0] jede gesendete Bestellung beantwortet
    [one] eine gesendete Bestellung noch ohne Antwort
   *[other] { $count } gesendete Bestellungen noch ohne Antwort
}
scorecard-chart-title = Pünktliche Lieferungen nach Monat
scorecard-chart-desc = Anteil der angenommenen Lieferungen, die bis zum bestätigten Termin eintrafen, für jeden der letzten zwölf Monate; die Tabelle unten enthält dieselben Zahlen.
scorecard-table = Die Zahlen als Tabelle
scorecard-month = Monat
scorecard-deliveries = Lieferungen
portal-home = Start
portal-scorecard-link = Ihre Lieferbewertung
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mär
month-short-4 = Apr
month-short-5 = Mai
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Okt
month-short-11 = Nov
month-short-12 = Dez
## Complaints and uploads (the complaints developer)
error-too-large-title = Die Datei ist zu groß
error-too-large = Eine Datei darf höchstens 10 MB groß sein, ein Formular höchstens 5 Dateien enthalten. Es wurde nichts gespeichert. Gehen Sie zurück und wählen Sie kleinere Dateien.
upload-label = Fotos oder PDF-Dokumente
upload-hint = PDF, PNG, JPEG, GIF oder WebP; höchstens 10 MB pro Datei, 5 Dateien auf einmal.
upload-too-many = Höchstens { $max } Dateien auf einmal.
upload-type-refused = „{ $name }“ ist weder PDF noch Bild (geprüft am Inhalt, nicht am Namen). Es wurde nichts gespeichert.
upload-empty = „{ $name }“ ist leer (0 Byte). Wählen Sie die Datei erneut; nichts wurde gespeichert.
upload-size-kb = { $kb } KB
complaint-title = Reklamation { $number }
complaint-new-title = Reklamation zur Lieferung { $number }
complaint-raise = Reklamation erfassen
complaint-header = Reklamation
complaint-number-hint = Leer lassen für die nächste Nummer ({ $number }).
complaint-number-taken = Diese Reklamationsnummer ist bereits vergeben.
complaint-lines = Reklamierte Positionen
complaint-lines-hint = Kreuzen Sie jede reklamierte Position an und geben Sie die wegen Qualität reklamierte Menge, die fehlende Menge oder beide an.
complaint-no-lines = Wählen Sie mindestens eine Position der Lieferung.
complaint-not-received = Nur eine eingegangene Lieferung kann reklamiert werden.
complaint-claim-nothing = Geben Sie eine Menge wegen Qualität oder als fehlend an (größer als null).
complaint-claim-more-than-delivered = Zusammen mehr, als diese Position geliefert hat.
complaint-claim-more-than-checked = Mehr wegen Qualität reklamiert, als bei der Prüfung gezählt wurde.
complaint-raised-notice = Die Reklamation wurde erfasst: Der Lieferant erhält eine E-Mail mit einem Link dazu.
complaint-send-link = Dem Lieferanten einen Link zu dieser Reklamation senden
complaint-link-sent = Der Lieferant hat einen Link zu dieser Reklamation per E-Mail erhalten.
complaint-answer = Antwort
complaint-answer-none = Noch nicht beantwortet
complaint-answer-kind = { $kind ->
    [accept] Anerkannt
    [reject] Abgelehnt
    [replace] Ersatzlieferung
   *[credit] Gutschrift
    }
complaint-answer-reason = Begründung (bei Ablehnung)
complaint-answer-value = Ersatzmenge oder Gutschriftsbetrag
complaint-answer-waiting = Wartet auf den Lieferanten
complaint-answer-hint = Beantworten Sie jede Position: anerkennen, mit Begründung ablehnen, Ersatz (Menge) oder Gutschrift (Betrag) vorschlagen. Positionen ohne neue Antwort behalten ihre bisherige.
complaint-answer-send = Antworten senden
complaint-answer-reason-required = Geben Sie die Begründung der Ablehnung an.
complaint-answer-nothing = Beantworten Sie mindestens eine Position.
complaint-answer-thanks = Danke: Ihre Antworten wurden gespeichert.
complaint-changed-meanwhile = Inzwischen hat jemand diese Reklamation beantwortet oder entschieden (vielleicht in einem anderen Tab). Hier ist der aktuelle Stand; von Ihren Angaben wurde nichts gespeichert.
complaint-rule-not-open = Über die Reklamation wurde entschieden: Antworten werden nicht mehr angenommen.
complaint-rule-closed = Die Reklamation ist abgeschlossen.
complaint-rule-wrong-step = Dieser Schritt ist im aktuellen Status der Reklamation nicht möglich.
complaint-thread = Verlauf
complaint-side = { $side ->
    [staff] unser Team
   *[supplier] Lieferant
    }
complaint-message-kind = { $kind ->
    [raised] Reklamation erfasst
    [comment] Kommentar
    [answer] Antworten
   *[decision] Entscheidung
    }
complaint-comment = Kommentar
complaint-comment-title = Kommentar oder Dateien hinzufügen
complaint-comment-send = Zum Verlauf hinzufügen
complaint-comment-empty = Schreiben Sie einen Kommentar oder wählen Sie eine Datei.
complaint-decide-title = Entscheiden
complaint-decision-comment = Kommentar für den Lieferanten
complaint-decision-comment-required = Begründen Sie: Der Lieferant liest es.
complaint-resolve = Als erledigt abschließen
complaint-reject = Reklamation ablehnen
complaint-close = Schließen
## Export und Import (Belege in den Formaten des Systems, Downloads)
exchange-kind = { $kind ->
    [order] Bestellung
    [delivery] Lieferung
   *[complaint] Reklamation
    }
exchange-line = Zeile { $line }
export-not-found = Es gibt keinen Beleg ({ $kind }) mit der Nummer { $number }.
export-ambiguous = Mehrere Lieferanten haben eine Lieferung mit der Nummer { $number }: Geben Sie den Lieferanten mit --party CODE an.
import-created = Angelegt: { $kind } { $number } für { $party } mit { $lines } Positionen.
import-nothing-imported = Nichts wurde importiert ({ $count } Fehler). Korrigieren Sie die Datei und importieren Sie sie erneut.
import-problem-no-party = Der Beleg nennt keinen Partner: ACCOUNT ist leer.
import-problem-unknown-party = Kein Partner hat diesen Code.
import-problem-not-a-supplier = Dieser Partner ist kein Lieferant.
import-problem-unknown-item = Kein Artikel hat diese Bestellnummer.
import-problem-unknown-work-order = Auf dem Vertrag mit dieser Nummer gibt es keinen Auftrag mit diesem Namen.
import-problem-number-taken = Diese Nummer ist bereits von einem anderen Beleg belegt.
import-problem-bad-number = Das ist keine gültige Belegnummer (höchstens 64 Zeichen in einer Zeile).
import-problem-not-positive = Die Menge muss größer als null sein.
import-problem-negative = Die Zahl darf nicht negativ sein.
import-problem-too-many-lines = Eine Bestellung kann höchstens { $max } Positionen haben.
import-problem-no-delivery = Die Reklamation nennt keine Lieferung: DELIVERY_NUMBER ist leer.
import-problem-unknown-delivery = Dieser Lieferant hat keine Lieferung mit dieser Nummer.
import-problem-not-on-delivery = Dieser Artikel ist nicht in der Lieferung.
import-problem-claim-too-large = Die wegen Qualität und Fehlmenge reklamierten Mengen sind zusammen größer als die Menge der Position.
download-title = Downloads
download-csv = order.csv herunterladen
download-pdf = PDF herunterladen
export-title = Export
export-lang = Sprache der Datei
export-csv = CSV exportieren
pdf-title = Bestellung { $number }
pdf-buyer = Besteller
pdf-supplier = Lieferant
pdf-code = Code { $code }
pdf-generated = Erstellt mit Tessera am { $date }
pdf-page = Seite { $page } von { $pages }
import-problem-unknown-order = Dieser Lieferant hat keine Bestellung mit dieser Nummer.
import-problem-not-on-order = Dieser Artikel ist nicht in der Bestellung.
## Browser journey, steps 4–6 (the e2e developer): labels that tell one field from another
complaint-number-label = Reklamationsnummer
complaint-answer-line = Antwort für Position { $position } ({ $item })
complaint-answer-comment = Kommentar zu Ihren Antworten
complaint-thread-files = Fotos oder PDF-Dokumente für den Verlauf
import-page-title = Bestelldatei importieren
import-page-hint = Eine order.csv im Bestellformat des Hauptsystems (eine oder mehrere Bestellungen). Jede Bestellung wird als Entwurf angelegt; hat eine Zeile ein Problem, wird nichts angelegt.
import-page-label = Bestelldatei (CSV)
import-page-submit = Importieren
import-page-result-title = Die Bestelldatei wurde nicht importiert
import-page-has-errors = { $count ->
    [one] Ein Problem, nach Zeilen unten. Es wurde nichts angelegt: Korrigieren Sie die Datei und importieren Sie sie erneut.
   *[other] { $count } Probleme, nach Zeilen unten. Es wurde nichts angelegt: Korrigieren Sie die Datei und importieren Sie sie erneut.
}
percent = { $value } %
## Choosing a password (contacts, issue #6)
password-too-short = Das Passwort ist zu kurz: Verwenden Sie mindestens 12 Zeichen. Einige zusammenhanglose Wörter ergeben ein gutes Passwort.
password-too-long = Das Passwort ist zu lang: Verwenden Sie höchstens 256 Zeichen.
password-common = Dieses Passwort ist zu leicht zu erraten: Es wird häufig verwendet, ist ein Tastaturmuster oder eine Zeichenfolge. Wählen Sie ein anderes, zum Beispiel einige zusammenhanglose Wörter.
password-personal = Das Passwort darf weder Ihren Namen noch Ihre E-Mail-Adresse enthalten. Wählen Sie ein anderes.

## Contacts of customer organisations: sides, roles, rules of a change request (issue #6)
contact-side-customer = Kunde
contact-side-purchaser = Einkäufer
contact-role-management = Geschäftsleitung
contact-role-management-about = Verwaltet die Kontakte der Organisation und sieht ihre Bestellungen, Dokumente und Rechnungen.
contact-role-customer-admin = Kundenadministrator
contact-role-customer-admin-about = Verwaltet die Kontakte der Organisation und ihres Einkäufers und deren Rollen.
contact-role-ordering = Bestellungen
contact-role-ordering-about = Gibt Bestellungen auf und verfolgt Status, Lieferscheine und Sendungen.
contact-role-stock-query = Bestandsabfrage
contact-role-stock-query-about = Fragt Bestände und Verfügbarkeit von Artikeln ab.
contact-role-documents = Dokumente
contact-role-documents-about = Liest und lädt Dokumente und Montageanleitungen hoch.
contact-role-service-requests = Serviceanfragen
contact-role-service-requests-about = Erfasst Serviceanfragen und Mängel und verfolgt die Arbeiten daran.
contact-role-purchaser-admin = Einkäuferadministrator
contact-role-purchaser-admin-about = Verwaltet die Kontakte der Einkaufsorganisation und deren Rollen.
contact-role-invoices = Rechnungen
contact-role-invoices-about = Liest Rechnungen.
contact-rule-name-missing = Geben Sie den Namen der Person ein.
contact-rule-too-long = Der Text ist zu lang oder enthält Zeichen, die hier nicht erlaubt sind.
contact-rule-email-invalid = Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.
contact-rule-email-taken = Diese E-Mail-Adresse wird bereits von einem anderen Kontakt verwendet.
contact-rule-phone-invalid = Die Telefonnummer darf nur Ziffern, Leerzeichen und + - ( ) / . enthalten.
contact-rule-language-unknown = Wählen Sie Englisch, Polnisch oder Deutsch.
contact-rule-no-role = Geben Sie dem Kontakt mindestens eine Rolle oder markieren Sie ihn zum Entfernen.
contact-rule-role-not-for-side = Diese Rolle steht Kontakten dieser Organisation nicht zur Verfügung.
contact-rule-no-purchaser = Ihre Organisation hat keine Einkaufsorganisation, daher kann kein Einkäuferkontakt hinzugefügt werden.
contact-rule-last-admin = Die Organisation hätte keinen Administrator mehr: Behalten Sie mindestens einen Kontakt, der Kontakte verwaltet.
contact-rule-not-yours = Sie können nur Kontakte Ihrer eigenen Organisation ändern.
contact-rule-unknown-contact = Dieser Kontakt ist nicht mehr im Portal. Laden Sie die Seite neu.
contact-rule-nothing-changed = Es wurde nichts geändert, daher gibt es nichts zu beantragen.

## Contacts Manager of the customer portal (issue #6)
contacts-title = Kontaktverwaltung
contacts-intro = Die Kontakte von { $organisation } und seiner Einkaufsorganisation mit ihren Rollen im Portal. Änderungen werden als ein Antrag gesendet und gelten nach der Genehmigung.
contacts-list-title = Kontakte
contacts-read-only = nur lesbar: von den Administratoren des Kunden verwaltet
contacts-marked-remove = zum Entfernen markiert
contacts-roles-none = Keine Rolle
contacts-details-link = Seite dieses Kontakts öffnen
contacts-add-title = Kontakt hinzufügen
contacts-add-hint = Geben Sie die Angaben der Person ein, wählen Sie ihre Organisation und mindestens eine Rolle. Lassen Sie einen Block leer, um niemanden hinzuzufügen.
contacts-new-contact = Neuer Kontakt
contacts-organisation = Organisation
contacts-side-option = { $side }: { $organisation }
contacts-roles = Rollen
contacts-roles-for = Rollen für { $organisation }
contacts-roles-note = (für Kontakte dieser Organisation)
contacts-name = Name
contacts-email = E-Mail
contacts-phone = Telefon
contacts-position = Position
contacts-language = Sprache
contacts-remove = Aus dem Portal entfernen
contacts-add-another = Weiteren Kontakt hinzufügen
contacts-request = Änderungen beantragen
contacts-conflict = Ein anderer Antrag Ihrer Organisation wartet bereits: sehen Sie ihn an oder kommentieren Sie ihn. Von diesem Formular wurde nichts gesendet; Ihre Änderungen stehen weiter unten.
contacts-conflict-link = Wartenden Antrag ansehen
contacts-filed = Ihr Antrag Nr. { $number } wurde gesendet. Sie erhalten eine Bestätigung per E-Mail und eine weitere, sobald entschieden ist.
contacts-commented = Ihr Kommentar wurde hinzugefügt.
contacts-cancelled = Antrag Nr. { $number } wurde zurückgezogen. Unten können Sie einen neuen stellen.
contacts-request-closed = Über diesen Antrag wurde bereits entschieden oder er wurde zurückgezogen; daran wurde nichts geändert.
contacts-comment-empty = Schreiben Sie einen Kommentar.
contacts-comment-too-long = Der Kommentar ist zu lang: höchstens 4000 Zeichen.
contacts-pending-title = Änderungsantrag Nr. { $number } wartet auf Genehmigung
contacts-pending-by = Beantragt am { $at } von { $name }.
contacts-pending-intro = Bis zur Entscheidung werden die Kontakte nur lesbar gezeigt: wie sie jetzt sind und wie beantragt.
contacts-col-contact = Kontakt
contacts-col-now = Jetzt
contacts-col-requested = Beantragt
contacts-kind-new = Neuer Kontakt
contacts-kind-removed = Wird entfernt
contacts-kind-changed = Geändert
contacts-kind-unchanged = Unverändert
contacts-mark-added = hinzugefügt
contacts-mark-removed = entfernt
contacts-mark-kept = bleibt
contacts-mark-changed = geändert
contacts-renamed = { $before } → { $after }
contacts-not-yet = Noch nicht im Portal
contacts-removed-requested = Aus dem Portal entfernt
contacts-thread = Kommentare
contacts-thread-empty = Noch keine Kommentare.
contacts-author = { $kind ->
    [staff] unser Team
   *[other] Ihre Organisation
}
contacts-comment-title = Kommentar hinzufügen
contacts-comment = Ihr Kommentar
contacts-comment-send = Kommentar hinzufügen
contacts-cancel = Antrag zurückziehen
contacts-cancel-hint = Das Zurückziehen nimmt den ganzen Antrag zurück; danach können Sie einen neuen stellen.
contacts-line-add = { $name } hinzufügen ({ $roles })
contacts-line-remove = { $name } entfernen
contacts-line-roles = Rollen von { $name } ändern: { $roles }
contacts-line-details = Angaben von { $name } ändern
contacts-back = Zurück zur Kontaktverwaltung
## Contacts' accounts in the customer portal (issue #6)
account-email = E-Mail
account-password = Passwort
account-login-title = Anmeldung im Kundenportal
account-login-submit = Anmelden
account-login-link = Anmeldelink per E-Mail senden
account-forgot-link = Passwort vergessen?
account-welcome-title = Willkommen, { $name }
account-welcome-intro = Wählen Sie ein Passwort, um Ihr Konto für { $organisation } zu aktivieren. Sie melden sich mit Ihrer E-Mail-Adresse { $email } und diesem Passwort an.
account-reset-title = Neues Passwort wählen
account-reset-intro = Wählen Sie ein neues Passwort für { $email }. Sobald es gespeichert ist, werden Sie auf allen anderen Geräten abgemeldet.
account-sign-in-title = Anmeldung mit Ihrem Link
account-sign-in-intro = Dieser Link meldet Sie einmal an. Drücken Sie die Schaltfläche, um fortzufahren.
account-sign-in-as = Als { $email } anmelden
account-new-password = Neues Passwort
account-repeat-password = Passwort wiederholen
account-password-rules = Mindestens 12 Zeichen. Es gibt keine Vorgaben zu Ziffern, Großbuchstaben oder Sonderzeichen: Einige Wörter ohne Zusammenhang ergeben ein gutes Passwort. Es darf kein häufig verwendetes Passwort sein und weder Ihren Namen noch Ihre E-Mail-Adresse enthalten.
account-repeat-mismatch = Die beiden Passwörter stimmen nicht überein. Geben Sie in beiden Feldern dasselbe Passwort ein.
account-activate-submit = Mein Konto aktivieren
account-reset-submit = Neues Passwort speichern
account-token-unknown-title = Dieser Link funktioniert nicht
account-token-unknown = Dieser Link ist unbekannt, wurde unvollständig kopiert, oder die Seite war zu lange geöffnet. Öffnen Sie den Link aus Ihrer E-Mail erneut oder fordern Sie unten einen neuen an.
account-token-used-title = Dieser Link wurde bereits verwendet
account-token-used = Jeder Link funktioniert nur einmal, und dieser wurde bereits verwendet. Wenn Sie Ihr Passwort schon gewählt haben, melden Sie sich damit an. Andernfalls fordern Sie unten einen neuen Link an.
account-token-expired-title = Dieser Link ist abgelaufen
account-token-expired = Dieser Link ist nicht mehr gültig. Fordern Sie unten einen neuen an; wir senden ihn Ihnen per E-Mail.
account-new-link-hint = Geben Sie Ihre E-Mail-Adresse ein: Wenn sie bei uns hinterlegt ist, senden wir Ihnen einen neuen Link.
account-new-link-submit = Neuen Link per E-Mail senden
account-to-login = Zur Anmeldung
account-ask-link-title = Anmeldung mit einem Link per E-Mail
account-ask-link-intro = Geben Sie Ihre E-Mail-Adresse ein, und wir senden Ihnen einen Link, der Sie einmal ohne Passwort anmeldet. Er gilt 15 Minuten.
account-ask-link-submit = Anmeldelink per E-Mail senden
account-forgot-title = Passwort vergessen?
account-forgot-intro = Geben Sie Ihre E-Mail-Adresse ein, und wir senden Ihnen einen Link, um ein neues Passwort zu wählen. Er gilt eine Stunde; bis dahin bleibt Ihr aktuelles Passwort gültig.
account-forgot-submit = Link per E-Mail senden
account-link-sent-title = Sehen Sie in Ihr Postfach
account-link-sent = Wenn die Adresse bei uns hinterlegt ist, ist ein Link unterwegs. Das kann einige Minuten dauern; sehen Sie auch im Spam-Ordner nach. Wenn Ihr Konto noch nicht aktiviert ist, erhalten Sie stattdessen eine neue Willkommens-E-Mail.
account-link-too-many = Es wurden zu viele Links angefordert. Warten Sie 15 Minuten und versuchen Sie es erneut.
customer-home-title = Kundenportal
customer-home-organisation = Ihre Organisation: { $organisation }
customer-home-purchaser-for = Einkauf im Auftrag von { $customer }
customer-home-roles = Ihre Rollen
customer-home-you-may = Was Ihre Rollen Ihnen erlauben
customer-home-contacts = Kontakte und Rollen
customer-home-contacts-about = Sehen Sie die Kontakte Ihrer Organisation und ihre Rollen, und beantragen Sie Änderungen.
customer-home-orders = Bestellungen
customer-home-order-view = Die Bestellungen Ihrer Organisation einsehen und ihren Status verfolgen.
customer-home-order-place = Bestellungen aufgeben.
customer-home-stock = Bestand
customer-home-stock-view = Bestand und Verfügbarkeit von Artikeln abfragen.
customer-home-documents = Dokumente
customer-home-document-view = Dokumente und Montageanleitungen lesen.
customer-home-document-upload = Dokumente hochladen.
customer-home-service = Serviceanfragen
customer-home-service-view = Ihre Serviceanfragen und Mängelmeldungen verfolgen.
customer-home-service-create = Serviceanfragen und Mängel erfassen.
customer-home-invoices = Rechnungen
customer-home-invoice-view = Die Rechnungen Ihrer Organisation lesen.
customer-home-coming = Die Seiten dafür werden vorbereitet und erscheinen hier.
customer-home-no-roles-title = Noch kein Zugang
customer-home-no-roles = Ihr Konto hat keine Rollen im Portal. Wenden Sie sich an den Administrator Ihrer Organisation.
customer-home-nav-home = Portal-Startseite
customer-home-nav-contacts = Kontakte und Rollen
## Contacts, the back office's side: change requests, a customer's purchaser and contacts (issue #6)
nav-contact-requests = Kontaktanträge
contact-requests-title = Anträge auf Änderung der Kontakte
contact-requests-hint = Offene Anträge stehen oben. Beim Genehmigen werden alle Änderungen eines Antrags auf einmal übernommen.
contact-requests-status = Status
contact-requests-status-all = Alle
contact-requests-status-pending = Offen
contact-requests-status-approved = Genehmigt
contact-requests-status-rejected = Abgelehnt
contact-requests-status-cancelled = Zurückgezogen
contact-requests-number = Antrag
contact-requests-customer = Kunde
contact-requests-requester = Beantragt von
contact-requests-changes = Änderungen
contact-requests-filed = Eingereicht
contact-requests-decided = Entschieden
contact-requests-reason = Begründung
contact-requests-show-title = Antrag auf Änderung der Kontakte Nr. { $number }
contact-requests-change-add = Hinzufügen
contact-requests-change-update = Ändern
contact-requests-change-remove = Entfernen
contact-requests-field = Angabe
contact-requests-before = Jetzt
contact-requests-after = Beantragt
contact-requests-thread = Nachrichten
contact-requests-author-staff = Mitarbeiter
contact-requests-author-contact = Kunde
contact-requests-comment-title = Fragen oder kommentieren
contact-requests-comment = Nachricht an den Antragsteller
contact-requests-comment-hint = Der Antragsteller erhält Ihre Nachricht per E-Mail und kann im Portal antworten.
contact-requests-comment-send = Nachricht senden
contact-requests-decide-title = Entscheiden
contact-requests-approve-hint = Übernimmt alle Änderungen auf einmal: Rollen geändert, Kontakte entfernt, neue Kontakte angelegt und mit ihrer Willkommens-E-Mail benachrichtigt.
contact-requests-approve = Genehmigen und übernehmen
contact-requests-reason-hint = Der Antragsteller erhält die Begründung per E-Mail.
contact-requests-reject = Ablehnen
contact-requests-back = Alle Anträge auf Änderung der Kontakte
contact-requests-done-comment = Ihre Nachricht wurde an den Antragsteller gesendet.
contact-requests-done-approve = Der Antrag wurde genehmigt und übernommen. Neue Kontakte haben ihre Willkommens-E-Mail erhalten.
contact-requests-done-reject = Der Antrag wurde abgelehnt und der Antragsteller über den Grund informiert.
contact-requests-not-pending = Dieser Antrag ist nicht mehr offen: Er wurde inzwischen entschieden oder zurückgezogen.
contact-requests-contact-gone = { $name } wurde inzwischen aus dem Portal entfernt; nichts von diesem Antrag wurde übernommen. Lehnen Sie ihn ab und bitten Sie um einen neuen.
contact-requests-email-taken = Die Adresse { $email } gehört inzwischen zu einem anderen Konto; nichts von diesem Antrag wurde übernommen. Lehnen Sie ihn ab und bitten Sie um einen neuen.
contact-requests-text-missing = Schreiben Sie eine Nachricht.
contact-requests-text-too-long = Das ist zu lang: höchstens 4000 Zeichen.
contact-requests-reason-missing = Geben Sie den Grund für die Ablehnung an.
party-contacts-title = Kontakte im Kundenportal
party-contacts-purchaser = Einkaufsorganisation
party-contacts-purchaser-none = Keine
party-contacts-purchaser-choose = Einkaufsorganisation, die für diesen Kunden einkauft
party-contacts-purchaser-save = Einkaufsorganisation speichern
party-contacts-purchaser-unknown = Wählen Sie einen Partner aus der Liste.
party-contacts-purchaser-has-contacts = Die Einkaufsorganisation hat noch Kontakte im Portal. Entfernen Sie diese zuerst.
party-contacts-purchaser-saved = Die Einkaufsorganisation wurde gespeichert.
party-contacts-list = Kontakte
party-contacts-none = Noch keine Kontakte. Legen Sie unten den ersten Administrator des Kunden an.
party-contacts-name = Name
party-contacts-side = Organisation
party-contacts-email = E-Mail
party-contacts-phone = Telefon
party-contacts-position = Position
party-contacts-language = Sprache
party-contacts-roles = Rollen
party-contacts-account = Konto
party-contacts-activated = Aktiviert
party-contacts-invited = Einladung gesendet
party-contacts-requests = Änderungsanträge
party-contacts-all-requests = Alle Anträge dieses Kunden
party-contacts-add-title = Kontakt hinzufügen
party-contacts-add-hint = Der Kontakt erhält eine Willkommens-E-Mail mit einem Link zur Aktivierung des Kontos. Dies ist für die vom Kunden benannten Personen, etwa den ersten Administrator; spätere Änderungen kommen als Anträge.
party-contacts-add = Kontakt hinzufügen und Willkommens-E-Mail senden
party-contacts-added = Der Kontakt wurde hinzugefügt und hat die Willkommens-E-Mail erhalten.
party-contacts-no-purchaser = Dieser Kunde hat keine Einkaufsorganisation. Benennen Sie zuerst eine.
party-contacts-side-missing = Wählen Sie die Organisation, zu der der Kontakt gehört.
party-contacts-no-role = Wählen Sie mindestens eine Rolle.
party-contacts-remove = Entfernen
party-contacts-remove-who = { $name } aus dem Portal entfernen
party-contacts-removed = Der Kontakt wurde aus dem Portal entfernt: seine Sitzungen und Links funktionieren nicht mehr.
