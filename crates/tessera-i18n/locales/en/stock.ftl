# stock
stock-nav = Stock
stock-title = Stock and availability
stock-intro-figures = Stock is shown exactly up to { $cap }; above that as “more than { $cap }”.
stock-intro-availability = You see whether articles are available, and when more is expected where that is known.
stock-articles-label = Article numbers
stock-articles-hint = One article number per line, or separated by commas: up to { $max } at once.
stock-submit = Check
stock-results = Results
stock-col-article = Article
stock-col-name = Name
stock-col-stock = In stock
stock-col-availability = Availability
stock-more-than = more than { $cap }
stock-unknown-article = Unknown article number
stock-expected = More expected on { $date }
stock-none-asked = Give at least one article number.
stock-too-many = Ask for at most { $max } articles at once.
stock-invalid-article = “{ $article }” is not an article number (1 to 40 characters).
stock-home-availability = See whether articles are available and when more is expected.
availability-available = Available
availability-limited = Limited
availability-not-available = Not available
# stock, back office
stock-admin-title = Stock levels
stock-search-placeholder = Article number or name
stock-col-quantity = Quantity
stock-col-limited-at = Limited at
stock-col-expected = Expected
stock-col-updated = Updated
stock-limited-default = { $count } (default)
stock-admin-empty = No stock levels loaded yet.
stock-upload-title = Load stock from a file
stock-upload-label = Stock file (CSV)
stock-upload-hint = UTF-8 text with a header line article;quantity;limited_at;expected_date, fields separated by ; or , (limited_at and expected_date may be empty or left out); decimals with , or .; dates as YYYY-MM-DD. Every line is loaded, or none.
stock-upload-submit = Load stock
stock-upload-missing = Choose the CSV file to load.
stock-upload-not-loaded = Nothing was loaded. Correct these lines and load the file again:
stock-loaded = { $count ->
    [one] One stock level loaded.
   *[other] { $count } stock levels loaded.
}
stock-csv-not-utf8 = The file is not UTF-8 text. Save it as UTF-8 CSV and try again.
stock-csv-empty = The file has no stock lines.
stock-csv-header = Line 1: the header must name the columns article and quantity, and may add limited_at and expected_date; nothing else.
stock-csv-too-many = The file has more than { $max } stock lines: split it.
stock-csv-malformed = Line { $line }: the line cannot be read (check its quotes).
stock-csv-columns = Line { $line }: more fields than the header has columns.
stock-csv-article = Line { $line }: the article number is missing or longer than 40 characters.
stock-csv-quantity = Line { $line }: the quantity must be a number, zero or more (up to 4 decimals).
stock-csv-limited-at = Line { $line }: limited_at must be a number, zero or more, or empty.
stock-csv-date = Line { $line }: expected_date must be a date as YYYY-MM-DD, or empty.
stock-csv-duplicate = Line { $line }: article { $article } is on line { $first } already.
stock-csv-unknown-article = Line { $line }: there is no article { $article } in the catalogue.
