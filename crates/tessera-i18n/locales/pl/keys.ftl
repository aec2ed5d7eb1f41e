# keys
# keys: navigation and the portal's home (pages branch)
keys-nav-label = Klucze API
keys-home-about = Twórz i unieważniaj klucze API swojej organizacji dla własnych systemów.
