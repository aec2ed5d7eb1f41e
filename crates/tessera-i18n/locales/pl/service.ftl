## Service for customers (issue #9): the pages
service-nav = Serwis
service-title = Zgłoszenia serwisowe
service-about = Zgłoś usterkę lub poproś o serwis w swoich obiektach i śledź każdy etap: nasze pytania, zaplanowane prace, ich postęp i raporty.
service-admin-title = Serwis dla klientów
service-admin-about = Zgłoszenia i usterki zgłoszone przez klientów oraz niezakończone zlecenia serwisowe i przeglądy.
service-new = Zgłoś usterkę lub poproś o serwis
service-new-submit = Wyślij zgłoszenie
service-requests = Zgłoszenia
service-jobs = Zlecenia serwisowe i przeglądy
service-jobs-open = Niezakończone zlecenia
service-none = Nie ma jeszcze zgłoszeń. Gdy coś będzie wymagało naszej uwagi, zgłoś to tutaj.
service-all = Wszystkie
service-filter = Pokaż
service-reference = Numer
service-customer = Klient
service-request-title = Zgłoszenie serwisowe { $reference }
service-job-title = Zlecenie serwisowe: { $title }
service-where = Gdzie
service-what = Co
service-asset-none = Bez wskazania urządzenia
service-site-hint = (gdy nie wybrano urządzenia)
service-where-required = Wybierz urządzenie albo podaj obiekt.
service-asset-not-yours = To nie jest jedno z Twoich urządzeń. Wybierz urządzenie z listy.
service-category = Rodzaj
service-category-name = { $category ->
    [defect] Usterka
    [repair] Naprawa
    [maintenance] Konserwacja
    [inspection] Przegląd
    [question] Pytanie
   *[other] Inne
    }
service-priority = Priorytet
service-priority-name = { $priority ->
    [low] Niski
    [normal] Normalny
    [high] Wysoki
   *[urgent] Pilny: coś nie działa albo stwarza zagrożenie
    }
service-description = Na czym polega problem lub czego potrzebujesz?
service-photos = Zdjęcia
service-files = Inne pliki (PDF lub obrazy)
service-files-hint = (opcjonalnie, najwyżej 5, do 10 MB każdy)
service-photos-images = Zdjęcia muszą być obrazami (JPEG, PNG, GIF lub WebP). Dokumenty PDF dodaj w polu „Inne pliki”.
service-contact = Osoba kontaktowa
service-contact-name = Imię i nazwisko
service-contact-email = E-mail
service-contact-phone = Telefon
service-preferred-time = Preferowany termin wizyty
service-email-hint = Na ten adres wyślemy numer zgłoszenia i informację o każdym etapie; w każdym e-mailu jest link, którym można zrezygnować z tych wiadomości.
service-email-invalid = To nie jest adres e-mail, np. imie@firma.pl.
service-reported = Otrzymaliśmy Twoje zgłoszenie. Jego numer jest na górze tej strony; wysłaliśmy go też do Ciebie e-mailem.
service-done = { $what ->
    [info] Twoja wiadomość została dodana.
    [rated] Dziękujemy za ocenę.
    [accepted] Zgłoszenie zostało przyjęte; klient został o tym powiadomiony.
    [question] Pytanie zostało wysłane do klienta.
    [rejected] Zgłoszenie zostało odrzucone; klient otrzymał uzasadnienie.
    [closed] Zgłoszenie zostało zamknięte; klient został o tym powiadomiony.
    [link-sent] Link do tego zgłoszenia został wysłany e-mailem.
    [job-link-sent] Link do tego zlecenia został wysłany e-mailem.
    [no-address] Nie ma komu wysłać linku: zgłoszenie nie zawiera adresu e-mail, a klient nie ma zapisanego adresu.
    [inspected] Przegląd został zapisany.
    [planned] Zlecenie zostało zaplanowane.
    [in-progress] Zlecenie jest w toku.
    [waiting-for-parts] Zlecenie czeka na części.
    [done] Zlecenie zostało wykonane.
   *[other] Gotowe.
    }
service-status-label = Status
service-status = { $status ->
    [new] Zarejestrowane
    [question] Pytanie do Ciebie
    [answered] Odpowiedziano, czeka na nas
    [accepted] Przyjęte
    [planned] Prace zaplanowane
    [rejected] Odrzucone
   *[closed] Zrealizowane
    }
service-job-status-label = Status
service-job-status = { $status ->
    [planned] Zaplanowane
    [in_progress] W toku
    [waiting_for_parts] Czeka na części
   *[done] Wykonane
    }
