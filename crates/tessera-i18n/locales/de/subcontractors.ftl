# Das Subunternehmerportal (Issue #8).
party-sub-actions-title = Subunternehmerportal
party-sub-actions-about = Was die Links dieses Subunternehmers dürfen. Ein Link erlaubt höchstens, was hier angekreuzt ist; eine Änderung gilt sofort für jeden aktiven Link ({ $links ->
    [0] derzeit keiner
    [one] derzeit einer
   *[other] derzeit { $links }
    }).
party-sub-actions-legend = Erlaubte Aktionen
party-sub-actions-save = Erlaubte Aktionen speichern
party-sub-actions-new-link = Diesem Subunternehmer einen Link senden
party-sub-actions-saved = Die erlaubten Aktionen wurden gespeichert; aktive Links folgen ihnen ab sofort.
party-sub-actions-unknown = „{ $name }“ ist keine Aktion des Subunternehmerportals.
party-sub-actions-not-subcontractor = Dieser Partner ist kein Subunternehmer.
sub-action-name = { $action ->
    [requisitions] Bedarfsmeldungen
    [deliveries] Lieferungen
    [delivery_import] Lieferimport
    [invoices] Rechnungen
    [new_items] Neue Artikel
    [work_orders] Arbeitsaufträge
    [inspections] Prüfungen
    [loto] LOTO-Verfahren
   *[work_permits] Arbeitsfreigaben
    }
sub-action-about = { $action ->
    [requisitions] Material oder Leistungen anfordern und den Stand verfolgen.
    [deliveries] Lieferungen avisieren, mit oder ohne Bestellung im System.
    [delivery_import] Eine Lieferung aus einer CSV- oder XML-Datei importieren, auch Schalungs- und Kleingerätedateien.
    [invoices] Rechnungen für erledigte Arbeiten stellen.
    [new_items] Artikel vorschlagen, die im Katalog fehlen; das Personal gibt sie frei.
    [work_orders] Arbeitsaufträge für einen Standort oder eine Anlage anlegen.
    [inspections] Die Checkliste eines Auftrags ausfüllen und die Arbeit als erledigt bestätigen.
    [loto] Die Lockout/Tagout-Verfahren der Anlagen seiner Aufträge lesen.
   *[work_permits] Arbeitsfreigaben annehmen und schließen.
    }
link-action-not-allowed = Dieser Subunternehmer darf nicht: { $actions }. Erlauben Sie es zuerst auf der Seite des Partners.
delivery-serials = Seriennummern: { $serials }
portal-back = Zurück zum Portal
free-delivery-new = Eine Lieferung ohne Bestellung avisieren
free-delivery-title = Eine Lieferung ohne Bestellung
free-delivery-about = Für Ware, die ohne Bestellung im System geliefert wird: Nennen Sie jeden Artikel mit seiner Bestellnummer aus dem Katalog. Das Lager erfasst, was ankommt.
free-delivery-date = Lieferdatum
free-delivery-cost-centre = Kostenstelle (Vertrag · Baustelle)
free-delivery-lines-hint = Eine Zeile je Artikel; leere Zeilen werden ausgelassen. Seriennummern durch | oder Kommas trennen.
free-delivery-quantity = Menge
free-delivery-serials = Seriennummern
free-delivery-row = Zeile { $row }
free-delivery-submit = Lieferung avisieren
free-delivery-declared = Die Lieferung { $number } wurde avisiert. Das Lager erfasst, was ankommt.
free-delivery-no-lines = Geben Sie mindestens einen Artikel ein.
free-delivery-too-many-lines = Höchstens 500 Zeilen in einer Lieferung.
free-delivery-loading-after = Das Ladedatum darf nicht nach dem Lieferdatum liegen.
free-delivery-too-far = Das Lieferdatum liegt mehr als ein Jahr in der Zukunft.
free-delivery-serials-more = Mehr Seriennummern als Stück.
free-delivery-serials-bad = Eine Seriennummer steht doppelt oder ist länger als 60 Zeichen.
free-delivery-unknown-article = Der Katalog hat keinen Artikel { $article }.
free-import-heading = Lieferdatei importieren
free-import-about = Ein Lieferschein aus Ihrem System füllt das Formular unten: die Lieferdatei als CSV oder XML, eine Schalungsdatei (ISO-8859-2) oder eine Kleingerätedatei. Gemeldet wird erst, wenn Sie das Formular prüfen und absenden.
free-import-file = Lieferdatei
free-import-format = Format
free-import-format-auto = Aus der Datei erkennen
free-import-format-delivery = Lieferung (CSV)
free-import-format-xml = Lieferung (XML)
free-import-format-formwork = Schalung
free-import-format-small-appliances = Kleingeräte
free-import-submit = Datei einlesen
free-import-refused = { $file } wurde nicht in das Formular übernommen:
free-import-error-count = { $count ->
    [one] ein Fehler, unten aufgeführt. Korrigieren Sie die Datei und laden Sie sie erneut hoch.
   *[other] { $count } Fehler, unten aufgeführt. Korrigieren Sie die Datei und laden Sie sie erneut hoch.
    }
