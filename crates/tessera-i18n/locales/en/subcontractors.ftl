# The subcontractor portal (issue #8).
party-sub-actions-title = Subcontractor portal
party-sub-actions-about = What this subcontractor's links may do. A link carries at most what is ticked here; a change applies at once to every live link ({ $links ->
    [0] none now
    [one] one now
   *[other] { $links } now
    }).
party-sub-actions-legend = Allowed actions
party-sub-actions-save = Save the allowed actions
party-sub-actions-new-link = Send this subcontractor a link
party-sub-actions-saved = The allowed actions were saved; live links follow them from now on.
party-sub-actions-unknown = “{ $name }” is not an action of the subcontractor portal.
party-sub-actions-not-subcontractor = This party is not a subcontractor.
sub-action-name = { $action ->
    [requisitions] Requisitions
    [deliveries] Deliveries
    [delivery_import] Delivery import
    [invoices] Invoices
    [new_items] New items
    [work_orders] Work orders
    [inspections] Inspections
    [loto] LOTO procedures
   *[work_permits] Work permits
    }
sub-action-about = { $action ->
    [requisitions] Request materials or services, and follow the request.
    [deliveries] Declare deliveries, with or without an order in the system.
    [delivery_import] Import a delivery from a CSV or XML file, the formwork and small-appliance files included.
    [invoices] Issue invoices for completed work.
    [new_items] Propose item types the catalogue lacks; staff approve them.
    [work_orders] Register work orders for a site or an asset.
    [inspections] Fill a work order's checklist and confirm the work as done.
    [loto] Read the lockout/tagout procedures of the assets in its work orders.
   *[work_permits] Accept and close permits to work.
    }
link-action-not-allowed = This subcontractor is not allowed: { $actions }. Allow it on the party's page first.
delivery-serials = Serial numbers: { $serials }
portal-back = Back to the portal
free-delivery-new = Declare a delivery without an order
free-delivery-title = A delivery without an order
free-delivery-about = For goods delivered without an order in the system: name each article by its ordering number in the catalogue. The warehouse records what arrived.
free-delivery-date = Delivery date
free-delivery-cost-centre = Cost centre (contract · construction)
free-delivery-lines-hint = One row per article; empty rows are left out. Serial numbers are separated by | or commas.
free-delivery-quantity = Quantity
free-delivery-serials = Serial numbers
free-delivery-row = Row { $row }
free-delivery-submit = Declare the delivery
free-delivery-declared = Delivery { $number } was declared. The warehouse records what arrives.
free-delivery-no-lines = Enter at least one article.
free-delivery-too-many-lines = At most 500 lines in one delivery.
free-delivery-loading-after = The loading date cannot be after the delivery date.
free-delivery-too-far = The delivery date is more than a year ahead.
free-delivery-serials-more = More serial numbers than pieces.
free-delivery-serials-bad = A serial number is given twice or is longer than 60 characters.
free-delivery-unknown-article = The catalogue has no article { $article }.
free-import-heading = Import a delivery file
free-import-about = A delivery note from your system fills the form below: the delivery CSV or XML, a formwork file (ISO-8859-2) or a small-appliance file. Nothing is declared until you check the form and send it.
free-import-file = Delivery file
free-import-format = Format
free-import-format-auto = Recognise from the file
free-import-format-delivery = Delivery (CSV)
free-import-format-xml = Delivery (XML)
free-import-format-formwork = Formwork
free-import-format-small-appliances = Small appliances
free-import-submit = Read the file
free-import-refused = { $file } was not read into the form:
free-import-error-count = { $count ->
    [one] one error, listed below. Correct the file and upload it again.
   *[other] { $count } errors, listed below. Correct the file and upload it again.
    }
free-import-read = { $file } was read into the form below. Check it, then declare the delivery.
free-import-names-order = This file is for order { $order }: upload it on that order's page in the portal.
free-import-half-cost-centre = Give both the contract and the construction, or neither.
free-import-other-account = This file names another supplier account.
free-import-unknown-cost-centre = No cost centre has contract { $contract } and construction { $construction }.
form-optional = (optional)
proposal-portal-title = New item types
proposal-portal-about = Propose an item the catalogue does not have yet. It can be used once the company approves it.
proposal-new = Propose an item
proposal-name = Name
proposal-ordering-number = Ordering number
proposal-unit = Unit
proposal-manufacturer = Manufacturer
proposal-unit-price = Price per unit
proposal-note = Note
proposal-submit = Send the proposal
proposal-filed = Item { $number } was proposed. You will see here when it is decided.
proposal-already-pending = You already proposed an item with this ordering number; it waits for a decision.
proposal-yours = Your proposals
proposal-none = No proposals yet.
proposal-filed-at = Proposed
proposal-status = Status
proposal-party = Subcontractor
proposal-status-name = { $status ->
    [pending] Waiting for a decision
    [approved] Approved into the catalogue
    [merged] Merged with an existing item
   *[rejected] Rejected
    }
