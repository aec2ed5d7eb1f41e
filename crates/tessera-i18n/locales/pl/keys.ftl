# keys
## Klucze API (zgłoszenie #7): strony portalu klienta i zaplecza

keys-title = Klucze API
keys-admin-title = Klucze API
keys-intro = Klucze pozwalają systemom { $organisation } korzystać z API portalu: sprawdzać stany magazynowe, składać i śledzić zamówienia. Każdy klucz ma tylko te role, które mu nadasz. Unieważnij klucz, gdy system już go nie potrzebuje albo klucz mógł wyciec.
keys-admin-intro = Klucze pozwalają systemom korzystać z API portalu: systemom organizacji klienta z rolami kontaktów, własnemu systemowi głównemu firmy (wczytywanie stanów, aktualizacja zamówień) z rolami pracowników. Żaden klucz nie zarządza osobami ani kluczami.
keys-docs-link = Jak korzystać z API
keys-list-title = Klucze
keys-none = Nie ma jeszcze kluczy.
keys-name = Nazwa
keys-owner = Należy do
keys-owner-host = Własne systemy firmy
keys-hint = Klucz
keys-roles = Role
keys-created = Utworzono
keys-created-by = przez: { $name }
keys-last-used = Ostatnie użycie
keys-never-used = Nigdy
keys-state = Stan
keys-state-active = Aktywny
keys-state-revoked = Unieważniony { $at }
keys-actions = Działania
keys-revoke = Unieważnij…
keys-by-staff = pracownik obsługi
keys-by-staff-named = { $name } (pracownik)
keys-by-former-contact = były kontakt
keys-by-system = system (wiersz poleceń)

keys-new-title = Nowy klucz
keys-new-customer-title = Klucz dla organizacji klienta
keys-new-host-title = Klucz dla własnych systemów firmy
keys-new-host-hint = Dla systemu głównego: rola magazynu wczytuje stany, rola sprzedaży aktualizuje zamówienia.
keys-customer = Organizacja
keys-name-hint = Żeby później odróżnić klucze, np. nazwa systemu, który będzie go używał: „ERP produkcja”.
keys-roles-hint = Nadaj kluczowi tylko te role, których potrzebuje jego system.
keys-create = Utwórz klucz
keys-create-customer = Utwórz klucz dla organizacji
keys-create-host = Utwórz klucz dla naszych systemów
keys-form-has-errors = Niektóre pola wymagają poprawy. Nie utworzono klucza.
keys-name-required = Nadaj kluczowi nazwę.
keys-name-too-long = Nazwa klucza może mieć najwyżej 80 znaków, bez podziałów wiersza.
keys-roles-required = Wybierz co najmniej jedną rolę.
keys-role-unknown = Wybierz role z listy: klucz nie może mieć tej roli.
keys-customer-required = Wybierz organizację klienta.

keys-made-title = Twój nowy klucz API
keys-made-once = Klucz jest widoczny tylko teraz, na tej stronie.
keys-made-once-why = Skopiuj go teraz i przechowuj tam, gdzie Twój system trzyma sekrety. Zapisujemy tylko jego odcisk, więc nikt nie pokaże go ponownie: jeśli zginie, unieważnij go i utwórz nowy.
keys-made-label = Nowy klucz
keys-made-copy-hint = Zaznacz całe pole i skopiuj je. Nie wysyłaj klucza e-mailem ani na czacie.
keys-made-copy = Kopiuj klucz
keys-made-copied = Klucz skopiowano.
keys-made-use-title = Jak używać klucza
keys-made-use = System wysyła klucz z każdym żądaniem, w nagłówku Authorization:
keys-made-done = Klucz skopiowany

keys-revoke-title = Unieważnić klucz „{ $name }”?
keys-revoke-warning = Systemy używające tego klucza zostaną odrzucone od następnego żądania. Tego nie można cofnąć: aby znów korzystać z API, potrzebują nowego klucza.
keys-revoke-confirm = Unieważnij klucz
keys-revoke-already = Ten klucz jest już unieważniony.
keys-revoked-notice = Klucz „{ $name }” został unieważniony: żądania z nim są odrzucane.
keys-back = Wróć do kluczy

keys-staff-role-purchasing = Zakupy
keys-staff-role-purchasing-about = Uprawnienia działu zakupów. API nie ma jeszcze operacji zakupowych.
keys-staff-role-warehouse = Magazyn
keys-staff-role-warehouse-about = Wczytuje stany magazynowe i prowadzi zamówienia klientów: status, dokumenty WZ, śledzenie przesyłek.
keys-staff-role-service = Serwis
keys-staff-role-service-about = Uprawnienia serwisu. API nie ma jeszcze operacji serwisowych.
keys-staff-role-sales = Sprzedaż
keys-staff-role-sales-about = Wczytuje stany magazynowe i prowadzi zamówienia klientów: status, dokumenty WZ, śledzenie przesyłek.
# keys: navigation and the portal's home (pages branch)
keys-nav-label = Klucze API
keys-home-about = Twórz i unieważniaj klucze API swojej organizacji dla własnych systemów.
