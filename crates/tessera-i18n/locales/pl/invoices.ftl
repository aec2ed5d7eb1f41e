# Faktury za wykonane prace (zgłoszenie #8): portal podwykonawcy i zaplecze.
invoices-title = Faktury
invoices-portal-title = Faktury za wykonane prace
invoices-admin-about = Faktury wystawione przez podwykonawców za ich prace. Zakupy akceptują fakturę albo ją kwestionują, podając powód, który podwykonawca widzi; na zakwestionowaną fakturę odpowiada się korektą pod nowym numerem.
invoice-portal-about = Wystaw fakturę za wykonane prace: powiąż każdą pozycję z jednym z Twoich zleceń albo dostaw, jeśli dotyczy, i podaj sumy tak, jak są na fakturze. Tessera sprawdza, czy pozycje się sumują; następnie pracownicy akceptują albo kwestionują fakturę.
invoice-new = Nowa faktura
invoice-header = Faktura
invoice-number = Numer faktury
invoice-issue-date = Data wystawienia
invoice-service-date = Data wykonania prac
invoice-due-date = Termin płatności
invoice-currency = Waluta
invoice-lines = Pozycje
invoice-lines-hint = Jeden wiersz na pozycję; puste wiersze są pomijane. Netto pozycji to ilość × cena jednostkowa, w groszach. Stawki VAT w procentach (23, 8, 0).
invoice-row = Pozycja { $row }
invoice-line-description = Opis
invoice-line-quantity = Ilość
invoice-line-unit = Jednostka
invoice-line-unit-price = Cena jednostkowa
invoice-line-net = Netto
invoice-line-vat-rate = Stawka VAT (%)
invoice-line-reference = Dotyczy
invoice-reference-none = Niczego konkretnego
invoice-reference-work-orders = Zlecenia
invoice-reference-deliveries = Dostawy
invoice-add-rows = Więcej pozycji
invoice-totals = Sumy
invoice-totals-hint = Tak jak na Twojej fakturze. VAT liczy się dla każdej stawki od sumy netto pozycji w tej stawce.
invoice-net-total = Netto
invoice-vat-total = VAT
invoice-gross-total = Brutto
invoice-pdf = Faktura w PDF
invoice-pdf-short = PDF
invoice-pdf-hint = Jeden plik PDF do 10 MB. Bez niego dokumentem są dane faktury (e-faktura w UBL).
invoice-submit = Wystaw fakturę
invoice-issued = Faktura { $number } została wystawiona. Pracownicy ją zaakceptują albo zakwestionują.
invoice-yours = Twoje faktury
invoice-none = Nie ma jeszcze faktur.
invoice-status = Status
invoice-status-name = { $status ->
    [issued] Czeka na sprawdzenie
    [accepted] Zaakceptowana
   *[disputed] Zakwestionowana
    }
invoice-disputed-because = Zakwestionowana: { $reason }
invoice-number-taken = Faktura o tym numerze została już wystawiona. Korekta dostaje nowy numer.
invoice-no-lines = Wpisz co najmniej jedną pozycję.
invoice-too-many-lines = { $max ->
    [one] Najwyżej jedna pozycja na fakturze.
    [few] Najwyżej { $max } pozycje na fakturze.
   *[other] Najwyżej { $max } pozycji na fakturze.
    }
invoice-lines-have-errors = Niektóre pozycje wymagają poprawy; przy każdej jest opis problemu.
invoice-issue-future = Data wystawienia nie może być późniejsza niż dziś.
invoice-due-before-issue = Termin płatności nie może być wcześniejszy niż data wystawienia.
invoice-not-in-cents = Najwyżej dwa miejsca po przecinku (grosze).
invoice-line-net-differs = Ilość × cena jednostkowa to { $expected }.
invoice-net-total-differs = Netto pozycji sumuje się do { $expected }; podane netto różni się o { $off }.
invoice-vat-total-differs = VAT według stawek wynosi { $expected }; podany VAT różni się o { $off }, więcej niż wynika z zaokrągleń.
invoice-gross-differs = Netto plus VAT to { $expected }; podane brutto różni się o { $off }.
invoice-reference-not-yours = To nie jest żadne z Twoich zleceń ani dostaw.
invoice-currency-malformed = Kod waluty ma trzy litery, np. PLN albo EUR.
invoice-vat-rate-malformed = Stawka VAT to liczba procent, np. 23 albo 8.
invoice-vat-rate-over = Stawka VAT nie może przekraczać 100%.
invoice-vat-rate-precise = Najwyżej dwa miejsca po przecinku w stawce VAT.
invoice-pdf-one = Dołącz najwyżej jeden PDF.
invoice-pdf-only = Dołącz fakturę jako PDF; inne pliki nie są tu przyjmowane.
invoice-title = Faktura { $number }
invoice-party = Podwykonawca
invoice-received-at = Otrzymana
invoice-pending = Czekają na sprawdzenie
invoice-none-pending = Żadna faktura nie czeka na sprawdzenie.
invoice-reviewed = Sprawdzone
invoice-by-rate = VAT według stawek
invoice-rate-lines = Pozycje
invoice-computed-vat = (wyliczony według stawek: { $vat }; różnica wynika z zaokrągleń)
invoice-documents = Dokumenty
invoice-open-pdf = Faktura w PDF: { $name }
invoice-ubl = Pobierz jako UBL 2.1 XML (e-faktura)
invoice-no-pdf = Nie dołączono PDF: dokumentem faktury jest UBL XML.
invoice-review = Sprawdzenie
invoice-accept = Zaakceptuj fakturę
invoice-reason = Dlaczego faktura jest kwestionowana
invoice-reason-hint = Podwykonawca to zobaczy i odpowie fakturą korygującą.
invoice-dispute = Zakwestionuj fakturę
invoice-reason-required = Podaj, dlaczego faktura jest kwestionowana.
invoice-reviewed-accepted = Faktura została zaakceptowana.
invoice-reviewed-disputed = Faktura została zakwestionowana; podwykonawca widzi powód.
invoice-already-reviewed = Ta faktura została już sprawdzona; sprawdza się ją raz.
invoice-host-name = Tessera – zamawiający