proposal-admin-title = Proposed items
proposal-admin-about = Items subcontractors proposed. Approve one into the catalogue (correcting its fields if needed), merge it with an item the catalogue has, or reject it with a reason the subcontractor will see.
proposal-pending = Waiting for a decision
proposal-none-pending = Nothing waits for a decision.
proposal-from = From { $party }
proposal-same-number = The catalogue already has an item with this ordering number: merge the proposal with it.
proposal-decide = Decide
proposal-approve-heading = Approve into the catalogue
proposal-approve = Approve
proposal-merge-heading = Merge with an existing item
proposal-merge-number = Ordering number of the existing item
proposal-merge = Merge
proposal-reject-heading = Reject
proposal-reason = Reason (the subcontractor sees it)
proposal-reject = Reject
proposal-reason-required = Say why the proposal is rejected.
proposal-number-taken = The catalogue already has an item with this ordering number: merge with it, or change the number.
proposal-decided-approved = The item was added to the catalogue.
proposal-decided-merged = The proposal was merged with the existing item.
proposal-decided-rejected = The proposal was rejected.
proposal-already-decided = That proposal was already decided.
proposal-decided = Decided
proposal-open-item = Open the item
work-orders-title = Work orders
work-orders-about = Work given to subcontractors on a site or an asset, with the checklist they fill when the work is done.
work-orders-portal-title = Your work orders
work-order-title = Work order { $number }
work-order-number = Work order number
work-order-party = Subcontractor
work-order-contract = Contract
work-order-site = Site
work-order-asset = Asset
work-order-due = Due
work-order-status = Status
work-order-description = What is to be done
work-order-checklist = Checklist
work-order-checklist-hint = One item per line. A measurement: label | unit | min..max, for example "Insulation resistance | MΩ | 1..".
work-order-checklist-example = Guards and covers refitted
    Insulation resistance | MΩ | 1..
    Area left clean
work-order-register = Register a work order
work-order-register-submit = Register the work order
work-order-status-name = { $status ->
    [open] Open
    [submitted] Done, waiting for acceptance
    [accepted] Accepted
   *[cancelled] Cancelled
    }
work-order-checklist-empty = Give at least one checklist item.
work-order-checklist-too-many = At most 100 checklist items.
work-order-checklist-label-required = Line { $line } of the checklist has no label.
work-order-checklist-line-bad = Line { $line } of the checklist is too long or has too many parts (label | unit | min..max).
work-order-checklist-range = Line { $line } of the checklist: the range is not "min..max" with min not above max.
work-order-checklist-duplicate = Line { $line } of the checklist repeats an item.
work-order-due-past = The due date is in the past.
work-order-number-taken = The contract already has a work order with this number.
work-order-send-link = Send a link for this work order
work-order-review = The work is confirmed as done
work-order-accept = Accept the work
work-order-send-back-reason = Reason for sending it back (the subcontractor sees it)
work-order-send-back = Send it back
work-order-reason-required = Say why the work is sent back.
work-order-not-submitted = The work has not been confirmed as done yet.
work-order-already-closed = This work order is closed.
work-order-done-accepted = The work was accepted and the work order closed; its one-off links ended with it.
work-order-done-sent_back = The inspection was sent back to the subcontractor.
work-order-done-cancelled = The work order was cancelled; its one-off links ended with it.
work-order-cancel = Cancel the work order
work-order-inspections = Inspections
work-order-no-inspection = No inspection yet.
work-order-last-inspection = Last inspection
inspection-fill = Fill the checklist
inspection-item = Item
inspection-result = Result
inspection-value = Measured value
inspection-comment = Comment
inspection-result-name = { $result ->
    [pass] Pass
    [fail] Fail
    [na] Not applicable
   *[other] Not answered
    }
inspection-status-name = { $status ->
    [submitted] Waiting for acceptance
    [accepted] Accepted
   *[sent_back] Sent back
    }