service-progress = Postęp
service-step = { $step ->
    [reported] Zgłoszone
    [accepted] Przyjęte
    [planned] Zaplanowane
    [in_progress] W toku
    [done] Prace wykonane
   *[closed] Zamknięte
    }
service-reported-at = Zgłoszono
service-timeline = Historia
service-event = { $kind ->
    [reported] Zgłoszono
    [info_added] Dodano informacje
    [question] Zadano pytanie
    [answer] Udzielono odpowiedzi
    [accepted] Przyjęto
    [rejected] Odrzucono
    [planned] Zaplanowano zlecenie
    [closed] Zamknięto
   *[rated] Oceniono
    }
service-event-job = Zlecenie: { $status }
service-job-open = Zobacz zlecenie
service-question-waiting = Zadaliśmy Ci pytanie (zobacz historię). Odpowiedz na nie poniżej; prace będą kontynuowane, gdy otrzymamy Twoją odpowiedź.
service-answer = Odpowiedz na nasze pytanie
service-add-info = Dodaj informacje
service-message = Wiadomość
service-send = Wyślij
service-summary = Podsumowanie prac
service-rate = Jak oceniasz naszą pracę?
service-rating = Ocena
service-rating-stars = { $stars ->
    [1] 1 gwiazdka
    [one] { $stars } gwiazdka
    [few] { $stars } gwiazdki
    [many] { $stars } gwiazdek
   *[other] { $stars } gwiazdki
    }
service-rating-comment = Komentarz
service-rating-required = Wybierz od 1 do 5 gwiazdek.
service-rate-submit = Wyślij ocenę
service-triage = Kwalifikacja zgłoszenia
service-decision = Decyzja
service-decision-name = { $decision ->
    [accept] Przyjmij
    [ask] Zapytaj klienta
   *[reject] Odrzuć
    }
service-triage-text = Pytanie lub uzasadnienie (dla klienta)
service-triage-submit = Zdecyduj
service-plan = Zaplanuj zlecenie
service-job = Zlecenie
service-planned-for = Planowana data
service-technician = Serwisant
service-checklist = Lista kontrolna przeglądu
service-checklist-hint = (opcjonalnie: jeden punkt w wierszu; pomiar jako „nazwa | jednostka | min..max”; zostaw puste dla zlecenia bez przeglądu)
service-plan-submit = Zaplanuj zlecenie
service-date-past = Data jest w przeszłości.
service-close = Zamknij zgłoszenie
service-close-submit = Zamknij i powiadom klienta
service-send-link = Wyślij e-mailem link do tego zgłoszenia
service-send-link-hint = Do osoby, która dokonała zgłoszenia; link pokazuje tylko to zgłoszenie.
service-inspection = Przegląd
service-inspection-pending = Lista kontrolna przeglądu nie została jeszcze wypełniona.
service-inspection-submit = Zapisz przegląd
service-inspected-by = Przegląd wykonał(a) { $name }, { $at }
service-notes = Uwagi serwisanta
service-done-at = Data wykonania
service-download-report = Pobierz raport (PDF)
service-step-title = Zmień status zlecenia
service-note = Informacja dla klienta
service-note-hint = (opcjonalnie, widoczna w historii i w e-mailu)
service-step-submit = Zapisz
service-rule-final = Zgłoszenie jest zamknięte lub odrzucone: nie można już w nim nic zmienić.
service-rule-not-triage = Decyzja w sprawie tego zgłoszenia została już podjęta.
service-rule-not-accepted = Przyjmij zgłoszenie, zanim zaplanujesz do niego prace.
service-rule-jobs-open = Niektóre zlecenia do tego zgłoszenia nie są jeszcze wykonane.
service-rule-text-required = Wpisz treść dla klienta.
service-rule-job-done = Zlecenie jest wykonane; nie można go już zmienić.
service-rule-no-change = Ten status jest już ustawiony.
service-rule-inspection-missing = Wypełnij listę kontrolną przeglądu, zanim oznaczysz zlecenie jako wykonane.
service-rule-not-rateable = Ocenić można tylko zakończone prace, i to tylko raz.
service-unsubscribe-title = E-maile dotyczące zgłoszenia serwisowego
service-unsubscribe-ask = Zrezygnować z e-maili dotyczących tego zgłoszenia serwisowego? Nadal możesz je śledzić na jego stronie.
service-unsubscribe-submit = Zrezygnuj z e-maili
service-unsubscribed = Nie będziesz już otrzymywać e-maili dotyczących zgłoszenia { $reference }.

