# Portal podwykonawcy (zgłoszenie #8).
party-sub-actions-title = Portal podwykonawcy
party-sub-actions-about = Co mogą linki tego podwykonawcy. Link pozwala najwyżej na to, co tu zaznaczono; zmiana działa od razu na każdy aktywny link ({ $links ->
    [0] teraz żadnego
    [one] teraz jeden
    [few] teraz { $links }
   *[other] teraz { $links }
    }).
party-sub-actions-legend = Dozwolone czynności
party-sub-actions-save = Zapisz dozwolone czynności
party-sub-actions-new-link = Wyślij podwykonawcy link
party-sub-actions-saved = Dozwolone czynności zapisano; aktywne linki stosują się do nich od teraz.
party-sub-actions-unknown = „{ $name }” nie jest czynnością portalu podwykonawcy.
party-sub-actions-not-subcontractor = Ten kontrahent nie jest podwykonawcą.
sub-action-name = { $action ->
    [requisitions] Zapotrzebowania
    [deliveries] Dostawy
    [delivery_import] Import dostaw
    [invoices] Faktury
    [new_items] Nowe pozycje
    [work_orders] Zlecenia prac
    [inspections] Przeglądy
    [loto] Procedury LOTO
   *[work_permits] Pozwolenia na pracę
    }
sub-action-about = { $action ->
    [requisitions] Zgłaszać zapotrzebowanie na materiały lub usługi i śledzić jego stan.
    [deliveries] Deklarować dostawy, z zamówieniem w systemie lub bez niego.
    [delivery_import] Importować dostawę z pliku CSV lub XML, także z plików szalunków i drobnego sprzętu.
    [invoices] Wystawiać faktury za wykonane prace.
    [new_items] Proponować pozycje, których brak w katalogu; zatwierdza je personel.
    [work_orders] Rejestrować zlecenia prac dla miejsca lub urządzenia.
    [inspections] Wypełniać listę kontrolną zlecenia i potwierdzać wykonanie prac.
    [loto] Czytać procedury blokowania i oznaczania (LOTO) urządzeń ze swoich zleceń.
   *[work_permits] Przyjmować i zamykać pozwolenia na pracę.
    }
link-action-not-allowed = Ten podwykonawca nie ma uprawnienia: { $actions }. Najpierw zezwól na to na stronie kontrahenta.
delivery-serials = Numery seryjne: { $serials }
portal-back = Wróć do portalu
free-delivery-new = Zgłoś dostawę bez zamówienia
free-delivery-title = Dostawa bez zamówienia
free-delivery-about = Dla towaru dostarczonego bez zamówienia w systemie: każdą pozycję wskaż numerem katalogowym. Magazyn zapisze, co dotarło.
free-delivery-date = Data dostawy
free-delivery-cost-centre = Miejsce powstawania kosztów (kontrakt · budowa)
free-delivery-lines-hint = Jeden wiersz na pozycję; puste wiersze są pomijane. Numery seryjne oddziel znakiem | lub przecinkiem.
free-delivery-quantity = Ilość
free-delivery-serials = Numery seryjne
free-delivery-row = Wiersz { $row }
free-delivery-submit = Zgłoś dostawę
free-delivery-declared = Dostawa { $number } została zgłoszona. Magazyn zapisze, co dotrze.
free-delivery-no-lines = Wpisz co najmniej jedną pozycję.
free-delivery-too-many-lines = Najwyżej 500 wierszy w jednej dostawie.
free-delivery-loading-after = Data załadunku nie może być późniejsza niż data dostawy.
free-delivery-too-far = Data dostawy jest odległa o ponad rok.
free-delivery-serials-more = Więcej numerów seryjnych niż sztuk.
free-delivery-serials-bad = Numer seryjny powtarza się lub ma więcej niż 60 znaków.
free-delivery-unknown-article = W katalogu nie ma pozycji { $article }.
free-import-heading = Import pliku dostawy
free-import-about = Dokument dostawy z Twojego systemu wypełni formularz poniżej: plik dostawy CSV lub XML, plik szalunków (ISO-8859-2) albo plik drobnego sprzętu. Nic nie zostanie zgłoszone, dopóki nie sprawdzisz formularza i go nie wyślesz.
free-import-file = Plik dostawy
free-import-format = Format
free-import-format-auto = Rozpoznaj z pliku
free-import-format-delivery = Dostawa (CSV)
free-import-format-xml = Dostawa (XML)
free-import-format-formwork = Szalunki
free-import-format-small-appliances = Drobny sprzęt
free-import-submit = Wczytaj plik
free-import-refused = Plik { $file } nie został wczytany do formularza:
free-import-error-count = { $count ->
    [one] jeden błąd, opisany poniżej. Popraw plik i wgraj go ponownie.
    [few] { $count } błędy, opisane poniżej. Popraw plik i wgraj go ponownie.
   *[other] { $count } błędów, opisanych poniżej. Popraw plik i wgraj go ponownie.
    }
