# keys
## API-Schlüssel (Issue #7): Seiten des Kundenportals und des Backoffice

keys-title = API-Schlüssel
keys-admin-title = API-Schlüssel
keys-intro = Mit Schlüsseln nutzen die Systeme von { $organisation } die API des Portals: Bestände abfragen, Bestellungen aufgeben und verfolgen. Jeder Schlüssel hat nur die Rollen, die Sie ihm geben. Widerrufen Sie einen Schlüssel, sobald ein System ihn nicht mehr braucht oder er bekannt geworden sein könnte.
keys-admin-intro = Mit Schlüsseln nutzen Systeme die API des Portals: die Systeme einer Kundenorganisation mit Kontaktrollen, das eigene Hauptsystem des Unternehmens (Bestände laden, Bestellungen fortschreiben) mit Mitarbeiterrollen. Kein Schlüssel verwaltet Personen oder Schlüssel.
keys-docs-link = So nutzen Sie die API
keys-list-title = Schlüssel
keys-none = Noch keine Schlüssel.
keys-name = Name
keys-owner = Gehört zu
keys-owner-host = Eigene Systeme des Unternehmens
keys-hint = Schlüssel
keys-roles = Rollen
keys-created = Erstellt
keys-created-by = von { $name }
keys-last-used = Zuletzt genutzt
keys-never-used = Nie
keys-state = Status
keys-state-active = Aktiv
keys-state-revoked = Widerrufen am { $at }
keys-actions = Aktionen
keys-revoke = Widerrufen…
keys-by-staff = Mitarbeiter
keys-by-staff-named = { $name } (Mitarbeiter)
keys-by-former-contact = einem ehemaligen Kontakt
keys-by-system = dem System (Kommandozeile)

keys-new-title = Neuen Schlüssel erstellen
keys-new-customer-title = Schlüssel für eine Kundenorganisation
keys-new-host-title = Schlüssel für die eigenen Systeme
keys-new-host-hint = Für das Hauptsystem: die Rolle Lager lädt Bestände, die Rolle Vertrieb schreibt Bestellungen fort.
keys-customer = Organisation
keys-name-hint = Damit Sie die Schlüssel später unterscheiden, etwa das System, das ihn nutzt: „ERP Produktion“.
keys-roles-hint = Geben Sie dem Schlüssel nur die Rollen, die sein System braucht.
keys-create = Schlüssel erstellen
keys-create-customer = Schlüssel für die Organisation erstellen
keys-create-host = Schlüssel für unsere Systeme erstellen
keys-form-has-errors = Einige Felder brauchen Ihre Aufmerksamkeit. Es wurde kein Schlüssel erstellt.
keys-name-required = Geben Sie dem Schlüssel einen Namen.
keys-name-too-long = Der Name eines Schlüssels hat höchstens 80 Zeichen, ohne Zeilenumbrüche.
keys-roles-required = Wählen Sie mindestens eine Rolle.
keys-role-unknown = Wählen Sie die Rollen aus der Liste: Ein Schlüssel kann diese Rolle nicht haben.
keys-customer-required = Wählen Sie eine Kundenorganisation.

keys-made-title = Ihr neuer API-Schlüssel
keys-made-once = Der Schlüssel wird nur jetzt angezeigt, auf dieser Seite.
keys-made-once-why = Kopieren Sie ihn jetzt und bewahren Sie ihn dort auf, wo Ihr System Geheimnisse ablegt. Wir speichern nur einen Fingerabdruck davon, niemand kann ihn erneut anzeigen: Geht er verloren, widerrufen Sie ihn und erstellen einen neuen.
keys-made-label = Der neue Schlüssel
keys-made-copy-hint = Markieren Sie das ganze Feld und kopieren Sie es. Senden Sie ihn nicht per E-Mail oder Chat.
keys-made-copy = Schlüssel kopieren
keys-made-copied = Der Schlüssel ist kopiert.
keys-made-use-title = Den Schlüssel verwenden
keys-made-use = Das System sendet den Schlüssel mit jeder Anfrage im Header Authorization:
keys-made-done = Ich habe den Schlüssel kopiert

keys-revoke-title = Schlüssel „{ $name }“ widerrufen?
keys-revoke-warning = Systeme, die diesen Schlüssel nutzen, werden ab ihrer nächsten Anfrage abgewiesen. Das lässt sich nicht rückgängig machen: Um die API wieder zu nutzen, brauchen sie einen neuen Schlüssel.
keys-revoke-confirm = Schlüssel widerrufen
keys-revoke-already = Dieser Schlüssel ist bereits widerrufen.
keys-revoked-notice = Der Schlüssel „{ $name }“ ist widerrufen: Anfragen damit werden abgewiesen.
keys-back = Zurück zu den Schlüsseln

keys-staff-role-purchasing = Einkauf
keys-staff-role-purchasing-about = Die Rechte des Einkaufs. Die API hat noch keine Einkaufsfunktionen.
keys-staff-role-warehouse = Lager
keys-staff-role-warehouse-about = Lädt Bestände und schreibt Kundenbestellungen fort: Status, Lieferscheine, Sendungsverfolgung.
keys-staff-role-service = Service
keys-staff-role-service-about = Die Rechte des Service. Die API hat noch keine Servicefunktionen.
keys-staff-role-sales = Vertrieb
keys-staff-role-sales-about = Lädt Bestände und schreibt Kundenbestellungen fort: Status, Lieferscheine, Sendungsverfolgung.
# keys: navigation and the portal's home (pages branch)
keys-nav-label = API-Schlüssel
keys-home-about = API-Schlüssel Ihrer Organisation für Ihre eigenen Systeme erstellen und widerrufen.
