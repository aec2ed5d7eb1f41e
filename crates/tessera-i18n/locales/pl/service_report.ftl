## Service for customers (issue #9): the PDF report of a service job or inspection
service-report-title = Raport serwisowy: { $title }
service-report-customer = Klient
service-report-planned = Planowana data
service-report-technician = Serwisant
service-report-status = Status
service-report-done = Data wykonania
service-report-request = Zgłoszenie serwisowe
service-report-description = Zgłoszony problem
service-report-notes = Uwagi serwisanta
service-report-inspection = Przegląd
service-report-confirmed-by = Potwierdził(a)
service-report-inspected-at = Data przeglądu
service-report-not-inspected = Lista kontrolna nie została jeszcze wypełniona.
service-report-failed = { $count ->
    [0] Brak niezgodności.
    [one] Jeden punkt niezgodny.
    [few] { $count } punkty niezgodne.
   *[other] { $count } punktów niezgodnych.
    }