free-import-read = { $file } wurde in das Formular unten übernommen. Prüfen Sie es und melden Sie dann die Lieferung.
free-import-names-order = Diese Datei gehört zur Bestellung { $order }: Laden Sie sie auf der Seite dieser Bestellung im Portal hoch.
free-import-half-cost-centre = Geben Sie Vertrag und Baustelle an, oder keines von beiden.
free-import-other-account = Diese Datei nennt ein anderes Lieferantenkonto.
free-import-unknown-cost-centre = Keine Kostenstelle hat den Vertrag { $contract } und die Baustelle { $construction }.
form-optional = (optional)
proposal-portal-title = Neue Artikel
proposal-portal-about = Schlagen Sie einen Artikel vor, den der Katalog noch nicht hat. Er kann verwendet werden, sobald das Unternehmen ihn freigibt.
proposal-new = Artikel vorschlagen
proposal-name = Bezeichnung
proposal-ordering-number = Bestellnummer
proposal-unit = Einheit
proposal-manufacturer = Hersteller
proposal-unit-price = Preis je Einheit
proposal-note = Anmerkung
proposal-submit = Vorschlag senden
proposal-filed = Artikel { $number } wurde vorgeschlagen. Hier sehen Sie, wenn entschieden ist.
proposal-already-pending = Sie haben bereits einen Artikel mit dieser Bestellnummer vorgeschlagen; er wartet auf eine Entscheidung.
proposal-yours = Ihre Vorschläge
proposal-none = Noch keine Vorschläge.
proposal-filed-at = Vorgeschlagen
proposal-status = Status
proposal-party = Nachunternehmer
proposal-status-name = { $status ->
    [pending] Wartet auf Entscheidung
    [approved] In den Katalog übernommen
    [merged] Mit einem vorhandenen Artikel zusammengeführt
   *[rejected] Abgelehnt
    }
proposal-admin-title = Vorgeschlagene Artikel
proposal-admin-about = Von Nachunternehmern vorgeschlagene Artikel. Übernehmen Sie einen in den Katalog (bei Bedarf mit korrigierten Feldern), führen Sie ihn mit einem vorhandenen Artikel zusammen oder lehnen Sie ihn mit einer Begründung ab, die der Nachunternehmer sieht.
proposal-pending = Wartet auf Entscheidung
proposal-none-pending = Nichts wartet auf eine Entscheidung.
proposal-from = Von { $party }
proposal-same-number = Der Katalog hat bereits einen Artikel mit dieser Bestellnummer: Führen Sie den Vorschlag damit zusammen.
proposal-decide = Entscheiden
proposal-approve-heading = In den Katalog übernehmen
proposal-approve = Übernehmen
proposal-merge-heading = Mit vorhandenem Artikel zusammenführen
proposal-merge-number = Bestellnummer des vorhandenen Artikels
proposal-merge = Zusammenführen
proposal-reject-heading = Ablehnen
proposal-reason = Begründung (der Nachunternehmer sieht sie)
proposal-reject = Ablehnen
proposal-reason-required = Geben Sie an, warum der Vorschlag abgelehnt wird.
proposal-number-taken = Der Katalog hat bereits einen Artikel mit dieser Bestellnummer: Führen Sie zusammen oder ändern Sie die Nummer.
proposal-decided-approved = Der Artikel wurde in den Katalog aufgenommen.
proposal-decided-merged = Der Vorschlag wurde mit dem vorhandenen Artikel zusammengeführt.
proposal-decided-rejected = Der Vorschlag wurde abgelehnt.
proposal-already-decided = Über diesen Vorschlag wurde bereits entschieden.
proposal-decided = Entschieden
proposal-open-item = Artikel öffnen
work-orders-title = Arbeitsaufträge
work-orders-about = Arbeiten, die Nachunternehmern an einem Standort oder einer Anlage übertragen sind, mit der Checkliste, die sie nach getaner Arbeit ausfüllen.
work-orders-portal-title = Ihre Arbeitsaufträge
work-order-title = Arbeitsauftrag { $number }
work-order-number = Auftragsnummer
work-order-party = Nachunternehmer
work-order-contract = Vertrag
work-order-site = Standort
work-order-asset = Anlage
work-order-due = Fällig
work-order-status = Status
work-order-description = Was zu tun ist
work-order-checklist = Checkliste
work-order-checklist-hint = Ein Punkt je Zeile. Eine Messung: Bezeichnung | Einheit | min..max, zum Beispiel „Isolationswiderstand | MΩ | 1..“.
work-order-checklist-example = Schutzabdeckungen wieder angebracht
    Isolationswiderstand | MΩ | 1..
    Arbeitsbereich sauber hinterlassen
