# stock
stock-nav = Stany magazynowe
stock-title = Stany i dostępność
stock-intro-figures = Stan jest podawany dokładnie do { $cap }; powyżej jako „ponad { $cap }”.
stock-intro-availability = Widzisz, czy artykuły są dostępne, a jeśli wiadomo, kiedy spodziewana jest dostawa.
stock-articles-label = Numery artykułów
stock-articles-hint = Jeden numer artykułu w wierszu albo numery oddzielone przecinkami: do { $max } naraz.
stock-submit = Sprawdź
stock-results = Wyniki
stock-col-article = Artykuł
stock-col-name = Nazwa
stock-col-stock = Na stanie
stock-col-availability = Dostępność
stock-more-than = ponad { $cap }
stock-unknown-article = Nieznany numer artykułu
stock-expected = Dostawa spodziewana { $date }
stock-none-asked = Podaj co najmniej jeden numer artykułu.
stock-too-many = Zapytaj naraz o najwyżej { $max } artykułów.
stock-invalid-article = „{ $article }” nie jest numerem artykułu (od 1 do 40 znaków).
stock-home-availability = Sprawdzaj, czy artykuły są dostępne i kiedy spodziewana jest dostawa.
availability-available = Dostępny
availability-limited = Ograniczona ilość
availability-not-available = Niedostępny
# stock, back office
stock-admin-title = Stany magazynowe
stock-search-placeholder = Numer lub nazwa artykułu
stock-col-quantity = Ilość
stock-col-limited-at = Ograniczona od
stock-col-expected = Spodziewana dostawa
stock-col-updated = Zaktualizowano
stock-limited-default = { $count } (domyślnie)
stock-admin-empty = Nie wczytano jeszcze żadnych stanów.
stock-upload-title = Wczytaj stany z pliku
stock-upload-label = Plik ze stanami (CSV)
stock-upload-hint = Tekst w UTF-8 z wierszem nagłówka article;quantity;limited_at;expected_date, pola oddzielone ; lub , (limited_at i expected_date mogą być puste lub pominięte); liczby dziesiętne z , lub .; daty jako RRRR-MM-DD. Wczytywane są wszystkie wiersze albo żaden.
stock-upload-submit = Wczytaj stany
stock-upload-missing = Wybierz plik CSV do wczytania.
stock-upload-not-loaded = Nic nie zostało wczytane. Popraw te wiersze i wczytaj plik ponownie:
stock-loaded = { $count ->
    [one] Wczytano jeden stan.
    [few] Wczytano { $count } stany.
    [many] Wczytano { $count } stanów.
   *[other] Wczytano { $count } stanu.
}
stock-csv-not-utf8 = Plik nie jest tekstem w UTF-8. Zapisz go jako CSV w UTF-8 i spróbuj ponownie.
stock-csv-empty = Plik nie zawiera żadnych stanów.
stock-csv-header = Wiersz 1: nagłówek musi zawierać kolumny article i quantity, może dodać limited_at i expected_date; nic więcej.
stock-csv-too-many = Plik ma więcej niż { $max } wierszy ze stanami: podziel go.
stock-csv-malformed = Wiersz { $line }: nie da się odczytać wiersza (sprawdź cudzysłowy).
stock-csv-columns = Wiersz { $line }: więcej pól, niż nagłówek ma kolumn.
stock-csv-article = Wiersz { $line }: brak numeru artykułu albo jest dłuższy niż 40 znaków.
stock-csv-quantity = Wiersz { $line }: ilość musi być liczbą, zero lub więcej (do 4 miejsc po przecinku).
stock-csv-limited-at = Wiersz { $line }: limited_at musi być liczbą, zero lub więcej, albo pozostać puste.
stock-csv-date = Wiersz { $line }: expected_date musi być datą w postaci RRRR-MM-DD albo pozostać puste.
stock-csv-duplicate = Wiersz { $line }: artykuł { $article } jest już w wierszu { $first }.
stock-csv-unknown-article = Wiersz { $line }: w katalogu nie ma artykułu { $article }.
