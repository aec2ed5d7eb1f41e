# keys
# keys: navigation and the portal's home (pages branch)
keys-nav-label = API-Schlüssel
keys-home-about = API-Schlüssel Ihrer Organisation für Ihre eigenen Systeme erstellen und widerrufen.
