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

## Contacts of customer organisations (issue #6): activation, sign-in links, password reset, contact change requests
mail-contact-hello = Dzień dobry, { $name }!
mail-contact-keep-private = Link jest osobisty: nie przesyłaj go dalej.
mail-contact-welcome-subject = Twój dostęp do portalu Tessera dla { $organisation }
mail-contact-welcome-intro = Otrzymujesz konto w portalu Tessera dla { $organisation }.
mail-contact-welcome-roles = Twoje role: { $roles }.
mail-contact-welcome-activate = Na początek aktywuj konto i ustaw hasło, korzystając z linku poniżej. Działa on jeden raz, do { $at }.
mail-contact-welcome-not-expected = Jeśli ta wiadomość Cię zaskoczyła, zignoruj ją: konto pozostaje nieaktywne, dopóki nie zostanie aktywowane tym linkiem.
mail-contact-welcome-action = Aktywuj konto i ustaw hasło
mail-contact-sign-in-subject = Twój link do logowania w Tesserze
mail-contact-sign-in-body = Otrzymaliśmy prośbę o link do logowania w portalu Tessera bez hasła. Link poniżej Cię zaloguje. Działa on jeden raz, do { $at }.
mail-contact-sign-in-not-you = Jeśli prośba nie pochodziła od Ciebie, zignoruj tę wiadomość: bez tego linku nikt się nie zaloguje, a Twoje hasło pozostaje bez zmian.
mail-contact-sign-in-action = Zaloguj się
mail-contact-reset-subject = Ustaw nowe hasło do Tessery
mail-contact-reset-body = Otrzymaliśmy prośbę o ustawienie nowego hasła do portalu Tessera. Link poniżej otwiera stronę, na której je ustawisz. Działa on jeden raz, do { $at }.
mail-contact-reset-not-you = Jeśli prośba nie pochodziła od Ciebie, zignoruj tę wiadomość. Obecne hasło pozostaje ważne, dopóki nie ustawisz nowego.
mail-contact-reset-action = Ustaw nowe hasło
mail-contact-request-item = – { $line }
mail-contact-request-quote = > { $line }
mail-contact-request-open = Zobacz wniosek
mail-contact-request-received-subject = Otrzymaliśmy wniosek nr { $number } o zmianę osób kontaktowych
mail-contact-request-received-body = Otrzymaliśmy Twój wniosek nr { $number } o zmianę osób kontaktowych dla { $organisation }. Rozpatrzymy go i napiszemy do Ciebie, gdy zapadnie decyzja.
mail-contact-request-received-changes = Wnioskowane zmiany:
mail-contact-request-question-subject = Nowa wiadomość w sprawie wniosku nr { $number } o zmianę osób kontaktowych
mail-contact-request-question-body = { $author } pisze w sprawie Twojego wniosku nr { $number } o zmianę osób kontaktowych:
mail-contact-request-question-reply = Odpowiedz w portalu, na stronie wniosku: odpowiedzi na tę wiadomość nie są czytane.
mail-contact-request-question-action = Odpowiedz w portalu
mail-contact-request-approved-subject = Wniosek nr { $number } o zmianę osób kontaktowych zatwierdzony
mail-contact-request-approved-body = Twój wniosek nr { $number } o zmianę osób kontaktowych dla { $organisation } został zatwierdzony, a zmiany zostały wprowadzone.
mail-contact-request-approved-welcome = Każda nowa osoba kontaktowa otrzyma wiadomość powitalną z linkiem do aktywacji konta.
mail-contact-request-rejected-subject = Wniosek nr { $number } o zmianę osób kontaktowych odrzucony
mail-contact-request-rejected-body = Twój wniosek nr { $number } o zmianę osób kontaktowych dla { $organisation } został odrzucony; niczego nie zmieniono.
mail-contact-request-rejected-reason = Uzasadnienie:
mail-contact-request-rejected-again = Jeśli zmiany są nadal potrzebne, możesz złożyć nowy wniosek w portalu.

## Service for customers (issue #9): the emails to the person who reported a service request
mail-service-subject = { $reference }: { $status }
mail-service-received = Otrzymaliśmy Twoje zgłoszenie serwisowe { $reference } dotyczące: { $site }. Podawaj ten numer w kontaktach z nami; o każdym kroku napiszemy.
mail-service-question = Mamy pytanie dotyczące Twojego zgłoszenia { $reference } ({ $site }):
mail-service-answer-how = Odpowiedz na stronie zgłoszenia; możesz tam też dodać zdjęcia i pliki.
mail-service-accepted = Twoje zgłoszenie serwisowe { $reference } ({ $site }) zostało przyjęte. Zaplanujemy prace i podamy termin.
mail-service-rejected = Nie możemy przyjąć Twojego zgłoszenia { $reference } ({ $site }). Powód:
mail-service-planned = Zaplanowaliśmy prace do Twojego zgłoszenia { $reference } ({ $site }):
mail-service-step = Twoje zgłoszenie { $reference } ({ $site }) posunęło się naprzód: { $status }.
mail-service-closed = Twoje zgłoszenie { $reference } ({ $site }) zostało zrealizowane. Co zrobiliśmy:
mail-service-action = Zobacz zgłoszenie
mail-service-unsubscribe = Otrzymujesz te wiadomości, ponieważ to Ty dokonałeś zgłoszenia. Aby przestać je otrzymywać, otwórz { $url }
