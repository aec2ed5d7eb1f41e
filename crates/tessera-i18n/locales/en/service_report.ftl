## Service for customers (issue #9): the PDF report of a service job or inspection
service-report-title = Service report: { $title }
service-report-customer = Customer
service-report-planned = Planned for
service-report-technician = Technician
service-report-status = Status
service-report-done = Done on
service-report-request = Service request
service-report-description = Reported problem
service-report-notes = Technician's notes
service-report-inspection = Inspection
service-report-confirmed-by = Confirmed by
service-report-inspected-at = Inspected on
service-report-not-inspected = The checklist has not been filled yet.
service-report-failed = { $count ->
    [0] No item failed.
    [one] One item failed.
   *[other] { $count } items failed.
    }
