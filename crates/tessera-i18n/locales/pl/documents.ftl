# documents: biblioteka portalu klienta (issue #7): instrukcje montażu i dokumenty klientów

## Nawigacja (dla base.html)
nav-instructions = Instrukcje
nav-documents = Dokumenty klientów
customer-home-nav-instructions = Instrukcje montażu
customer-home-nav-documents = Dokumenty

## Instrukcje montażu
instructions-title = Instrukcje montażu
instructions-intro = Aktualną wersję każdej instrukcji można pobrać; starsze wersje zostają tutaj, oznaczone jako starsze. Zasubskrybuj artykuł, aby dostać e-mail, gdy zmienią się jego instrukcje.
instructions-search-label = Artykuł
instructions-search-placeholder = Numer lub nazwa artykułu
instructions-for-you = Dla Ciebie
instructions-for-you-about = Przygotowane wyłącznie dla { $organisation }.
instructions-general = Dla wszystkich
instructions-general-empty = Żadna instrukcja dla wszystkich nie pasuje.
instructions-empty = Nie ma jeszcze instrukcji montażu.
instructions-no-match = Żadna instrukcja nie pasuje do „{ $q }”.
instructions-none-yet = Ten artykuł nie ma jeszcze instrukcji. Zasubskrybuj, aby dostać e-mail, gdy pojawi się pierwsza.
instructions-subscribe = Subskrybuj
instructions-unsubscribe = Zrezygnuj z subskrypcji
instructions-subscribed-hint = Dostajesz e-mail, gdy zmieniają się instrukcje tego artykułu.
instructions-subscribed = Zasubskrybowano: dostaniesz e-mail, gdy zmienią się instrukcje tego artykułu.
instructions-unsubscribed = Subskrypcja zakończona: nie będzie już e-maili o instrukcjach tego artykułu.
instructions-for-everyone = Dla wszystkich
instructions-only-for = Tylko dla { $customer }
instructions-next-version = Wgraj nową wersję „{ $title }”
instructions-all = Wszystkie instrukcje
instructions-upload-title = Wgraj instrukcję
instructions-upload-about = Plik o tytule, który artykuł już ma (dla tych samych klientów), staje się jego kolejną wersją; poprzednia zostaje, oznaczona jako starsza. Kontakty subskrybujące artykuł, które mogą ją czytać, dostają e-mail.
instructions-article = Numer artykułu
instructions-audience = Dla kogo
instructions-audience-hint = Dla wszystkich albo tylko dla jednego klienta: jego kontakty widzą ją w sekcji „Dla Ciebie”.
instructions-file-hint = PDF (najwyżej { $document } MB) albo film MP4 (najwyżej { $film } MB). Oceniany po zawartości, nie po nazwie.
instructions-upload-submit = Wgraj
instructions-article-missing = Wpisz numer artykułu.
instructions-article-unknown = W katalogu nie ma artykułu { $article }.
instructions-customer-unknown = Wybierz klienta z listy albo „dla wszystkich”.
instructions-saved = Zapisano wersję { $version }. { $mailed ->
    [0] Nikt nie subskrybuje, nie ma do kogo pisać.
    [one] 1 subskrybent dostanie e-mail.
    [few] { $mailed } subskrybenci dostaną e-mail.
   *[other] { $mailed } subskrybentów dostanie e-mail.
}

