## Service for customers (issue #9): the PDF report of a service job or inspection
service-report-title = Servicebericht: { $title }
service-report-customer = Kunde
service-report-planned = Geplant für
service-report-technician = Techniker
service-report-status = Status
service-report-done = Erledigt am
service-report-request = Serviceanfrage
service-report-description = Gemeldetes Problem
service-report-notes = Hinweise des Technikers
service-report-inspection = Prüfung
service-report-confirmed-by = Bestätigt von
service-report-inspected-at = Geprüft am
service-report-not-inspected = Die Checkliste ist noch nicht ausgefüllt.
service-report-failed = { $count ->
    [0] Kein Punkt beanstandet.
    [one] Ein Punkt beanstandet.
   *[other] { $count } Punkte beanstandet.
    }
