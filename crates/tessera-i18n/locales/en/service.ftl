## Service for customers (issue #9): the pages
service-nav = Service
service-title = Service requests
service-about = Report a defect or ask for service at your sites, and follow every step: our questions, the planned work, its progress and the reports.
service-admin-title = Customers' service
service-admin-about = Requests and defects customers reported, and the service jobs and inspections not done yet.
service-new = Report a defect or request service
service-new-submit = Send the request
service-requests = Requests
service-jobs = Service jobs and inspections
service-jobs-open = Jobs not done yet
service-none = No requests yet. When something needs our attention, report it here.
service-all = All
service-filter = Show
service-reference = Reference
service-customer = Customer
service-request-title = Service request { $reference }
service-job-title = Service job: { $title }
service-where = Where
service-what = What
service-asset-none = No particular asset
service-site-hint = (when no asset is chosen)
service-where-required = Choose the asset, or say at which site.
service-asset-not-yours = This asset is not one of yours. Choose one from the list.
service-category = Kind
service-category-name = { $category ->
    [defect] Defect
    [repair] Repair
    [maintenance] Maintenance
    [inspection] Inspection
    [question] Question
   *[other] Other
    }
service-priority = Priority
service-priority-name = { $priority ->
    [low] Low
    [normal] Normal
    [high] High
   *[urgent] Urgent: something is down or unsafe
    }
service-description = What is wrong, or what do you need?
service-photos = Photos
service-files = Other files (PDF or images)
service-files-hint = (optional, up to 5, 10 MB each)
service-photos-images = Photos must be images (JPEG, PNG, GIF or WebP). Put PDF documents under "Other files".
service-contact = Contact person
service-contact-name = Name
service-contact-email = Email
service-contact-phone = Phone
service-preferred-time = Preferred time for a visit
service-email-hint = We email the reference and each step to this address; every email has a link to stop them.
service-email-invalid = This is not an email address, for example name@company.com.
service-reported = Your request has been received. Its reference is at the top of this page; we have emailed it to you too.
service-done = { $what ->
    [info] Your message has been added.
    [rated] Thank you for your rating.
    [accepted] The request is accepted; the customer is told.
    [question] The question is sent to the customer.
    [rejected] The request is rejected; the customer is told why.
    [closed] The request is closed; the customer is told.
    [link-sent] A link for this request has been emailed.
    [job-link-sent] A link for this job has been emailed.
    [no-address] Nobody to send the link to: the request has no email and the customer none on record.
    [inspected] The inspection is recorded.
    [planned] The job is planned.
    [in-progress] The job is in progress.
    [waiting-for-parts] The job waits for parts.
    [done] The job is done.
   *[other] Done.
    }
service-status-label = Status
service-status = { $status ->
    [new] Received
    [question] Question for you
    [answered] Answered, with us
    [accepted] Accepted
    [planned] Work planned
    [rejected] Rejected
   *[closed] Done
    }
service-job-status-label = Status
service-job-status = { $status ->
    [planned] Planned
    [in_progress] In progress
    [waiting_for_parts] Waiting for parts
   *[done] Done
    }
service-progress = Progress
service-step = { $step ->
    [reported] Reported
    [accepted] Accepted
    [planned] Planned
    [in_progress] In progress
    [done] Work done
   *[closed] Closed
    }
service-reported-at = Reported
service-timeline = Timeline
service-event = { $kind ->
    [reported] Reported
    [info_added] Information added
    [question] Question asked
    [answer] Answered
    [accepted] Accepted
    [rejected] Rejected
    [planned] Job planned
    [closed] Closed
   *[rated] Rated
    }
service-event-job = Job: { $status }
service-job-open = See the job
service-question-waiting = We have asked you a question (see the timeline). Answer it below; the work goes on once we have your answer.
service-answer = Answer our question
service-add-info = Add information
service-message = Message
service-send = Send
service-summary = Summary of the work
service-rate = How did we do?
service-rating = Rating
service-rating-stars = { $stars ->
    [1] 1 star
   *[other] { $stars } stars
    }
service-rating-comment = Comment
service-rating-required = Choose from 1 to 5 stars.
service-rate-submit = Send the rating
service-triage = Triage
service-decision = Decision
service-decision-name = { $decision ->
    [accept] Accept
    [ask] Ask the customer
   *[reject] Reject
    }