work-order-register = Arbeitsauftrag anlegen
work-order-register-submit = Arbeitsauftrag anlegen
work-order-status-name = { $status ->
    [open] Offen
    [submitted] Erledigt, wartet auf Abnahme
    [accepted] Abgenommen
   *[cancelled] Storniert
    }
work-order-checklist-empty = Geben Sie mindestens einen Checklistenpunkt an.
work-order-checklist-too-many = Höchstens 100 Checklistenpunkte.
work-order-checklist-label-required = Zeile { $line } der Checkliste hat keine Bezeichnung.
work-order-checklist-line-bad = Zeile { $line } der Checkliste ist zu lang oder hat zu viele Teile (Bezeichnung | Einheit | min..max).
work-order-checklist-range = Zeile { $line } der Checkliste: Der Bereich ist nicht „min..max“ mit min nicht über max.
work-order-checklist-duplicate = Zeile { $line } der Checkliste wiederholt einen Punkt.
work-order-due-past = Das Fälligkeitsdatum liegt in der Vergangenheit.
work-order-number-taken = Der Vertrag hat bereits einen Arbeitsauftrag mit dieser Nummer.
work-order-send-link = Link für diesen Arbeitsauftrag senden
work-order-review = Die Arbeit ist als erledigt bestätigt
work-order-accept = Arbeit abnehmen
work-order-send-back-reason = Grund für die Rückgabe (der Nachunternehmer sieht ihn)
work-order-send-back = Zurückgeben
work-order-reason-required = Geben Sie an, warum die Arbeit zurückgegeben wird.
work-order-not-submitted = Die Arbeit ist noch nicht als erledigt bestätigt.
work-order-already-closed = Dieser Arbeitsauftrag ist abgeschlossen.
work-order-done-accepted = Die Arbeit wurde abgenommen und der Auftrag abgeschlossen; seine Einmal-Links sind damit beendet.
work-order-done-sent_back = Das Prüfprotokoll wurde an den Nachunternehmer zurückgegeben.
work-order-done-cancelled = Der Arbeitsauftrag wurde storniert; seine Einmal-Links sind damit beendet.
work-order-cancel = Arbeitsauftrag stornieren
work-order-inspections = Prüfprotokolle
work-order-no-inspection = Noch kein Prüfprotokoll.
work-order-last-inspection = Letztes Prüfprotokoll
inspection-fill = Checkliste ausfüllen
inspection-item = Punkt
inspection-result = Ergebnis
inspection-value = Messwert
inspection-comment = Anmerkung
inspection-result-name = { $result ->
    [pass] In Ordnung
    [fail] Nicht in Ordnung
    [na] Entfällt
   *[other] Nicht beantwortet
    }
inspection-status-name = { $status ->
    [submitted] Wartet auf Abnahme
    [accepted] Abgenommen
   *[sent_back] Zurückgegeben
    }
