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
