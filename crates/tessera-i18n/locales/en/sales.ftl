# sales
mail-sales-subject = Your order { $number }: { $status }
mail-sales-status = Your order { $number } is now: { $status }.
mail-sales-reference = Your reference: { $reference }
mail-sales-delivery-note = Delivery note: { $number }
mail-sales-parcel = Parcel with { $carrier }: { $tracking }
mail-sales-why = You get this email because you asked to be told when this order changes.
mail-sales-action = Open the order
sales-status-received = Received
sales-status-confirmed = Confirmed
sales-status-in-production = In production
sales-status-shipped = Shipped
sales-status-delivered = Delivered
sales-status-cancelled = Cancelled
