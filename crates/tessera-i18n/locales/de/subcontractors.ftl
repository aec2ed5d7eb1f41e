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
