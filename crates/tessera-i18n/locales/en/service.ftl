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