service-triage-text = Question or reason (for the customer)
service-triage-submit = Decide
service-plan = Plan a job
service-job = Job
service-planned-for = Planned for
service-technician = Technician
service-checklist = Inspection checklist
service-checklist-hint = (optional: one item per line; a measurement as "label | unit | min..max"; empty for a job without an inspection)
service-plan-submit = Plan the job
service-date-past = The date is in the past.
service-close = Close the request
service-close-submit = Close and tell the customer
service-send-link = Email a link for this request
service-send-link-hint = To the person who reported it; the link shows this request only.
service-inspection = Inspection
service-inspection-pending = The inspection's checklist has not been filled yet.
service-inspection-submit = Record the inspection
service-inspected-by = Inspected by { $name } on { $at }
service-notes = Technician's notes
service-done-at = Done on
service-download-report = Download the report (PDF)
service-step-title = Move the job on
service-note = Note for the customer
service-note-hint = (optional, shown on the timeline and in the email)
service-step-submit = Save
service-rule-final = The request is closed or rejected: nothing more can be done to it.
service-rule-not-triage = The request has already been decided.
service-rule-not-accepted = Accept the request before planning work for it.
service-rule-jobs-open = Some jobs for this request are not done yet.
service-rule-text-required = Write it for the customer.
service-rule-job-done = The job is done; it cannot change any more.
service-rule-no-change = It is already so.
service-rule-inspection-missing = Fill the inspection's checklist before marking the job done.
service-rule-not-rateable = Only finished work can be rated, and once.
service-unsubscribe-title = Emails about a service request
service-unsubscribe-ask = Stop the emails about this service request? You can still follow it on its page.
service-unsubscribe-submit = Stop the emails
service-unsubscribed = You will receive no more emails about { $reference }.

## Recurring inspections, links for one job, satisfaction
service-report = Report
service-report-later = When done
service-asset = Asset
service-rule-plan-stopped = This inspection plan is stopped. Resume it first.
service-rule-plan-job-open = This plan's next inspection is already planned and not done yet.
service-rule-not-customer-asset = An inspection plan is for a customer's asset. This asset is the company's own.
service-send-job-link = Email a link for this job
service-send-job-link-hint = The link shows this one job (progress, inspection, report) and nothing else; it goes to the person who reported the request, or to the customer.
inspections-title = Inspections
inspections-back = Service requests
inspections-about = Recurring inspections of your assets: what is overdue, what is due month by month, and the reports of past inspections.
inspections-overdue = Overdue
inspections-none-overdue = Nothing is overdue.
inspections-calendar = Coming up, month by month
inspections-none = No inspections are planned.
inspections-in-month = { $count ->
    [one] one inspection
   *[other] { $count } inspections
    }
inspections-reports = Past inspections
inspections-no-reports = No inspection has been done yet.
inspections-done-on = Done on
inspections-result = Result
inspections-passed = All checks passed
inspections-failed = { $count ->
    [one] 1 check failed
   *[other] { $count } checks failed
    }
inspection-due-state = { $state ->
    [overdue] Overdue
    [due_soon] Due soon
   *[scheduled] Scheduled
    }
inspection-every = { $months ->
    [one] every month
    [12] every year
   *[other] every { $months } months
    }
inspection-planned-for = Planned for { $date }
inspections-admin-title = Inspection plans
inspections-back-admin = Service requests
inspections-admin-about = One plan per recurring inspection of a customer's asset. Plan each inspection from its plan: the job takes the plan's checklist, and once it is done the plan's next due date moves on by its interval.
inspections-next-due = Next due
inspections-plan = Inspection
inspections-last-done = Last done
inspections-next-step = Next step
inspection-stopped-badge = Stopped
inspection-checks = { $count ->
    [one] 1 check
   *[other] { $count } checks
    }
inspection-schedule = Plan the inspection
inspection-stop = Stop the plan
inspection-resume = Resume the plan
inspection-add = New inspection plan
inspection-no-assets = No customer has an asset yet. Add the customers' assets first:
inspection-interval = Every how many months (1 to 120)
inspection-checklist-hint = (one item per line; a measurement as "label | unit | min..max")
inspection-add-submit = Add the plan
inspection-added = The inspection plan is added.
inspection-stopped = The plan is stopped: nothing more is due.
inspection-resumed = The plan is resumed.
inspection-interval-invalid = Enter a whole number of months from 1 to 120.
inspection-checklist-required = An inspection plan needs at least one item to check.
satisfaction-title = Customer satisfaction
satisfaction-none = No finished work has been rated yet.
satisfaction-count = { $count ->
    [one] 1 rating
   *[other] { $count } ratings
    }
satisfaction-by-month = Mean rating per month, last 12 months
satisfaction-chart-desc = Bars show the mean rating (1 to 5 stars) customers gave finished work in each month; a flat line means no ratings that month.
satisfaction-by-site = Per site
satisfaction-table = The figures as a table
satisfaction-mean = Mean rating
satisfaction-ratings = Ratings