inspection-by = Bestätigt von { $name }, { $at }
inspection-sent-back-because = Zurückgegeben: { $reason }
inspection-photos = Fotos
inspection-photos-images = Fotos müssen Bilder sein (PNG, JPEG, GIF oder WebP).
inspection-confirmed-by = Ihr Name (bestätigt die Arbeit als erledigt)
inspection-submit = Arbeit als erledigt bestätigen
inspection-confirmed = Danke: Die Arbeit wurde als erledigt bestätigt. Das Unternehmen nimmt sie ab oder gibt sie zurück.
inspection-already-confirmed = Diese Arbeit wurde bereits als erledigt bestätigt; sie wartet auf das Unternehmen.
inspection-unanswered = Wählen Sie: in Ordnung, nicht in Ordnung oder entfällt.
inspection-measurement-missing = Geben Sie den Messwert ein.
inspection-out-of-range = Der Wert liegt außerhalb des Bereichs: Markieren Sie den Punkt als nicht in Ordnung.
inspection-comment-required = Beschreiben Sie in einer Anmerkung, was nicht in Ordnung ist.
inspection-name-required = Geben Sie Ihren Namen ein, um die Arbeit zu bestätigen.
inspection-stale = Die Checkliste wurde beim Ausfüllen geändert: Füllen Sie sie erneut aus.
inspection-has-errors = Einige Punkte brauchen Aufmerksamkeit; sie sind unten markiert.
loto-open = LOTO-Verfahren
nav-subcontracting = Nachunternehmer
permits-title = Arbeitsfreigaben
permits-about = Arbeitsfreigaben für Nachunternehmer, jede mit ihrem Protokoll: wer sie ausgestellt, angenommen und geschlossen hat, und wann. Das Protokoll wächst nur.
permits-portal-title = Arbeitsfreigaben
permits-portal-about = Nehmen Sie eine Freigabe vor Arbeitsbeginn mit dem Namen der verantwortlichen Person an und schließen Sie sie, wenn die Arbeit endet. Nach Ablauf ihres Zeitfensters kann sie nicht mehr angenommen werden.
permit-issue = Freigabe ausstellen
permit-issue-submit = Freigabe ausstellen
permit-list = Freigaben
permit-party = Nachunternehmer
permit-kind = Art der Arbeit
permit-kind-name = { $kind ->
    [hot_work] Heißarbeiten
    [work_at_height] Arbeiten in der Höhe
    [confined_space] Enge Räume
    [electrical] Elektroarbeiten
    [excavation] Erdarbeiten
    [lifting] Hebearbeiten
   *[other] Sonstiges
    }
permit-status-name = { $status ->
    [issued] Ausgestellt, anzunehmen
    [accepted] Angenommen
    [closed] Geschlossen
   *[cancelled] Storniert
    }
permit-event-name = { $event ->
    [issued] ausgestellt von
    [accepted] angenommen von
    [closed] geschlossen von
   *[cancelled] storniert von
    }
permit-site = Ort
permit-valid-from = Gültig ab (UTC)
permit-valid-until = Gültig bis (UTC)
permit-window = Gültig
permit-hazards = Gefährdungen
permit-precautions = Schutzmaßnahmen
permit-issued-by = Ausgestellt von
permit-log = Protokoll
permit-closed-late = nach Ablauf
permit-accepted-by = Name der Person, die die Freigabe annimmt
permit-closed-by = Name der Person, die die Freigabe schließt
permit-accept = Freigabe annehmen
permit-close = Freigabe schließen: die Arbeit ist beendet
permit-cancel = Freigabe stornieren
permit-done-issued = Die Freigabe wurde ausgestellt. Der Nachunternehmer nimmt sie im Portal an.
permit-done-cancelled = Die Freigabe wurde storniert.
permit-done-accepted = Die Freigabe wurde angenommen. Schließen Sie sie, wenn die Arbeit endet.
permit-done-closed = Die Freigabe wurde geschlossen.
permit-window-empty = Die Freigabe muss nach ihrem Beginn enden.
permit-window-too-long = Eine Freigabe gilt höchstens 14 Tage; stellen Sie für längere Arbeiten eine weitere aus.
permit-ends-in-past = Die Freigabe würde in der Vergangenheit enden.
permit-hazards-required = Nennen Sie die Gefährdungen.
permit-precautions-required = Nennen Sie die Schutzmaßnahmen.
permit-wrong-work-order = Dieser Arbeitsauftrag gehört nicht diesem Nachunternehmer oder ist abgeschlossen.
permit-expired = Das Zeitfenster der Freigabe ist abgelaufen: Sie kann nicht mehr angenommen werden. Fordern Sie eine neue an.
permit-name-required = Geben Sie den Namen der verantwortlichen Person ein.
permit-already-accepted = Die Freigabe wurde bereits angenommen.
permit-not-accepted = Nur eine angenommene Freigabe kann geschlossen werden.
permit-ended = Die Freigabe ist geschlossen oder storniert.
assets-title = Anlagen
assets-about = Die Maschinen und Anlagen, an denen Nachunternehmer arbeiten, jede mit ihrem LOTO-Verfahren.
asset-code = Anlagenkennung
asset-name = Bezeichnung
asset-add = Anlage hinzufügen
asset-add-submit = Anlage hinzufügen
asset-code-taken = Eine andere Anlage hat diese Kennung.
asset-title = Anlage { $code } · { $name }
loto-title = LOTO für Arbeitsauftrag { $number }
loto-version = Version { $version }
loto-since = Gültig seit { $at }
loto-energy = Energiequellen
loto-energy-kind = { $kind ->
    [electrical] Elektrisch
    [mechanical] Mechanisch
    [hydraulic] Hydraulisch
    [pneumatic] Pneumatisch
    [thermal] Thermisch
    [chemical] Chemisch
    [gravity] Schwerkraft
   *[other] Sonstige
    }
