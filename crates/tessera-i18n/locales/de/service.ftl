## Service for customers (issue #9): the pages
service-nav = Service
service-title = Serviceanfragen
service-about = Melden Sie einen Mangel oder fordern Sie Service an Ihren Standorten an, und verfolgen Sie jeden Schritt: unsere Rückfragen, die geplanten Arbeiten, ihren Fortschritt und die Berichte.
service-admin-title = Kundenservice
service-admin-about = Von Kunden gemeldete Anfragen und Mängel sowie die noch nicht erledigten Serviceaufträge und Prüfungen.
service-new = Mangel melden oder Service anfordern
service-new-submit = Anfrage senden
service-requests = Anfragen
service-jobs = Serviceaufträge und Prüfungen
service-jobs-open = Noch nicht erledigte Aufträge
service-none = Noch keine Anfragen. Wenn etwas unsere Aufmerksamkeit braucht, melden Sie es hier.
service-all = Alle
service-filter = Anzeigen
service-reference = Nummer
service-customer = Kunde
service-request-title = Serviceanfrage { $reference }
service-job-title = Serviceauftrag: { $title }
service-where = Wo
service-what = Was
service-asset-none = Keine bestimmte Anlage
service-site-hint = (wenn keine Anlage gewählt ist)
service-where-required = Wählen Sie die Anlage oder geben Sie den Standort an.
service-asset-not-yours = Diese Anlage gehört nicht zu Ihren Anlagen. Wählen Sie eine aus der Liste.
service-category = Art
service-category-name = { $category ->
    [defect] Mangel
    [repair] Reparatur
    [maintenance] Wartung
    [inspection] Prüfung
    [question] Frage
   *[other] Sonstiges
    }
service-priority = Priorität
service-priority-name = { $priority ->
    [low] Niedrig
    [normal] Normal
    [high] Hoch
   *[urgent] Dringend: Etwas ist ausgefallen oder nicht sicher
    }
service-description = Was ist das Problem, oder was benötigen Sie?
service-photos = Fotos
service-files = Weitere Dateien (PDF oder Bilder)
service-files-hint = (optional, bis zu 5, je höchstens 10 MB)
service-photos-images = Fotos müssen Bilder sein (JPEG, PNG, GIF oder WebP). Laden Sie PDF-Dokumente unter „Weitere Dateien“ hoch.
service-contact = Kontaktperson
service-contact-name = Name
service-contact-email = E-Mail
service-contact-phone = Telefon
service-preferred-time = Gewünschter Termin für einen Besuch
service-email-hint = An diese Adresse senden wir die Nummer und jeden weiteren Schritt per E-Mail; jede E-Mail enthält einen Link zum Abbestellen.
service-email-invalid = Das ist keine E-Mail-Adresse, zum Beispiel name@firma.de.
service-reported = Ihre Anfrage ist eingegangen. Ihre Nummer steht oben auf dieser Seite; wir haben sie Ihnen auch per E-Mail gesendet.
service-done = { $what ->
    [info] Ihre Nachricht wurde hinzugefügt.
    [rated] Vielen Dank für Ihre Bewertung.
    [accepted] Die Anfrage wurde angenommen; der Kunde wurde benachrichtigt.
    [question] Die Rückfrage wurde an den Kunden gesendet.
    [rejected] Die Anfrage wurde abgelehnt; der Kunde hat die Begründung erhalten.
    [closed] Die Anfrage wurde abgeschlossen; der Kunde wurde benachrichtigt.
    [link-sent] Ein Link zu dieser Anfrage wurde per E-Mail gesendet.
    [job-link-sent] Ein Link zu diesem Auftrag wurde per E-Mail gesendet.
    [no-address] Der Link kann an niemanden gesendet werden: Die Anfrage enthält keine E-Mail-Adresse, und für den Kunden ist keine hinterlegt.
    [inspected] Die Prüfung wurde erfasst.
    [planned] Der Auftrag ist geplant.
    [in-progress] Der Auftrag ist in Arbeit.
    [waiting-for-parts] Der Auftrag wartet auf Teile.
    [done] Der Auftrag ist erledigt.
   *[other] Erledigt.
    }
service-status-label = Status
service-status = { $status ->
    [new] Eingegangen
    [question] Rückfrage an Sie
    [answered] Beantwortet, liegt bei uns
    [accepted] Angenommen
    [planned] Arbeiten geplant
    [rejected] Abgelehnt
   *[closed] Erledigt
    }
service-job-status-label = Status
service-job-status = { $status ->
    [planned] Geplant
    [in_progress] In Arbeit
    [waiting_for_parts] Wartet auf Teile
   *[done] Erledigt
    }