inspection-by = Confirmed by { $name }, { $at }
inspection-sent-back-because = Sent back: { $reason }
inspection-photos = Photos
inspection-photos-images = Photos must be pictures (PNG, JPEG, GIF or WebP).
inspection-confirmed-by = Your name (confirms the work as done)
inspection-submit = Confirm the work as done
inspection-confirmed = Thank you: the work was confirmed as done. The company will accept it or send it back.
inspection-already-confirmed = This work was already confirmed as done; it waits for the company.
inspection-unanswered = Choose pass, fail or not applicable.
inspection-measurement-missing = Enter the measured value.
inspection-out-of-range = The value is outside the range: mark the item as failed.
inspection-comment-required = Say what failed in a comment.
inspection-name-required = Enter your name to confirm the work.
inspection-stale = The checklist changed while you filled it: fill it again.
inspection-has-errors = Some items need attention; they are marked below.
loto-open = Lockout/tagout procedure
nav-subcontracting = Subcontracting
permits-title = Permits to work
permits-about = Permits to work issued to subcontractors, each with its log: who issued, accepted and closed it, and when. The log only grows.
permits-portal-title = Permits to work
permits-portal-about = Accept a permit before the work starts, with the name of the person in charge, and close it when the work ends. A permit cannot be accepted after its window.
permit-issue = Issue a permit
permit-issue-submit = Issue the permit
permit-list = Permits
permit-party = Subcontractor
permit-kind = Type of work
permit-kind-name = { $kind ->
    [hot_work] Hot work
    [work_at_height] Work at height
    [confined_space] Confined space
    [electrical] Electrical work
    [excavation] Excavation
    [lifting] Lifting
   *[other] Other
    }
permit-status-name = { $status ->
    [issued] Issued, to be accepted
    [accepted] Accepted
    [closed] Closed
   *[cancelled] Cancelled
    }
permit-event-name = { $event ->
    [issued] issued by
    [accepted] accepted by
    [closed] closed by
   *[cancelled] cancelled by
    }
permit-site = Site
permit-valid-from = Valid from (UTC)
permit-valid-until = Valid until (UTC)
permit-window = Valid
permit-hazards = Hazards
permit-precautions = Precautions
permit-issued-by = Issued by
permit-log = Log
permit-closed-late = after the window
permit-accepted-by = Name of the person accepting the permit
permit-closed-by = Name of the person closing the permit
permit-accept = Accept the permit
permit-close = Close the permit: the work has ended
permit-cancel = Cancel the permit
permit-done-issued = The permit was issued. The subcontractor accepts it in the portal.
permit-done-cancelled = The permit was cancelled.
permit-done-accepted = The permit was accepted. Close it when the work ends.
permit-done-closed = The permit was closed.
permit-window-empty = The permit must end after it starts.
permit-window-too-long = A permit lasts at most 14 days; issue another for longer work.
permit-ends-in-past = The permit would end in the past.
permit-hazards-required = Name the hazards.
permit-precautions-required = Name the precautions.
permit-wrong-work-order = That work order is not this subcontractor's, or it is closed.
permit-expired = The permit's window has ended: it can no longer be accepted. Ask for a new permit.
permit-name-required = Enter the name of the person in charge.
permit-already-accepted = The permit was already accepted.
permit-not-accepted = Only an accepted permit can be closed.
permit-ended = The permit is closed or cancelled.
assets-title = Assets
assets-about = The machines and installations subcontractors work on, each with its lockout/tagout procedure.
asset-code = Asset code
asset-name = Name
asset-add = Add an asset
asset-add-submit = Add the asset
asset-code-taken = Another asset has this code.
asset-title = Asset { $code } · { $name }
loto-title = Lockout/tagout for work order { $number }
loto-version = version { $version }
loto-since = In force since { $at }
loto-energy = Energy sources
loto-energy-kind = { $kind ->
    [electrical] Electrical
    [mechanical] Mechanical
    [hydraulic] Hydraulic
    [pneumatic] Pneumatic
    [thermal] Thermal
    [chemical] Chemical
    [gravity] Gravity
   *[other] Other
    }