free-import-read = Plik { $file } został wczytany do formularza poniżej. Sprawdź go, a potem zgłoś dostawę.
free-import-names-order = Ten plik dotyczy zamówienia { $order }: wgraj go na stronie tego zamówienia w portalu.
free-import-half-cost-centre = Podaj i kontrakt, i budowę, albo żadne z nich.
free-import-other-account = Ten plik wskazuje inne konto dostawcy.
free-import-unknown-cost-centre = Żadne miejsce powstawania kosztów nie ma kontraktu { $contract } i budowy { $construction }.
form-optional = (opcjonalnie)
proposal-portal-title = Nowe pozycje
proposal-portal-about = Zaproponuj pozycję, której nie ma jeszcze w katalogu. Można jej używać, gdy firma ją zatwierdzi.
proposal-new = Zaproponuj pozycję
proposal-name = Nazwa
proposal-ordering-number = Numer katalogowy
proposal-unit = Jednostka
proposal-manufacturer = Producent
proposal-unit-price = Cena jednostkowa
proposal-note = Uwagi
proposal-submit = Wyślij propozycję
proposal-filed = Zaproponowano pozycję { $number }. Tutaj zobaczysz decyzję.
proposal-already-pending = Pozycja o tym numerze katalogowym została już zaproponowana i czeka na decyzję.
proposal-yours = Twoje propozycje
proposal-none = Brak propozycji.
proposal-filed-at = Zaproponowano
proposal-status = Status
proposal-party = Podwykonawca
proposal-status-name = { $status ->
    [pending] Czeka na decyzję
    [approved] Zatwierdzona do katalogu
    [merged] Połączona z istniejącą pozycją
   *[rejected] Odrzucona
    }
proposal-admin-title = Proponowane pozycje
proposal-admin-about = Pozycje zaproponowane przez podwykonawców. Zatwierdź pozycję do katalogu (w razie potrzeby poprawiając pola), połącz ją z pozycją z katalogu albo odrzuć z uzasadnieniem, które zobaczy podwykonawca.
proposal-pending = Czeka na decyzję
proposal-none-pending = Nic nie czeka na decyzję.
proposal-from = Od: { $party }
proposal-same-number = Katalog ma już pozycję o tym numerze katalogowym: połącz z nią propozycję.
proposal-decide = Zdecyduj
proposal-approve-heading = Zatwierdź do katalogu
proposal-approve = Zatwierdź
proposal-merge-heading = Połącz z istniejącą pozycją
proposal-merge-number = Numer katalogowy istniejącej pozycji
proposal-merge = Połącz
proposal-reject-heading = Odrzuć
proposal-reason = Uzasadnienie (widzi je podwykonawca)
proposal-reject = Odrzuć
proposal-reason-required = Napisz, dlaczego propozycja jest odrzucona.
proposal-number-taken = Katalog ma już pozycję o tym numerze katalogowym: połącz z nią albo zmień numer.
proposal-decided-approved = Pozycja została dodana do katalogu.
proposal-decided-merged = Propozycja została połączona z istniejącą pozycją.
proposal-decided-rejected = Propozycja została odrzucona.
proposal-already-decided = Ta propozycja została już rozpatrzona.
proposal-decided = Rozpatrzone
proposal-open-item = Otwórz pozycję
work-orders-title = Zlecenia
work-orders-about = Prace zlecone podwykonawcom na obiekcie lub urządzeniu, z listą kontrolną wypełnianą po wykonaniu pracy.
work-orders-portal-title = Twoje zlecenia
work-order-title = Zlecenie { $number }
work-order-number = Numer zlecenia
work-order-party = Podwykonawca
work-order-contract = Kontrakt
work-order-site = Obiekt
work-order-asset = Urządzenie
work-order-due = Termin
work-order-status = Status
work-order-description = Zakres prac
work-order-checklist = Lista kontrolna
work-order-checklist-hint = Jeden punkt w wierszu. Pomiar: nazwa | jednostka | min..max, na przykład „Rezystancja izolacji | MΩ | 1..”.
work-order-checklist-example = Osłony i pokrywy zamontowane
    Rezystancja izolacji | MΩ | 1..
    Miejsce pracy posprzątane
