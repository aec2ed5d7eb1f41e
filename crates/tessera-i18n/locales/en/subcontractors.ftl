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
