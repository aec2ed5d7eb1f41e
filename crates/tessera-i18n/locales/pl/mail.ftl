## Emails

mail-footer = Tę wiadomość wysłała Tessera. Prosimy na nią nie odpowiadać.
mail-test-subject = Wiadomość testowa Tessery
mail-test-body = To jest wiadomość testowa z Tessery. Jeśli ją czytasz, poczta działa.
mail-test-link = Otwórz Tesserę

## The local mailbox (/admin/mailbox)

nav-mailbox = Skrzynka
mailbox-title = Skrzynka pocztowa
mailbox-intro = Wszystkie wiadomości napisane przez Tesserę, od najnowszych. Bez skonfigurowanego serwera SMTP trafiają właśnie tutaj.
mailbox-at = Napisana
mailbox-to = Do
mailbox-subject = Temat
mailbox-status = Stan
mailbox-attempts = Próby
mailbox-status-pending = Czeka
mailbox-status-sending = Wysyłana
mailbox-status-sent = Wysłana
mailbox-status-failed = Nie wysłana
mailbox-language = Język
mailbox-sent-at = Wysłana
mailbox-next-attempt = Następna próba
mailbox-transport = Dostarczona przez
mailbox-message-id = Message-ID
mailbox-last-error = Ostatni błąd
mailbox-text = Treść
mailbox-html = Wersja HTML (źródło)
mailbox-back = Wróć do skrzynki

## Access links by email
mail-link-portal = { $portal ->
    [supplier] portalu dostawcy
    [subcontractor] portalu podwykonawcy
   *[customer] portalu klienta
    }
mail-link-subject = Twój dostęp do { $portal }
mail-link-subject-object = { $number }: Twój dostęp
mail-link-intro = Otrzymujesz dostęp do naszego { $portal }. Otwiera go poniższy link; konto ani hasło nie są potrzebne.
mail-link-intro-object = Otrzymujesz dostęp do { $number }. Otwiera go poniższy link; konto ani hasło nie są potrzebne.
mail-link-requested-date = Żądany termin dostawy: { $date }.
mail-link-valid-until = Link działa do { $at }. Po jego wygaśnięciu możesz poprosić o nowy na stronie, którą otwiera.
mail-link-code-note = Przy pierwszym otwarciu wyślemy Ci jednorazowy kod w osobnym e-mailu.
mail-link-keep-private = Link jest osobisty: nie przesyłaj go dalej.
mail-link-open = Otwórz
mail-code-subject = Twój kod: { $code }
mail-code-body = Twój jednorazowy kod to { $code }. Wpisz go na stronie, która o niego poprosiła. Jest ważny 10 minut.
mail-code-not-you = Jeśli przed chwilą nie otwierałeś linku od nas, zignoruj tę wiadomość.

## The buyer's decision on a proposed delivery date (browser developer)
mail-date-accepted-subject = { $number }: termin dostawy potwierdzony
mail-date-accepted-body = Kupujący zaakceptował zaproponowany przez Państwa termin dostawy dla { $number }. Potwierdzony termin dostawy to teraz { $date }.
mail-date-rejected-subject = { $number }: proponowany termin dostawy nie został przyjęty
mail-date-rejected-body = Kupujący nie przyjął terminu dostawy zaproponowanego przez Państwa dla { $number } ({ $proposed }).
mail-date-rejected-reason = Uzasadnienie kupującego: { $reason }
mail-date-still-in-force = Obowiązuje nadal potwierdzony termin dostawy { $date }.
mail-date-none-in-force = Termin dostawy nie jest jeszcze potwierdzony: prosimy potwierdzić żądany termin lub zaproponować inny.
mail-date-reopen = Aby zobaczyć zamówienie, prosimy otworzyć link otrzymany wraz z nim. Ze względów bezpieczeństwa ta wiadomość go nie zawiera; poniższy adres otwiera zamówienie w przeglądarce, w której link został już otwarty.
mail-date-open = Otwórz zamówienie
## Browser journey (the e2e developer): what a complaint's link email is about
mail-link-complaint = To reklamacja Twojej dostawy { $delivery }. Otwórz ją, aby zobaczyć reklamowane pozycje, odpowiedzieć na każdą z nich i napisać do nas.