work-order-register = Zarejestruj zlecenie
work-order-register-submit = Zarejestruj zlecenie
work-order-status-name = { $status ->
    [open] Otwarte
    [submitted] Wykonane, czeka na odbiór
    [accepted] Odebrane
   *[cancelled] Anulowane
    }
work-order-checklist-empty = Podaj co najmniej jeden punkt listy kontrolnej.
work-order-checklist-too-many = Najwyżej 100 punktów listy kontrolnej.
work-order-checklist-label-required = Wiersz { $line } listy kontrolnej nie ma nazwy.
work-order-checklist-line-bad = Wiersz { $line } listy kontrolnej jest za długi albo ma za dużo części (nazwa | jednostka | min..max).
work-order-checklist-range = Wiersz { $line } listy kontrolnej: zakres nie ma postaci „min..max” z min nie większym niż max.
work-order-checklist-duplicate = Wiersz { $line } listy kontrolnej powtarza punkt.
work-order-due-past = Termin jest w przeszłości.
work-order-number-taken = Kontrakt ma już zlecenie o tym numerze.
work-order-send-link = Wyślij link do tego zlecenia
work-order-review = Praca zgłoszona jako wykonana
work-order-accept = Odbierz pracę
work-order-send-back-reason = Powód zwrotu (widzi go podwykonawca)
work-order-send-back = Zwróć do poprawy
work-order-reason-required = Napisz, dlaczego praca jest zwracana.
work-order-not-submitted = Praca nie została jeszcze zgłoszona jako wykonana.
work-order-already-closed = To zlecenie jest zamknięte.
work-order-done-accepted = Praca została odebrana, a zlecenie zamknięte; jego jednorazowe linki wygasły.
work-order-done-sent_back = Protokół został zwrócony podwykonawcy.
work-order-done-cancelled = Zlecenie zostało anulowane; jego jednorazowe linki wygasły.
work-order-cancel = Anuluj zlecenie
work-order-inspections = Protokoły
work-order-no-inspection = Brak protokołu.
work-order-last-inspection = Ostatni protokół
inspection-fill = Wypełnij listę kontrolną
inspection-item = Punkt
inspection-result = Wynik
inspection-value = Wartość zmierzona
inspection-comment = Uwagi
inspection-result-name = { $result ->
    [pass] OK
    [fail] Niezgodne
    [na] Nie dotyczy
   *[other] Bez odpowiedzi
    }
inspection-status-name = { $status ->
    [submitted] Czeka na odbiór
    [accepted] Odebrany
   *[sent_back] Zwrócony
    }
