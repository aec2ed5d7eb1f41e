## Frame
skip-to-content = Przejdź do treści
nav-label = Główna
nav-dashboard = Przegląd
nav-orders = Zamówienia
nav-deliveries = Dostawy
nav-complaints = Reklamacje
nav-parties = Kontrahenci
nav-items = Asortyment
nav-audit = Dziennik zdarzeń
nav-sign-out = Wyloguj
language-label = Język
language-apply = Zmień
yes = Tak
no = Nie
saved = Zapisano.

## Lists
search-label = Szukaj
search-submit = Szukaj
filter-all = Wszystkie
list-empty = Nic tu jeszcze nie ma albo nic nie pasuje.
list-total = Razem: { $count }
pager-label = Strony
pager-prev = Poprzednia
pager-next = Następna
pager-page = Strona

## Sign-in
login-title = Logowanie
login-email = E-mail
login-password = Hasło
login-submit = Zaloguj
login-failed = Nieprawidłowy e-mail lub hasło.
login-too-many = Zbyt wiele nieudanych prób logowania. Odczekaj 15 minut i spróbuj ponownie.

## Errors
error-status = Kod błędu { $status }
error-home = Przejdź na stronę startową
error-not-found-title = Nie znaleziono
error-not-found = Pod tym adresem nic nie ma albo nie masz do tego dostępu.
error-forbidden-title = Brak uprawnień
error-forbidden = Twoja rola na to nie pozwala. Jeśli tego potrzebujesz, zwróć się do administratora.
error-unauthenticated-title = Wymagane logowanie
error-unauthenticated = Zaloguj się, aby kontynuować.
error-csrf-failed-title = Formularz wygasł
error-csrf-failed = Formularz był zbyt stary albo pochodził z innej strony. Wróć, odśwież stronę i wyślij go ponownie.
error-rate-limited-title = Zbyt wiele żądań
error-rate-limited = Zbyt wiele prób. Odczekaj chwilę i spróbuj ponownie.
error-bad-request-title = Niezrozumiałe żądanie
error-bad-request = Nie udało się zrozumieć żądania. Wróć i sprawdź wprowadzone dane.
error-internal-title = Coś poszło nie tak
error-internal = Wystąpił błąd po naszej stronie. Nic nie zostało zmienione. Spróbuj ponownie; jeśli błąd się powtarza, powiadom administratora.

## Overview
dashboard-title = Przegląd
dashboard-orders-by-status = Zamówienia według statusu
dashboard-chart-desc = Wykres słupkowy { $count } zamówień według statusu.
dashboard-recent-orders = Ostatnie zamówienia
dashboard-all-orders = Wszystkie zamówienia

## Orders
orders-title = Zamówienia zakupu
orders-new = Nowe zamówienie
orders-search-placeholder = Numer lub dostawca
orders-number = Numer zamówienia
orders-supplier = Dostawca
orders-date = Data zamówienia
orders-requested = Żądany termin dostawy
orders-status = Status
order-title = Zamówienie { $number }
order-new-title = Nowe zamówienie zakupu
order-edit-title = Edycja zamówienia { $number }
order-edit = Edytuj
order-header = Zamówienie
order-contract = Umowa
order-work-order = Zlecenie pracy
order-currency = Waluta
order-note = Uwagi
order-lines = Pozycje
order-lines-hint = Wpisz lub wybierz numer katalogowy. Pozostaw cenę pustą, aby użyć ceny z katalogu. Puste wiersze są pomijane.
order-more-lines = Dodaj wiersze
order-total = Razem
order-deliveries = Dostawy
order-no-deliveries = Jeszcze nic nie dostarczono.
order-updated = Ostatnia zmiana { $at }
order-number-taken = Zamówienie o tym numerze już istnieje. Wybierz inny numer.
order-changed-meanwhile = Ktoś zmienił to zamówienie podczas Twojej edycji. Otwórz zamówienie ponownie, aby zobaczyć zmiany, a potem je edytuj.
order-not-editable = Tego zamówienia nie można już zmienić: są do niego dostawy albo zostało zamknięte lub anulowane.
order-rule-no-lines = Zamówienie musi mieć co najmniej jedną pozycję.
order-rule-too-many-lines = Zamówienie może mieć najwyżej 500 pozycji.
order-rule-requested-before-order = Żądany termin dostawy nie może być wcześniejszy niż data zamówienia.
status-draft = Szkic
status-sent = Wysłane
status-confirmed = Potwierdzone
status-date-proposed = Zaproponowano termin
status-partially-delivered = Częściowo dostarczone
status-delivered = Dostarczone
status-closed = Zamknięte
status-cancelled = Anulowane

## Lines and items
item-number = Numer katalogowy
item-name = Nazwa
item-unit = Jednostka
item-manufacturer = Producent
line-quantity = Ilość
line-unit-price = Cena jednostkowa
line-value = Wartość
line-price-from-catalogue = z katalogu
items-title = Asortyment
items-search-placeholder = Numer, nazwa lub producent

## Forms
form-has-errors = Niektóre pola wymagają poprawy. Nic nie zostało zapisane.
form-save = Zapisz
form-cancel = Anuluj
form-choose = Wybierz…
form-none = Brak
form-required = Pole wymagane.
form-too-long = Za długi tekst.
form-control-chars = Zawiera niedozwolone znaki.
form-choose-supplier = Wybierz dostawcę.
form-invalid-choice = Wybierz jedną z opcji.
form-date-invalid = To nie jest data. Użyj kalendarza albo wpisz ją jako 22.11.2026.
form-currency-invalid = Użyj trzyliterowego kodu waluty, np. PLN lub EUR.
form-number-malformed = To nie jest liczba. Użyj cyfr z najwyżej jednym separatorem dziesiętnym, np. 1250,50 lub 1250.50.
form-number-ambiguous = Niejednoznaczna liczba: ma więcej niż jeden separator. Wpisz ją bez separatorów tysięcy, np. 1234,50.
form-number-too-precise = Najwyżej 4 cyfry po separatorze dziesiętnym.
form-number-too-large = Liczba jest za duża.
form-number-negative = Nie może być ujemna.
form-number-zero = Musi być większa od zera.
form-line-item-required = Wpisz numer katalogowy.
form-line-item-unknown = Żadna aktywna pozycja asortymentu nie ma tego numeru.
form-line-price-required = Ta pozycja nie ma ceny w katalogu: wpisz cenę jednostkową.
form-lines-have-errors = Niektóre pozycje wymagają poprawy.
form-reference-gone = Dostawca, pozycja lub zlecenie z tego formularza już nie istnieje. Odśwież stronę i sprawdź wybór.