loto-isolation = Trennstellen
loto-steps = Schritte
loto-verification = Prüfung
loto-procedure-title = Titel des Verfahrens
loto-energy-hint = Eine je Zeile als Art: Beschreibung, zum Beispiel „electrical: Hauptversorgung 400 V“. Arten:
loto-lines-hint = Einer je Zeile, in der Reihenfolge.
loto-write = Verfahren schreiben
loto-change = Verfahren ändern
loto-edit-about = Eine gespeicherte Änderung ist eine neue Version; die alten bleiben erhalten, Links zeigen immer die aktuelle.
loto-save = Verfahren speichern
loto-saved = Als Version { $version } gespeichert.
loto-unchanged = Nichts geändert: keine neue Version.
loto-versions = Versionen
loto-openings = Über Links geöffnet
loto-no-openings = Noch nicht über einen Link geöffnet.
loto-by-link = Link { $link }
loto-none = Diese Anlage hat noch kein LOTO-Verfahren. Beginnen Sie keine Arbeit, die eines braucht: Fragen Sie das Unternehmen.
loto-warning = Führen Sie vor Arbeitsbeginn jeden Schritt in der Reihenfolge aus. Jedes Öffnen dieser Seite wird protokolliert.
loto-energy-required = Nennen Sie mindestens eine Energiequelle.
loto-energy-bad = Zeile { $line }: Schreiben Sie die Art, einen Doppelpunkt und eine Beschreibung, mit einer der genannten Arten.
loto-isolation-required = Nennen Sie mindestens eine Trennstelle.
loto-steps-required = Geben Sie mindestens einen Schritt an.
loto-verification-required = Geben Sie an, wie die Trennung geprüft wird.
requisitions-title = Bedarfsanforderungen
requisitions-about = Material und Leistungen, die Nachunternehmer anfordern. Genehmigen Sie eine Anforderung, lehnen Sie sie mit Begründung ab oder machen Sie daraus einen Bestellentwurf bei einem Lieferanten (jede Zeile muss einen Katalogartikel nennen; die Preise sind die des Katalogs).
requisitions-portal-title = Bedarfsanforderungen
requisitions-portal-about = Fordern Sie Material oder Leistungen an: nennen Sie Katalogartikel mit ihrer Bestellnummer oder beschreiben Sie, was Sie brauchen.
requisitions-yours = Ihre Anforderungen
requisition-new = Material oder Leistungen anfordern
requisition-needed-by = Benötigt bis
requisition-needed-by-date = Benötigt bis { $date }
requisition-description = Was benötigt wird
requisition-lines-hint = Eine Zeile je Artikel oder Leistung; leere Zeilen werden übergangen. Geben Sie eine Bestellnummer, eine Beschreibung oder beides an.
requisition-submit = Anforderung senden
requisition-filed = Die Anforderung wurde gesendet. Hier sehen Sie die Entscheidung.
requisition-no-lines = Fordern Sie mindestens einen Artikel oder eine Leistung an.
requisition-too-many = Höchstens 100 Zeilen in einer Anforderung.
requisition-needed-past = Das Datum liegt in der Vergangenheit.
requisition-line-unnamed = Geben Sie eine Bestellnummer an oder beschreiben Sie, was benötigt wird.
requisition-status-name = { $status ->
    [filed] Wartet auf Entscheidung
    [approved] Genehmigt
    [rejected] Abgelehnt
   *[ordered] Bestellt
    }
