# documents: die Bibliothek des Kundenportals (issue #7): Montageanleitungen und Kundendokumente

## Navigation (für base.html)
nav-instructions = Anleitungen
nav-documents = Kundendokumente
customer-home-nav-instructions = Montageanleitungen
customer-home-nav-documents = Dokumente

## Montageanleitungen
instructions-title = Montageanleitungen
instructions-intro = Die aktuelle Version jeder Anleitung steht zum Herunterladen bereit; ältere Versionen bleiben hier, als älter gekennzeichnet. Abonnieren Sie einen Artikel, um eine E-Mail zu erhalten, wenn sich seine Anleitungen ändern.
instructions-search-label = Artikel
instructions-search-placeholder = Artikelnummer oder -name
instructions-for-you = Für Sie
instructions-for-you-about = Nur für { $organisation } geschrieben.
instructions-general = Für alle
instructions-general-empty = Keine Anleitung für alle passt.
instructions-empty = Noch keine Montageanleitungen.
instructions-no-match = Keine Anleitung passt zu „{ $q }“.
instructions-none-yet = Für diesen Artikel gibt es noch keine Anleitung. Abonnieren Sie ihn, um eine E-Mail zu erhalten, sobald die erste da ist.
instructions-subscribe = Abonnieren
instructions-unsubscribe = Abbestellen
instructions-subscribed-hint = Sie erhalten eine E-Mail, wenn sich die Anleitungen dieses Artikels ändern.
instructions-subscribed = Abonniert: Sie erhalten eine E-Mail, wenn sich die Anleitungen dieses Artikels ändern.
instructions-unsubscribed = Abbestellt: keine E-Mails mehr zu den Anleitungen dieses Artikels.
instructions-for-everyone = Für alle
instructions-only-for = Nur für { $customer }
instructions-next-version = Neue Version von „{ $title }“ hochladen
instructions-all = Alle Anleitungen
instructions-upload-title = Anleitung hochladen
instructions-upload-about = Eine Datei mit einem Titel, den der Artikel schon hat (für dieselben Kunden), wird dessen nächste Version; die vorige bleibt, als älter gekennzeichnet. Kontakte, die den Artikel abonniert haben und sie lesen dürfen, erhalten eine E-Mail.
instructions-article = Artikelnummer
instructions-audience = Für
instructions-audience-hint = Für alle oder nur für einen Kunden: dessen Kontakte sehen sie unter „Für Sie“.
instructions-file-hint = Ein PDF (höchstens { $document } MB) oder ein MP4-Film (höchstens { $film } MB). Beurteilt nach dem Inhalt, nicht nach dem Namen.
instructions-upload-submit = Hochladen
instructions-article-missing = Geben Sie die Artikelnummer ein.
instructions-article-unknown = Im Katalog gibt es keinen Artikel { $article }.
instructions-customer-unknown = Wählen Sie einen Kunden aus der Liste oder „für alle“.
instructions-saved = Version { $version } gespeichert. { $mailed ->
    [0] Niemand hat abonniert.
    [one] 1 Abonnent erhält eine E-Mail.
   *[other] { $mailed } Abonnenten erhalten eine E-Mail.
}