## Dokumenty klientów
documents-title = Dokumenty
documents-intro = Dokumenty dla { $organisation } według kategorii oraz pliki, które nam wysyłasz.
documents-for-you = Dla Ciebie
documents-sent-by-you = Wysłane przez Ciebie
documents-none = Nie ma tu jeszcze dokumentów.
documents-none-sent = Nie wysłano jeszcze żadnych plików.
documents-sent-more = Razem { $count }; widać 25 najnowszych.
documents-upload-title = Wyślij nam plik
documents-upload-about = Plik trafi do naszych pracowników. Plik o tytule, którego już użyto (w tej samej kategorii), staje się jego kolejną wersją.
documents-upload-submit = Wyślij
documents-sent = Dziękujemy: plik został wysłany do naszych pracowników.
documents-saved = Zapisano: klient widzi go w sekcji „Dla Ciebie”.
documents-of = Dokumenty: { $customer }
documents-give-title = Przekaż klientowi dokument
documents-give-about = Kontakty klienta, które czytają dokumenty, widzą go w sekcji „Dla Ciebie”. Tytuł, który już jest (w tej samej kategorii), dostaje kolejną wersję.
documents-from-customer = Od klienta
documents-given = Przekazane klientowi
documents-received-title = Pliki od klientów
documents-received-about = Pliki wysłane przez klientów, od najnowszych, wszystkie wersje.
documents-customer = Klient
documents-version = Wersja
documents-uploaded = Wgrano
documents-category-label = Kategoria
documents-category-choose = Wybierz kategorię
documents-category-missing = Wybierz kategorię.
documents-filter-submit = Pokaż
documents-category-documents = Dokumenty
documents-category-pictures = Zdjęcia
documents-category-films = Filmy
documents-category-price-lists = Cenniki
documents-category-lists = Listy i arkusze
documents-title-label = Tytuł
documents-title-hint = Ten sam tytuł ponownie tworzy nową wersję.
documents-title-missing = Wpisz tytuł.
documents-title-too-long = Najwyżej 120 znaków.
documents-title-control = Jedna linia, bez podziałów wiersza.
documents-note-label = Uwagi (co się zmieniło, opcjonalnie)
documents-note-too-long = Najwyżej 500 znaków.
documents-note-control = Uwagi zawierają znaki, których nie da się wyświetlić.
documents-file-label = Plik
documents-file-hint = PDF, Excel (.xlsx), CSV lub tekst najwyżej { $document } MB; zdjęcia; filmy MP4 najwyżej { $film } MB. Każda kategoria przyjmuje rodzaje podane przy niej. Oceniane po zawartości, nie po nazwie.
documents-file-missing = Wybierz plik.
documents-file-one = Jeden plik naraz.
documents-file-refused = „{ $name }” nie jest rodzajem pliku, który przyjmujemy (ocenione po zawartości, nie po nazwie). Nic nie zapisano.
documents-file-not-here = „{ $name }” jest plikiem { $kind }, którego ten formularz lub ta kategoria nie przyjmuje. Nic nie zapisano.
documents-file-too-large = „{ $name }” ma więcej niż { $max } MB, najwięcej dla jego rodzaju. Nic nie zapisano.
documents-conflict = Ktoś w tej samej chwili wgrał ten sam tytuł. Nic z Twojego pliku nie zapisano; spróbuj ponownie.
documents-size-mb = { $mb } MB
documents-version-current = Aktualna · wersja { $version }
documents-version-older = Starsza · wersja { $version }
documents-replaced-on = zastąpiona { $date }
documents-download = Pobierz „{ $title }”, wersja { $version } ({ $kind }, { $size })
documents-uploaded-by = { $name }, { $date }
documents-older-versions = { $count ->
    [one] 1 starsza wersja
    [few] { $count } starsze wersje
   *[other] { $count } starszych wersji
}

## E-mail do subskrybentów
mail-instruction-subject = Nowa instrukcja montażu dla { $article }: { $title }
mail-instruction-new = „{ $title }”, wersja { $version }, dla artykułu { $article } ({ $item }) jest gotowa do pobrania.
mail-instruction-for-you = Przygotowano ją wyłącznie dla Twojej organizacji.
mail-instruction-note = Co się zmieniło: { $note }
mail-instruction-why = Dostajesz ten e-mail, bo w portalu klienta zasubskrybowano instrukcje tego artykułu; tam też można zrezygnować.
mail-instruction-action = Otwórz instrukcje
