# sales
mail-sales-subject = Ihr Auftrag { $number }: { $status }
mail-sales-status = Ihr Auftrag { $number } hat jetzt den Status: { $status }.
mail-sales-reference = Ihre Referenz: { $reference }
mail-sales-delivery-note = Lieferschein: { $number }
mail-sales-parcel = Paket mit { $carrier }: { $tracking }
mail-sales-why = Sie erhalten diese E-Mail, weil Sie bei Änderungen dieses Auftrags benachrichtigt werden möchten.
mail-sales-action = Auftrag öffnen
sales-status-received = Eingegangen
sales-status-confirmed = Bestätigt
sales-status-in-production = In Produktion
sales-status-shipped = Versandt
sales-status-delivered = Zugestellt
sales-status-cancelled = Storniert