## Parties
parties-title = Kontrahenci
parties-search-placeholder = Nazwa, kod lub konto
parties-kind = Rodzaj
party-supplier = Dostawca
party-subcontractor = Podwykonawca
party-customer = Klient
party-code = Kod
party-name = Nazwa
party-account = Konto rozliczeniowe
party-customer-id = ID klienta
party-language = Język
party-active = Aktywny
party-emails = Zarejestrowane adresy e-mail

## Deliveries and complaints
deliveries-title = Dostawy i zwroty
documents-search-placeholder = Numer lub dostawca
delivery-number = Numer dostawy
delivery-kind = Rodzaj
delivery-kind-delivery = Dostawa
delivery-kind-return = Zwrot
delivery-order = Zamówienie
delivery-no-order = Bez zamówienia
delivery-date = Data dostawy
delivery-loading-date = Data załadunku
delivery-checked = Sprawdzono
delivery-status-declared = Zadeklarowana
delivery-status-received = Przyjęta
delivery-status-cancelled = Anulowana
complaints-title = Reklamacje
complaint-number = Reklamacja
complaint-delivery = Dostawa
complaint-date = Data
complaint-description = Opis
complaint-quality = Reklamowane jakościowo
complaint-missing = Reklamowane jako brak
complaint-status-open = Otwarta
complaint-status-answered = Z odpowiedzią
complaint-status-resolved = Rozpatrzona
complaint-status-rejected = Odrzucona
complaint-status-closed = Zamknięta

## Audit log
audit-title = Dziennik zdarzeń
audit-at = Kiedy (UTC)
audit-actor = Kto
audit-action = Co
audit-object = Obiekt
audit-outcome = Wynik
audit-ip = Adres
audit-detail = Szczegóły

## Access links
nav-links = Linki
links-title = Linki dostępu
links-new = Nowy link
links-only-active = Tylko aktywne linki
links-back = Wróć do linków
link-new-title = Nowy link dostępu
link-party = Kontrahent
link-portal = Portal
link-portal-name = { $portal ->
    [supplier] Portal dostawcy
    [subcontractor] Portal podwykonawcy
   *[customer] Portal klienta
    }
link-object = Tylko ten obiekt
link-object-hint = Puste: wszystko tego kontrahenta w tym portalu; albo order:NUMER lub complaint:NUMER.
link-object-invalid = Wpisz obiekt jako order:NUMER lub complaint:NUMER.
link-object-unknown = Nie ma takiego zamówienia ani reklamacji.
link-object-other-party = Ten obiekt należy do innego kontrahenta.
link-state = Stan
link-state-name = { $state ->
    [active] Aktywny
    [expired] Wygasł
    [revoked] Odwołany
   *[party_inactive] Kontrahent nieaktywny
    }
link-expires = Ważny do
link-last-use = Ostatnio otwarty
link-never-used = Jeszcze nie otwarty
link-revoke = Odwołaj
link-scope = Co otwiera link
link-days = Ważny przez (dni)
link-days-invalid = Wpisz liczbę dni od 1 do 365.
link-actions = Co może zrobić kontrahent
link-action-name = { $action ->
    [order-view] Zobaczyć zamówienie
    [order-confirm] Potwierdzić lub zaproponować termin dostawy
    [delivery-declare] Deklarować dostawy
    [complaint-view] Zobaczyć reklamacje
    [requisition-file] Zgłaszać zapotrzebowanie na materiały lub usługi
    [delivery-import] Importować dostawy z pliku
    [invoice-issue] Wystawiać faktury za wykonane prace
    [item-propose] Proponować nowe pozycje
    [work_order-register] Rejestrować zlecenia prac
    [inspection-perform] Wypełniać przeglądy i potwierdzać wykonanie prac
    [loto-view] Czytać procedury LOTO
    [permit-accept] Przyjmować i zamykać pozwolenia na pracę
   *[complaint-answer] Odpowiadać na reklamacje
    }
link-actions-hint = Link pozwala tylko na to, co tu zaznaczono, i tylko na to, na co pozwala jego portal.
link-actions-required = Zaznacz co najmniej jedną czynność.
link-action-not-in-portal = Jedna z zaznaczonych czynności nie jest dostępna w tym portalu.
link-party-required = Wybierz kontrahenta.
link-options = Opcje
link-require-code = Przy pierwszym użyciu wymagaj jednorazowego kodu wysłanego e-mailem
link-note = Notatka (tylko dla pracowników)
link-issue = Wystaw link
link-issued-title = Link wystawiony
link-issued-once = Skopiuj link teraz: jest pokazywany tylko raz. Tessera przechowuje tylko jego odcisk.
link-url = Link
link-invalid-title = Ten link nie działa
link-invalid = Link jest niepełny lub błędnie wpisany. Otwórz go ponownie z otrzymanego e-maila albo poproś nadawcę o nowy.
link-revoked-title = Ten link nie jest już ważny
link-revoked = Link został odwołany. Poproś nadawcę o nowy.
link-expired-title = Ten link wygasł
link-expired = Link nie jest już ważny. Możesz poprosić o nowy: zostanie wysłany na adres e-mail Twojej firmy zapisany w naszym systemie.
link-refresh-submit = Wyślij mi nowy link
link-refresh-hint = Dla Twojego bezpieczeństwa nowy link nigdy nie jest wysyłany na adres wpisany tutaj.
link-too-many-title = Zbyt wiele prób
link-too-many = Z Twojego adresu otwarto zbyt wiele niedziałających linków. Odczekaj 15 minut i spróbuj ponownie.

## Portal
portal-title = Portal: { $party }
portal-nav-home = Start
portal-leave = Wyjdź
portal-valid-until = Twój dostęp jest ważny do { $at }.
error-link-needed-title = Otwórz swój link
error-link-needed = Do tej części prowadzi link, który otrzymałeś. Otwórz go ponownie z e-maila; jeśli już nie działa, poproś nadawcę o nowy.
link-refresh-sent-title = Prośba przyjęta
link-refresh-sent = Jeśli znamy ten link, nowy jest już w drodze na adres e-mail Twojej firmy zapisany w naszym systemie. Sprawdź skrzynkę za kilka minut.
portal-you-may = Z tym linkiem możesz
audit-export = Eksportuj do CSV
audit-who-or-what = Kto lub obiekt

