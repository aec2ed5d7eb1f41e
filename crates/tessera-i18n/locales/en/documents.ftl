# documents: the customer portal's library (issue #7): installation instructions and customers' documents

## Navigation (for base.html)
nav-instructions = Instructions
nav-documents = Customer documents
customer-home-nav-instructions = Installation instructions
customer-home-nav-documents = Documents

## Installation instructions
instructions-title = Installation instructions
instructions-intro = The current version of each instruction is ready to download; older versions stay here, marked as older. Subscribe to an article to be emailed when its instructions change.
instructions-search-label = Article
instructions-search-placeholder = Article number or name
instructions-for-you = For you
instructions-for-you-about = Written for { $organisation } only.
instructions-general = For everyone
instructions-general-empty = No instructions for everyone match.
instructions-empty = No installation instructions yet.
instructions-no-match = No instructions match “{ $q }”.
instructions-none-yet = No instructions for this article yet. Subscribe to be emailed when the first one arrives.
instructions-subscribe = Subscribe
instructions-unsubscribe = Unsubscribe
instructions-subscribed-hint = You are emailed when this article's instructions change.
instructions-subscribed = Subscribed: you will be emailed when this article's instructions change.
instructions-unsubscribed = Unsubscribed: no more emails about this article's instructions.
instructions-for-everyone = For everyone
instructions-only-for = Only for { $customer }
instructions-next-version = Upload a new version of “{ $title }”
instructions-all = All instructions
instructions-upload-title = Upload an instruction
instructions-upload-about = A file with a title the article already has (for the same customers) becomes its next version; the one before stays, marked as older. Contacts subscribed to the article who may read it are emailed.
instructions-article = Article number
instructions-audience = For
instructions-audience-hint = Everyone, or one customer only: its contacts see it under “For you”.
instructions-file-hint = A PDF (at most { $document } MB) or an MP4 film (at most { $film } MB). Judged by its content, not its name.
instructions-upload-submit = Upload
instructions-article-missing = Enter the article's number.
instructions-article-unknown = There is no article { $article } in the catalogue.
instructions-customer-unknown = Choose a customer from the list, or everyone.
instructions-saved = Version { $version } saved. { $mailed ->
    [0] Nobody subscribed to email.
    [one] 1 subscriber will be emailed.
   *[other] { $mailed } subscribers will be emailed.
}

## Customers' documents
documents-title = Documents
documents-intro = Documents for { $organisation }, by category, and the files you send us.
documents-for-you = For you
documents-sent-by-you = Sent by you
documents-none = No documents here yet.
documents-none-sent = You have not sent any files yet.
documents-sent-more = { $count } in all; the 25 most recent are shown.
documents-upload-title = Send us a file
documents-upload-about = Your file goes to our staff. A file with a title you already used (in the same category) becomes its next version.
documents-upload-submit = Send
documents-sent = Thank you: your file was sent to our staff.
documents-saved = Saved: the customer sees it under “For you”.
documents-of = Documents of { $customer }
documents-give-title = Give the customer a document
documents-give-about = The customer's contacts who read documents see it under “For you”. A title already there (in the same category) gets its next version.
documents-from-customer = From the customer
documents-given = Given to the customer
documents-received-title = Customers' uploads
documents-received-about = Files customers sent, newest first, every version.
documents-customer = Customer
documents-version = Version
documents-uploaded = Uploaded
documents-category-label = Category
documents-category-choose = Choose a category
documents-category-missing = Choose a category.
documents-filter-submit = Show
documents-category-documents = Documents
documents-category-pictures = Pictures
documents-category-films = Films
documents-category-price-lists = Price lists
documents-category-lists = Lists and spreadsheets
documents-title-label = Title
documents-title-hint = The same title again makes a new version.
documents-title-missing = Enter a title.
documents-title-too-long = At most 120 characters.
documents-title-control = One line, without line breaks.
documents-note-label = Note (what changed, optional)
documents-note-too-long = At most 500 characters.
documents-note-control = The note has characters that cannot be shown.
documents-file-label = File
documents-file-hint = PDF, Excel (.xlsx), CSV or text at most { $document } MB; photos; MP4 films at most { $film } MB. Each category takes the kinds shown with it. Judged by content, not by name.
documents-file-missing = Choose a file.
documents-file-one = One file at a time.
documents-file-refused = “{ $name }” is not a kind of file we accept (judged by its content, not its name). Nothing was saved.
documents-file-not-here = “{ $name }” is a file of kind { $kind }, which this form or category does not take. Nothing was saved.
documents-file-too-large = “{ $name }” is larger than { $max } MB, the most for its kind. Nothing was saved.
documents-conflict = Someone uploaded the same title at the same moment. Nothing of yours was saved; please try again.
documents-size-mb = { $mb } MB
documents-version-current = Current · version { $version }
documents-version-older = Older · version { $version }
documents-replaced-on = replaced { $date }
documents-download = Download “{ $title }”, version { $version } ({ $kind }, { $size })
documents-uploaded-by = { $name }, { $date }
documents-older-versions = { $count ->
    [one] 1 older version
   *[other] { $count } older versions
}

## Email to subscribers
mail-instruction-subject = New installation instruction for { $article }: { $title }
mail-instruction-new = “{ $title }”, version { $version }, for article { $article } ({ $item }) is ready to download.
mail-instruction-for-you = It was written for your organisation only.
mail-instruction-note = What changed: { $note }
mail-instruction-why = You receive this email because you subscribed to this article's instructions in the customer portal; you can unsubscribe there.
mail-instruction-action = Open the instructions