inspection-by = Potwierdził(a) { $name }, { $at }
inspection-sent-back-because = Zwrócono: { $reason }
inspection-photos = Zdjęcia
inspection-photos-images = Zdjęcia muszą być obrazami (PNG, JPEG, GIF lub WebP).
inspection-confirmed-by = Imię i nazwisko (potwierdza wykonanie pracy)
inspection-submit = Potwierdź wykonanie pracy
inspection-confirmed = Dziękujemy: wykonanie pracy zostało potwierdzone. Firma ją odbierze albo zwróci.
inspection-already-confirmed = Wykonanie tej pracy zostało już potwierdzone; czeka na firmę.
inspection-unanswered = Wybierz: OK, niezgodne albo nie dotyczy.
inspection-measurement-missing = Wpisz zmierzoną wartość.
inspection-out-of-range = Wartość jest poza zakresem: oznacz punkt jako niezgodny.
inspection-comment-required = Opisz niezgodność w uwagach.
inspection-name-required = Wpisz imię i nazwisko, aby potwierdzić pracę.
inspection-stale = Lista kontrolna zmieniła się w trakcie wypełniania: wypełnij ją ponownie.
inspection-has-errors = Niektóre punkty wymagają uwagi; są zaznaczone poniżej.
loto-open = Procedura LOTO
nav-subcontracting = Podwykonawcy
permits-title = Zezwolenia na pracę
permits-about = Zezwolenia na pracę wydane podwykonawcom, każde z dziennikiem: kto je wydał, przyjął i zamknął, i kiedy. Dziennik tylko przybywa.
permits-portal-title = Zezwolenia na pracę
permits-portal-about = Przyjmij zezwolenie przed rozpoczęciem pracy, podając osobę odpowiedzialną, i zamknij je po zakończeniu pracy. Po upływie okresu ważności zezwolenia nie można przyjąć.
permit-issue = Wydaj zezwolenie
permit-issue-submit = Wydaj zezwolenie
permit-list = Zezwolenia
permit-party = Podwykonawca
permit-kind = Rodzaj pracy
permit-kind-name = { $kind ->
    [hot_work] Prace pożarowo niebezpieczne
    [work_at_height] Prace na wysokości
    [confined_space] Przestrzeń zamknięta
    [electrical] Prace elektryczne
    [excavation] Prace ziemne
    [lifting] Prace dźwigowe
   *[other] Inne
    }
permit-status-name = { $status ->
    [issued] Wydane, do przyjęcia
    [accepted] Przyjęte
    [closed] Zamknięte
   *[cancelled] Anulowane
    }
permit-event-name = { $event ->
    [issued] wydał(a)
    [accepted] przyjął/przyjęła
    [closed] zamknął/zamknęła
   *[cancelled] anulował(a)
    }
permit-site = Miejsce
permit-valid-from = Ważne od (UTC)
permit-valid-until = Ważne do (UTC)
permit-window = Ważność
permit-hazards = Zagrożenia
permit-precautions = Środki ostrożności
permit-issued-by = Wydał(a)
permit-log = Dziennik
permit-closed-late = po upływie ważności
permit-accepted-by = Imię i nazwisko osoby przyjmującej zezwolenie
permit-closed-by = Imię i nazwisko osoby zamykającej zezwolenie
permit-accept = Przyjmij zezwolenie
permit-close = Zamknij zezwolenie: praca zakończona
permit-cancel = Anuluj zezwolenie
permit-done-issued = Zezwolenie zostało wydane. Podwykonawca przyjmuje je w portalu.
permit-done-cancelled = Zezwolenie zostało anulowane.
permit-done-accepted = Zezwolenie zostało przyjęte. Zamknij je po zakończeniu pracy.
permit-done-closed = Zezwolenie zostało zamknięte.
permit-window-empty = Zezwolenie musi kończyć się po rozpoczęciu.
permit-window-too-long = Zezwolenie obowiązuje najwyżej 14 dni; na dłuższą pracę wydaj kolejne.
permit-ends-in-past = Zezwolenie kończyłoby się w przeszłości.
permit-hazards-required = Wymień zagrożenia.
permit-precautions-required = Wymień środki ostrożności.
permit-wrong-work-order = To zlecenie nie należy do tego podwykonawcy albo jest zamknięte.
permit-expired = Okres ważności zezwolenia minął: nie można go już przyjąć. Poproś o nowe zezwolenie.
permit-name-required = Wpisz imię i nazwisko osoby odpowiedzialnej.
permit-already-accepted = Zezwolenie zostało już przyjęte.
permit-not-accepted = Zamknąć można tylko przyjęte zezwolenie.
permit-ended = Zezwolenie jest zamknięte albo anulowane.
assets-title = Urządzenia
assets-about = Maszyny i instalacje, przy których pracują podwykonawcy, każda z procedurą LOTO.
asset-code = Kod urządzenia
asset-name = Nazwa
asset-add = Dodaj urządzenie
asset-add-submit = Dodaj urządzenie
asset-code-taken = Inne urządzenie ma ten kod.
asset-title = Urządzenie { $code } · { $name }
loto-title = LOTO dla zlecenia { $number }
loto-version = wersja { $version }
loto-since = Obowiązuje od { $at }
loto-energy = Źródła energii
loto-energy-kind = { $kind ->
    [electrical] Elektryczna
    [mechanical] Mechaniczna
    [hydraulic] Hydrauliczna
    [pneumatic] Pneumatyczna
    [thermal] Cieplna
    [chemical] Chemiczna
    [gravity] Grawitacyjna
   *[other] Inna
    }