## Delivery dates
order-confirmed-date = Potwierdzony termin dostawy
order-not-confirmed = Jeszcze niepotwierdzony
portal-date-title = Termin dostawy
portal-date-confirm = Potwierdź dostawę na { $date }
portal-date-propose-label = Albo zaproponuj inny termin
portal-date-comment = Komentarz dla kupującego
portal-date-propose = Zaproponuj ten termin
portal-date-thanks = Dziękujemy, odpowiedź została przekazana kupującemu.
portal-date-stale = Ktoś już odpowiedział w sprawie tego zamówienia (być może w innym oknie). Tak wygląda aktualny stan.
date-rule-not-open = To zamówienie nie czeka na odpowiedź w sprawie terminu.
date-rule-nothing-to-confirm = Zamówienie nie ma żądanego terminu: zaproponuj termin.
date-rule-in-the-past = Ta data jest w przeszłości. Wybierz dzisiejszą lub późniejszą.
date-rule-no-proposal = Żadna propozycja nie czeka na decyzję.
date-rule-already-confirmed = Termin jest już potwierdzony. Aby go zmienić, zaproponuj inny termin: decyzję podejmie kupujący.
order-proposal-title = Dostawca proponuje dostawę na { $date }
order-proposal-reason = Uzasadnienie
order-proposal-accept = Przyjmij termin
order-proposal-reject = Odrzuć
date-history = Odpowiedzi w sprawie terminu
date-answer-kind = { $kind ->
    [confirm] Potwierdzono
   *[propose] Zaproponowano
    }
date-answer-status = { $status ->
    [accepted] przyjęte
    [pending] czeka na kupującego
    [rejected] odrzucone
   *[superseded] zastąpione nowszym
    }
link-send-email = Wyślij link na adres e-mail kontrahenta zapisany w systemie
link-emailed-to = Link wysłano na adres { $to }.
link-no-address = Kontrahent nie ma zapisanego adresu e-mail: dodaj go albo skopiuj link.
portal-code-title = Wpisz kod
portal-code-intro = Wysłaliśmy sześciocyfrowy kod na adres e-mail Twojej firmy zapisany w naszym systemie. Wpisz go, aby kontynuować.
portal-code-label = Kod
portal-code-submit = Dalej
portal-code-wrong = Nieprawidłowy kod. Pozostało prób: { $left }.
link-code-no-address-title = Nie możemy wysłać kodu
link-code-no-address = Twoja firma nie ma u nas zapisanego adresu e-mail. Zwróć się do nadawcy linku.
link-code-ended-title = Kod wygasł
link-code-ended = Zbyt wiele błędnych kodów albo kod jest starszy niż 10 minut. Otwórz ponownie link z e-maila, aby otrzymać nowy kod.
order-send = Wyślij do dostawcy
order-sent-notice = Zamówienie wysłano: dostawca otrzyma e-mail z linkiem do niego.

