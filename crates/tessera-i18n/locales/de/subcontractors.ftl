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
