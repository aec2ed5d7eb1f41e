# sales
mail-sales-subject = Twoje zamówienie { $number }: { $status }
mail-sales-status = Twoje zamówienie { $number } ma teraz status: { $status }.
mail-sales-reference = Twój numer referencyjny: { $reference }
mail-sales-delivery-note = Dokument WZ: { $number }
mail-sales-parcel = Paczka { $carrier }: { $tracking }
mail-sales-why = Otrzymujesz tę wiadomość, ponieważ prosiłeś o powiadomienia o zmianach tego zamówienia.
mail-sales-action = Otwórz zamówienie
sales-status-received = Przyjęte
sales-status-confirmed = Potwierdzone
sales-status-in-production = W produkcji
sales-status-shipped = Wysłane
sales-status-delivered = Dostarczone
sales-status-cancelled = Anulowane
