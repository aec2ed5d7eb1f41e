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