requisition-ordered-as = Bestellung { $number }
requisition-open-order = Bestellung { $number } öffnen
requisition-approve = Genehmigen
requisition-supplier = Lieferant
requisition-order-number = Bestellnummer
requisition-currency = Währung
requisition-order = Bestellentwurf anlegen
requisition-order-fields = Wählen Sie einen Lieferanten und geben Sie die Bestellnummer und eine dreistellige Währung an.
requisition-free-text = Eine Zeile nennt keinen Katalogartikel, daher kann aus dieser Anforderung keine Bestellung werden: Bestellen Sie von Hand oder lehnen Sie ab und bitten Sie um Katalogartikel.
requisition-number-taken = Eine andere Bestellung hat diese Nummer.
requisition-decided = Über diese Anforderung wurde bereits entschieden.
requisition-reason-required = Geben Sie an, warum die Anforderung abgelehnt wird.
requisition-done-approved = Die Anforderung wurde genehmigt.
requisition-done-rejected = Die Anforderung wurde abgelehnt.
requisition-done-ordered = Aus der Anforderung wurde ein Bestellentwurf angelegt.
asset-customer = Kunde
asset-own = Eigenes
asset-import-title = Anlagen aus einer CSV-Datei importieren
asset-import-label = Anlagendatei (CSV)
asset-import-hint = UTF-8-Text mit der Kopfzeile { $header }, Felder durch ; oder , getrennt. Die Spalte customer nennt das Kürzel des Kunden im Katalog; lassen Sie sie für eine eigene Anlage leer (oder lassen Sie die Spalte weg). Höchstens { $max } Anlagen in einer Datei; es werden alle Zeilen importiert oder keine.
asset-import-submit = Anlagen importieren
asset-import-missing = Wählen Sie die CSV-Datei zum Importieren.
asset-import-not-imported = Es wurde nichts importiert. Korrigieren Sie diese Zeilen und importieren Sie die Datei erneut:
asset-import-conflict = Inzwischen hat eine andere Anlage eine dieser Kennungen erhalten. Es wurde nichts importiert: Importieren Sie die Datei erneut.
asset-imported = { $count ->
    [one] Eine Anlage importiert.
   *[other] { $count } Anlagen importiert.
}
asset-csv-not-utf8 = Die Datei ist kein UTF-8-Text. Speichern Sie sie als UTF-8-CSV und versuchen Sie es erneut.
asset-csv-empty = Die Datei enthält keine Anlagenzeilen.
asset-csv-header = Zeile 1: Die Kopfzeile muss die Spalten code, name und site nennen und darf customer hinzufügen, sonst nichts.
asset-csv-too-many = Die Datei hat mehr als { $max } Anlagenzeilen: Teilen Sie sie auf.
asset-csv-malformed = Zeile { $line }: Die Zeile lässt sich nicht lesen (prüfen Sie die Anführungszeichen).
asset-csv-columns = Zeile { $line }: mehr Felder, als die Kopfzeile Spalten hat.
asset-csv-code = { $reason ->
    [empty] Zeile { $line }: Die Anlagenkennung fehlt.
    [long] Zeile { $line }: Die Anlagenkennung ist länger als { $max } Zeichen.
   *[control] Zeile { $line }: Die Anlagenkennung enthält unzulässige Zeichen.
}
asset-csv-name = { $reason ->
    [empty] Zeile { $line }: Die Bezeichnung fehlt.
    [long] Zeile { $line }: Die Bezeichnung ist länger als { $max } Zeichen.
   *[control] Zeile { $line }: Die Bezeichnung enthält unzulässige Zeichen.
}
asset-csv-site = { $reason ->
    [empty] Zeile { $line }: Der Standort fehlt.
    [long] Zeile { $line }: Der Standort ist länger als { $max } Zeichen.
   *[control] Zeile { $line }: Der Standort enthält unzulässige Zeichen.
}
asset-csv-customer = { $reason ->
    [long] Zeile { $line }: Das Kundenkürzel ist länger als { $max } Zeichen.
   *[control] Zeile { $line }: Das Kundenkürzel enthält unzulässige Zeichen.
}
asset-csv-duplicate = Zeile { $line }: Die Anlagenkennung { $code } steht bereits in Zeile { $first }.
asset-csv-unknown-customer = Zeile { $line }: Es gibt keinen Kunden mit dem Kürzel { $customer }.
asset-csv-code-taken = Zeile { $line }: Eine andere Anlage hat bereits die Kennung { $code }.
