# stock
stock-nav = Bestand
stock-title = Bestand und Verfügbarkeit
stock-intro-figures = Der Bestand wird bis { $cap } genau angezeigt, darüber als „mehr als { $cap }“.
stock-intro-availability = Sie sehen, ob Artikel verfügbar sind und, wo bekannt, wann Nachschub erwartet wird.
stock-articles-label = Artikelnummern
stock-articles-hint = Eine Artikelnummer pro Zeile oder durch Kommas getrennt: bis zu { $max } auf einmal.
stock-submit = Abfragen
stock-results = Ergebnisse
stock-col-article = Artikel
stock-col-name = Bezeichnung
stock-col-stock = Bestand
stock-col-availability = Verfügbarkeit
stock-more-than = mehr als { $cap }
stock-unknown-article = Unbekannte Artikelnummer
stock-expected = Nachschub erwartet am { $date }
stock-none-asked = Geben Sie mindestens eine Artikelnummer an.
stock-too-many = Fragen Sie höchstens { $max } Artikel auf einmal ab.
stock-invalid-article = „{ $article }“ ist keine Artikelnummer (1 bis 40 Zeichen).
stock-home-availability = Sehen, ob Artikel verfügbar sind und wann Nachschub erwartet wird.
availability-available = Verfügbar
availability-limited = Begrenzt verfügbar
availability-not-available = Nicht verfügbar
# stock, back office
stock-admin-title = Lagerbestände
stock-search-placeholder = Artikelnummer oder Bezeichnung
stock-col-quantity = Menge
stock-col-limited-at = Begrenzt ab
stock-col-expected = Erwartet
stock-col-updated = Aktualisiert
stock-limited-default = { $count } (Standard)
stock-admin-empty = Noch keine Bestände geladen.
stock-upload-title = Bestand aus einer Datei laden
stock-upload-label = Bestandsdatei (CSV)
stock-upload-hint = UTF-8-Text mit der Kopfzeile article;quantity;limited_at;expected_date, Felder durch ; oder , getrennt (limited_at und expected_date dürfen leer sein oder fehlen); Dezimalzahlen mit , oder .; Datumsangaben als JJJJ-MM-TT. Es werden alle Zeilen geladen oder keine.
stock-upload-submit = Bestand laden
stock-upload-missing = Wählen Sie die CSV-Datei zum Laden.
stock-upload-not-loaded = Es wurde nichts geladen. Korrigieren Sie diese Zeilen und laden Sie die Datei erneut:
stock-loaded = { $count ->
    [one] Ein Bestand geladen.
   *[other] { $count } Bestände geladen.
}
stock-csv-not-utf8 = Die Datei ist kein UTF-8-Text. Speichern Sie sie als UTF-8-CSV und versuchen Sie es erneut.
stock-csv-empty = Die Datei enthält keine Bestandszeilen.
stock-csv-header = Zeile 1: Die Kopfzeile muss die Spalten article und quantity nennen und darf limited_at und expected_date hinzufügen, sonst nichts.
stock-csv-too-many = Die Datei hat mehr als { $max } Bestandszeilen: Teilen Sie sie auf.
stock-csv-malformed = Zeile { $line }: Die Zeile lässt sich nicht lesen (prüfen Sie die Anführungszeichen).
stock-csv-columns = Zeile { $line }: mehr Felder, als die Kopfzeile Spalten hat.
stock-csv-article = Zeile { $line }: Die Artikelnummer fehlt oder ist länger als 40 Zeichen.
stock-csv-quantity = Zeile { $line }: Die Menge muss eine Zahl von null an sein (bis zu 4 Nachkommastellen).
stock-csv-limited-at = Zeile { $line }: limited_at muss eine Zahl von null an sein oder leer bleiben.
stock-csv-date = Zeile { $line }: expected_date muss ein Datum im Format JJJJ-MM-TT sein oder leer bleiben.
stock-csv-duplicate = Zeile { $line }: Der Artikel { $article } steht bereits in Zeile { $first }.
stock-csv-unknown-article = Zeile { $line }: Im Katalog gibt es keinen Artikel { $article }.