loto-isolation = Punkty odcięcia
loto-steps = Kroki
loto-verification = Sprawdzenie
loto-procedure-title = Tytuł procedury
loto-energy-hint = Jedno w wierszu jako rodzaj: opis, na przykład „electrical: zasilanie główne 400 V”. Rodzaje:
loto-lines-hint = Jeden w wierszu, po kolei.
loto-write = Napisz procedurę
loto-change = Zmień procedurę
loto-edit-about = Zapisanie zmiany tworzy nową wersję; stare są zachowane, a linki pokazują zawsze bieżącą.
loto-save = Zapisz procedurę
loto-saved = Zapisano jako wersję { $version }.
loto-unchanged = Nic się nie zmieniło: bez nowej wersji.
loto-versions = Wersje
loto-openings = Otwarcia przez linki
loto-no-openings = Jeszcze nie otwierana przez link.
loto-by-link = link { $link }
loto-none = To urządzenie nie ma jeszcze procedury LOTO. Nie zaczynaj pracy, która jej wymaga: zapytaj firmę.
loto-warning = Wykonaj każdy krok, po kolei, przed rozpoczęciem pracy. Każde otwarcie tej strony jest zapisywane.
loto-energy-required = Podaj co najmniej jedno źródło energii.
loto-energy-bad = Wiersz { $line }: wpisz rodzaj, dwukropek i opis, z jednym z podanych rodzajów.
loto-isolation-required = Podaj co najmniej jeden punkt odcięcia.
loto-steps-required = Podaj co najmniej jeden krok.
loto-verification-required = Opisz, jak sprawdzić odcięcie.
requisitions-title = Zapotrzebowania
requisitions-about = Materiały i usługi, o które proszą podwykonawcy. Zatwierdź zapotrzebowanie, odrzuć je z uzasadnieniem albo zrób z niego szkic zamówienia u dostawcy (każdy wiersz musi wskazywać pozycję katalogu; ceny są z katalogu).
requisitions-portal-title = Zapotrzebowania
requisitions-portal-about = Poproś o materiały lub usługi: wskaż pozycje katalogu numerem katalogowym albo opisz, czego potrzebujesz.
requisitions-yours = Twoje zapotrzebowania
requisition-new = Zamów materiały lub usługi
requisition-needed-by = Potrzebne do
requisition-needed-by-date = Potrzebne do { $date }
requisition-description = Czego potrzeba
requisition-lines-hint = Jeden wiersz na pozycję lub usługę; puste wiersze są pomijane. Podaj numer katalogowy, opis albo oba.
requisition-submit = Wyślij zapotrzebowanie
requisition-filed = Zapotrzebowanie zostało wysłane. Tutaj zobaczysz decyzję.
requisition-no-lines = Podaj co najmniej jedną pozycję lub usługę.
requisition-too-many = Najwyżej 100 wierszy w jednym zapotrzebowaniu.
requisition-needed-past = Data jest w przeszłości.
requisition-line-unnamed = Podaj numer katalogowy albo opisz, czego potrzeba.
requisition-status-name = { $status ->
    [filed] Czeka na decyzję
    [approved] Zatwierdzone
    [rejected] Odrzucone
   *[ordered] Zamówione
    }
