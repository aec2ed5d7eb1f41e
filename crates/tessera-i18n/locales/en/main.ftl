## Frame
skip-to-content = Skip to content
nav-label = Main
nav-dashboard = Overview
nav-orders = Orders
nav-deliveries = Deliveries
nav-complaints = Complaints
nav-parties = Parties
nav-items = Items
nav-audit = Audit log
nav-sign-out = Sign out
language-label = Language
language-apply = Change
yes = Yes
no = No
saved = Saved.

## Lists
search-label = Search
search-submit = Search
filter-all = All
list-empty = Nothing here yet, or nothing matches.
list-total = Total: { $count }
pager-label = Pages
pager-prev = Previous
pager-next = Next
pager-page = Page

## Sign-in
login-title = Sign in
login-email = Email
login-password = Password
login-submit = Sign in
login-failed = The email or the password is wrong.
login-too-many = Too many failed sign-ins. Wait 15 minutes and try again.

## Errors
error-status = Error code { $status }
error-home = Go to the start page
error-not-found-title = Not found
error-not-found = There is nothing at this address, or you may not see it.
error-forbidden-title = Not allowed
error-forbidden = Your role does not allow this. Ask an administrator if you need it.
error-unauthenticated-title = Sign-in required
error-unauthenticated = Sign in to continue.
error-csrf-failed-title = The form expired
error-csrf-failed = The form was too old or came from another site. Go back, reload the page and send it again.
error-rate-limited-title = Too many requests
error-rate-limited = Too many attempts. Wait a moment and try again.
error-bad-request-title = Not understood
error-bad-request = The request could not be understood. Go back and check what you entered.
error-internal-title = Something went wrong
error-internal = Something went wrong on our side. Nothing was changed. Try again; if it keeps happening, tell an administrator.

## Overview
dashboard-title = Overview
dashboard-orders-by-status = Orders by status
dashboard-chart-desc = Bar chart of { $count } orders by status.
dashboard-recent-orders = Latest orders
dashboard-all-orders = All orders

## Orders
orders-title = Purchase orders
orders-new = New order
orders-search-placeholder = Number or supplier
orders-number = Order number
orders-supplier = Supplier
orders-date = Order date
orders-requested = Requested delivery
orders-status = Status
order-title = Order { $number }
order-new-title = New purchase order
order-edit-title = Edit order { $number }
order-edit = Edit
order-header = Order
order-contract = Contract
order-work-order = Work order
order-currency = Currency
order-note = Note
order-lines = Lines
order-lines-hint = Type or pick the item's ordering number. Leave the price empty to take the catalogue price. Empty lines are ignored.
order-more-lines = Add more lines
order-total = Total
order-deliveries = Deliveries
order-no-deliveries = Nothing delivered yet.
order-updated = Last changed { $at }
order-number-taken = An order with this number already exists. Choose another number.
order-changed-meanwhile = Someone changed this order while you were editing it. Open the order again to see the changes, then edit it.
order-not-editable = This order can no longer be changed: deliveries were made against it, or it was closed or cancelled.
order-rule-no-lines = An order needs at least one line.
order-rule-too-many-lines = An order can have at most 500 lines.
order-rule-requested-before-order = The requested delivery date cannot be before the order date.
status-draft = Draft
status-sent = Sent
status-confirmed = Confirmed
status-date-proposed = Date proposed
status-partially-delivered = Partially delivered
status-delivered = Delivered
status-closed = Closed
status-cancelled = Cancelled

## Lines and items
item-number = Ordering number
item-name = Name
item-unit = Unit
item-manufacturer = Manufacturer
line-quantity = Quantity
line-unit-price = Unit price
line-value = Value
line-price-from-catalogue = from catalogue
items-title = Items
items-search-placeholder = Number, name or manufacturer

## Forms
form-has-errors = Some fields need your attention. Nothing was saved.
form-save = Save
form-cancel = Cancel
form-choose = Choose…
form-none = None
form-required = Required.
form-too-long = Too long.
form-control-chars = Contains characters that are not allowed.
form-choose-supplier = Choose a supplier.
form-invalid-choice = Choose one of the options.
form-date-invalid = Not a date. Use the date picker or type it as 22.11.2026.
form-currency-invalid = Use a three-letter currency code, such as PLN or EUR.
form-number-malformed = Not a number. Use digits with at most one decimal separator, such as 1250.50 or 1250,50.
form-number-ambiguous = Unclear number: it has more than one separator. Write it without thousands separators, such as 1234.50.
form-number-too-precise = At most 4 digits after the decimal separator.
form-number-too-large = The number is too large.
form-number-negative = Cannot be negative.
form-number-zero = Must be more than zero.
form-line-item-required = Enter an ordering number.
form-line-item-unknown = No active item has this ordering number.
form-line-price-required = This item has no catalogue price: enter a unit price.
form-lines-have-errors = Some lines need your attention.
form-reference-gone = A supplier, item or work order on this form no longer exists. Reload the page and check your choices.