loto-isolation = Isolation points
loto-steps = Steps
loto-verification = Verification
loto-procedure-title = Title of the procedure
loto-energy-hint = One per line as kind: description, for example "electrical: 400 V main supply". Kinds:
loto-lines-hint = One per line, in order.
loto-write = Write the procedure
loto-change = Change the procedure
loto-edit-about = Saving a change makes a new version; the old ones are kept, and links always show the current one.
loto-save = Save the procedure
loto-saved = Saved as version { $version }.
loto-unchanged = Nothing changed: no new version.
loto-versions = Versions
loto-openings = Opened through links
loto-no-openings = Not opened through a link yet.
loto-by-link = link { $link }
loto-none = This asset has no lockout/tagout procedure yet. Do not start work that needs one: ask the company.
loto-warning = Follow every step, in order, before work starts. Each opening of this page is recorded.
loto-energy-required = Name at least one energy source.
loto-energy-bad = Line { $line }: write the kind, a colon and a description, with one of the kinds listed.
loto-isolation-required = Name at least one isolation point.
loto-steps-required = Give at least one step.
loto-verification-required = Say how isolation is verified.
requisitions-title = Requisitions
requisitions-about = Materials and services subcontractors request. Approve one, reject it with a reason, or turn it into a draft purchase order to a supplier (every line must name a catalogue item; prices are the catalogue's).
requisitions-portal-title = Requisitions
requisitions-portal-about = Request materials or services: name catalogue items by ordering number, or say in words what you need.
requisitions-yours = Your requisitions
requisition-new = Request materials or services
requisition-needed-by = Needed by
requisition-needed-by-date = Needed by { $date }
requisition-description = What is needed
requisition-lines-hint = One row per item or service; empty rows are left out. Give an ordering number, a description, or both.
requisition-submit = Send the requisition
requisition-filed = The requisition was sent. You will see here what is decided.
requisition-no-lines = Request at least one item or service.
requisition-too-many = At most 100 lines in one requisition.
requisition-needed-past = The date is in the past.
requisition-line-unnamed = Give an ordering number or say what is needed.
requisition-status-name = { $status ->
    [filed] Waiting for a decision
    [approved] Approved
    [rejected] Rejected
   *[ordered] Ordered
    }
requisition-ordered-as = purchase order { $number }
requisition-open-order = Open purchase order { $number }
requisition-approve = Approve
requisition-supplier = Supplier
requisition-order-number = Purchase order number
requisition-currency = Currency
requisition-order = Make a draft purchase order
requisition-order-fields = Choose a supplier, and give the purchase order's number and a three-letter currency.
requisition-free-text = A line names no catalogue item, so this requisition cannot become a purchase order: order it by hand, or reject it and ask for catalogue items.
requisition-number-taken = Another purchase order has this number.
requisition-decided = This requisition was already decided.
requisition-reason-required = Say why the requisition is rejected.
requisition-done-approved = The requisition was approved.
requisition-done-rejected = The requisition was rejected.
requisition-done-ordered = A draft purchase order was made from the requisition.
asset-customer = Customer
asset-own = Our own
asset-import-title = Import assets from a CSV file
asset-import-label = Assets file (CSV)
asset-import-hint = UTF-8 text with the header line { $header }, fields separated by ; or ,. The customer column gives the customer's code in the catalogue; leave it empty (or leave the column out) for our own asset. At most { $max } assets in one file; every line is imported, or none.
asset-import-submit = Import assets
asset-import-missing = Choose the CSV file to import.
asset-import-not-imported = Nothing was imported. Correct these lines and import the file again:
asset-import-conflict = Another asset was given one of these codes meanwhile. Nothing was imported: import the file again.
asset-imported = { $count ->
    [one] One asset imported.
   *[other] { $count } assets imported.
}
asset-csv-not-utf8 = The file is not UTF-8 text. Save it as UTF-8 CSV and try again.
asset-csv-empty = The file has no asset lines.
asset-csv-header = Line 1: the header must name the columns code, name and site, and may add customer; nothing else.
asset-csv-too-many = The file has more than { $max } asset lines: split it.
asset-csv-malformed = Line { $line }: the line cannot be read (check its quotes).
asset-csv-columns = Line { $line }: more fields than the header has columns.
asset-csv-code = { $reason ->
    [empty] Line { $line }: the asset code is missing.
    [long] Line { $line }: the asset code is longer than { $max } characters.
   *[control] Line { $line }: the asset code contains characters that are not allowed.
}
asset-csv-name = { $reason ->
    [empty] Line { $line }: the name is missing.
    [long] Line { $line }: the name is longer than { $max } characters.
   *[control] Line { $line }: the name contains characters that are not allowed.
}
asset-csv-site = { $reason ->
    [empty] Line { $line }: the site is missing.
    [long] Line { $line }: the site is longer than { $max } characters.
   *[control] Line { $line }: the site contains characters that are not allowed.
}
asset-csv-customer = { $reason ->
    [long] Line { $line }: the customer code is longer than { $max } characters.
   *[control] Line { $line }: the customer code contains characters that are not allowed.
}
asset-csv-duplicate = Line { $line }: asset code { $code } is on line { $first } already.
asset-csv-unknown-customer = Line { $line }: there is no customer with the code { $customer }.
asset-csv-code-taken = Line { $line }: another asset already has the code { $code }.