requisition-ordered-as = zamówienie { $number }
requisition-open-order = Otwórz zamówienie { $number }
requisition-approve = Zatwierdź
requisition-supplier = Dostawca
requisition-order-number = Numer zamówienia
requisition-currency = Waluta
requisition-order = Utwórz szkic zamówienia
requisition-order-fields = Wybierz dostawcę i podaj numer zamówienia oraz trzyliterową walutę.
requisition-free-text = Jeden z wierszy nie wskazuje pozycji katalogu, więc z tego zapotrzebowania nie powstanie zamówienie: zamów ręcznie albo odrzuć i poproś o pozycje z katalogu.
requisition-number-taken = Inne zamówienie ma ten numer.
requisition-decided = To zapotrzebowanie zostało już rozpatrzone.
requisition-reason-required = Napisz, dlaczego zapotrzebowanie jest odrzucone.
requisition-done-approved = Zapotrzebowanie zostało zatwierdzone.
requisition-done-rejected = Zapotrzebowanie zostało odrzucone.
requisition-done-ordered = Z zapotrzebowania powstał szkic zamówienia.
asset-customer = Klient
asset-own = Własny
asset-import-title = Importuj urządzenia z pliku CSV
asset-import-label = Plik z urządzeniami (CSV)
asset-import-hint = Tekst w UTF-8 z wierszem nagłówka { $header }, pola oddzielone ; lub ,. Kolumna customer podaje kod klienta z katalogu; dla własnego urządzenia pozostaw ją pustą (albo pomiń kolumnę). Najwyżej { $max } urządzeń w jednym pliku; importowane są wszystkie wiersze albo żaden.
asset-import-submit = Importuj urządzenia
asset-import-missing = Wybierz plik CSV do zaimportowania.
asset-import-not-imported = Nic nie zostało zaimportowane. Popraw te wiersze i zaimportuj plik ponownie:
asset-import-conflict = W międzyczasie inne urządzenie otrzymało jeden z tych kodów. Nic nie zostało zaimportowane: zaimportuj plik ponownie.
asset-imported = { $count ->
    [one] Zaimportowano jedno urządzenie.
    [few] Zaimportowano { $count } urządzenia.
    [many] Zaimportowano { $count } urządzeń.
   *[other] Zaimportowano { $count } urządzenia.
}
asset-csv-not-utf8 = Plik nie jest tekstem w UTF-8. Zapisz go jako CSV w UTF-8 i spróbuj ponownie.
asset-csv-empty = Plik nie zawiera żadnych urządzeń.
asset-csv-header = Wiersz 1: nagłówek musi zawierać kolumny code, name i site, może dodać customer; nic więcej.
asset-csv-too-many = Plik ma więcej niż { $max } wierszy z urządzeniami: podziel go.
asset-csv-malformed = Wiersz { $line }: nie da się odczytać wiersza (sprawdź cudzysłowy).
asset-csv-columns = Wiersz { $line }: więcej pól, niż nagłówek ma kolumn.
asset-csv-code = { $reason ->
    [empty] Wiersz { $line }: brak kodu urządzenia.
    [long] Wiersz { $line }: kod urządzenia przekracza limit { $max } znaków.
   *[control] Wiersz { $line }: kod urządzenia zawiera niedozwolone znaki.
}
asset-csv-name = { $reason ->
    [empty] Wiersz { $line }: brak nazwy.
    [long] Wiersz { $line }: nazwa przekracza limit { $max } znaków.
   *[control] Wiersz { $line }: nazwa zawiera niedozwolone znaki.
}
asset-csv-site = { $reason ->
    [empty] Wiersz { $line }: brak obiektu.
    [long] Wiersz { $line }: nazwa obiektu przekracza limit { $max } znaków.
   *[control] Wiersz { $line }: nazwa obiektu zawiera niedozwolone znaki.
}
asset-csv-customer = { $reason ->
    [long] Wiersz { $line }: kod klienta przekracza limit { $max } znaków.
   *[control] Wiersz { $line }: kod klienta zawiera niedozwolone znaki.
}
asset-csv-duplicate = Wiersz { $line }: kod urządzenia { $code } jest już w wierszu { $first }.
asset-csv-unknown-customer = Wiersz { $line }: nie ma klienta o kodzie { $customer }.
asset-csv-code-taken = Wiersz { $line }: inne urządzenie ma już kod { $code }.
