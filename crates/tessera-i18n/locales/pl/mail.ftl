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