service-progress = Fortschritt
service-step = { $step ->
    [reported] Gemeldet
    [accepted] Angenommen
    [planned] Geplant
    [in_progress] In Arbeit
    [done] Arbeiten erledigt
   *[closed] Abgeschlossen
    }
service-reported-at = Gemeldet
service-timeline = Verlauf
service-event = { $kind ->
    [reported] Gemeldet
    [info_added] Informationen ergänzt
    [question] Rückfrage gestellt
    [answer] Beantwortet
    [accepted] Angenommen
    [rejected] Abgelehnt
    [planned] Auftrag geplant
    [closed] Abgeschlossen
   *[rated] Bewertet
    }
service-event-job = Auftrag: { $status }
service-job-open = Auftrag ansehen
service-question-waiting = Wir haben Ihnen eine Rückfrage gestellt (siehe Verlauf). Bitte beantworten Sie sie unten; die Arbeiten gehen weiter, sobald uns Ihre Antwort vorliegt.
service-answer = Unsere Rückfrage beantworten
service-add-info = Informationen ergänzen
service-message = Nachricht
service-send = Senden
service-summary = Zusammenfassung der Arbeiten
service-rate = Wie zufrieden waren Sie?
service-rating = Bewertung
service-rating-stars = { $stars ->
    [1] 1 Stern
   *[other] { $stars } Sterne
    }
service-rating-comment = Kommentar
service-rating-required = Wählen Sie 1 bis 5 Sterne.
service-rate-submit = Bewertung senden
service-triage = Sichtung
service-decision = Entscheidung
service-decision-name = { $decision ->
    [accept] Annehmen
    [ask] Beim Kunden nachfragen
   *[reject] Ablehnen
    }
service-triage-text = Rückfrage oder Begründung (für den Kunden)
service-triage-submit = Entscheiden
service-plan = Auftrag planen
service-job = Auftrag
service-planned-for = Geplant für
service-technician = Techniker
service-checklist = Checkliste der Prüfung
service-checklist-hint = (optional: ein Punkt je Zeile; eine Messung als „Bezeichnung | Einheit | min..max“; leer lassen für einen Auftrag ohne Prüfung)
service-plan-submit = Auftrag planen
service-date-past = Das Datum liegt in der Vergangenheit.
service-close = Anfrage abschließen
service-close-submit = Abschließen und Kunden benachrichtigen
service-send-link = Link zu dieser Anfrage per E-Mail senden
service-send-link-hint = An die Person, die sie gemeldet hat; der Link zeigt nur diese Anfrage.
service-inspection = Prüfung
service-inspection-pending = Die Checkliste der Prüfung ist noch nicht ausgefüllt.
service-inspection-submit = Prüfung erfassen
service-inspected-by = Geprüft von { $name } am { $at }
service-notes = Hinweise des Technikers
service-done-at = Erledigt am
service-download-report = Bericht herunterladen (PDF)
service-step-title = Auftragsstatus ändern
service-note = Hinweis für den Kunden
service-note-hint = (optional, erscheint im Verlauf und in der E-Mail)
service-step-submit = Speichern
service-rule-final = Die Anfrage ist abgeschlossen oder abgelehnt: Daran kann nichts mehr geändert werden.
service-rule-not-triage = Über die Anfrage wurde bereits entschieden.
service-rule-not-accepted = Nehmen Sie die Anfrage an, bevor Sie Arbeiten dafür planen.
service-rule-jobs-open = Einige Aufträge zu dieser Anfrage sind noch nicht erledigt.
service-rule-text-required = Schreiben Sie den Text für den Kunden.
service-rule-job-done = Der Auftrag ist erledigt; er kann nicht mehr geändert werden.
service-rule-no-change = Dieser Status ist bereits gesetzt.
service-rule-inspection-missing = Füllen Sie die Checkliste der Prüfung aus, bevor Sie den Auftrag als erledigt markieren.
service-rule-not-rateable = Nur abgeschlossene Arbeiten können bewertet werden, und nur einmal.
service-unsubscribe-title = E-Mails zu einer Serviceanfrage
service-unsubscribe-ask = Keine E-Mails mehr zu dieser Serviceanfrage erhalten? Sie können sie weiterhin auf ihrer Seite verfolgen.
service-unsubscribe-submit = E-Mails abbestellen
service-unsubscribed = Sie erhalten keine E-Mails mehr zu { $reference }.

