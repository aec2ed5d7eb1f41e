# keys
# keys: navigation and the portal's home (pages branch)
keys-nav-label = API keys
keys-home-about = Make and revoke your organisation’s API keys, for your own systems.