## Parties
parties-title = Parties
parties-search-placeholder = Name, code or account
parties-kind = Kind
party-supplier = Supplier
party-subcontractor = Subcontractor
party-customer = Customer
party-code = Code
party-name = Name
party-account = Billing account
party-customer-id = Customer ID
party-language = Language
party-active = Active
party-emails = Email addresses on record

## Deliveries and complaints
deliveries-title = Deliveries and returns
documents-search-placeholder = Number or supplier
delivery-number = Delivery number
delivery-kind = Kind
delivery-kind-delivery = Delivery
delivery-kind-return = Return
delivery-order = Order
delivery-no-order = Without an order
delivery-date = Delivery date
delivery-loading-date = Loading date
delivery-checked = Checked
delivery-status-declared = Declared
delivery-status-received = Received
delivery-status-cancelled = Cancelled
complaints-title = Complaints
complaint-number = Complaint
complaint-delivery = Delivery
complaint-date = Date
complaint-description = Description
complaint-quality = Claimed for quality
complaint-missing = Claimed as missing
complaint-status-open = Open
complaint-status-answered = Answered
complaint-status-resolved = Resolved
complaint-status-rejected = Rejected
complaint-status-closed = Closed

## Audit log
audit-title = Audit log
audit-at = When (UTC)
audit-actor = Who
audit-action = What
audit-object = Object
audit-outcome = Outcome
audit-ip = Address
audit-detail = Detail

## Access links
nav-links = Links
links-title = Access links
links-new = New link
links-only-active = Only active links
links-back = Back to the links
link-new-title = New access link
link-party = Party
link-portal = Portal
link-portal-name = { $portal ->
    [supplier] Supplier portal
    [subcontractor] Subcontractor portal
   *[customer] Customer portal
    }
link-object = Only this object
link-object-hint = Empty for everything of the party in this portal, or order:NUMBER or complaint:NUMBER.
link-object-invalid = Write the object as order:NUMBER or complaint:NUMBER.
link-object-unknown = There is no such order or complaint.
link-object-other-party = This object belongs to another party.
link-state = State
link-state-name = { $state ->
    [active] Active
    [expired] Expired
    [revoked] Revoked
   *[party_inactive] Party inactive
    }
link-expires = Valid until
link-last-use = Last opened
link-never-used = Not opened yet
link-revoke = Revoke
link-scope = What the link opens
link-days = Valid for (days)
link-days-invalid = Enter a number of days from 1 to 365.
link-actions = What the partner may do
link-action-name = { $action ->
    [order-view] See the order
    [order-confirm] Confirm or propose the delivery date
    [delivery-declare] Declare deliveries
    [complaint-view] See complaints
    [requisition-file] Request materials or services
    [delivery-import] Import deliveries from a file
    [invoice-issue] Issue invoices for completed work
    [item-propose] Propose new items
    [work_order-register] Register work orders
    [inspection-perform] Fill inspections and confirm work
    [loto-view] Read LOTO procedures
    [permit-accept] Accept and close work permits
   *[complaint-answer] Answer complaints
    }
link-actions-hint = The link can do only what is ticked here, and only what its portal allows.
link-actions-required = Tick at least one action.
link-action-not-in-portal = One of the ticked actions is not available in this portal.
link-party-required = Choose a party.
link-options = Options
link-require-code = Ask for a one-time code sent by email on first use
link-note = Note (for staff only)
link-issue = Issue the link
link-issued-title = Link issued
link-issued-once = Copy the link now: it is shown only once. Tessera keeps only a fingerprint of it.
link-url = Link
link-invalid-title = This link does not work
link-invalid = The link is incomplete or mistyped. Open it again from the email you received, or ask the person who sent it for a new one.
link-revoked-title = This link is no longer valid
link-revoked = The link was withdrawn. Ask the person who sent it for a new one.
link-expired-title = This link has expired
link-expired = The link is no longer valid. You can ask for a fresh one: it will be sent to the email address we have on record for your company.
link-refresh-submit = Send me a fresh link
link-refresh-hint = For your security, a new link is never sent to an address typed in here.
link-too-many-title = Too many attempts
link-too-many = Too many links that do not work were opened from your address. Wait 15 minutes and try again.