## Kundendokumente
documents-title = Dokumente
documents-intro = Dokumente für { $organisation } nach Kategorien und die Dateien, die Sie uns senden.
documents-for-you = Für Sie
documents-sent-by-you = Von Ihnen gesendet
documents-none = Hier gibt es noch keine Dokumente.
documents-none-sent = Sie haben noch keine Dateien gesendet.
documents-sent-more = Insgesamt { $count }; die 25 neuesten werden gezeigt.
documents-upload-title = Senden Sie uns eine Datei
documents-upload-about = Ihre Datei geht an unsere Mitarbeiter. Eine Datei mit einem Titel, den Sie schon verwendet haben (in derselben Kategorie), wird dessen nächste Version.
documents-upload-submit = Senden
documents-sent = Danke: Ihre Datei wurde an unsere Mitarbeiter gesendet.
documents-saved = Gespeichert: der Kunde sieht sie unter „Für Sie“.
documents-of = Dokumente von { $customer }
documents-give-title = Dem Kunden ein Dokument geben
documents-give-about = Die Kontakte des Kunden, die Dokumente lesen, sehen es unter „Für Sie“. Ein vorhandener Titel (in derselben Kategorie) erhält seine nächste Version.
documents-from-customer = Vom Kunden
documents-given = Dem Kunden gegeben
documents-received-title = Uploads der Kunden
documents-received-about = Von Kunden gesendete Dateien, neueste zuerst, jede Version.
documents-customer = Kunde
documents-version = Version
documents-uploaded = Hochgeladen
documents-category-label = Kategorie
documents-category-choose = Kategorie wählen
documents-category-missing = Wählen Sie eine Kategorie.
documents-filter-submit = Anzeigen
documents-category-documents = Dokumente
documents-category-pictures = Bilder
documents-category-films = Filme
documents-category-price-lists = Preislisten
documents-category-lists = Listen und Tabellen
documents-title-label = Titel
documents-title-hint = Derselbe Titel noch einmal ergibt eine neue Version.
documents-title-missing = Geben Sie einen Titel ein.
documents-title-too-long = Höchstens 120 Zeichen.
documents-title-control = Eine Zeile, ohne Zeilenumbrüche.
documents-note-label = Anmerkung (was sich geändert hat, optional)
documents-note-too-long = Höchstens 500 Zeichen.
documents-note-control = Die Anmerkung enthält Zeichen, die sich nicht anzeigen lassen.
documents-file-label = Datei
documents-file-hint = PDF, Excel (.xlsx), CSV oder Text höchstens { $document } MB; Fotos; MP4-Filme höchstens { $film } MB. Jede Kategorie nimmt die bei ihr genannten Arten. Beurteilt nach dem Inhalt, nicht nach dem Namen.
documents-file-missing = Wählen Sie eine Datei.
documents-file-one = Eine Datei auf einmal.
documents-file-refused = „{ $name }“ ist keine Dateiart, die wir annehmen (nach dem Inhalt beurteilt, nicht nach dem Namen). Nichts wurde gespeichert.
documents-file-not-here = „{ $name }“ ist eine { $kind }-Datei, die dieses Formular oder diese Kategorie nicht annimmt. Nichts wurde gespeichert.
documents-file-too-large = „{ $name }“ ist größer als { $max } MB, das Höchste für ihre Art. Nichts wurde gespeichert.
documents-conflict = Jemand hat im selben Moment denselben Titel hochgeladen. Von Ihrer Datei wurde nichts gespeichert; bitte versuchen Sie es noch einmal.
documents-size-mb = { $mb } MB
documents-version-current = Aktuell · Version { $version }
documents-version-older = Älter · Version { $version }
documents-replaced-on = ersetzt am { $date }
documents-download = „{ $title }“ herunterladen, Version { $version } ({ $kind }, { $size })
documents-uploaded-by = { $name }, { $date }
documents-older-versions = { $count ->
    [one] 1 ältere Version
   *[other] { $count } ältere Versionen
}

## E-Mail an Abonnenten
mail-instruction-subject = Neue Montageanleitung für { $article }: { $title }
mail-instruction-new = „{ $title }“, Version { $version }, für Artikel { $article } ({ $item }) steht zum Herunterladen bereit.
mail-instruction-for-you = Sie wurde nur für Ihre Organisation geschrieben.
mail-instruction-note = Was sich geändert hat: { $note }
mail-instruction-why = Sie erhalten diese E-Mail, weil Sie die Anleitungen dieses Artikels im Kundenportal abonniert haben; dort können Sie sie abbestellen.
mail-instruction-action = Anleitungen öffnen