## Wiederkehrende Prüfungen, Links für einen Auftrag, Zufriedenheit
service-report = Bericht
service-report-later = Nach Abschluss
service-asset = Anlage
service-rule-plan-stopped = Dieser Prüfplan ist angehalten. Setzen Sie ihn zuerst fort.
service-rule-plan-job-open = Die nächste Prüfung dieses Plans ist bereits geplant und noch nicht erledigt.
service-rule-not-customer-asset = Ein Prüfplan gilt für eine Anlage eines Kunden. Diese Anlage gehört dem Unternehmen selbst.
service-send-job-link = Link zu diesem Auftrag per E-Mail senden
service-send-job-link-hint = Der Link zeigt nur diesen einen Auftrag (Fortschritt, Prüfung, Bericht); er geht an die Person, die die Anfrage gemeldet hat, oder an den Kunden.
inspections-title = Prüfungen
inspections-back = Serviceanfragen
inspections-about = Wiederkehrende Prüfungen Ihrer Anlagen: was überfällig ist, was Monat für Monat ansteht, und die Berichte vergangener Prüfungen.
inspections-overdue = Überfällig
inspections-none-overdue = Nichts ist überfällig.
inspections-calendar = Demnächst, Monat für Monat
inspections-none = Es sind keine Prüfungen geplant.
inspections-in-month = { $count ->
    [one] eine Prüfung
   *[other] { $count } Prüfungen
    }
inspections-reports = Vergangene Prüfungen
inspections-no-reports = Es wurde noch keine Prüfung durchgeführt.
inspections-done-on = Erledigt am
inspections-result = Ergebnis
inspections-passed = Alle Prüfpunkte bestanden
inspections-failed = { $count ->
    [one] 1 Prüfpunkt nicht bestanden
   *[other] { $count } Prüfpunkte nicht bestanden
    }
inspection-due-state = { $state ->
    [overdue] Überfällig
    [due_soon] Bald fällig
   *[scheduled] Geplant
    }
inspection-every = { $months ->
    [one] jeden Monat
    [12] jedes Jahr
   *[other] alle { $months } Monate
    }
inspection-planned-for = Geplant für { $date }
inspections-admin-title = Prüfpläne
inspections-back-admin = Serviceanfragen
inspections-admin-about = Ein Plan je wiederkehrender Prüfung einer Kundenanlage. Jede Prüfung wird aus ihrem Plan geplant: Der Auftrag übernimmt die Checkliste des Plans, und sobald er erledigt ist, rückt der nächste Fälligkeitstermin um das Intervall weiter.
inspections-next-due = Nächste Fälligkeit
inspections-plan = Prüfung
inspections-last-done = Zuletzt erledigt
inspections-next-step = Nächster Schritt
inspection-stopped-badge = Angehalten
inspection-checks = { $count ->
    [one] 1 Prüfpunkt
   *[other] { $count } Prüfpunkte
    }
inspection-schedule = Prüfung planen
inspection-stop = Plan anhalten
inspection-resume = Plan fortsetzen
inspection-add = Neuer Prüfplan
inspection-no-assets = Noch kein Kunde hat eine Anlage. Legen Sie zuerst die Anlagen der Kunden an:
inspection-interval = Alle wie viele Monate (1 bis 120)
inspection-checklist-hint = (ein Prüfpunkt je Zeile; eine Messung als „Bezeichnung | Einheit | min..max“)
inspection-add-submit = Plan hinzufügen
inspection-added = Der Prüfplan wurde hinzugefügt.
inspection-stopped = Der Plan ist angehalten: Es wird nichts mehr fällig.
inspection-resumed = Der Plan wird fortgesetzt.
inspection-interval-invalid = Geben Sie eine ganze Zahl von Monaten zwischen 1 und 120 ein.
inspection-checklist-required = Ein Prüfplan braucht mindestens einen Prüfpunkt.
satisfaction-title = Kundenzufriedenheit
satisfaction-none = Noch keine abgeschlossene Arbeit wurde bewertet.
satisfaction-count = { $count ->
    [one] 1 Bewertung
   *[other] { $count } Bewertungen
    }
satisfaction-by-month = Durchschnittliche Bewertung je Monat, letzte 12 Monate
satisfaction-chart-desc = Die Balken zeigen die durchschnittliche Bewertung (1 bis 5 Sterne), die Kunden abgeschlossenen Arbeiten im jeweiligen Monat gaben; eine flache Linie heißt: keine Bewertungen in dem Monat.
satisfaction-by-site = Je Standort
satisfaction-table = Die Zahlen als Tabelle
satisfaction-mean = Durchschnittliche Bewertung
satisfaction-ratings = Bewertungen