## Dostawy: deklarowane przez dostawcę, przyjmowane przez magazyn
portal-declare-delivery = Zadeklaruj dostawę
portal-delivery-thanks = Dziękujemy, dostawa została zadeklarowana. Magazyn sprawdzi ją po przyjeździe.
delivery-declare-title = Deklaracja dostawy do zamówienia { $number }
delivery-header = Dokument dostawy
delivery-note-number = Numer dokumentu WZ
delivery-arrival-date = Przewidywana data dostawy
delivery-lines = Co obejmuje ta dostawa
delivery-lines-hint = Każda pozycja zaczyna się od ilości, która pozostała do dostarczenia. Zmień ilości przy dostawie częściowej; pozostaw pozycję pustą lub 0, jeśli nie ma jej w tej dostawie. Aby dostarczyć więcej niż pozostało, podaj powód.
delivery-ordered = Zamówiono
delivery-so-far = Dotąd zadeklarowano
delivery-open = Pozostało
delivery-this = Ta dostawa
delivery-over-reason = Powód nadwyżki
delivery-qty-label = Ilość { $item } w tej dostawie
delivery-reason-label = Powód dostarczenia większej ilości { $item }
delivery-declare-submit = Zadeklaruj dostawę
delivery-rule-order-not-open = To zamówienie nie przyjmuje już dostaw (jest zrealizowane, zamknięte lub anulowane).
delivery-rule-nothing = Wpisz ilość w co najmniej jednej pozycji.
delivery-rule-arrival-past = Przewidywana data dostawy nie może być w przeszłości.
delivery-rule-loading-after-arrival = Data załadunku nie może być późniejsza niż przewidywana data dostawy.
delivery-rule-over-needs-reason = To więcej, niż pozostało w tej pozycji. Podaj powód nadwyżki albo zmniejsz ilość.
delivery-number-taken = Dostawa z tym numerem dokumentu WZ została już zadeklarowana.
delivery-stale = Zamówienie zmieniło się podczas wypełniania formularza (zapisano inną dostawę lub odpowiedź). Ilości pozostałe poniżej są aktualne: sprawdź dane i zadeklaruj ponownie.
delivery-declared = Zadeklarowano
delivery-declared-at = Zadeklarowano dnia
delivery-received-at = Przyjęto dnia
delivery-not-checked = jeszcze nie sprawdzono
delivery-over-note = Nadwyżka: { $reason }
delivery-receive-title = Zapisz, co dotarło
delivery-receive-hint = Wpisz ilość policzoną w każdej pozycji. Na początku jest tu ilość zadeklarowana przez dostawcę.
delivery-checked-label = Policzona ilość { $item }
delivery-receive-submit = Zapisz przyjęcie
delivery-received-notice = Przyjęcie zostało zapisane. Dostawca widzi sprawdzone ilości, a status zamówienia został zaktualizowany.
delivery-not-declared = Ta dostawa została już przyjęta lub anulowana.
delivery-changed-meanwhile = Ktoś zapisał przyjęcie tej dostawy podczas liczenia. Sprawdź dane poniżej.
delivery-form-title = Albo wypełnij dostawę
delivery-file-title = Prześlij plik dostawy
delivery-file-hint = Plik CSV w formacie dostawy (numer dostawy, daty, numer zamówienia, jeden wiersz na pozycję) albo XML dostawy (Tessery lub UBL DespatchAdvice). Zanim cokolwiek zostanie zapisane, zobaczysz każdy problem.
delivery-file-label = Plik dostawy (CSV lub XML)
delivery-file-check = Sprawdź plik
delivery-file-choose = Wybierz plik do przesłania.
delivery-file-again = Prześlij poprawiony plik
delivery-file-other-order = Ten plik dotyczy zamówienia { $file }, a ta strona zamówienia { $order }.
delivery-file-other-account = Ten plik podaje konto { $account }, które nie jest Twoje.
delivery-file-unknown-item = Zamówienie nie ma pozycji z towarem { $item }.
delivery-file-several = Plik zawiera więcej niż jedną dostawę; prześlij jedną dostawę w jednym pliku.
delivery-file-no-order = Plik nie podaje zamówienia; zostanie odczytany jako dostawa do zamówienia { $order }.
delivery-file-unit-differs = Jednostka { $file } różni się od jednostki w zamówieniu ({ $order }).
delivery-file-checked-ignored = CHECKED_COUNT wypełnia magazyn przy przyjęciu; wartość z pliku zostanie pominięta.
delivery-file-over = Niektóre pozycje przekraczają ilość pozostałą do dostarczenia: podaj poniżej powód dla każdej z nich.
delivery-preview-title = Sprawdzenie pliku dostawy do zamówienia { $number }
delivery-preview-has-errors = { $count ->
    [one] Plik zawiera jeden błąd. Nic nie zostało zapisane: popraw plik i prześlij go ponownie.
    [few] Plik zawiera { $count } błędy. Nic nie zostało zapisane: popraw plik i prześlij go ponownie.
    [many] Plik zawiera { $count } błędów. Nic nie zostało zapisane: popraw plik i prześlij go ponownie.
   *[other] Plik zawiera { $count } błędu. Nic nie zostało zapisane: popraw plik i prześlij go ponownie.
}
delivery-preview-ok = Plik nie zawiera błędów. Sprawdź pozycje poniżej i potwierdź, aby zadeklarować dostawę.
delivery-preview-warnings = { $count ->
    [one] Jedno ostrzeżenie.
    [few] { $count } ostrzeżenia.
    [many] { $count } ostrzeżeń.
   *[other] { $count } ostrzeżenia.
}
delivery-preview-problems = Problemy według wierszy
delivery-preview-lines = Co deklaruje plik
delivery-preview-confirm-hint = Nic nie zostało jeszcze zapisane.
delivery-preview-confirm = Potwierdź i zadeklaruj dostawę
preview-line = Wiersz
preview-column = Kolumna
preview-value = Wartość
preview-message = Problem
preview-error = Błąd
preview-warning = Ostrzeżenie
order-close = Zamknij zamówienie
order-cancel = Anuluj zamówienie
order-end-has-deliveries = Do tego zamówienia zadeklarowano lub przyjęto dostawy, więc nie można go anulować. Zamknij je, gdy magazyn je przyjmie.
order-end-nothing-delivered = Nic jeszcze nie dostarczono, więc nie ma czego zamykać. Anuluj zamówienie.
order-end-awaits-receipt = Zadeklarowana dostawa wciąż czeka na magazyn. Najpierw zapisz jej przyjęcie.
order-end-ended = To zamówienie jest już zamknięte lub anulowane.

## Karta oceny dostawcy
scorecard-title = Karta oceny dostaw
scorecard-portal-hint = Jak przebiegały Twoje dostawy do nas, na podstawie przyjęć zapisanych przez nasz magazyn.
scorecard-on-time = Na czas
scorecard-accuracy = Ilości zgodne z deklaracją
scorecard-complaints = Dostawy z reklamacją
scorecard-response = Odpowiedź na nowe zamówienie
scorecard-of = { $part } z { $whole } dostaw
scorecard-lines-of = { $part } z { $whole } pozycji
scorecard-hours = { $count ->
    [one] średnio { $count } godzina
    [few] średnio { $count } godziny
   *[other] średnio { $count } godzin
}
scorecard-unanswered = { $count ->
    [0] każde wysłane zamówienie ma odpowiedź
    [one] jedno wysłane zamówienie bez odpowiedzi
    [few] { $count } wysłane zamówienia bez odpowiedzi
   *[other] { $count } wysłanych zamówień bez odpowiedzi
}
scorecard-chart-title = Dostawy na czas, według miesięcy
scorecard-chart-desc = Udział przyjętych dostaw, które dotarły do potwierdzonej daty, w każdym z ostatnich dwunastu miesięcy; tabela poniżej zawiera te same dane.
scorecard-table = Dane w tabeli
scorecard-month = Miesiąc
scorecard-deliveries = Dostawy
portal-home = Start
portal-scorecard-link = Twoja karta oceny dostaw
month-1 = styczeń
month-2 = luty
month-3 = marzec
month-4 = kwiecień
month-5 = maj
month-6 = czerwiec
month-7 = lipiec
month-8 = sierpień
month-9 = wrzesień
month-10 = październik
month-11 = listopad
month-12 = grudzień
month-short-1 = sty
month-short-2 = lut
month-short-3 = mar
month-short-4 = kwi
month-short-5 = maj
month-short-6 = cze
month-short-7 = lip
month-short-8 = sie
month-short-9 = wrz
month-short-10 = paź
month-short-11 = lis
month-short-12 = gru
## Complaints and uploads (the complaints developer)
error-too-large-title = Plik jest za duży
error-too-large = Plik może mieć najwyżej 10 MB, a jeden formularz najwyżej 5 plików. Nic nie zostało zapisane. Wróć i wybierz mniejsze pliki.
upload-label = Zdjęcia lub dokumenty PDF
upload-hint = PDF, PNG, JPEG, GIF lub WebP; najwyżej 10 MB na plik, 5 plików naraz.
upload-too-many = Najwyżej { $max } plików naraz.
upload-type-refused = „{ $name }” nie jest plikiem PDF ani obrazem (ocenione po zawartości, nie po nazwie). Nic nie zostało zapisane.
upload-empty = Plik „{ $name }” jest pusty (0 bajtów). Wybierz go ponownie; nic nie zapisano.
upload-size-kb = { $kb } KB
complaint-title = Reklamacja { $number }
complaint-new-title = Reklamacja dostawy { $number }
complaint-raise = Zgłoś reklamację
complaint-header = Reklamacja
complaint-number-hint = Zostaw puste, aby nadać kolejny numer ({ $number }).
complaint-number-taken = Ten numer reklamacji jest już użyty.
complaint-lines = Reklamowane pozycje
complaint-lines-hint = Zaznacz każdą reklamowaną pozycję i podaj ilość reklamowaną jakościowo, ilość brakującą albo obie.
complaint-no-lines = Wybierz co najmniej jedną pozycję dostawy.
complaint-not-received = Reklamować można tylko przyjętą dostawę.
complaint-claim-nothing = Podaj ilość reklamowaną jakościowo lub brakującą (większą od zera).
complaint-claim-more-than-delivered = Łącznie więcej, niż dostarczono w tej pozycji.
complaint-claim-more-than-checked = Jakościowo reklamowano więcej, niż stwierdzono przy sprawdzeniu.
complaint-raised-notice = Reklamacja została zgłoszona: dostawca dostanie e-mail z linkiem do niej.
complaint-send-link = Wyślij dostawcy e-mailem link do tej reklamacji
complaint-link-sent = Dostawca dostał e-mailem link do tej reklamacji.
complaint-answer = Odpowiedź
complaint-answer-none = Jeszcze bez odpowiedzi
complaint-answer-kind = { $kind ->
    [accept] Uznana
    [reject] Odrzucona
    [replace] Wymiana
   *[credit] Korekta (uznanie kwoty)
    }
