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