## Portal
portal-title = Portal of { $party }
portal-nav-home = Start
portal-leave = Leave
portal-valid-until = Your access is valid until { $at }.
error-link-needed-title = Open your link
error-link-needed = This part is reached through the link you were sent. Open it again from your email; if it no longer works, ask the sender for a new one.
link-refresh-sent-title = Request received
link-refresh-sent = If this link is known to us, a fresh one is on its way to the email address we have on record for your company. Check your inbox in a few minutes.
portal-you-may = With this link you can
audit-export = Export as CSV
audit-who-or-what = Actor or object

## Delivery dates
order-confirmed-date = Confirmed delivery
order-not-confirmed = Not confirmed yet
portal-date-title = Delivery date
portal-date-confirm = Confirm delivery on { $date }
portal-date-propose-label = Or propose another date
portal-date-comment = Comment for the buyer
portal-date-propose = Propose this date
portal-date-thanks = Thank you, your answer was sent to the buyer.
portal-date-stale = Someone already answered for this order (perhaps in another window). This is how it stands now.
date-rule-not-open = This order is not waiting for a date answer.
date-rule-nothing-to-confirm = The order has no requested date: propose one.
date-rule-in-the-past = The date lies in the past. Choose today or a later day.
date-rule-no-proposal = There is no proposal waiting for a decision.
date-rule-already-confirmed = A date is already confirmed. To change it, propose another date: the buyer decides.
order-proposal-title = The supplier proposes delivery on { $date }
order-proposal-reason = Reason
order-proposal-accept = Accept the date
order-proposal-reject = Reject
date-history = Date answers
date-answer-kind = { $kind ->
    [confirm] Confirmed
   *[propose] Proposed
    }
date-answer-status = { $status ->
    [accepted] accepted
    [pending] waiting for the buyer
    [rejected] rejected
   *[superseded] replaced by a newer one
    }
link-send-email = Email the link to the party's address on record
link-emailed-to = The link was emailed to { $to }.
link-no-address = The party has no email address on record: add one, or copy the link instead.
portal-code-title = Enter your code
portal-code-intro = We have sent a six-digit code to the email address we have on record for your company. Enter it to continue.
portal-code-label = Code
portal-code-submit = Continue
portal-code-wrong = The code is wrong. { $left } more attempts.
link-code-no-address-title = We cannot send you a code
link-code-no-address = There is no email address on record for your company. Ask the person who sent the link.
link-code-ended-title = The code has ended
link-code-ended = Too many wrong codes, or the code is older than 10 minutes. Open the link from your email again to get a new code.
order-send = Send to the supplier
order-sent-notice = The order was sent: the supplier gets an email with a link to it.