complaint-answer-reason = Powód (przy odrzuceniu)
complaint-answer-value = Ilość do wymiany lub kwota korekty
complaint-answer-waiting = Czeka na dostawcę
complaint-answer-hint = Odpowiedz na każdą pozycję: uznaj, odrzuć z podaniem powodu, zaproponuj wymianę (ilość) lub korektę (kwotę). Pozycje bez nowej odpowiedzi zachowują dotychczasową.
complaint-answer-send = Wyślij odpowiedzi
complaint-answer-reason-required = Podaj powód odrzucenia.
complaint-answer-nothing = Odpowiedz na co najmniej jedną pozycję.
complaint-answer-thanks = Dziękujemy: odpowiedzi zostały zapisane.
complaint-changed-meanwhile = W międzyczasie ktoś odpowiedział lub zdecydował w tej reklamacji (może w innej karcie). Oto jej aktualny stan; nic z Twoich zmian nie zostało zapisane.
complaint-rule-not-open = W reklamacji zapadła decyzja: odpowiedzi nie są już przyjmowane.
complaint-rule-closed = Reklamacja jest zamknięta.
complaint-rule-wrong-step = Ten krok nie jest możliwy w obecnym stanie reklamacji.
complaint-thread = Korespondencja
complaint-side = { $side ->
    [staff] nasz pracownik
   *[supplier] dostawca
    }
complaint-message-kind = { $kind ->
    [raised] zgłoszenie reklamacji
    [comment] komentarz
    [answer] odpowiedzi
   *[decision] decyzja
    }
complaint-comment = Komentarz
complaint-comment-title = Dodaj komentarz lub pliki
complaint-comment-send = Dodaj do korespondencji
complaint-comment-empty = Napisz komentarz albo wybierz plik.
complaint-decide-title = Decyzja
complaint-decision-comment = Komentarz dla dostawcy
complaint-decision-comment-required = Podaj uzasadnienie: dostawca je przeczyta.
complaint-resolve = Uznaj za załatwioną
complaint-reject = Odrzuć reklamację
complaint-close = Zamknij
## Eksport i import (dokumenty w formatach systemu, pobieranie)
exchange-kind = { $kind ->
    [order] zamówienie
    [delivery] dostawa
   *[complaint] reklamacja
    }
exchange-line = wiersz { $line }
export-not-found = Nie ma dokumentu ({ $kind }) o numerze { $number }.
export-ambiguous = Kilku dostawców ma dostawę o numerze { $number }: wskaż dostawcę opcją --party KOD.
import-created = Utworzono: { $kind } { $number } dla { $party }, pozycje: { $lines }.
import-nothing-imported = Niczego nie zaimportowano (błędy: { $count }). Popraw plik i zaimportuj go ponownie.
import-problem-no-party = Dokument nie wskazuje kontrahenta: pole ACCOUNT jest puste.
import-problem-unknown-party = Żaden kontrahent nie ma tego kodu.
import-problem-not-a-supplier = Ten kontrahent nie jest dostawcą.
import-problem-unknown-item = Żaden towar nie ma tego numeru katalogowego.
import-problem-unknown-work-order = Na umowie o tym numerze nie ma zlecenia o tej nazwie.
import-problem-number-taken = Ten numer jest już użyty przez inny dokument.
import-problem-bad-number = To nie jest poprawny numer dokumentu (najwyżej 64 znaki w jednym wierszu).
import-problem-not-positive = Ilość musi być większa od zera.
import-problem-negative = Liczba nie może być ujemna.
import-problem-too-many-lines = Zamówienie może mieć najwyżej { $max } pozycji.
import-problem-no-delivery = Reklamacja nie wskazuje dostawy: pole DELIVERY_NUMBER jest puste.
import-problem-unknown-delivery = Ten dostawca nie ma dostawy o tym numerze.
import-problem-not-on-delivery = Tego towaru nie ma w dostawie.
import-problem-claim-too-large = Ilości reklamowane z powodu jakości i braków są razem większe niż ilość w pozycji.
download-title = Do pobrania
download-csv = Pobierz order.csv
download-pdf = Pobierz PDF
export-title = Eksport
export-lang = Język pliku
export-csv = Eksportuj CSV
pdf-title = Zamówienie { $number }
pdf-buyer = Zamawiający
pdf-supplier = Dostawca
pdf-code = Kod { $code }
pdf-generated = Wygenerowano w Tessera dnia { $date }
pdf-page = Strona { $page } z { $pages }
import-problem-unknown-order = Ten dostawca nie ma zamówienia o tym numerze.
import-problem-not-on-order = Tego towaru nie ma w zamówieniu.
## Browser journey, steps 4–6 (the e2e developer): labels that tell one field from another
complaint-number-label = Numer reklamacji
complaint-answer-line = Odpowiedź dla pozycji { $position } ({ $item })
complaint-answer-comment = Komentarz do odpowiedzi
complaint-thread-files = Zdjęcia lub dokumenty PDF do korespondencji
import-page-title = Import pliku zamówienia
import-page-hint = Plik order.csv w formacie zamówień systemu głównego (jedno zamówienie w pliku lub kilka). Każde zamówienie powstaje jako szkic; jeśli którakolwiek pozycja ma problem, nic nie zostaje utworzone.
import-page-label = Plik zamówienia (CSV)
import-page-submit = Importuj
import-page-result-title = Plik zamówienia nie został zaimportowany
import-page-has-errors = { $count ->
    [one] Jeden problem, według wierszy poniżej. Nic nie zostało utworzone: popraw plik i zaimportuj go ponownie.
    [few] { $count } problemy, według wierszy poniżej. Nic nie zostało utworzone: popraw plik i zaimportuj go ponownie.
    [many] { $count } problemów, według wierszy poniżej. Nic nie zostało utworzone: popraw plik i zaimportuj go ponownie.
   *[other] { $count } problemu, według wierszy poniżej. Nic nie zostało utworzone: popraw plik i zaimportuj go ponownie.
}
percent = { $value }%
## Choosing a password (contacts, issue #6)
password-too-short = Hasło jest za krótkie: użyj co najmniej 12 znaków. Dobrym hasłem jest kilka niezwiązanych ze sobą słów.
password-too-long = Hasło jest za długie: użyj najwyżej 256 znaków.
password-common = To hasło łatwo odgadnąć: jest często używane, jest układem klawiszy albo ciągiem kolejnych znaków. Wybierz inne, na przykład kilka niezwiązanych ze sobą słów.
password-personal = Hasło nie może zawierać Twojego imienia, nazwiska ani adresu e-mail. Wybierz inne.

