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
