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