## Contacts of customer organisations: sides, roles, rules of a change request (issue #6)
contact-side-customer = Klient
contact-side-purchaser = Kupujący
contact-role-management = Zarząd
contact-role-management-about = Zarządza osobami kontaktowymi organizacji i widzi jej zamówienia, dokumenty i faktury.
contact-role-customer-admin = Administrator klienta
contact-role-customer-admin-about = Zarządza osobami kontaktowymi organizacji i jej kupującego oraz ich rolami.
contact-role-ordering = Zamówienia
contact-role-ordering-about = Składa zamówienia i śledzi ich status, dokumenty dostawy i przesyłki.
contact-role-stock-query = Stany magazynowe
contact-role-stock-query-about = Sprawdza stany magazynowe i dostępność towarów.
contact-role-documents = Dokumenty
contact-role-documents-about = Czyta i przesyła dokumenty oraz instrukcje montażu.
contact-role-service-requests = Zgłoszenia serwisowe
contact-role-service-requests-about = Rejestruje zgłoszenia serwisowe i usterki oraz śledzi postęp prac.
contact-role-purchaser-admin = Administrator kupującego
contact-role-purchaser-admin-about = Zarządza osobami kontaktowymi organizacji kupującej i ich rolami.
contact-role-invoices = Faktury
contact-role-invoices-about = Czyta faktury.
contact-rule-name-missing = Podaj imię i nazwisko.
contact-rule-too-long = Ten tekst jest za długi albo zawiera niedozwolone znaki.
contact-rule-email-invalid = Podaj poprawny adres e-mail, np. imie@example.com.
contact-rule-email-taken = Tego adresu e-mail używa już inna osoba kontaktowa.
contact-rule-phone-invalid = Numer telefonu może zawierać tylko cyfry, spacje oraz + - ( ) / .
contact-rule-language-unknown = Wybierz angielski, polski lub niemiecki.
contact-rule-no-role = Nadaj osobie co najmniej jedną rolę albo oznacz ją do usunięcia.
contact-rule-role-not-for-side = Ta rola nie jest dostępna dla osób z tej organizacji.
contact-rule-no-purchaser = Twoja organizacja nie ma organizacji kupującej, więc nie można dodać osoby kupującego.
contact-rule-last-admin = Organizacja zostałaby bez administratora: zostaw co najmniej jedną osobę zarządzającą kontaktami.
contact-rule-not-yours = Możesz zmieniać tylko osoby kontaktowe własnej organizacji.
contact-rule-unknown-contact = Tej osoby nie ma już w portalu. Odśwież stronę.
contact-rule-nothing-changed = Nic nie zostało zmienione, więc nie ma czego zgłaszać.