## Przeglądy okresowe, linki do jednego zlecenia, zadowolenie
service-report = Raport
service-report-later = Po zakończeniu
service-asset = Obiekt
service-rule-plan-stopped = Ten plan przeglądów jest wstrzymany. Najpierw go wznów.
service-rule-plan-job-open = Następny przegląd z tego planu jest już zaplanowany i jeszcze niezakończony.
service-rule-not-customer-asset = Plan przeglądów dotyczy obiektu klienta. Ten obiekt należy do firmy.
service-send-job-link = Wyślij e-mailem link do tego zlecenia
service-send-job-link-hint = Link pokazuje tylko to jedno zlecenie (postęp, przegląd, raport); trafia do osoby, która zgłosiła sprawę, albo do klienta.
inspections-title = Przeglądy
inspections-back = Zgłoszenia serwisowe
inspections-about = Okresowe przeglądy Twoich obiektów: co jest po terminie, co przypada w kolejnych miesiącach, oraz raporty z wykonanych przeglądów.
inspections-overdue = Po terminie
inspections-none-overdue = Nic nie jest po terminie.
inspections-calendar = Najbliższe, miesiąc po miesiącu
inspections-none = Nie zaplanowano żadnych przeglądów.
inspections-in-month = { $count ->
    [one] jeden przegląd
    [few] { $count } przeglądy
   *[other] { $count } przeglądów
    }
inspections-reports = Wykonane przeglądy
inspections-no-reports = Nie wykonano jeszcze żadnego przeglądu.
inspections-done-on = Wykonano
inspections-result = Wynik
inspections-passed = Wszystkie punkty zaliczone
inspections-failed = { $count ->
    [one] 1 punkt niezaliczony
    [few] { $count } punkty niezaliczone
   *[other] { $count } punktów niezaliczonych
    }
inspection-due-state = { $state ->
    [overdue] Po terminie
    [due_soon] Wkrótce
   *[scheduled] Zaplanowany
    }
inspection-every = { $months ->
    [one] co miesiąc
    [12] co rok
    [few] co { $months } miesiące
   *[other] co { $months } miesięcy
    }
inspection-planned-for = Zaplanowano na { $date }
inspections-admin-title = Plany przeglądów
inspections-back-admin = Zgłoszenia serwisowe
inspections-admin-about = Jeden plan na każdy okresowy przegląd obiektu klienta. Każdy przegląd planuje się z jego planu: zlecenie przejmuje listę kontrolną planu, a po jego zakończeniu następny termin planu przesuwa się o interwał.
inspections-next-due = Następny termin
inspections-plan = Przegląd
inspections-last-done = Ostatnio wykonany
inspections-next-step = Następny krok
inspection-stopped-badge = Wstrzymany
inspection-checks = { $count ->
    [one] 1 punkt
    [few] { $count } punkty
   *[other] { $count } punktów
    }
inspection-schedule = Zaplanuj przegląd
inspection-stop = Wstrzymaj plan
inspection-resume = Wznów plan
inspection-add = Nowy plan przeglądów
inspection-no-assets = Żaden klient nie ma jeszcze obiektu. Najpierw dodaj obiekty klientów:
inspection-interval = Co ile miesięcy (od 1 do 120)
inspection-checklist-hint = (jeden punkt w wierszu; pomiar jako „nazwa | jednostka | min..max”)
inspection-add-submit = Dodaj plan
inspection-added = Plan przeglądów został dodany.
inspection-stopped = Plan jest wstrzymany: nic więcej nie przypada.
inspection-resumed = Plan został wznowiony.
inspection-interval-invalid = Podaj liczbę całkowitą miesięcy od 1 do 120.
inspection-checklist-required = Plan przeglądów potrzebuje co najmniej jednego punktu do sprawdzenia.
satisfaction-title = Zadowolenie klientów
satisfaction-none = Żadna zakończona praca nie została jeszcze oceniona.
satisfaction-count = { $count ->
    [one] 1 ocena
    [few] { $count } oceny
   *[other] { $count } ocen
    }
satisfaction-by-month = Średnia ocena w miesiącu, ostatnie 12 miesięcy
satisfaction-chart-desc = Słupki pokazują średnią ocenę (od 1 do 5 gwiazdek), jaką klienci wystawili zakończonym pracom w danym miesiącu; płaska linia oznacza brak ocen w tym miesiącu.
satisfaction-by-site = Według lokalizacji
satisfaction-table = Dane w tabeli
satisfaction-mean = Średnia ocena
satisfaction-ratings = Oceny