## Deliveries: declared by the supplier, received by the warehouse
portal-declare-delivery = Declare a delivery
portal-delivery-thanks = Thank you, the delivery was declared. The warehouse will check it on arrival.
delivery-declare-title = Declare a delivery for order { $number }
delivery-header = Delivery note
delivery-note-number = Delivery note number
delivery-arrival-date = Expected arrival
delivery-lines = What comes with this delivery
delivery-lines-hint = Each line starts with what is still open. Change the quantities for a partial delivery; leave a line empty or 0 if it is not in this delivery. To deliver more than is open, say why.
delivery-ordered = Ordered
delivery-so-far = Declared so far
delivery-open = Open
delivery-this = This delivery
delivery-over-reason = Reason for more than open
delivery-qty-label = Quantity of { $item } in this delivery
delivery-reason-label = Reason for delivering more of { $item }
delivery-declare-submit = Declare the delivery
delivery-rule-order-not-open = This order no longer takes deliveries (it is delivered, closed or cancelled).
delivery-rule-nothing = Enter a quantity on at least one line.
delivery-rule-arrival-past = The expected arrival cannot be in the past.
delivery-rule-loading-after-arrival = The loading date cannot be after the expected arrival.
delivery-rule-over-needs-reason = More than is still open on this line. Enter a reason to deliver more, or lower the quantity.
delivery-number-taken = You have already declared a delivery with this delivery note number.
delivery-stale = The order changed while you were filling in the form (another delivery or answer was saved). The open quantities below are up to date: check your figures and declare again.
delivery-declared = Declared
delivery-declared-at = Declared on
delivery-received-at = Received on
delivery-not-checked = not yet checked
delivery-over-note = More than open: { $reason }
delivery-receive-title = Record what arrived
delivery-receive-hint = Enter the quantity counted for each line. It starts with what the supplier declared.
delivery-checked-label = Quantity of { $item } counted
delivery-receive-submit = Record the receipt
delivery-received-notice = The receipt was recorded. The supplier sees the checked quantities, and the order's status was updated.
delivery-not-declared = This delivery was already received or cancelled.
delivery-changed-meanwhile = Someone recorded this delivery while you were counting. Check the figures below.
delivery-form-title = Or fill in the delivery
delivery-file-title = Upload a delivery file
delivery-file-hint = A CSV file in the delivery format (delivery number, dates, order number, one row per item) or a delivery XML (Tessera's or UBL DespatchAdvice). You will see every problem before anything is saved.
delivery-file-label = Delivery file (CSV or XML)
delivery-file-check = Check the file
delivery-file-choose = Choose a file to upload.
delivery-file-again = Upload a corrected file
delivery-file-other-order = This file is for order { $file }, but this page is for order { $order }.
delivery-file-other-account = This file names the account { $account }, which is not yours.
delivery-file-unknown-item = The order has no line with the item { $item }.
delivery-file-several = The file holds more than one delivery; upload one delivery per file.
delivery-file-no-order = The file names no order; it is read as a delivery for order { $order }.
delivery-file-unit-differs = The unit { $file } differs from the order's unit { $order }.
delivery-file-checked-ignored = CHECKED_COUNT is filled in by the warehouse on arrival; the value in the file is ignored.
delivery-file-over = Some lines are more than what is still open: give a reason for each below.
delivery-preview-title = Check the delivery file for order { $number }
delivery-preview-has-errors = { $count ->
    [one] The file has one error. Nothing was saved: correct the file and upload it again.
   *[other] The file has { $count } errors. Nothing was saved: correct the file and upload it again.
}
delivery-preview-ok = The file has no errors. Check the lines below and confirm to declare the delivery.
delivery-preview-warnings = { $count ->
    [one] One warning.
   *[other] { $count } warnings.
}
delivery-preview-problems = Problems by line
delivery-preview-lines = What the file declares
delivery-preview-confirm-hint = Nothing has been saved yet.
delivery-preview-confirm = Confirm and declare the delivery
preview-line = Line
preview-column = Column
preview-value = Value
preview-message = Problem
preview-error = Error
preview-warning = Warning
order-close = Close the order
order-cancel = Cancel the order
order-end-has-deliveries = Deliveries were declared or received for this order, so it cannot be cancelled. Close it once the warehouse has received them.
order-end-nothing-delivered = Nothing has been delivered yet, so there is nothing to close. Cancel the order instead.
order-end-awaits-receipt = A declared delivery still waits for the warehouse. Record its receipt first.
order-end-ended = This order is already closed or cancelled.

## Supplier scorecard
scorecard-title = Delivery scorecard
scorecard-portal-hint = How your deliveries to us went, from the receipts our warehouse recorded.
scorecard-on-time = On time
scorecard-accuracy = Quantities as declared
scorecard-complaints = Deliveries with a complaint
scorecard-response = Answer to a new order
scorecard-of = { $part } of { $whole } deliveries
scorecard-lines-of = { $part } of { $whole } lines
scorecard-hours = { $count ->
    [one] { $count } hour on average
   *[other] { $count } hours on average
}
scorecard-unanswered = { $count ->
    [0] every sent order answered
    [one] one sent order not yet answered
   *[other] { $count } sent orders not yet answered
}
scorecard-chart-title = Deliveries on time, by month
scorecard-chart-desc = Share of received deliveries that arrived by their confirmed date, for each of the last twelve months; the table below has the same figures.
scorecard-table = The figures as a table
scorecard-month = Month
scorecard-deliveries = Deliveries
portal-home = Start
portal-scorecard-link = Your delivery scorecard
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
## Complaints and uploads (the complaints developer)
error-too-large-title = The file is too large
error-too-large = A file may weigh at most 10 MB, and one form may carry at most 5 files. Nothing was saved. Go back and choose smaller files.
upload-label = Photos or PDF documents
upload-hint = PDF, PNG, JPEG, GIF or WebP; at most 10 MB a file, 5 files at once.
upload-too-many = At most { $max } files at once.
upload-type-refused = “{ $name }” is not a PDF or an image (judged by its content, not its name). Nothing was saved.
upload-empty = “{ $name }” is empty (0 bytes). Choose the file again; nothing was saved.
upload-size-kb = { $kb } KB
complaint-title = Complaint { $number }
complaint-new-title = Complaint on delivery { $number }
complaint-raise = Raise a complaint
complaint-header = Complaint
complaint-number-hint = Leave empty for the next number ({ $number }).
complaint-number-taken = This complaint number is already used.
complaint-lines = Claimed lines
complaint-lines-hint = Tick each line you complain about and give the quantity claimed for quality, the quantity missing, or both.
complaint-no-lines = Choose at least one line of the delivery.
complaint-not-received = Only a received delivery can be complained about.
complaint-claim-nothing = Claim a quantity for quality or as missing (more than zero).
complaint-claim-more-than-delivered = Together, more than this line delivered.
complaint-claim-more-than-checked = More claimed for quality than was found on checking.
complaint-raised-notice = The complaint was raised: the supplier gets an email with a link to it.
complaint-send-link = Email the supplier a link to this complaint
complaint-link-sent = The supplier was emailed a link to this complaint.
complaint-answer = Answer
complaint-answer-none = Not answered yet
complaint-answer-kind = { $kind ->
    [accept] Accepted
    [reject] Rejected
    [replace] Replacement
   *[credit] Credit
    }
complaint-answer-reason = Reason (when rejecting)
complaint-answer-value = Quantity to replace or amount to credit
complaint-answer-waiting = Waiting for the supplier
complaint-answer-hint = Answer each line: accept, reject with a reason, propose a replacement (quantity) or a credit (amount). Lines left unanswered keep their answer.
complaint-answer-send = Send the answers
complaint-answer-reason-required = Give the reason for rejecting.
complaint-answer-nothing = Answer at least one line.
complaint-answer-thanks = Thank you: your answers were saved.
complaint-changed-meanwhile = Someone answered or decided on this complaint in the meantime (perhaps in another tab). Here is how it stands now; nothing of yours was saved.
complaint-rule-not-open = The complaint has been decided: answers are no longer taken.
complaint-rule-closed = The complaint is closed.
complaint-rule-wrong-step = This step is not possible in the complaint's present status.
complaint-thread = Thread
complaint-side = { $side ->
    [staff] our staff
   *[supplier] supplier
    }
complaint-message-kind = { $kind ->
    [raised] raised the complaint
    [comment] comment
    [answer] answers
   *[decision] decision
    }
complaint-comment = Comment
complaint-comment-title = Add a comment or files
complaint-comment-send = Add to the thread
complaint-comment-empty = Write a comment or choose a file.
complaint-decide-title = Decide
complaint-decision-comment = Comment for the supplier
complaint-decision-comment-required = Say why: the supplier reads it.
complaint-resolve = Resolve
complaint-reject = Reject the complaint
complaint-close = Close
## Export and import (documents in their seed formats, downloads)
exchange-kind = { $kind ->
    [order] order
    [delivery] delivery
   *[complaint] complaint
    }
exchange-line = line { $line }
export-not-found = There is no { $kind } with the number { $number }.
export-ambiguous = Several suppliers have a delivery numbered { $number }: name the supplier with --party CODE.
import-created = Created { $kind } { $number } for { $party } with { $lines } lines.
import-nothing-imported = Nothing was imported ({ $count } errors). Correct the file and import it again.
import-problem-no-party = The document names no party: ACCOUNT is empty.
import-problem-unknown-party = No party has this code.
import-problem-not-a-supplier = This party is not a supplier.
import-problem-unknown-item = No item has this ordering number.
import-problem-unknown-work-order = There is no work order of this name on a contract with this number.
import-problem-number-taken = This number is already used by another document.
import-problem-bad-number = This is not a valid document number (at most 64 characters on one line).
import-problem-not-positive = The quantity must be more than zero.
import-problem-negative = The number cannot be negative.
import-problem-too-many-lines = An order can have at most { $max } lines.
import-problem-no-delivery = The complaint names no delivery: DELIVERY_NUMBER is empty.
import-problem-unknown-delivery = This supplier has no delivery with this number.
import-problem-not-on-delivery = This item is not on the delivery.
import-problem-claim-too-large = The quantities claimed for quality and as missing add up to more than the line's quantity.
download-title = Downloads
download-csv = Download order.csv
download-pdf = Download PDF
export-title = Export
export-lang = Language of the file
export-csv = Export CSV
pdf-title = Purchase order { $number }
pdf-buyer = Buyer
pdf-supplier = Supplier
pdf-code = Code { $code }
pdf-generated = Generated by Tessera on { $date }
pdf-page = Page { $page } of { $pages }
import-problem-unknown-order = This supplier has no order with this number.
import-problem-not-on-order = This item is not on the order.
## Browser journey, steps 4–6 (the e2e developer): labels that tell one field from another
complaint-number-label = Complaint number
complaint-answer-line = Answer for line { $position } ({ $item })
complaint-answer-comment = Comment with your answers
complaint-thread-files = Photos or PDF documents for the thread
import-page-title = Import an order file
import-page-hint = An order.csv in the main system's order format, one order per file (or several in one). Every order is created as a draft, or nothing is created when any line has a problem.
import-page-label = Order file (CSV)
import-page-submit = Import
import-page-result-title = The order file was not imported
import-page-has-errors = { $count ->
    [one] One problem, by line below. Nothing was created: correct the file and import it again.
   *[other] { $count } problems, by line below. Nothing was created: correct the file and import it again.
}
percent = { $value }%
## Choosing a password (contacts, issue #6)
password-too-short = The password is too short: use at least 12 characters. A few unrelated words make a good one.
password-too-long = The password is too long: use at most 256 characters.
password-common = This password is too easy to guess: it is a commonly used one, a keyboard pattern or a run of characters. Choose another, for example a few unrelated words.
password-personal = The password must not contain your name or your email address. Choose another.

## Contacts of customer organisations: sides, roles, rules of a change request (issue #6)
contact-side-customer = Customer
contact-side-purchaser = Purchaser
contact-role-management = Management
contact-role-management-about = Manages the organisation's contacts and reads its orders, documents and invoices.
contact-role-customer-admin = Customer Admin
contact-role-customer-admin-about = Manages the contacts of the organisation and of its purchaser, and their roles.
contact-role-ordering = Ordering
contact-role-ordering-about = Places orders and follows their status, delivery notes and tracking.
contact-role-stock-query = Stock Query
contact-role-stock-query-about = Asks for stock and availability of items.
contact-role-documents = Documents
contact-role-documents-about = Reads and uploads documents and installation instructions.
contact-role-service-requests = Service Requests
contact-role-service-requests-about = Registers service requests and defects and follows the work on them.
contact-role-purchaser-admin = Purchaser Admin
contact-role-purchaser-admin-about = Manages the purchaser organisation's contacts and their roles.
contact-role-invoices = Invoices
contact-role-invoices-about = Reads invoices.
contact-rule-name-missing = Enter the person's name.
contact-rule-too-long = This is too long, or contains characters that cannot be used here.
contact-rule-email-invalid = Enter a valid email address, like name@example.com.
contact-rule-email-taken = This email address is already used by another contact.
contact-rule-phone-invalid = Enter a phone number with digits, spaces and + - ( ) / . only.
contact-rule-language-unknown = Choose English, Polish or German.
contact-rule-no-role = Give the contact at least one role, or mark them for removal.
contact-rule-role-not-for-side = This role is not available for contacts of this organisation.
contact-rule-no-purchaser = Your organisation has no purchaser organisation, so no purchaser contact can be added.
contact-rule-last-admin = The organisation would be left without an admin: keep at least one contact who manages contacts.
contact-rule-not-yours = You can only change contacts of your own organisation.
contact-rule-unknown-contact = This contact is no longer in the portal. Reload the page.
contact-rule-nothing-changed = Nothing was changed, so there is nothing to request.

## Contacts Manager of the customer portal (issue #6)
contacts-title = Contacts Manager
contacts-intro = The contacts of { $organisation } and of its purchaser organisation, with their roles in the portal. Changes are sent as one request and take effect once approved.
contacts-list-title = Contacts
contacts-read-only = read-only: managed by the customer's admins
contacts-marked-remove = marked for removal
contacts-roles-none = No role
contacts-details-link = Open this contact's page
contacts-add-title = Add contact
contacts-add-hint = Enter the person's details, choose their organisation and at least one role. Leave a block empty to add no one.
contacts-new-contact = New contact
contacts-organisation = Organisation
contacts-side-option = { $side }: { $organisation }
contacts-roles = Roles
contacts-roles-for = Roles for { $organisation }
contacts-roles-note = (for contacts of this organisation)
contacts-name = Name
contacts-email = Email
contacts-phone = Phone
contacts-position = Position
contacts-language = Language
contacts-remove = Remove from the portal
contacts-add-another = Add another contact
contacts-request = Request changes
contacts-conflict = Another request for your organisation is already waiting: see it or comment on it. Nothing of this form was sent; your changes are still below.
contacts-conflict-link = See the waiting request
contacts-filed = Your request #{ $number } has been sent. You will get an email confirming it, and another once it is decided.
contacts-commented = Your comment was added.
contacts-cancelled = Request #{ $number } was cancelled. You can make a new one below.
contacts-request-closed = This request has already been decided or cancelled, so nothing was changed in it.
contacts-comment-empty = Write a comment.
contacts-comment-too-long = The comment is too long: at most 4000 characters.
contacts-pending-title = Change request #{ $number } is waiting for approval
contacts-pending-by = Requested on { $at } by { $name }.
contacts-pending-intro = Until it is decided, the contacts are shown read-only: as they are now and as requested.
contacts-col-contact = Contact
contacts-col-now = Now
contacts-col-requested = Requested
contacts-kind-new = New contact
contacts-kind-removed = To be removed
contacts-kind-changed = Changed
contacts-kind-unchanged = Unchanged
contacts-mark-added = added
contacts-mark-removed = removed
contacts-mark-kept = kept
contacts-mark-changed = changed
contacts-renamed = { $before } → { $after }
contacts-not-yet = Not in the portal yet
contacts-removed-requested = Removed from the portal
contacts-thread = Comments
contacts-thread-empty = No comments yet.
contacts-author = { $kind ->
    [staff] our staff
   *[other] your organisation
}
contacts-comment-title = Add a comment
contacts-comment = Your comment
contacts-comment-send = Add comment
contacts-cancel = Cancel request
contacts-cancel-hint = Cancelling withdraws the whole request; you can then make a new one.
contacts-line-add = Add { $name } ({ $roles })
contacts-line-remove = Remove { $name }
contacts-line-roles = Change roles of { $name }: { $roles }
contacts-line-details = Change the details of { $name }
contacts-back = Back to the Contacts Manager
## Contacts' accounts in the customer portal (issue #6)
account-email = Email
account-password = Password
account-login-title = Sign in to the customer portal
account-login-submit = Sign in
account-login-link = Email me a sign-in link
account-forgot-link = Forgot your password?
account-welcome-title = Welcome, { $name }
account-welcome-intro = Choose a password to activate your account for { $organisation }. You will sign in with your email address, { $email }, and this password.
account-reset-title = Choose a new password
account-reset-intro = Choose a new password for { $email }. When it is saved, you are signed out on every other device.
account-sign-in-title = Sign in with your link
account-sign-in-intro = This link signs you in once. Press the button to continue.
account-sign-in-as = Sign in as { $email }
account-new-password = New password
account-repeat-password = Repeat the password
account-password-rules = At least 12 characters. There are no rules about digits, capitals or symbols: a few unrelated words make a good password. It must not be a commonly used password or contain your name or email address.
account-repeat-mismatch = The two passwords are not the same. Type the same password in both fields.
account-activate-submit = Activate my account
account-reset-submit = Save the new password
account-token-unknown-title = This link does not work
account-token-unknown = This link is not known, or it was copied incompletely, or the page was open for too long. Open the link from your email again, or ask for a new one below.
account-token-used-title = This link has already been used
account-token-used = Each link works only once, and this one has been used. If you have already chosen your password, sign in with it. Otherwise ask for a new link below.
account-token-expired-title = This link has expired
account-token-expired = This link is no longer valid. Ask for a new one below and we will email it to you.
account-new-link-hint = Enter your email address: if it is on record, we email you a new link.
account-new-link-submit = Email me a new link
account-to-login = Go to the sign-in page
account-ask-link-title = Sign in with an emailed link
account-ask-link-intro = Enter your email address and we will send you a link that signs you in once, without your password. It works for 15 minutes.
account-ask-link-submit = Email me a sign-in link
account-forgot-title = Forgot your password?
account-forgot-intro = Enter your email address and we will send you a link to choose a new password. It works for one hour; your current password stays valid until then.
account-forgot-submit = Email me a link
account-link-sent-title = Check your email
account-link-sent = If the address is on record, a link is on its way. It can take a few minutes; look in your spam folder too. If your account has not been activated yet, you will receive a new welcome email instead.
account-link-too-many = Too many links were asked for. Wait 15 minutes and try again.
customer-home-title = Customer portal
customer-home-organisation = Your organisation: { $organisation }
customer-home-purchaser-for = Purchasing on behalf of { $customer }
customer-home-roles = Your roles
customer-home-you-may = What your roles let you do
customer-home-contacts = Contacts and roles
customer-home-contacts-about = See your organisation's contacts and their roles, and request changes.
customer-home-orders = Orders
customer-home-order-view = See your organisation's orders and follow their status.
customer-home-order-place = Place orders.
customer-home-stock = Stock
customer-home-stock-view = Ask for stock and availability of items.
customer-home-documents = Documents
customer-home-document-view = Read documents and installation instructions.
customer-home-document-upload = Upload documents.
customer-home-service = Service requests
customer-home-service-view = Follow your service requests and defect reports.
customer-home-service-create = Register service requests and defects.
customer-home-invoices = Invoices
customer-home-invoice-view = Read your organisation's invoices.
customer-home-coming = The pages for this are being prepared and will appear here.
customer-home-no-roles-title = No access yet
customer-home-no-roles = Your account has no roles in the portal. Ask your organisation's admin.
customer-home-nav-home = Portal home
customer-home-nav-contacts = Contacts and roles
## Contacts, the back office's side: change requests, a customer's purchaser and contacts (issue #6)
nav-contact-requests = Contact requests
contact-requests-title = Contact change requests
contact-requests-hint = Pending requests come first. Approving applies every change of a request at once.
contact-requests-status = Status
contact-requests-status-all = All
contact-requests-status-pending = Pending
contact-requests-status-approved = Approved
contact-requests-status-rejected = Rejected
contact-requests-status-cancelled = Cancelled
contact-requests-number = Request
contact-requests-customer = Customer
contact-requests-requester = Requested by
contact-requests-changes = Changes
contact-requests-filed = Filed
contact-requests-decided = Decided
contact-requests-reason = Reason
contact-requests-show-title = Contact change request #{ $number }
contact-requests-change-add = Add
contact-requests-change-update = Change
contact-requests-change-remove = Remove
contact-requests-field = Detail
contact-requests-before = Now
contact-requests-after = Requested
contact-requests-thread = Messages
contact-requests-author-staff = staff
contact-requests-author-contact = customer
contact-requests-comment-title = Ask or comment
contact-requests-comment = Message to the requester
contact-requests-comment-hint = The requester is emailed your message and can answer in the portal.
contact-requests-comment-send = Send message
contact-requests-decide-title = Decide
contact-requests-approve-hint = Applies all changes in one go: roles changed, contacts removed, new contacts created and sent their welcome email.
contact-requests-approve = Approve and apply
contact-requests-reason-hint = The requester is emailed the reason.
contact-requests-reject = Reject
contact-requests-back = All contact change requests
contact-requests-done-comment = Your message was sent to the requester.
contact-requests-done-approve = The request was approved and applied. New contacts were sent their welcome email.
contact-requests-done-reject = The request was rejected and the requester was told why.
contact-requests-not-pending = This request is no longer pending: it was decided or cancelled meanwhile.
contact-requests-contact-gone = { $name } was removed from the portal meanwhile; nothing of this request was applied. Reject it and ask for a new one.
contact-requests-email-taken = The email address { $email } belongs to another account now; nothing of this request was applied. Reject it and ask for a new one.
contact-requests-text-missing = Write a message.
contact-requests-text-too-long = This is too long: at most 4000 characters.
contact-requests-reason-missing = Give the reason for rejecting the request.
party-contacts-title = Contacts in the customer portal
party-contacts-purchaser = Purchaser organisation
party-contacts-purchaser-none = None
party-contacts-purchaser-choose = Purchaser organisation buying for this customer
party-contacts-purchaser-save = Save purchaser
party-contacts-purchaser-unknown = Choose a party from the list.
party-contacts-purchaser-has-contacts = The purchaser organisation still has contacts in the portal. Remove them first.
party-contacts-purchaser-saved = The purchaser organisation was saved.
party-contacts-list = Contacts
party-contacts-none = No contacts yet. Add the customer's first admin below.
party-contacts-name = Name
party-contacts-side = Organisation
party-contacts-email = Email
party-contacts-phone = Phone
party-contacts-position = Position
party-contacts-language = Language
party-contacts-roles = Roles
party-contacts-account = Account
party-contacts-activated = Activated
party-contacts-invited = Invitation sent
party-contacts-requests = Change requests
party-contacts-all-requests = All requests of this customer
party-contacts-add-title = Add a contact
party-contacts-add-hint = The contact is sent a welcome email with a link to activate the account. Use this for the people the customer named, such as its first admin; later changes come as requests.
party-contacts-add = Add contact and send welcome email
party-contacts-added = The contact was added and sent the welcome email.
party-contacts-no-purchaser = This customer has no purchaser organisation. Name one first.
party-contacts-side-missing = Choose the organisation the contact belongs to.
party-contacts-no-role = Choose at least one role.
party-contacts-remove = Remove
party-contacts-remove-who = Remove { $name } from the portal
party-contacts-removed = The contact was removed from the portal: their sessions and links no longer work.