## Contacts Manager of the customer portal (issue #6)
contacts-title = Menedżer kontaktów
contacts-intro = Osoby kontaktowe organizacji { $organisation } i jej organizacji zakupowej wraz z ich rolami w portalu. Zmiany są wysyłane jako jedno zgłoszenie i obowiązują po zatwierdzeniu.
contacts-list-title = Osoby kontaktowe
contacts-read-only = tylko do odczytu: zarządzają nimi administratorzy klienta
contacts-marked-remove = oznaczona do usunięcia
contacts-roles-none = Brak roli
contacts-details-link = Otwórz stronę tej osoby
contacts-add-title = Dodaj osobę kontaktową
contacts-add-hint = Wpisz dane osoby, wybierz jej organizację i co najmniej jedną rolę. Pozostaw blok pusty, aby nikogo nie dodawać.
contacts-new-contact = Nowa osoba kontaktowa
contacts-organisation = Organizacja
contacts-side-option = { $side }: { $organisation }
contacts-roles = Role
contacts-roles-for = Role dla: { $organisation }
contacts-roles-note = (dla osób kontaktowych tej organizacji)
contacts-name = Imię i nazwisko
contacts-email = E-mail
contacts-phone = Telefon
contacts-position = Stanowisko
contacts-language = Język
contacts-remove = Usuń z portalu
contacts-add-another = Dodaj kolejną osobę
contacts-request = Zgłoś zmiany
contacts-conflict = Inne zgłoszenie Twojej organizacji już czeka: zobacz je lub dodaj do niego komentarz. Nic z tego formularza nie zostało wysłane; Twoje zmiany są nadal poniżej.
contacts-conflict-link = Zobacz oczekujące zgłoszenie
contacts-filed = Twoje zgłoszenie nr { $number } zostało wysłane. Otrzymasz e-mail z potwierdzeniem i kolejny, gdy zostanie rozpatrzone.
contacts-commented = Twój komentarz został dodany.
contacts-cancelled = Zgłoszenie nr { $number } zostało anulowane. Poniżej możesz utworzyć nowe.
contacts-request-closed = To zgłoszenie zostało już rozpatrzone lub anulowane, więc nic w nim nie zmieniono.
contacts-comment-empty = Wpisz komentarz.
contacts-comment-too-long = Komentarz jest za długi: najwyżej 4000 znaków.
contacts-pending-title = Zgłoszenie zmian nr { $number } czeka na zatwierdzenie
contacts-pending-by = Zgłoszone { $at } przez: { $name }.
contacts-pending-intro = Do czasu decyzji osoby kontaktowe są pokazane tylko do odczytu: tak, jak są teraz, i tak, jak zgłoszono.
contacts-col-contact = Osoba kontaktowa
contacts-col-now = Teraz
contacts-col-requested = Zgłoszone
contacts-kind-new = Nowa osoba
contacts-kind-removed = Do usunięcia
contacts-kind-changed = Zmieniona
contacts-kind-unchanged = Bez zmian
contacts-mark-added = dodana
contacts-mark-removed = usunięta
contacts-mark-kept = bez zmian
contacts-mark-changed = zmienione
contacts-renamed = { $before } → { $after }
contacts-not-yet = Jeszcze nie ma w portalu
contacts-removed-requested = Usunięta z portalu
contacts-thread = Komentarze
contacts-thread-empty = Nie ma jeszcze komentarzy.
contacts-author = { $kind ->
    [staff] nasz zespół
   *[other] Twoja organizacja
}
contacts-comment-title = Dodaj komentarz
contacts-comment = Twój komentarz
contacts-comment-send = Dodaj komentarz
contacts-cancel = Anuluj zgłoszenie
contacts-cancel-hint = Anulowanie wycofuje całe zgłoszenie; potem możesz utworzyć nowe.
contacts-line-add = Dodanie: { $name } ({ $roles })
contacts-line-remove = Usunięcie: { $name }
contacts-line-roles = Zmiana ról: { $name }: { $roles }
contacts-line-details = Zmiana danych: { $name }
contacts-back = Wróć do menedżera kontaktów
## Contacts' accounts in the customer portal (issue #6)
account-email = E-mail
account-password = Hasło
account-login-title = Logowanie do portalu klienta
account-login-submit = Zaloguj się
account-login-link = Wyślij mi link do logowania
account-forgot-link = Nie pamiętasz hasła?
account-welcome-title = Witamy, { $name }
account-welcome-intro = Wybierz hasło, aby aktywować swoje konto dla { $organisation }. Będziesz logować się adresem e-mail { $email } i tym hasłem.
account-reset-title = Wybierz nowe hasło
account-reset-intro = Wybierz nowe hasło dla { $email }. Po jego zapisaniu zostaniesz wylogowany na wszystkich innych urządzeniach.
account-sign-in-title = Logowanie linkiem
account-sign-in-intro = Ten link loguje tylko raz. Naciśnij przycisk, aby kontynuować.
account-sign-in-as = Zaloguj jako { $email }
account-new-password = Nowe hasło
account-repeat-password = Powtórz hasło
account-password-rules = Co najmniej 12 znaków. Nie ma wymogów co do cyfr, wielkich liter ani symboli: kilka niezwiązanych ze sobą słów to dobre hasło. Nie może to być popularne hasło ani zawierać Twojego imienia, nazwiska czy adresu e-mail.
account-repeat-mismatch = Hasła nie są takie same. Wpisz to samo hasło w obu polach.
account-activate-submit = Aktywuj moje konto
account-reset-submit = Zapisz nowe hasło
account-token-unknown-title = Ten link nie działa
account-token-unknown = Ten link jest nieznany, został skopiowany niekompletnie albo strona była otwarta zbyt długo. Otwórz ponownie link z e-maila lub poproś poniżej o nowy.
account-token-used-title = Ten link został już użyty
account-token-used = Każdy link działa tylko raz, a ten został już użyty. Jeśli hasło jest już wybrane, zaloguj się nim. W przeciwnym razie poproś poniżej o nowy link.
account-token-expired-title = Ten link wygasł
account-token-expired = Ten link nie jest już ważny. Poproś poniżej o nowy, a wyślemy go e-mailem.
account-new-link-hint = Podaj swój adres e-mail: jeśli jest w naszej bazie, wyślemy na niego nowy link.
account-new-link-submit = Wyślij mi nowy link
account-to-login = Przejdź do logowania
account-ask-link-title = Logowanie linkiem z e-maila
account-ask-link-intro = Podaj swój adres e-mail, a wyślemy link, który zaloguje Cię jeden raz, bez hasła. Działa przez 15 minut.
account-ask-link-submit = Wyślij mi link do logowania
account-forgot-title = Nie pamiętasz hasła?
account-forgot-intro = Podaj swój adres e-mail, a wyślemy link do wyboru nowego hasła. Działa przez godzinę; do tego czasu obecne hasło pozostaje ważne.
account-forgot-submit = Wyślij mi link
account-link-sent-title = Sprawdź pocztę
account-link-sent = Jeśli ten adres jest w naszej bazie, link jest już w drodze. Może to potrwać kilka minut; zajrzyj też do folderu spam. Jeśli Twoje konto nie zostało jeszcze aktywowane, otrzymasz zamiast tego nowy e-mail powitalny.
account-link-too-many = Poproszono o zbyt wiele linków. Odczekaj 15 minut i spróbuj ponownie.
customer-home-title = Portal klienta
customer-home-organisation = Twoja organizacja: { $organisation }
customer-home-purchaser-for = Zakupy w imieniu { $customer }
customer-home-roles = Twoje role
customer-home-you-may = Co umożliwiają Ci Twoje role
customer-home-contacts = Kontakty i role
customer-home-contacts-about = Zobacz kontakty swojej organizacji i ich role oraz zgłoś zmiany.
customer-home-orders = Zamówienia
customer-home-order-view = Przeglądaj zamówienia swojej organizacji i śledź ich status.
customer-home-order-place = Składaj zamówienia.
customer-home-stock = Stany magazynowe
customer-home-stock-view = Sprawdzaj stany i dostępność towarów.
customer-home-documents = Dokumenty
customer-home-document-view = Czytaj dokumenty i instrukcje montażu.
customer-home-document-upload = Przesyłaj dokumenty.
customer-home-service = Zgłoszenia serwisowe
customer-home-service-view = Śledź swoje zgłoszenia serwisowe i zgłoszenia usterek.
customer-home-service-create = Rejestruj zgłoszenia serwisowe i usterki.
customer-home-invoices = Faktury
customer-home-invoice-view = Czytaj faktury swojej organizacji.
customer-home-coming = Strony do tego są w przygotowaniu i pojawią się tutaj.
customer-home-no-roles-title = Brak dostępu
customer-home-no-roles = Twoje konto nie ma żadnych ról w portalu. Zwróć się do administratora swojej organizacji.
customer-home-nav-home = Strona główna portalu
customer-home-nav-contacts = Kontakty i role
## Contacts, the back office's side: change requests, a customer's purchaser and contacts (issue #6)
nav-contact-requests = Wnioski o kontakty
contact-requests-title = Wnioski o zmianę osób kontaktowych
contact-requests-hint = Oczekujące wnioski są na początku. Zatwierdzenie wprowadza wszystkie zmiany wniosku naraz.
contact-requests-status = Status
contact-requests-status-all = Wszystkie
contact-requests-status-pending = Oczekuje
contact-requests-status-approved = Zatwierdzony
contact-requests-status-rejected = Odrzucony
contact-requests-status-cancelled = Anulowany
contact-requests-number = Wniosek
contact-requests-customer = Klient
contact-requests-requester = Zgłaszający
contact-requests-changes = Zmiany
contact-requests-filed = Złożony
contact-requests-decided = Rozpatrzony
contact-requests-reason = Uzasadnienie
contact-requests-show-title = Wniosek o zmianę osób kontaktowych nr { $number }
contact-requests-change-add = Dodanie
contact-requests-change-update = Zmiana
contact-requests-change-remove = Usunięcie
contact-requests-field = Dane
contact-requests-before = Obecnie
contact-requests-after = Wnioskowane
contact-requests-thread = Wiadomości
contact-requests-author-staff = obsługa
contact-requests-author-contact = klient
contact-requests-comment-title = Zapytaj lub skomentuj
contact-requests-comment = Wiadomość do zgłaszającego
contact-requests-comment-hint = Zgłaszający otrzyma Twoją wiadomość e-mailem i może odpowiedzieć w portalu.
contact-requests-comment-send = Wyślij wiadomość
contact-requests-decide-title = Decyzja
contact-requests-approve-hint = Wprowadza wszystkie zmiany naraz: zmienia role, usuwa osoby, tworzy nowe konta i wysyła im wiadomość powitalną.
contact-requests-approve = Zatwierdź i wprowadź
contact-requests-reason-hint = Zgłaszający otrzyma uzasadnienie e-mailem.
contact-requests-reject = Odrzuć
contact-requests-back = Wszystkie wnioski o zmianę osób kontaktowych
contact-requests-done-comment = Wiadomość została wysłana do zgłaszającego.
contact-requests-done-approve = Wniosek został zatwierdzony i wprowadzony. Nowe osoby otrzymały wiadomość powitalną.
contact-requests-done-reject = Wniosek został odrzucony, a zgłaszający otrzymał uzasadnienie.
contact-requests-not-pending = Ten wniosek już nie oczekuje: w międzyczasie został rozpatrzony lub anulowany.
contact-requests-contact-gone = { $name } została w międzyczasie usunięta z portalu; nic z tego wniosku nie zostało wprowadzone. Odrzuć go i poproś o nowy.
contact-requests-email-taken = Adres { $email } należy teraz do innego konta; nic z tego wniosku nie zostało wprowadzone. Odrzuć go i poproś o nowy.
contact-requests-text-missing = Napisz wiadomość.
contact-requests-text-too-long = To jest za długie: najwyżej 4000 znaków.
contact-requests-reason-missing = Podaj powód odrzucenia wniosku.
party-contacts-title = Osoby kontaktowe w portalu klienta
party-contacts-purchaser = Organizacja zakupowa
party-contacts-purchaser-none = Brak
party-contacts-purchaser-choose = Organizacja zakupowa kupująca dla tego klienta
party-contacts-purchaser-save = Zapisz organizację zakupową
party-contacts-purchaser-unknown = Wybierz kontrahenta z listy.
party-contacts-purchaser-has-contacts = Organizacja zakupowa ma jeszcze osoby kontaktowe w portalu. Najpierw je usuń.
party-contacts-purchaser-saved = Organizacja zakupowa została zapisana.
party-contacts-list = Osoby kontaktowe
party-contacts-none = Nie ma jeszcze osób kontaktowych. Dodaj poniżej pierwszego administratora klienta.
party-contacts-name = Imię i nazwisko
party-contacts-side = Organizacja
party-contacts-email = E-mail
party-contacts-phone = Telefon
party-contacts-position = Stanowisko
party-contacts-language = Język
party-contacts-roles = Role
party-contacts-account = Konto
party-contacts-activated = Aktywne
party-contacts-invited = Zaproszenie wysłane
party-contacts-requests = Wnioski o zmiany
party-contacts-all-requests = Wszystkie wnioski tego klienta
party-contacts-add-title = Dodaj osobę kontaktową
party-contacts-add-hint = Osoba otrzyma wiadomość powitalną z linkiem do aktywacji konta. Służy to do dodania osób wskazanych przez klienta, np. pierwszego administratora; późniejsze zmiany przychodzą jako wnioski.
party-contacts-add = Dodaj osobę i wyślij wiadomość powitalną
party-contacts-added = Osoba kontaktowa została dodana i otrzymała wiadomość powitalną.
party-contacts-no-purchaser = Ten klient nie ma organizacji zakupowej. Najpierw ją wskaż.
party-contacts-side-missing = Wybierz organizację, do której należy osoba.
party-contacts-no-role = Wybierz co najmniej jedną rolę.
party-contacts-remove = Usuń
party-contacts-remove-who = Usuń { $name } z portalu
party-contacts-removed = Osoba kontaktowa została usunięta z portalu: jej sesje i linki już nie działają.
